import { defineConfig } from 'vitest/config';

// The bench's browser step only: kept out of vitest.config.ts so `npm test` never runs it.
export default defineConfig({
  test: {
    name: 'bench-ui',
    environment: 'node',
    include: ['test/bench/ui.bench.ts'],
    testTimeout: 600_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
