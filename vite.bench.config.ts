import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// The benchmark runs the real services in plain Node: bundle our sources, keep npm packages external.
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
  ...Object.keys(pkg.devDependencies),
];

export default defineConfig({
  build: {
    outDir: 'out/bench',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    lib: { entry: resolve(__dirname, 'test/bench/suite.ts'), formats: ['es'], fileName: () => 'suite.js' },
    rollupOptions: { external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)) },
  },
});
