import { z } from 'zod';
import { inventorySnapshotSchema, type registerDocumentSchema } from '../../../shared/domain/model';

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

function checkRows(element: z.ZodType, rows: readonly unknown[], at: PropertyKey[]): SchemaProblem | null {
  const schema = chunkSchema(element);
  for (let start = 0; start < rows.length; start += CHUNK) {
    const checked = schema.safeParse(start === 0 && rows.length <= CHUNK ? rows : rows.slice(start, start + CHUNK));
    if (!checked.success) return firstProblem(checked.error, at, start);
  }
  return null;
}

/**
 * `value` through `schema` with its `keys` arrays emptied (the shell), then each of those arrays
 * through `checkArray`; `value` whole through `schema` when it lacks one of the arrays.
 */
function checkShellThenArrays<K extends string>(
  schema: z.ZodType,
  value: unknown,
  keys: readonly K[],
  at: PropertyKey[],
  checkArray: (key: K, rows: readonly unknown[], at: PropertyKey[]) => SchemaProblem | null,
): SchemaProblem | null {
  if (typeof value !== 'object' || value === null || !keys.every((k) => Array.isArray((value as Record<string, unknown>)[k]))) {
    const checked = schema.safeParse(value);
    return checked.success ? null : firstProblem(checked.error, at);
  }
  const record = value as Record<K, unknown[]>;
  const shell = schema.safeParse({ ...record, ...Object.fromEntries(keys.map((k) => [k, []])) });
  if (!shell.success) return firstProblem(shell.error, at);
  for (const key of keys) {
    const problem = checkArray(key, record[key], [...at, key]);
    if (problem) return problem;
  }
  return null;
}

/** A snapshot without its rows through the snapshot schema, then its rows a chunk at a time. */
function checkSnapshot(snapshot: unknown, at: PropertyKey[]): SchemaProblem | null {
  return checkShellThenArrays(inventorySnapshotSchema, snapshot, SNAPSHOT_ARRAYS, at, (key, rows, path) =>
    checkRows(inventorySnapshotSchema.shape[key].unwrap().element, rows, path),
  );
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
  return checkShellThenArrays(schema, doc, DOCUMENT_ARRAYS, [], (key, rows, path) => {
    if (key !== 'inventory') return checkRows(schema.shape[key].unwrap().element, rows, path);
    for (let i = 0; i < rows.length; i++) {
      const problem = checkSnapshot(rows[i], [...path, i]);
      if (problem) return problem;
    }
    return null;
  });
}
