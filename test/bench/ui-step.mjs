// The UI step of the bench: builds the renderer (unless --no-build: `npm run bench` already did),
// then runs test/bench/ui.bench.ts in headless Chromium. Usage: node ui-step.mjs <out.json> [--no-build]
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [out, ...flags] = process.argv.slice(2);
if (!out) {
  console.error('usage: ui-step.mjs <out.json> [--no-build]');
  process.exit(2);
}
const run = (args, env = process.env) => spawnSync('npx', args, { cwd: root, stdio: 'inherit', env }).status ?? 1;

if (!flags.includes('--no-build')) {
  console.error('\nUI step: building the renderer (npx electron-vite build)');
  if (run(['electron-vite', 'build']) !== 0) process.exit(1);
}
console.error('\nUI step: Register screen filter-to-paint in Chromium');
process.exit(run(['vitest', 'run', '--config', 'test/bench/vitest.bench-ui.config.ts'], { ...process.env, BENCH_UI_OUT: out }));
