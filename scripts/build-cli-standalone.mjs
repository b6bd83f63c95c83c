#!/usr/bin/env node
// Bundles the CLI with its npm dependencies into out/cli-standalone/index.mjs, so the packaged
// app can ship it outside the asar for a system Node to run (ESM ignores NODE_PATH, and the
// asar's node_modules are unreadable to a plain Node). `npm run build`'s out/cli stays as it is.
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const standaloneCliDir = join(root, 'out', 'cli-standalone');

export async function buildStandaloneCli(outDir = standaloneCliDir) {
  const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    ssr: { noExternal: true },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'node20',
      ssr: true,
      minify: false,
      lib: { entry: join(root, 'electron', 'cli', 'index.ts'), formats: ['es'], fileName: () => 'index.mjs' },
      rollupOptions: {
        external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
        output: { entryFileNames: 'index.mjs', codeSplitting: false },
      },
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildStandaloneCli();
  console.log(`standalone CLI written to ${standaloneCliDir}`);
}
