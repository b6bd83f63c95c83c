import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { RegisterDocument } from '../../../shared/domain/model';
import type { ExplicitMapping } from '../../../shared/import/detect';
import { interpretFile } from '../../../shared/import/interpret';
import { importMessage } from '../../../shared/import/messages';
import { applyImport } from '../../../shared/import/apply';
import { assumedDateAssignments, isRealUpdate } from '../../../shared/import/counts';
import { previewImport } from '../../../shared/import/preview';
import type { ImportDecisions, ImportPreview } from '../../../shared/import/preview-types';
import { defaultReadLimits, megabytes, type FileRead, type ParsedFile, type ReadError } from '../../../shared/import/types';
import type { OpenRegister } from '../register/open-register';
import { readImportFile } from './read';

/** A file picked for import: what was read, or why it could not be. */
export type LoadedFile = { fileName: string; read: FileRead; error: null } | { fileName: string; read: null; error: ReadError };

const badFile = (fileName: string, key: Parameters<typeof importMessage>[0], params: Record<string, string | number>): LoadedFile => {
  const m = importMessage(key, { file: fileName, ...params });
  return { fileName, read: null, error: { code: 'bad-file', message: m.message, key: m.key, params: m.params } };
};

/** The OS refusals a user meets, in words; any other keeps its code. */
const readFailures: Readonly<Record<string, Parameters<typeof importMessage>[0]>> = {
  ENOENT: 'importFile.error.notFound',
  EISDIR: 'importFile.error.isFolder',
  EACCES: 'importFile.error.noPermission',
  EPERM: 'importFile.error.noPermission',
};

/** Reads a file from disk for import; the size limit is checked before a byte is read. */
export async function loadImportFile(path: string, maxBytes = defaultReadLimits.maxBytes): Promise<LoadedFile> {
  const fileName = basename(path);
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > maxBytes) return badFile(fileName, 'importFile.error.tooLarge', { sizeMb: megabytes(size), limitMb: megabytes(maxBytes) });
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    const known = readFailures[code];
    return known ? badFile(fileName, known, {}) : badFile(fileName, 'importFile.error.unreadable', { detail: code });
  }
  const result = await readImportFile(fileName, bytes, { limits: { maxBytes } });
  return result.ok ? { fileName, read: result.file, error: null } : { fileName, read: null, error: result.error };
}

export interface WorkbenchPreview {
  parsed: ParsedFile[];
  preview: ImportPreview;
  errors: ReadError[];
}

/** Interprets the read files (with any explicit mappings) and previews the changes against the register. */
export function previewFiles(doc: RegisterDocument, files: readonly LoadedFile[], mappings: ReadonlyMap<string, ExplicitMapping>, now: string): WorkbenchPreview {
  const parsed = interpretFiles(doc, files, mappings);
  const errors = files.flatMap((file) => (file.read ? [] : [file.error]));
  return { parsed, preview: previewImport(doc, parsed, { now }), errors };
}

/** The files read, interpreted as `doc` reads them: with the explicit mappings, else the column mappings it remembers. */
export function interpretFiles(doc: RegisterDocument, files: readonly LoadedFile[], mappings: ReadonlyMap<string, ExplicitMapping>): ParsedFile[] {
  return files.flatMap((file) => (file.read ? [interpretFile(file.read, { mapping: mappings.get(file.fileName), remembered: doc.settings.importMappings })] : []));
}

export interface ImportCommitSummary {
  snapshotId: string;
  newPeople: number;
  updatedPeople: number;
  servers: number;
  purchases: number;
  assignments: number;
  /** Active assignments the sheet said had ended, now released. */
  releasedAssignments: number;
  /** New assignments the sheet gave no date for, recorded as of the lot's date (or the import's): dates to check. */
  assumedDates: number;
}

/** How many of an import's rows recorded with an assumed date its audit event names (`assumedDateRows`). */
export const ASSUMED_ROWS_LISTED = 1000;

/** Applies a preview in one atomic commit with one audit event; nothing is written if it fails. */
export function commitImport(register: OpenRegister, preview: ImportPreview, decisions: ImportDecisions): ImportCommitSummary {
  const doc = register.document;
  const next = applyImport(doc, preview, decisions, () => register.newId(), register.now().toISOString());
  const snapshot = next.inventory.at(-1)!;
  const excluded = new Set(decisions.exclude ?? []);
  const count = (items: readonly { key: string }[]) => items.filter((i) => !excluded.has(i.key)).length;
  // The change history says which dates no one typed: the sheet's row, whose they are, and the date recorded.
  const assumed = assumedDateAssignments(preview, decisions, excluded).map((a) => ({ file: a.fileName, line: a.line, person: a.personLabel, assignedOn: a.assignedOn }));
  // The first ASSUMED_ROWS_LISTED of them; the count is always whole. A sheet with no date column at all would
  // otherwise put every one of its rows into the register's audit trail for good.
  const listed = assumed.slice(0, ASSUMED_ROWS_LISTED);
  const summary: ImportCommitSummary = {
    snapshotId: snapshot.id,
    newPeople: next.people.length - doc.people.length,
    updatedPeople: count(preview.updatedPeople.filter(isRealUpdate)),
    servers: count(preview.servers.filter((s) => s.action !== 'unchanged')),
    purchases: next.purchases.length - doc.purchases.length,
    assignments: next.assignments.length - doc.assignments.length,
    releasedAssignments: next.assignments.reduce((n, a, i) => n + (i < doc.assignments.length && a.releasedOn !== null && doc.assignments[i]?.releasedOn === null ? 1 : 0), 0),
    assumedDates: assumed.length,
  };
  register.commit(next, {
    action: 'import.commit',
    subject: snapshot.sources.map((s) => s.fileName).join(', '),
    // The raw rows live in the snapshot; the audit event records what changed and from which files.
    after: { ...summary, sources: snapshot.sources, ...(listed.length > 0 ? { assumedDateRows: listed } : {}) },
  });
  return summary;
}
