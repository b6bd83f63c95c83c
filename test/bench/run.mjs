// `npm run bench`: every size in fresh child processes (so peak RSS is theirs), then a table and
// bench/results.json. Options: --sizes 1000,10000 · --quick (1 run per step) · --no-ui · --strict
// (exit 1 when a target other than the UI ones is missed) · --node PATH (run the timed children and the
// calibration with another Node, e.g. the major Electron ships, to see what the app's own V8 does) ·
// --out FILE (write the results there instead of bench/results.json).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRows, judgeTargets, renderBreakdown, renderTable, renderTargets } from './report.mjs';
import { median, mergeResults, round, summarize } from './summary.mjs';


const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const suite = join(root, 'out', 'bench', 'suite.js');
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const sizes = (option('--sizes') ?? '1000,10000,50000').split(',').map(Number);
const quick = args.includes('--quick');
const withUi = !args.includes('--no-ui');
/** The Node that runs the timed children; this script itself only starts them and reports. */
const nodeBin = option('--node') ?? process.execPath;
const outFile = option('--out') ?? join(root, 'bench', 'results.json');
const nodeVersion = nodeBin === process.execPath ? process.version : spawnSync(nodeBin, ['-p', 'process.version'], { encoding: 'utf8' }).stdout?.trim();
if (!nodeVersion) {
  console.error(`--node ${nodeBin}: not a Node that runs`);
  process.exit(2);
}

if (!existsSync(suite)) {
  console.error(`${suite} is missing: run "npm run bench" (it builds it) or "npx vite build -c vite.bench.config.ts".`);
  process.exit(2);
}

/** One installation key for the children that must trust each other's register stamps (the timings run stamps, open-once opens). */
const stampKey = randomBytes(32).toString('hex');

/** Runs one child of suite.js and returns the JSON it printed. */
function child(mode, size, workDir, extraEnv = {}) {
  const env = { ...process.env, ...(quick ? { BENCH_RUNS: '1' } : {}), ...extraEnv };
  const run = spawnSync(nodeBin, ['--expose-gc', '--max-old-space-size=4096', suite, mode, String(size), workDir], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`suite.js ${mode} ${size} failed with exit code ${run.status}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1));
}

/** The machine's speed on fixed workloads (calibrate.mjs), so runs on different days can be compared. */
function calibrate() {
  const run = spawnSync(nodeBin, ['--expose-gc', join(root, 'test', 'bench', 'calibrate.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error(`calibrate.mjs failed with exit code ${run.status}`);
  return JSON.parse(run.stdout.trim());
}

/** CPU time counters of the whole machine (Linux /proc/stat), or null elsewhere. */
function cpuTimes() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { total: fields.slice(0, 8).reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
  } catch {
    return null;
  }
}

const startedAt = new Date();
const cpuBefore = cpuTimes();
const loadBefore = loadavg();
const calibrationBefore = calibrate();
if (nodeBin !== process.execPath) console.error(`timed with ${nodeBin} (${nodeVersion})`);
console.error(`machine: integer loop ${calibrationBefore.cpuLoopMs} ms, heap round trip ${calibrationBefore.heapMs} ms`);
/**
 * Every size is timed in two passes, the second in reverse order (1k, 10k, 50k, then 50k, 10k, 1k),
 * and each step summarized over the runs of both (summary.mjs `mergeResults`). This shared machine
 * drifts by 10–20% within a run; timed once, 50k ran minutes after 10k and its growth measured the
 * drift as much as the code. In this order a steady drift weighs on every size alike. --quick runs
 * one pass.
 */
const passes = quick ? [sizes] : [sizes, [...sizes].reverse()];
const bySize = {};
const coldOpens = {};
for (const [pass, order] of passes.entries()) {
  for (const size of order) {
    const workDir = join(tmpdir(), `cal-bench-${size}`);
    console.error(`\n${size.toLocaleString('en-US')} people${passes.length > 1 ? `, pass ${pass + 1} of ${passes.length}` : ''}`);
    const timings = child('timings', size, workDir, { BENCH_STAMP_KEY: stampKey });
    // The app opens a register once per start: each timed run is a new process (see openOnce in suite.ts); 4 per pass, 8 in all.
    const opens = Array.from({ length: quick ? 1 : 4 }, () => child('open-once', size, workDir, { BENCH_STAMP_KEY: stampKey }));
    coldOpens[size] = [...(coldOpens[size] ?? []), ...opens];
    console.error(`  open in a new process ${round(median(opens.map((o) => o.wall)))} ms (${median(opens.map((o) => o.faults))} page faults)`);
    if (pass === 0) {
      // Peak RSS is a property of the data, not of the machine's speed: measured once.
      const rssOpen = child('rss-open', size, workDir);
      const rssExport = child('rss-export', size, workDir);
      console.error(`  peak RSS: suite ${timings.peakRssMb} MB, open ${rssOpen.peakRssMb} MB, open + export ${rssExport.peakRssMb} MB`);
      bySize[size] = { timings, rssOpen, rssExport };
    } else {
      bySize[size].timings = mergeResults(bySize[size].timings, timings);
    }
    rmSync(workDir, { recursive: true, force: true });
  }
}
for (const size of sizes) {
  bySize[size].openCold = summarize(coldOpens[size]);
}

let ui = null;
const uiOut = join(tmpdir(), 'cal-bench-ui.json');
if (withUi) {
  const uiRunner = join(root, 'test', 'bench', 'ui-step.mjs');
  if (existsSync(uiRunner)) {
    rmSync(uiOut, { force: true });
    // `npm run bench` has just built the app; run directly, the step builds the renderer itself.
    const build = process.env.npm_lifecycle_event === 'bench' ? ['--no-build'] : [];
    const run = spawnSync(process.execPath, [uiRunner, uiOut, ...build], { stdio: 'inherit', cwd: root });
    if (run.status === 0 && existsSync(uiOut)) ui = JSON.parse(readFileSync(uiOut, 'utf8'));
    else console.error('UI step did not produce a result (see above); the table shows the Node steps only.');
  }
}

const calibrationAfter = calibrate();
const cpuAfter = cpuTimes();
// Share of the machine's CPU time the hypervisor gave to other guests during the run: on a shared VM, the main reason two runs of the same code differ.
const stealPercent = cpuBefore && cpuAfter && cpuAfter.total > cpuBefore.total ? Math.round(((cpuAfter.steal - cpuBefore.steal) / (cpuAfter.total - cpuBefore.total)) * 1000) / 10 : null;
const rows = buildRows(bySize);
const targets = judgeTargets(rows, ui);
console.log(`\n${renderTable(rows, sizes)}`);
if (sizes.includes(10000) && sizes.includes(50000)) console.log(`\nWhere the time goes (medians; kernel time is CPU time on every thread, so the parts need not add up):\n${renderBreakdown(rows)}`);
if (ui) console.log(`\nUI, ${ui.rows.toLocaleString('en-US')} rows: filter-to-paint per keystroke median ${ui.keystroke.median} ms, p95 ${ui.keystroke.p95} ms (${ui.keystroke.runs} keystrokes)`);
if (ui?.scroll) {
  const { frameMs, frames, framesOver50Ms, blankFrames, jumps, rowsScrolled } = ui.scroll;
  console.log(
    `UI, scrolling ${rowsScrolled.toLocaleString('en-US')} rows: frame median ${frameMs.median} ms, p95 ${frameMs.p95} ms, ${framesOver50Ms} of ${frames} frames over 50 ms, ${blankFrames} blank; ${jumps.runs} jumps across the list: median ${jumps.median} ms to the next frame, ${jumps.blank} blank`,
  );
}
console.log(`\n${renderTargets(targets)}`);
console.log(
  `\nMachine speed (calibrate.mjs, before → after): integer loop ${calibrationBefore.cpuLoopMs} → ${calibrationAfter.cpuLoopMs} ms, heap round trip ${calibrationBefore.heapMs} → ${calibrationAfter.heapMs} ms${stealPercent === null ? '' : `; CPU steal during the run ${stealPercent}%`}`,
);

const cpuList = cpus();
const results = {
  date: startedAt.toISOString(),
  durationS: Math.round((Date.now() - startedAt.getTime()) / 1000),
  machine: {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model ?? 'unknown',
    totalMemMb: Math.round(totalmem() / 2 ** 20),
    freeMemMbAtEnd: Math.round(freemem() / 2 ** 20),
    node: nodeVersion,
    platform: `${process.platform} ${process.arch}`,
    // The machine is shared; load tells a reader how quiet it was.
    loadAverageBefore: loadBefore.map((l) => Math.round(l * 100) / 100),
    loadAverageAfter: loadavg().map((l) => Math.round(l * 100) / 100),
    // Fixed workloads timed before and after the run (test/bench/calibrate.mjs): compare these before comparing timings across runs.
    calibration: { before: calibrationBefore, after: calibrationAfter },
    // CPU time taken by other guests of the hypervisor during the run (/proc/stat "steal"), in percent of all CPU time.
    stealPercent,
  },
  method:
    'median of N runs on performance.now(), each run after a forced GC and one untimed warm-up; each size in fresh child processes, in two passes (the second in reverse size order; one with --quick) whose runs are summarized together; baselines interleaved with their step; "open in a new process" times one open per process (4 per pass), as the app opens at start; growthInterval and ratioInterval: 95% percentile bootstrap over the runs (2,000 draws, seeded; a step and its baseline drawn in pairs)',
  quick,
  sizes,
  rows,
  targets,
  ui,
  // Each run's parts served to merge the passes; the file keeps every run's wall time (`samples`) and the medians.
  raw: JSON.parse(JSON.stringify(bySize, (key, value) => (key === 'parts' ? undefined : value))),
};
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${outFile}`);
if (args.includes('--strict') && targets.some((t) => t.status === 'missed' && !t.id.startsWith('ui-'))) process.exit(1);
