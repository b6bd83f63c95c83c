import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// The CLI is plain Node: bundle our sources, keep npm dependencies external.
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
];

export default defineConfig({
  build: {
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    lib: { entry: resolve(__dirname, 'electron/cli/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    rollupOptions: { external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)) },
  },
});
