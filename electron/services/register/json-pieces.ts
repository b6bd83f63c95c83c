/**
 * `JSON.stringify(value)` as a sequence of pieces whose concatenation is exactly that text, so a
 * large document can be written to a file piece by piece instead of as one string.
 *
 * Why: at 50,000 people a register is about 66 MB of JSON. One `JSON.stringify` builds it as one
 * string (twice that in memory once a Polish letter makes it two-byte), which the young-generation
 * GC copies while it grows, and then a 66 MB buffer to encode it into. Pieces of at most
 * `chunk` entries each die young and the file is encoded through one small reusable buffer
 * (`writeJsonPieces`), so the GC has little to copy and memory stays flat.
 *
 * Only the shape of the document is walked by hand: an object's keys and the arrays in it;
 * everything below a piece is `JSON.stringify` itself, so escaping, numbers, `toJSON` and the
 * skipping of `undefined` follow the language exactly (test/unit/register/json-pieces.test.ts).
 * A `TableList` (disk-tables.ts) is written as its `toJSON` would be, a chunk of rows at a time.
 */
import { TableList } from './disk-tables';

/** Arrays up to this length whose entries are all plain objects are walked entry by entry (a register's few snapshots, each holding large arrays). */
const FEW = 16;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';

/** Whether `jsonPieces` walks into `value` rather than handing it to `JSON.stringify` whole. */
function walked(value: unknown, chunk: number): boolean {
  if (value instanceof TableList) return value.entries.length > chunk;
  if (Array.isArray(value)) return value.length > chunk || (value.length > 0 && value.length <= FEW && value.every(isPlainObject));
  return isPlainObject(value);
}

/** The entries of a list of `length`, `chunk` at a time: each chunk's JSON text without its brackets, comma-joined. */
function* inChunks(length: number, chunk: number, entries: (start: number, end: number) => unknown[]): Generator<string> {
  for (let i = 0; i < length; i += chunk) {
    const text = JSON.stringify(entries(i, i + chunk));
    yield i === 0 ? text.slice(1, -1) : `,${text.slice(1, -1)}`;
  }
}

export function* jsonPieces(value: unknown, chunk = 1000): Generator<string> {
  if (!walked(value, chunk)) {
    const text = JSON.stringify(value) as string | undefined;
    // undefined, a function or a symbol has no JSON text at all (JSON.stringify gives undefined).
    if (text !== undefined) yield text;
    return;
  }
  if (value instanceof TableList) {
    yield `{"columns":${JSON.stringify(value.columns)},"rows":[`;
    yield* inChunks(value.entries.length, chunk, (start, end) => value.rowsOf(start, end));
    yield ']}';
    return;
  }
  if (!Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    yield '{';
    let first = true;
    for (const key of Object.keys(record)) {
      const item = record[key];
      const text = walked(item, chunk) ? null : (JSON.stringify(item) as string | undefined);
      // Left out of an object, as JSON.stringify leaves out what has no JSON text.
      if (text === undefined) continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      first = false;
      if (text === null) yield* jsonPieces(item, chunk);
      else yield text;
    }
    yield '}';
    return;
  }
  yield '[';
  if (value.length > chunk) {
    yield* inChunks(value.length, chunk, (start, end) => value.slice(start, end));
  } else {
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      yield* jsonPieces(value[i], chunk);
    }
  }
  yield ']';
}

/**
 * How many array entries `jsonPieces` meets on its walk (every entry of an array it hands to
 * `JSON.stringify` whole counts too): a cheap measure of how long the text will be, ~300 bytes
 * an entry in a register.
 */
export function walkedEntries(value: unknown, chunk = 1000): number {
  if (value instanceof TableList) return value.entries.length;
  if (!walked(value, chunk)) return Array.isArray(value) ? value.length : 0;
  if (!Array.isArray(value)) {
    let entries = 0;
    for (const key of Object.keys(value as object)) entries += walkedEntries((value as Record<string, unknown>)[key], chunk);
    return entries;
  }
  if (value.length > chunk) return value.length;
  let entries = value.length;
  for (const item of value) entries += walkedEntries(item, chunk);
  return entries;
}
