/**
 * How the register's long lists are kept on disk: as tables, `{"columns": [...], "rows": [[...], ...]}`,
 * one row per person, assignment or inventory row, instead of one object each (schema version 2).
 *
 * Why: in a list of 50,000 people every object repeats its twelve keys. Those keys were 30% of a
 * 66 MB register, and decoding and parsing them was a large part of every open (measured: see
 * docs/performance.md). In memory nothing changes: `expandTables` turns each table back
 * into the same objects as soon as the file is parsed, before migrations and the schema check, so
 * the rest of the app never sees a table. The file stays JSON a person can read, like a CSV with
 * its header.
 *
 * Only lists whose entries have a fixed set of keys are tables (their zod shapes give the
 * columns, so a key outside the schema, which the schema check drops anyway, is not written); the
 * audit trail, whose events have optional keys, keeps its objects. A list with an entry that lacks
 * a column is written as objects, so nothing is ever lost for want of a column.
 */
import { assignmentSchema, inventoryMailboxSchema, inventoryUserSchema, personSchema } from '../../../shared/domain/model';

type Row = readonly unknown[];
type Entry = Record<string, unknown>;

/**
 * One kind of table: its columns (the schema's keys, in the schema's order) and, for entries in
 * exactly those columns, a row built as one array literal and an entry built as one object
 * literal. Key by key, the 200,000 entries of a 50,000-person register took 100–150 ms of its
 * open; as literals 40–80 ms. A pair of literals that drifts from the schema is never used
 * (`literalPair`), and test/unit/register/disk-tables.test.ts fails on it.
 */
interface TableKind {
  columns: readonly string[];
  literals: Literals | null;
}

interface Literals {
  row: (entry: Entry) => unknown[];
  entry: (row: Row) => Entry;
  /** Whether the entry holds every column (none undefined), read as literal properties: no row is built to ask. */
  complete: (entry: Entry) => boolean;
}

/**
 * `literals` if they agree with `columns`: the entry literal names exactly the columns, in order,
 * and the row literal puts each back where it came from. Otherwise null (key by key instead).
 */
export function literalPair(columns: readonly string[], literals: Literals): Literals | null {
  const positions = columns.map((_, i) => i);
  const entry = literals.entry(positions);
  const keys = Object.keys(entry);
  const sameKeys = keys.length === columns.length && keys.every((key, i) => key === columns[i]);
  const row = literals.row(entry);
  // `complete` says yes to every column present, and no when any one of them is missing.
  const asksEveryColumn = literals.complete(entry) && columns.every((c) => !literals.complete({ ...entry, [c]: undefined }));
  return sameKeys && row.length === positions.length && row.every((value, i) => value === i) && asksEveryColumn ? literals : null;
}

function tableKind(shape: object, literals: Literals): TableKind {
  const columns = Object.keys(shape);
  return { columns, literals: literalPair(columns, literals) };
}

export const PEOPLE = tableKind(personSchema.shape, {
  row: (e) => [e.id, e.givenName, e.surname, e.email, e.login, e.department, e.leftOn, e.external, e.externalNote, e.manualEnterpriseFeatures, e.directory, e.notes],
  entry: (r) => ({
    id: r[0], givenName: r[1], surname: r[2], email: r[3], login: r[4], department: r[5], leftOn: r[6],
    external: r[7], externalNote: r[8], manualEnterpriseFeatures: r[9], directory: r[10], notes: r[11],
  }),
  complete: (e) =>
    e.id !== undefined && e.givenName !== undefined && e.surname !== undefined && e.email !== undefined && e.login !== undefined && e.department !== undefined &&
    e.leftOn !== undefined && e.external !== undefined && e.externalNote !== undefined && e.manualEnterpriseFeatures !== undefined && e.directory !== undefined && e.notes !== undefined,
});
export const ASSIGNMENTS = tableKind(assignmentSchema.shape, {
  row: (e) => [e.id, e.personId, e.purchaseId, e.assignedOn, e.releasedOn, e.releaseReason, e.notes, e.releaseNotes, e.verification],
  entry: (r) => ({ id: r[0], personId: r[1], purchaseId: r[2], assignedOn: r[3], releasedOn: r[4], releaseReason: r[5], notes: r[6], releaseNotes: r[7], verification: r[8] }),
  complete: (e) =>
    e.id !== undefined && e.personId !== undefined && e.purchaseId !== undefined && e.assignedOn !== undefined && e.releasedOn !== undefined &&
    e.releaseReason !== undefined && e.notes !== undefined && e.releaseNotes !== undefined && e.verification !== undefined,
});
export const MAILBOXES = tableKind(inventoryMailboxSchema.shape, {
  row: (e) => [e.displayName, e.email, e.upn, e.login, e.recipientType, e.archive, e.litigationHold, e.inPlaceHold],
  entry: (r) => ({ displayName: r[0], email: r[1], upn: r[2], login: r[3], recipientType: r[4], archive: r[5], litigationHold: r[6], inPlaceHold: r[7] }),
  complete: (e) =>
    e.displayName !== undefined && e.email !== undefined && e.upn !== undefined && e.login !== undefined && e.recipientType !== undefined &&
    e.archive !== undefined && e.litigationHold !== undefined && e.inPlaceHold !== undefined,
});
export const USERS = tableKind(inventoryUserSchema.shape, {
  row: (e) => [e.givenName, e.surname, e.login, e.upn, e.email, e.enabled, e.department],
  entry: (r) => ({ givenName: r[0], surname: r[1], login: r[2], upn: r[3], email: r[4], enabled: r[5], department: r[6] }),
  complete: (e) =>
    e.givenName !== undefined && e.surname !== undefined && e.login !== undefined && e.upn !== undefined && e.email !== undefined && e.enabled !== undefined && e.department !== undefined,
});

/** The row of `entry` in `kind`'s columns. */
const rowOf = (kind: TableKind, entry: Entry): unknown[] => (kind.literals ? kind.literals.row(entry) : kind.columns.map((c) => entry[c]));

/**
 * A list written as a table: `JSON.stringify` writes it through `toJSON`, and json-pieces.ts
 * writes its rows a chunk at a time (`rowsOf`), so a 50,000-row table is never built whole.
 */
export class TableList {
  constructor(
    readonly kind: TableKind,
    readonly entries: readonly Entry[],
  ) {}

  get columns(): readonly string[] {
    return this.kind.columns;
  }

  /** The rows of `entries[start, end)`, each an array in column order. */
  rowsOf(start: number, end: number): unknown[][] {
    const rows: unknown[][] = [];
    for (let i = start; i < end && i < this.entries.length; i++) rows.push(rowOf(this.kind, this.entries[i]!));
    return rows;
  }

  toJSON(): { columns: readonly string[]; rows: unknown[][] } {
    return { columns: this.columns, rows: this.rowsOf(0, this.entries.length) };
  }
}

/** A JSON object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `list` as a table if every entry is an object holding every column, else `list` itself. */
function asTable(list: unknown, kind: TableKind): unknown {
  if (!Array.isArray(list) || list.length === 0) return list;
  const complete = kind.literals ? kind.literals.complete : (entry: Entry) => !rowOf(kind, entry).includes(undefined);
  for (const entry of list as unknown[]) {
    if (!isRecord(entry) || !complete(entry)) return list;
  }
  return new TableList(kind, list as Entry[]);
}

/**
 * The document as it goes to disk: the same object with people, assignments and each snapshot's
 * mailboxes and users as `TableList`s. Nothing is copied but the few containers around them.
 */
export function tablesForDisk<T extends object>(document: T): T {
  const doc = document as Record<string, unknown>;
  const inventory = Array.isArray(doc.inventory)
    ? (doc.inventory as unknown[]).map((snapshot) =>
        isRecord(snapshot) ? { ...snapshot, mailboxes: asTable(snapshot.mailboxes, MAILBOXES), users: asTable(snapshot.users, USERS) } : snapshot,
      )
    : doc.inventory;
  return { ...doc, people: asTable(doc.people, PEOPLE), assignments: asTable(doc.assignments, ASSIGNMENTS), inventory } as T;
}

/** A well-formed table: column names, and rows that are arrays (a row of the wrong length is kept as it is, for the schema to refuse). */
function isTable(value: unknown): value is { columns: string[]; rows: unknown[] } {
  return isRecord(value) && Array.isArray(value.columns) && value.columns.every((c) => typeof c === 'string') && Array.isArray(value.rows);
}

const sameColumns = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((c, i) => c === b[i]);

function expand(value: unknown, kind: TableKind): unknown {
  return isTable(value) ? expandRows(value.columns, value.rows, kind) : value;
}

/** The entries of `rows` under `columns` (a row that does not fit the header is kept as it is), put in `entries` from `at` on. */
function expandRows(columns: readonly string[], rows: readonly unknown[], kind: TableKind, entries = new Array<unknown>(rows.length), at = 0): unknown[] {
  const width = columns.length;
  // Our own files have the schema's columns in order; a header edited by hand is read key by key.
  const make = kind.literals && sameColumns(columns, kind.columns) ? kind.literals.entry : (row: Row) => byKey(columns, row);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    // A row that does not fit the header (a hand edit gone wrong) is left as it is, so the schema check names it.
    entries[at + i] = Array.isArray(row) && row.length === width ? make(row) : row;
  }
  return entries;
}

/** Own properties, as JSON.parse makes them: a column named `__proto__` is a key like any other, never the entry's prototype. */
function byKey(columns: readonly string[], row: Row): Entry {
  const entry: Entry = {};
  for (let j = 0; j < columns.length; j++) Object.defineProperty(entry, columns[j]!, { value: row[j], enumerable: true, writable: true, configurable: true });
  return entry;
}

/** The table kind of the list at `path` in a register file (`people`, `inventory.0.users`…), if it is written as a table. */
function kindAt(path: string): TableKind | null {
  if (path === 'people') return PEOPLE;
  if (path === 'assignments') return ASSIGNMENTS;
  const rows = snapshotRowsAt(path);
  return rows ? (rows === 'users' ? USERS : MAILBOXES) : null;
}

/** Which rows of an inventory snapshot the list at `path` is (`inventory.0.users`…), if it is a snapshot's rows. */
export function snapshotRowsAt(path: string): 'mailboxes' | 'users' | null {
  const snapshot = /^inventory\.\d+\.(mailboxes|users)$/.exec(path);
  return snapshot ? (snapshot[1] as 'mailboxes' | 'users') : null;
}

/**
 * How to turn some rows of the table at `path` whose header is `columns` into entries as
 * `expandTables` does, putting them in `entries` from `at` on; null if no table is kept there. Lets
 * a file parsed a chunk at a time expand each chunk's rows at once, so that the rows die young
 * (parse-in-chunks.ts).
 */
export function rowExpander(path: string, columns: unknown): ((rows: readonly unknown[], entries: unknown[], at: number) => void) | null {
  const kind = kindAt(path);
  if (!kind || !Array.isArray(columns) || !columns.every((c) => typeof c === 'string')) return null;
  return (rows, entries, at) => void expandRows(columns, rows, kind, entries, at);
}

/**
 * The parsed file with every table back as a list of objects; lists already stored as objects
 * (schema version 1, or a list written as objects) pass through. Anything malformed is left for
 * the schema check to name. Mutates and returns `raw`, which was just parsed and is not shared.
 */
export function expandTables(raw: Record<string, unknown>): Record<string, unknown> {
  for (const [holder, key, path] of tablePlaces(raw)) {
    const kind = kindAt(path);
    if (kind && key in holder) holder[key] = expand(holder[key], kind);
  }
  return raw;
}

/**
 * The places a parsed register may keep tables: the object that holds the list, its key, and the
 * path `rowExpander` knows the table by (`people`, `inventory.0.users`…). Whether a table is there
 * is for the reader to see.
 */
export function tablePlaces(root: Record<string, unknown>): [Record<string, unknown>, string, string][] {
  const places: [Record<string, unknown>, string, string][] = [
    [root, 'people', 'people'],
    [root, 'assignments', 'assignments'],
  ];
  const inventory = root.inventory;
  if (Array.isArray(inventory)) {
    inventory.forEach((snapshot, i) => {
      if (isRecord(snapshot)) places.push([snapshot, 'mailboxes', `inventory.${i}.mailboxes`], [snapshot, 'users', `inventory.${i}.users`]);
    });
  }
  return places;
}
