import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:hunt`: the property tests (the files that import fast-check) with HUNT_K times their runs and fresh
 * seeds (test/hunt/fast-check-scaled.ts), to find the rare case before CI draws it. Not part of `npm test`: minutes.
 */
const alias = [{ find: /^fast-check$/, replacement: fileURLToPath(new URL('./test/hunt/fast-check-scaled.ts', import.meta.url)) }];

const propertyFiles = (dir: string, suffix: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix))
    .map((file) => `${dir}/${file}`)
    .filter((path) => readFileSync(path, 'utf8').includes("from 'fast-check'"));

// Each property takes HUNT_K times as long; a project does not inherit the root's test options.
const testTimeout = 1_800_000;

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'hunt-unit', environment: 'node', testTimeout, include: propertyFiles('test/unit', '.test.ts') } },
      {
        plugins: [react()],
        resolve: { alias },
        test: { name: 'hunt-component', environment: 'jsdom', testTimeout, include: propertyFiles('test/component', '.test.tsx'), setupFiles: ['test/component/setup.ts'] },
      },
    ],
  },
});
