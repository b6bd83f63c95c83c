/**
 * The measured steps, each over the real services: import (read + interpret + preview, then
 * apply + save), compliance, register save and open, workbook export, and their baselines.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { exportAuditWorkbook } from '../../electron/services/export/audit-export';
import { exportWorkbook } from '../../electron/services/export/workbook';
import { readImportFile } from '../../electron/services/import/read';
import { tablesForDisk } from '../../electron/services/register/disk-tables';
import { registerFileStore } from '../../electron/services/register/json-store';
import { openRegister, readRegisterText } from '../../electron/services/register/register-store';
import { PROOFS_DIR, REGISTER_FILE, REGISTER_NAME, type OpenRegister, type RegisterDeps } from '../../electron/services/register/open-register';
import type { RegisterDocument } from '../../shared/domain/model';
import { buildWorkbookModel } from '../../shared/export/workbook-model';
import type { ExportOptions, WorkbookModel } from '../../shared/export/types';
import { applyImport } from '../../shared/import/apply';
import { interpretFile } from '../../shared/import/interpret';
import { previewImport } from '../../shared/import/preview';
import type { ImportPreview, ParsedFile } from '../../shared/import';
import { catalogProduct } from '../../shared/licensing/catalog';
import { computeCompliance } from '../../shared/licensing/compliance';
import type { ComplianceReport } from '../../shared/licensing/types';
import { AS_OF } from './generate-register';
import { time, timePair, type Step, type Timing } from './measure';

export const IMPORT_NOW = '2025-11-25T09:00:00.000Z';

/**
 * This bench process's installation key for register stamps (validation-stamp.ts). run.mjs hands
 * one key (BENCH_STAMP_KEY, hex) to the processes that must trust each other's stamps, as two
 * starts of the app on one machine do; any other process has a key of its own.
 */
const STAMP_KEY = new Uint8Array(process.env.BENCH_STAMP_KEY ? Buffer.from(process.env.BENCH_STAMP_KEY, 'hex') : randomBytes(32));

/** Register dependencies as the app has them (with a stamp key); `stamp: false` is the CLI's (every open checks the schema). */
export function benchDeps(stamp = true): RegisterDeps {
  return { storeFactory: registerFileStore, now: () => new Date(), actor: 'bench', instance: randomUUID(), newId: () => randomUUID(), ...(stamp ? { stampKey: STAMP_KEY } : {}) };
}

/** Opens the folder, records one change and closes it, as a session of the app leaves a register (saved and stamped). */
export function saveAsTheApp(dir: string): void {
  const register = openRegister(dir, benchDeps());
  try {
    register.commit({ ...register.document }, { action: 'bench.session' });
  } finally {
    register.close();
  }
}

/** Writes `doc` as `dir`/register.json through the register's own store, with its lists as tables (atomic, as the app writes it). */
export function writeRegisterFolder(dir: string, doc: RegisterDocument): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, PROOFS_DIR), { recursive: true });
  registerFileStore(dir, REGISTER_NAME).replace(tablesForDisk(doc));
}

export interface ImportFiles {
  mailboxes: Uint8Array;
  adUsers: Uint8Array;
}

async function parseAndPreview(doc: RegisterDocument, files: ImportFiles): Promise<ImportPreview> {
  const parsed: ParsedFile[] = [];
  for (const [name, bytes] of [['mailboxes.csv', files.mailboxes], ['adusers.csv', files.adUsers]] as const) {
    const read = await readImportFile(name, bytes);
    if (!read.ok) throw new Error(`bench import of ${name} failed: ${read.error.message}`);
    parsed.push(interpretFile(read.file, { remembered: doc.settings.importMappings }));
  }
  return previewImport(doc, parsed, { now: IMPORT_NOW });
}

export interface ImportTimings {
  parsePreview: Timing;
  commit: Timing;
  counts: { newPeople: number; updatedPeople: number; missingPeople: number; ambiguous: number; mailboxRows: number; userRows: number };
}

/** Import of today's Get-Mailbox and Get-ADUser exports into the register, then commit, each run from the same register state. */
export async function timeImport(register: OpenRegister, files: ImportFiles, runs: number): Promise<ImportTimings> {
  const base = register.document;
  const parsePreview = await time(runs, { run: () => parseAndPreview(base, files) });
  const { commit, preview } = await timeImportCommit(register, files, runs);
  const counts = {
    newPeople: preview.newPeople.length,
    updatedPeople: preview.updatedPeople.length,
    missingPeople: preview.missingPeople.length,
    ambiguous: preview.ambiguous.length,
    mailboxRows: preview.snapshot.mailboxes.length,
    userRows: preview.snapshot.users.length,
  };
  return { parsePreview, commit, counts };
}

/** The commit alone (applyImport + save) of one preview, each run from the register state before it. */
export async function timeImportCommit(register: OpenRegister, files: ImportFiles, runs: number): Promise<{ commit: Timing; preview: ImportPreview }> {
  const base = register.document;
  const preview = await parseAndPreview(base, files);
  const commit = await time(runs, {
    run: () => {
      const next = applyImport(register.document, preview, {}, randomUUID, IMPORT_NOW);
      register.commit(next, { action: 'import.commit', subject: 'mailboxes.csv, adusers.csv', after: { newPeople: preview.newPeople.length, updatedPeople: preview.updatedPeople.length } });
    },
    // Back to the register before the import, so every run imports into the same state.
    teardown: () => register.commit({ ...base, audit: register.document.audit }, { action: 'bench.revert' }),
  });
  return { commit, preview };
}

/**
 * The recompute the app does after a change: each run judges a new document in which one
 * assignment was released or restored (as a commit makes it), so nothing computed from the
 * assignments can be reused; the people and the snapshot are the same objects, as in the app.
 */
export function timeCompliance(doc: RegisterDocument, runs: number): Promise<Timing> {
  const changed = (i: number): RegisterDocument => {
    const assignments = [...doc.assignments];
    const at = ((i + 2) * 7919) % assignments.length;
    const a = assignments[at];
    if (a) assignments[at] = a.releasedOn ? { ...a, releasedOn: null, releaseReason: null } : { ...a, releasedOn: AS_OF, releaseReason: 'role-change' };
    return { ...doc, assignments };
  };
  return time(runs, { setup: (i) => changed(i), run: (next) => computeCompliance(next, { asOf: AS_OF }) });
}

/** The first judgement of a freshly opened or imported register: new people and snapshot objects. */
export function timeComplianceFirst(doc: RegisterDocument, runs: number): Promise<Timing> {
  const fresh = (): RegisterDocument => ({ ...doc, people: [...doc.people], inventory: doc.inventory.map((s) => ({ ...s })) });
  return time(runs, { setup: () => fresh(), run: (next) => computeCompliance(next, { asOf: AS_OF }) });
}

/** The document with one person's notes changed, as an edit in the app builds it (the rest are the same objects). */
function withOneEdit(doc: RegisterDocument, i: number): RegisterDocument {
  const people = [...doc.people];
  const at = ((i + 1) * 37) % people.length;
  const person = people[at];
  if (person) people[at] = { ...person, notes: `Edycja ${i}: zmiana działu` };
  return { ...doc, people };
}

const editAudit = (i: number) => ({ action: 'person.update', subject: `p${i}`, before: { notes: '' }, after: { notes: `Edycja ${i}` } });

/**
 * The baseline of both save rows: the document as the same text (its lists as tables), bare. After
 * each run, untimed, its file is flushed to disk and removed, so every run writes a new file from
 * the same state: left in the page cache, its 46 MB at 50k were written back during the next timed
 * run (first saves of 80 and 410 ms in one row of 12-04), and overwriting a flushed file made the
 * timed run free the old one's blocks too (its own runs then took 370 or 750–870 ms). A save
 * flushes its own file before it returns.
 */
const bareWrite = (path: string, doc: () => RegisterDocument) => ({
  setup: doc,
  run: (d: RegisterDocument) => writeFileSync(path, JSON.stringify(tablesForDisk(d))),
  teardown: () => flushAndRemove(path),
});

function flushAndRemove(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(path);
}

/**
 * `OpenRegister.commit` of a one-person edit vs `JSON.stringify` + `writeFileSync` of the same
 * document, as the same text (its lists as tables): the ratio is what the atomic, checked save
 * costs over a bare write of the same bytes.
 */
export async function timeSave(register: OpenRegister, workDir: string, runs: number): Promise<{ step: Timing; baseline: Timing }> {
  return timePair(
    runs,
    { setup: (i) => withOneEdit(register.document, i), run: (next, i) => register.commit(next, editAudit(i)) },
    bareWrite(join(workDir, 'baseline-save.json'), () => register.document),
  );
}

/**
 * The first save after an open, before the register has written anything: the chunks it does not
 * change come from the file the open read, which the stamp says where to find (json-pieces.ts
 * `ChunkTexts`); without a valid stamp the whole document would be stringified. Each run opens the
 * register (untimed), commits one edit and closes it, which stamps it for the next run.
 */
export async function timeFirstSave(dir: string, workDir: string, runs: number): Promise<{ step: Timing; baseline: Timing }> {
  let last: RegisterDocument | null = null;
  return timePair(
    runs,
    {
      setup: (i) => {
        const register = openRegister(dir, benchDeps());
        return { register, next: withOneEdit(register.document, i) };
      },
      run: ({ register, next }, i) => register.commit(next, editAudit(i)),
      teardown: ({ register }) => {
        last = register.document;
        register.close();
      },
    },
    bareWrite(join(workDir, 'baseline-save.json'), () => last as unknown as RegisterDocument),
  );
}

/**
 * `openRegister` (lock, read, parse, validate, verify the audit chain); the register is closed after
 * each timed run. `stamp`: with the app's stamp key, so a register the app saved skips the schema
 * pass; without it every open runs the full schema check (a file changed outside the app, the CLI).
 */
export function timeOpen(dir: string, runs: number, stamp = true): Promise<Timing> {
  return time(runs, openStep(dir, stamp));
}

function openStep(dir: string, stamp: boolean): Step<void> {
  let open: OpenRegister | null = null;
  return {
    run: () => {
      open = openRegister(dir, benchDeps(stamp));
    },
    teardown: () => {
      (open as OpenRegister | null)?.close();
      open = null;
    },
  };
}

/**
 * The plainest way to load the same register: read register.json whole, decode it (`readRegisterText`,
 * as the app's readers of a whole file do), `JSON.parse` it.
 * No lock, no stamp, no tables turned back into entries, no check. The value is kept until the
 * teardown, as an open keeps its register until close. It says how the same bytes grow from 10k to
 * 50k on this machine when none of our code touches them.
 */
function bareReadStep(dir: string): Step<void> {
  let value: unknown = null;
  return {
    run: () => {
      value = JSON.parse(readRegisterText(join(dir, REGISTER_FILE)));
    },
    teardown: () => {
      if (value === null) throw new Error('bare read: nothing was parsed');
      value = null;
    },
  };
}

/** `timeOpen`, interleaved with the bare read + `JSON.parse` of the same file as its baseline. */
export function timeOpenAndBare(dir: string, runs: number, stamp = true): Promise<{ step: Timing; baseline: Timing }> {
  return timePair(runs, openStep(dir, stamp), bareReadStep(dir));
}

export function exportOptions(doc: RegisterDocument, compliance: ComplianceReport, dir: string): ExportOptions {
  const head = doc.audit.at(-1);
  return {
    lang: 'pl',
    preparedBy: 'Łukasz Żółkiewski',
    asOf: AS_OF,
    registerPath: dir,
    compliance,
    auditHead: { hash: head?.hash ?? '0'.repeat(64), count: doc.audit.length },
    productName: (id) => catalogProduct(id)?.name,
  };
}

/** The rows of the audit workbook, already built, through a bare streaming writer: no styles, no print setup. */
export async function bareWorkbook(model: WorkbookModel, outPath: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: outPath });
  for (const sheet of model.sheets) {
    if (sheet.kind !== 'table') continue;
    const ws = workbook.addWorksheet(sheet.name);
    ws.addRow(sheet.columns.map((c) => c.header)).commit();
    for (const row of sheet.rows) ws.addRow([...row]).commit();
    ws.commit();
  }
  await workbook.commit();
}

/** `exportWorkbook` (rows built from the document, styled, print set up) vs only writing its rows bare. */
export function timeExport(doc: RegisterDocument, options: ExportOptions, workDir: string, runs: number, side?: 'step' | 'baseline'): Promise<{ step: Timing; baseline: Timing }> {
  const out = join(workDir, 'audit.xlsx');
  const bare = join(workDir, 'bare.xlsx');
  // Each workbook is flushed and removed after its run (untimed), as the save baseline's file is: every run writes a new file from the same state.
  const step: Step<void> = { run: () => exportWorkbook(doc, options, out), teardown: () => flushAndRemove(out) };
  const baseline: Step<WorkbookModel> = {
    setup: () => buildWorkbookModel(doc, options),
    run: (model) => bareWorkbook(model, bare),
    teardown: () => flushAndRemove(bare),
  };
  // `side` (profiles only, BENCH_SIDE): one side timed alone, so that a CPU profile holds only its work; both fields are that side's timing.
  if (side) return (side === 'step' ? time(runs, step) : time(runs, baseline)).then((timing) => ({ step: timing, baseline: timing }));
  return timePair(runs, step, baseline);
}

/**
 * The audit workbook as the app's Export screen and `cal-register export` make it (`exportAuditWorkbook`): every proof
 * file checked, the register judged, the checklist and the audit chain computed, then every sheet written (the Checklist
 * sheet too, which `exportOptions` leaves out). Timed on its own: it has no bare baseline, but a step of it that grew
 * faster than the register would show in its growth (the checklist's did: two minutes at 50k, 12-07).
 */
export function timeAppExport(register: OpenRegister, workDir: string, runs: number): Promise<Timing> {
  const out = join(workDir, 'app-audit.xlsx');
  return time(runs, { run: () => exportAuditWorkbook(register, { lang: 'pl', preparedBy: 'Łukasz Żółkiewski', asOf: AS_OF }, out), teardown: () => flushAndRemove(out) });
}
