/**
 * One size of the benchmark, in its own process (so peak RSS belongs to it). Bundled by
 * vite.bench.config.ts into out/bench/suite.js and started by test/bench/run.mjs:
 *
 *   node --expose-gc out/bench/suite.js <mode> <size> <workDir>
 *
 * `timings` generates the data, writes the register folder and times every step;
 * `open-once` opens that folder once, as the app does at start (run.mjs starts one per timed run);
 * `rss-open` / `rss-export` only open that folder (and export it), for attributable peak RSS.
 * `profile <step>`: runs one step a few times for `node --cpu-prof` (see test/bench/profile-top.mjs).
 * Prints one JSON document on stdout; progress goes to stderr.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { writeHeapSnapshot } from 'node:v8';
import { join } from 'node:path';
import { exportWorkbook } from '../../electron/services/export/workbook';
import { openRegister } from '../../electron/services/register/register-store';
import { REGISTER_FILE } from '../../electron/services/register/open-register';
import { hasValidStamp } from '../../electron/services/register/validation-stamp';
import { CURRENT_SCHEMA_VERSION, type RegisterDocument } from '../../shared/domain/model';
import { computeCompliance } from '../../shared/licensing/compliance';
import type { ComplianceReport } from '../../shared/licensing/types';
import { adUserExport, generateDirectory, mailboxExport } from './generate';
import { AS_OF, generateRegister } from './generate-register';
import { gcPausedBetween, peakRssMb, watchGc, type Timing } from './measure';
import type { Sample } from './summary.mjs';
import { benchDeps, exportOptions, type ImportFiles, saveAsTheApp, timeCompliance, timeComplianceFirst, timeAppExport, timeExport, timeImport, timeImportCommit, timeFirstSave, timeOpen, timeOpenAndBare, timeSave, writeRegisterFolder } from './steps';

const log = (message: string): void => {
  process.stderr.write(`  ${message}\n`);
};

/**
 * Runs per step: many for the small sizes, whose few-millisecond timings a single disk flush or
 * GC pause can double, fewer for the slow large ones; BENCH_RUNS overrides (a quick smoke run uses 1).
 */
function runsFor(size: number, fast = false): number {
  const override = Number(process.env.BENCH_RUNS);
  if (Number.isInteger(override) && override > 0) return fast ? override * 3 : override;
  const base = size >= 50_000 ? 7 : size > 1_000 ? 9 : 31;
  return fast ? base * 3 : base;
}

/**
 * Generates the synthetic directory, writes the register folder and the two exports, and lets
 * the generated objects go: every timed step then runs with the heap the app has (one register
 * document), not with a second generated copy that would make every GC at 50k dearer.
 */
function prepare(size: number, workDir: string): { registerDir: string; files: ImportFiles; generated: object } {
  const started = performance.now();
  const directory = generateDirectory(size);
  const doc = generateRegister(directory);
  const files = { mailboxes: mailboxExport(directory), adUsers: adUserExport(directory) };
  const registerDir = join(workDir, 'register');
  writeRegisterFolder(registerDir, doc);
  const generated = { people: doc.people.length, assignments: doc.assignments.length, auditEvents: doc.audit.length, mailboxCsvBytes: files.mailboxes.length, adCsvBytes: files.adUsers.length, ms: Math.round(performance.now() - started) };
  return { registerDir, files, generated };
}

/** The compliance steps on the opened document (kept in this function only, so later steps do not hold it). */
async function timeJudgement(doc: RegisterDocument, size: number): Promise<{ compliance: Timing; complianceFirst: Timing; report: ComplianceReport }> {
  const compliance = await timeCompliance(doc, runsFor(size, true));
  log(`compliance ${compliance.median} ms`);
  const complianceFirst = await timeComplianceFirst(doc, runsFor(size, true));
  log(`compliance first ${complianceFirst.median} ms`);
  return { compliance, complianceFirst, report: computeCompliance(doc, { asOf: AS_OF }) };
}

async function timings(size: number, workDir: string): Promise<object> {
  const { registerDir, files, generated } = prepare(size, workDir);
  log(`generated ${JSON.stringify(generated)}`);
  const runs = runsFor(size);

  const fullCheck = await timeOpenAndBare(registerDir, runs, false);
  log(`open, full schema check ${fullCheck.step.median} ms (bare read + JSON.parse ${fullCheck.baseline.median} ms)`);
  saveAsTheApp(registerDir);
  const stamped = await timeOpenAndBare(registerDir, runs);
  log(`open, saved by the app ${stamped.step.median} ms (bare read + JSON.parse ${stamped.baseline.median} ms)`);
  const firstSave = await timeFirstSave(registerDir, workDir, runs);
  log(`first save after an open ${firstSave.step.median} ms (bare ${firstSave.baseline.median} ms)`);

  const register = openRegister(registerDir, benchDeps());
  try {
    const { compliance, complianceFirst, report } = await timeJudgement(register.document, size);
    const save = await timeSave(register, workDir, runs);
    log(`save ${save.step.median} ms (bare ${save.baseline.median} ms)`);
    const imported = await timeImport(register, files, runs);
    log(`import parse+preview ${imported.parsePreview.median} ms, commit ${imported.commit.median} ms`);
    const exported = await timeExport(register.document, exportOptions(register.document, report, registerDir), workDir, runs);
    log(`export ${exported.step.median} ms (bare ${exported.baseline.median} ms)`);
    const exportApp = await timeAppExport(register, workDir, runs);
    log(`export as the app makes it ${exportApp.median} ms`);
    return { size, generated, open: stamped.step, openBare: stamped.baseline, openFullCheck: fullCheck.step, openFullCheckBare: fullCheck.baseline, compliance, complianceFirst, save, firstSave, import: imported, export: exported, exportApp, findings: report.findings.length, peakRssMb: peakRssMb() };
  } finally {
    register.close();
  }
}

/**
 * One open of the register the timings run left stamped, as the app opens it at start: the first
 * thing a new process does, with nothing yet compiled or paged in (run.mjs starts one process per run).
 */
async function openOnce(workDir: string): Promise<object> {
  watchGc();
  const faults = process.resourceUsage().minorPageFault;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const register = openRegister(join(workDir, 'register'), benchDeps());
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const gc = await gcPausedBetween(started, started + ms);
  // One run as measure.ts times one, so that run.mjs summarizes the processes' opens as any step's runs (summary.mjs).
  const out: Sample = { wall: ms, cpu: (used.user + used.system) / 1000, faults: process.resourceUsage().minorPageFault - faults, gc, system: used.system / 1000 };
  register.close();
  // Checked after the timing: this row is the stamped open, so a stamp this process cannot trust is an error, not a slower number.
  const dir = join(workDir, 'register');
  const stampKey = benchDeps().stampKey;
  if (!stampKey || !hasValidStamp(dir, stampKey, readFileSync(join(dir, REGISTER_FILE)), CURRENT_SCHEMA_VERSION)) throw new Error('open-once: the register is not stamped with this run\'s key (BENCH_STAMP_KEY)');
  return out;
}

/** What the app holds with the register open: the document in memory and nothing else. */
function rssOpen(workDir: string): object {
  // A fresh process has its own stamp key, so this is the full schema check: the most an open holds.
  const register = openRegister(join(workDir, 'register'), benchDeps(false));
  const out = { peakRssMb: peakRssMb(), people: register.document.people.length };
  register.close();
  return out;
}

/** The app's export path: open the register, judge it, write the workbook once. */
async function rssExport(workDir: string): Promise<object> {
  const dir = join(workDir, 'register');
  const register = openRegister(dir, benchDeps());
  try {
    const afterOpen = peakRssMb();
    const doc = register.document;
    const report = computeCompliance(doc, { asOf: AS_OF });
    const started = performance.now();
    await exportWorkbook(doc, exportOptions(doc, report, dir), join(workDir, 'rss-audit.xlsx'));
    return { ms: Math.round(performance.now() - started), assignments: doc.assignments.length, peakRssAfterOpenMb: afterOpen, peakRssMb: peakRssMb() };
  } finally {
    register.close();
  }
}

/**
 * The heap an open register holds, as the app opens it (stamped, the generated data let go): used
 * heap after a forced GC with the register open, less the same without it; and a heap snapshot of
 * it, `<workDir>/open-register.heapsnapshot`, for test/bench/heap-top.mjs. Needs --expose-gc.
 */
function heapOfOpenRegister(size: number, workDir: string): object {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('profile heap-app needs node --expose-gc');
  const { registerDir } = prepare(size, workDir);
  saveAsTheApp(registerDir);
  gc();
  const before = process.memoryUsage().heapUsed;
  const register = openRegister(registerDir, benchDeps());
  try {
    gc();
    const heapMb = Math.round((process.memoryUsage().heapUsed - before) / 1e5) / 10;
    return { heapMb, people: register.document.people.length, snapshot: writeHeapSnapshot(join(workDir, 'open-register.heapsnapshot')) };
  } finally {
    register.close();
  }
}

/** BENCH_SIDE=step|baseline: a profile of the export times that side of its pair alone. Never read by the timings run. */
function exportSide(): 'step' | 'baseline' | undefined {
  const side = process.env.BENCH_SIDE;
  if (side === undefined || side === '') return undefined;
  if (side !== 'step' && side !== 'baseline') throw new Error(`BENCH_SIDE=${side}: step or baseline`);
  return side;
}

/** Generates the data and times one step (BENCH_RUNS times, 3 by default), e.g. under `node --cpu-prof`. */
async function profile(step: string, size: number, workDir: string): Promise<object> {
  const runs = Number(process.env.BENCH_RUNS) || 3;
  if (step === 'heap-app') return heapOfOpenRegister(size, workDir);
  // `open-app`, `export-app`, `compliance-first-app`: the step with the heap the timings run gives it (the generated data let go, one register
  // open, as the app opens it: stamped).
  if (step === 'open-app' || step === 'export-app' || step === 'compliance-first-app') {
    const { registerDir } = prepare(size, workDir);
    saveAsTheApp(registerDir);
    if (step === 'open-app') return timeOpen(registerDir, runs);
    const register = openRegister(registerDir, benchDeps());
    try {
      const doc = register.document;
      if (step === 'compliance-first-app') return await timeComplianceFirst(doc, runs);
      return await timeExport(doc, exportOptions(doc, computeCompliance(doc, { asOf: AS_OF }), registerDir), workDir, runs, exportSide());
    } finally {
      register.close();
    }
  }
  const directory = generateDirectory(size);
  const doc = generateRegister(directory);
  const registerDir = join(workDir, 'register');
  writeRegisterFolder(registerDir, doc);
  const report = computeCompliance(doc, { asOf: AS_OF });
  const files = { mailboxes: mailboxExport(directory), adUsers: adUserExport(directory) };
  if (step === 'open') {
    saveAsTheApp(registerDir);
    return timeOpen(registerDir, runs);
  }
  if (step === 'open-full') return timeOpen(registerDir, runs, false);
  if (step === 'save-first') {
    saveAsTheApp(registerDir);
    return timeFirstSave(registerDir, workDir, runs);
  }
  if (step === 'compliance') return timeCompliance(doc, runs);
  if (step === 'compliance-first') return timeComplianceFirst(doc, runs);
  const register = openRegister(registerDir, benchDeps());
  try {
    if (step === 'save') return await timeSave(register, workDir, runs);
    if (step === 'import') return await timeImport(register, files, runs);
    if (step === 'import-commit') return (await timeImportCommit(register, files, runs)).commit;
    if (step === 'export') return await timeExport(doc, exportOptions(doc, report, registerDir), workDir, runs, exportSide());
    throw new Error(`unknown step ${step}: open, open-app, heap-app, compliance-first-app, open-full, save-first, compliance, compliance-first, save, import, import-commit, export, export-app`);
  } finally {
    register.close();
  }
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv[0] === 'profile') {
    const [, step = '', sizeText = '', dir = ''] = argv;
    mkdirSync(dir, { recursive: true });
    process.stdout.write(`${JSON.stringify(await profile(step, Number(sizeText), dir))}\n`);
    return;
  }
  const [mode, sizeText, workDir] = argv;
  const size = Number(sizeText);
  if (!mode || !workDir || !Number.isInteger(size) || size < 1) {
    process.stderr.write('usage: suite.js timings|open-once|rss-open|rss-export <size> <workDir>\n');
    process.exit(2);
  }
  mkdirSync(workDir, { recursive: true });
  const modes: Record<string, () => object | Promise<object>> = { timings: () => timings(size, workDir), 'open-once': () => openOnce(workDir), 'rss-open': () => rssOpen(workDir), 'rss-export': () => rssExport(workDir) };
  const result = (await modes[mode]?.()) ?? null;
  if (result === null) {
    process.stderr.write(`unknown mode ${mode}\n`);
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main(process.argv.slice(2));
