/**
 * Local check (not a test): export N assignments and print time and peak RSS.
 * Run: node node_modules/jiti/lib/jiti-cli.mjs test/print/perf-check.ts [assignments] [out.xlsx]
 * Targets: 10,000 assignments in < 2 s and < 300 MB RSS.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportWorkbook } from '../../electron/services/export/workbook';
import { sampleCompliance, sampleOptions, sampleRegister } from '../unit/export/fixture';

const count = Number(process.argv[2] ?? 10_000);
const out = process.argv[3] ?? join(tmpdir(), `cal-perf-${count}.xlsx`);
const doc = sampleRegister(count);
let peak = process.memoryUsage().rss;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const started = performance.now();
const result = await exportWorkbook(doc, sampleOptions({ compliance: sampleCompliance }), out, () => {
  peak = Math.max(peak, process.memoryUsage().rss);
});
const seconds = (performance.now() - started) / 1000;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  JSON.stringify({ assignments: doc.assignments.length, rows: result.rows, seconds: Number(seconds.toFixed(2)), peakRssMb: Math.round(peak / 2 ** 20), out }),
);
