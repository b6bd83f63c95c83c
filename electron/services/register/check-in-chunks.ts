import { z } from 'zod';
import { inventorySnapshotSchema, type RegisterDocument, type registerDocumentSchema } from '../../../shared/domain/model';
import { snapshotRowsAt } from './disk-tables';

/** The first problem the schema finds, with its path in the value that was checked. */
export interface SchemaProblem {
  path: PropertyKey[];
  message: string;
}

/** Entries checked per zod call: large enough that the call overhead vanishes, small enough that zod's copies die young. */
const CHUNK = 1000;

/** The document's arrays (a commit checks their entries one by one), and a snapshot's row arrays, checked a chunk at a time. */
export const DOCUMENT_ARRAYS = ['servers', 'purchases', 'people', 'assignments', 'proofs', 'inventory', 'audit'] as const;
export type DocumentArray = (typeof DOCUMENT_ARRAYS)[number];
const SNAPSHOT_ARRAYS = ['mailboxes', 'users'] as const;

const arrayOf = new WeakMap<z.ZodType, z.ZodType>();
function chunkSchema(element: z.ZodType): z.ZodType {
  let schema = arrayOf.get(element);
  if (!schema) arrayOf.set(element, (schema = z.array(element)));
  return schema;
}

function firstProblem(error: z.ZodError, at: PropertyKey[], offset = 0): SchemaProblem {
  const issue = error.issues[0];
  if (!issue) return { path: at, message: 'invalid' };
  const [index, ...rest] = issue.path;
  return { path: typeof index === 'number' ? [...at, offset + index, ...rest] : [...at, ...issue.path], message: issue.message };
}

/** A verdict; with `keep`, also the value the schema gives (see `checkedInChunks`). */
type Checked = { problem: SchemaProblem; value?: undefined } | { problem: null; value: unknown };

/** An object whose prototype is Object.prototype or null: no inherited keys for `for…in` to meet. */
const isPlain = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Whether `a` and `b` are the same JSON value: equal primitives, or arrays and plain objects whose
 * entries (keys in the same order) are the same. zod's copy of an entry it accepted without a
 * default, a stripped key or a new order is the same as the entry itself.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // `for…in` below also walks inherited keys: only plain objects (what JSON.parse and zod build) are compared.
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(b);
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let i = 0;
  for (const key in left) {
    if (key !== keys[i] || !sameJson(left[key], right[key])) return false;
    i++;
  }
  return i === keys.length;
}

function checkRows(element: z.ZodType, rows: readonly unknown[], at: PropertyKey[], keep: boolean, passed?: ListPrecheck): Checked {
  const prechecked = passed?.kept(rows);
  if (prechecked) return { problem: null, value: prechecked };
  const schema = chunkSchema(element);
  // `rows` itself while every entry is the same as its checked copy; from the first that is not, a new list.
  let kept: unknown[] | null = null;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const checked = schema.safeParse(start === 0 && rows.length <= CHUNK ? rows : rows.slice(start, start + CHUNK));
    if (!checked.success) return { problem: firstProblem(checked.error, at, start) };
    if (!keep) continue;
    const copies = checked.data as unknown[];
    for (let i = 0; i < copies.length; i++) {
      const entry = rows[start + i];
      const same = sameJson(entry, copies[i]);
      if (kept === null && !same) kept = rows.slice(0, start + i);
      if (kept !== null) kept.push(same ? entry : copies[i]);
    }
  }
  return { problem: null, value: kept ?? rows };
}

/**
 * `value` through `schema` with its `keys` arrays emptied (the shell), then each of those arrays
 * through `checkArray`; `value` whole through `schema` when it lacks one of the arrays. With
 * `keep`, the value is the shell's checked copy holding the arrays' values.
 */
function checkShellThenArrays<K extends string>(
  schema: z.ZodObject,
  value: unknown,
  keys: readonly K[],
  at: PropertyKey[],
  keep: boolean,
  checkArray: (key: K, rows: readonly unknown[], at: PropertyKey[]) => Checked,
): Checked {
  if (typeof value !== 'object' || value === null || !keys.every((k) => Array.isArray((value as Record<string, unknown>)[k]))) {
    const checked = schema.safeParse(value);
    return checked.success ? { problem: null, value: checked.data } : { problem: firstProblem(checked.error, at) };
  }
  const record = value as Record<K, unknown[]>;
  const shell = schema.safeParse({ ...record, ...Object.fromEntries(keys.map((k) => [k, []])) });
  if (!shell.success) {
    // The whole parse meets the keys in the schema's order: an array before the shell's first
    // problem (a snapshot's rows come before its CAL counts) reports its own problem first.
    const order = Object.keys(schema.shape);
    const failedAt = order.indexOf(String(shell.error.issues[0]?.path[0]));
    for (const key of keys) {
      if (failedAt < 0 || order.indexOf(key) > failedAt) break;
      const checked = checkArray(key, record[key], [...at, key]);
      if (checked.problem) return checked;
    }
    return { problem: firstProblem(shell.error, at) };
  }
  const result = keep ? { ...(shell.data as Record<K, unknown>) } : null;
  for (const key of keys) {
    const checked = checkArray(key, record[key], [...at, key]);
    if (checked.problem) return checked;
    if (result) result[key] = checked.value;
  }
  return { problem: null, value: result };
}

/** A snapshot without its rows through the snapshot schema, then its rows a chunk at a time. */
function checkSnapshot(snapshot: unknown, at: PropertyKey[], keep: boolean, passed?: ListPrecheck): Checked {
  return checkShellThenArrays(inventorySnapshotSchema, snapshot, SNAPSHOT_ARRAYS, at, keep, (key, rows, path) =>
    checkRows(inventorySnapshotSchema.shape[key].unwrap().element, rows, path, keep, passed),
  );
}

function checkDocument(schema: typeof registerDocumentSchema, doc: unknown, keep: boolean, passed?: ListPrecheck): Checked {
  return checkShellThenArrays(schema, doc, DOCUMENT_ARRAYS, [], keep, (key, rows, path) => {
    if (key !== 'inventory') return checkRows(schema.shape[key].unwrap().element, rows, path, keep, passed);
    const snapshots: unknown[] = [];
    for (let i = 0; i < rows.length; i++) {
      const checked = checkSnapshot(rows[i], [...path, i], keep, passed);
      if (checked.problem) return checked;
      snapshots.push(checked.value);
    }
    return { problem: null, value: snapshots };
  });
}

/**
 * `schema.safeParse(doc).success`, as a verdict with the first problem, but checking the large
 * arrays a thousand entries at a time. zod builds a checked copy of everything it parses; for a
 * whole 50,000-person import that copy (people, and a snapshot of 100,000 rows) lived until the
 * parse ended, so the young-generation GC copied it into the old generation just to drop it.
 * Checked in chunks, each copy dies young. The verdict is the same: the document schema has no
 * rule that spans entries (test/unit/register/check-in-chunks.test.ts).
 */
export function checkInChunks(schema: typeof registerDocumentSchema, doc: unknown): SchemaProblem | null {
  return checkDocument(schema, doc, false).problem;
}

/**
 * `schema.safeParse(doc)` for an open that does not trust the file, checked a chunk at a time as
 * `checkInChunks` checks, and keeping every entry the schema accepts as it is (`sameJson`)
 * instead of zod's copy of it: the value is equal to the whole parse's, key for key and in
 * order. For a 50,000-person register the whole parse held a second copy of every entry until it
 * ended, and kept zod's copies, built key by key, whose properties live outside the object
 * (an open 50k register held 85.5 MB of heap that way, 79.0 MB with the entries it read).
 * A list `passed` holds was checked while it was parsed (`ListPrecheck`) and is not walked again.
 */
export function checkedInChunks(
  schema: typeof registerDocumentSchema,
  doc: unknown,
  passed?: ListPrecheck,
): { success: true; data: RegisterDocument } | { success: false; problem: SchemaProblem } {
  const checked = checkDocument(schema, doc, true, passed);
  return checked.problem ? { success: false, problem: checked.problem } : { success: true, data: checked.value as RegisterDocument };
}

/**
 * Lists of a document checked while an open parses them (parse-in-chunks.ts `parseInLines` hands
 * over each chunk's entries as soon as they are built, still in the CPU's cache), so that
 * `checkedInChunks` need not walk them again once they are long out of it (80 MB of heap at
 * 50,000 people): a full-check open 5–10% faster at 10k and at 50k (docs/performance.md). A list passes only
 * if every chunk does, and `checkRows` then gives it as it would have: each entry the schema
 * changed replaced by zod's copy (the parsed document itself is not changed). A list with a
 * problem is checked again, and the full check finds and names the first problem as it always
 * has. Only for a document of the schema version checked against: a migration changes entries
 * first. Lists are held weakly: a parse given up half way leaves nothing alive here.
 */
export class ListPrecheck {
  readonly #schema: typeof registerDocumentSchema;
  /** Lists being parsed: their chunk schema and zod's copies so far (by index), or null for a list at no place checked in chunks, or one that failed. */
  readonly #lists = new WeakMap<readonly unknown[], { schema: z.ZodType; copies: [number, unknown][] } | null>();
  readonly #passed = new WeakMap<readonly unknown[], readonly [number, unknown][]>();

  constructor(schema: typeof registerDocumentSchema) {
    this.#schema = schema;
  }

  /** The entries of `list` from `from` on were just built, for the list at `path` (`people`, `inventory.0.users`…). */
  chunk(path: string, list: readonly unknown[], from: number): void {
    let state = this.#lists.get(list);
    if (state === undefined) {
      const element = elementAt(this.#schema, path);
      this.#lists.set(list, (state = element ? { schema: chunkSchema(element), copies: [] } : null));
    }
    if (state === null) return;
    // A file's chunk may be a whole list on one line: checked CHUNK entries at a time, so that zod's copies die young.
    for (let start = from; start < list.length; start += CHUNK) {
      const entries = list.slice(start, start + CHUNK);
      const checked = state.schema.safeParse(entries);
      if (!checked.success) {
        this.#lists.set(list, null);
        return;
      }
      const copies = checked.data as unknown[];
      for (let i = 0; i < copies.length; i++) if (!sameJson(entries[i], copies[i])) state.copies.push([start + i, copies[i]]);
    }
  }

  /** `list` is complete: it passed if every chunk did. */
  done(list: readonly unknown[]): void {
    const state = this.#lists.get(list);
    this.#lists.delete(list);
    if (state) this.#passed.set(list, state.copies);
  }

  /** `rows` as `checkRows` keeps them, if they passed while parsed; else null. */
  kept(rows: readonly unknown[]): readonly unknown[] | null {
    const copies = this.#passed.get(rows);
    if (!copies) return null;
    if (copies.length === 0) return rows;
    const kept = rows.slice();
    for (const [at, copy] of copies) kept[at] = copy;
    return kept;
  }
}

/** The schema of one entry of the list at `path` in a document, for the lists `checkedInChunks` checks a chunk at a time. */
function elementAt(schema: typeof registerDocumentSchema, path: string): z.ZodType | null {
  if (path !== 'inventory' && (DOCUMENT_ARRAYS as readonly string[]).includes(path)) return schema.shape[path as Exclude<DocumentArray, 'inventory'>].unwrap().element;
  const rows = snapshotRowsAt(path);
  return rows ? inventorySnapshotSchema.shape[rows].unwrap().element : null;
}
