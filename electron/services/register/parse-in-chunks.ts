/**
 * Parses a register file this installation wrote a chunk at a time, using the places its stamp
 * gives (json-pieces.ts `ChunkPlace`), instead of decoding the whole file into one string first.
 *
 * Why: at 50,000 people the file is about 46 MB of UTF-8; decoded, one Polish letter makes the
 * whole text two-byte, 92 MB in one string. That string alone passes V8's old-generation limit
 * after a collection, so a full incremental mark ran through every open of a large register, and
 * its memory was fresh pages each time (docs/performance.md). Chunk by chunk, each decoded text
 * is a few tens of kilobytes that die young; what is left outside the chunks (the organization,
 * purchases, servers, the table headers) is parsed as one small text.
 *
 * Only the layout our writer produces is accepted: for each list, its chunks in order from the
 * first entry, separated by a comma (and, since 12-06, a line break), the list empty once they are
 * taken out. Anything else gives null, and the caller parses the file whole as before. The result
 * is the value `JSON.parse` gives for the whole text (test/unit/register/parse-in-chunks.test.ts).
 *
 * A file no stamp vouches for is taken apart where its line breaks are (`parseInLines`).
 */
import { BRACKET_CLOSE, BRACKET_OPEN, type ChunkPlace, COMMA, NEWLINE, startsEntry, valueAtSteps } from './json-pieces';
import { isRecord, rowExpander, tablePlaces } from './disk-tables';

const decoder = new TextDecoder();
const CR = 0x0d;

interface ListRun {
  readonly table: boolean;
  /** The next entry a chunk of this list must start at. */
  next: number;
  readonly chunks: Chunk[];
}

/** A chunk's text in the file, and how many entries it holds where the stamp says so. */
interface Chunk {
  readonly bytes: Uint8Array;
  readonly count?: number;
}

/**
 * `bytes` parsed, with every list at a place's path filled from its chunks, a table there already
 * a list of entries as `expandTables` makes them (which passes such a list through, and expands
 * the short tables written without chunks); null when the places do not lay out these bytes as
 * our writer does.
 */
export function parseInChunks(bytes: Uint8Array, places: readonly ChunkPlace[]): Record<string, unknown> | null {
  const sorted = [...places].sort((a, b) => a.offset - b.offset);
  const outside: string[] = [];
  const runs = new Map<string, ListRun>();
  let at = 0;
  let previous: ChunkPlace | null = null;
  for (const place of sorted) {
    if (place.offset < at) return null;
    const continues = previous !== null && previous.path === place.path && previous.end === place.start;
    if (continues) {
      // A comma, and the line break the writer puts after it since 12-06 (`CHUNK_BREAK`); files stamped before have none.
      const separator = place.offset - at;
      if (bytes[at] !== COMMA || !(separator === 1 || (separator === 2 && bytes[at + 1] === NEWLINE))) return null;
    } else {
      if (runs.has(place.path) || place.start !== 0) return null;
      outside.push(decoder.decode(bytes.subarray(at, place.offset)));
      runs.set(place.path, { table: place.table, next: 0, chunks: [] });
    }
    const run = runs.get(place.path) as ListRun;
    if (run.table !== place.table || run.next !== place.start) return null;
    run.chunks.push({ bytes: bytes.subarray(place.offset, place.offset + place.length), count: place.end - place.start });
    run.next = place.end;
    at = place.offset + place.length;
    previous = place;
  }
  outside.push(decoder.decode(bytes.subarray(at)));
  let value: unknown;
  try {
    value = JSON.parse(outside.join(''));
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  for (const [path, run] of runs) if (!fillList(value, path, run)) return null;
  return value;
}

/** Puts the entries of `run`'s chunks where the list at `path` is, empty, in the parsed rest of the file; false if it is not there. */
function fillList(value: Record<string, unknown>, path: string, run: ListRun): boolean {
  const steps = path.split('.');
  const key = steps.pop() as string;
  const parent = valueAtSteps(value, steps, hasPathlessKey);
  // A key that is empty or has a dot in an object on the way would let another list have this path: not taken apart.
  if (typeof parent !== 'object' || parent === null || !Object.hasOwn(parent, key) || hasPathlessKey(parent)) return false;
  const holder: unknown = (parent as Record<string, unknown>)[key];
  const table = run.table && isRecord(holder) && Object.keys(holder).length === 2 ? holder : null;
  const empty = table ? table.rows : holder;
  if ((run.table && !table) || !Array.isArray(empty) || empty.length !== 0) return false;
  const expand = table ? rowExpander(path, table.columns) : null;
  if (table && !expand) return false;
  const list = entriesOf(run.chunks, expand, null, null);
  if (!list) return false;
  (parent as Record<string, unknown>)[key] = list;
  return true;
}

/** Where a chunk's text is put between brackets to be decoded as one string; grown as needed, kept. */
let scratch = new Uint8Array(1 << 16);

/** The entries of a chunk's text (a list's entries without its brackets), or null if it is not that. */
function parseList(chunk: Uint8Array): unknown[] | null {
  if (scratch.length < chunk.length + 2) scratch = new Uint8Array(Math.max(chunk.length + 2, scratch.length * 2));
  scratch[0] = BRACKET_OPEN;
  scratch.set(chunk, 1);
  scratch[chunk.length + 1] = BRACKET_CLOSE;
  try {
    const parsed: unknown = JSON.parse(decoder.decode(scratch.subarray(0, chunk.length + 2)));
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Whether an object has a key that is empty or has a dot: paths join keys with dots (json-pieces.ts),
 * so with such a key on the way two lists could share a path. Never our register's on the way to a
 * list; elsewhere (a remembered column mapping "Nr fakt.") it is harmless.
 */
const hasPathlessKey = (object: object): boolean => Object.keys(object).some((key) => key === '' || key.includes('.'));

const CRLF = Buffer.from('\r\n');

/**
 * `text` with the CR of each CRLF left out, for a file whose lines end in CRLF (Git for Windows
 * checks text files out so by default, and some editors save so): its chunks are then found as
 * in the file the app wrote. The value is the same: outside a string a CR is whitespace, and
 * inside a string, a number or a literal the LF after it is still there, so a text that was not
 * JSON is still not JSON. A file whose first line does not end in CRLF is given as it is.
 */
function withoutCarriageReturns(text: Buffer): Buffer {
  const firstBreak = text.indexOf(NEWLINE);
  if (firstBreak < 1 || text[firstBreak - 1] !== CR) return text;
  const out = Buffer.allocUnsafe(text.length);
  let length = 0;
  let from = 0;
  for (let at = text.indexOf(CRLF); at >= 0; at = text.indexOf(CRLF, at + 2)) {
    length += text.copy(out, length, from, at);
    from = at + 1;
  }
  length += text.copy(out, length, from);
  return out.subarray(0, length);
}

/**
 * A register file parsed a chunk at a time where its line breaks say the chunks are, for a file no
 * stamp vouches for (changed outside the app, written by the CLI or another installation): the
 * writer puts each chunk of a long list on a line of its own (json-pieces.ts `inChunks`), and a raw
 * line break is never inside a JSON string. A list's chunks are the lines after a line that ends
 * with its opening bracket, each ending with a comma but the last, which the closing bracket follows.
 *
 * What is left outside the chunks is parsed as one text with a marker in each list taken out, a
 * string that text cannot hold (it has no `\u0000`), and the markers show where each list goes.
 * The result is the value `JSON.parse` gives for the whole text (a marker stands between the
 * list's brackets, so it is a list's only entry exactly when those brackets are the list's; see
 * test/unit/register/parse-in-lines.test.ts); null when the lines are not laid out that way (a file
 * written before 12-06, or formatted by an editor), or anything does not parse: the caller then
 * parses the whole text, which names the problem.
 */
export function parseInLines(bytes: Uint8Array, watcherFor?: (root: Record<string, unknown>) => ChunkWatcher | null): Record<string, unknown> | null {
  const text = withoutCarriageReturns(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const outside: string[] = [];
  const runs: Chunk[][] = [];
  let from = 0;
  for (let line = text.indexOf(NEWLINE); line >= 0; line = text.indexOf(NEWLINE, line + 1)) {
    if (text[line - 1] !== BRACKET_OPEN || !startsEntry(text[line + 1])) continue;
    const chunks: Chunk[] = [];
    let at = line + 1;
    for (let more = true; more; ) {
      const end = text.indexOf(NEWLINE, at);
      if (end < 0) return null;
      more = text[end - 1] === COMMA;
      chunks.push({ bytes: text.subarray(at, more ? end - 1 : end) });
      at = end + 1;
      if (more && !startsEntry(text[at])) return null;
    }
    // (This and the check above are early exits: the marker below is what makes a wrong layout give null.)
    if (text[at] !== BRACKET_CLOSE) return null;
    const before = decoder.decode(text.subarray(from, line));
    if (before.includes(MARK_TEXT)) return null;
    outside.push(before, `"${MARK_TEXT}${runs.length}"`);
    runs.push(chunks);
    from = at;
    line = at - 1;
  }
  if (runs.length === 0) return null;
  const rest = decoder.decode(text.subarray(from));
  if (rest.includes(MARK_TEXT)) return null;
  outside.push(rest);
  let value: unknown;
  try {
    value = JSON.parse(outside.join(''));
  } catch {
    return null;
  }
  const marked = isRecord(value) ? markedLists(value, runs.length) : null;
  if (!marked) return null;
  const root = value as Record<string, unknown>;
  const watcher = watcherFor?.(root) ?? null;
  // The tables `expandTables` expands: each chunk's rows turned into entries at once, so that the rows die young.
  for (const [holder, key, path] of tablePlaces(root)) {
    const table = holder[key];
    const rows = isRecord(table) && Array.isArray(table.rows) ? table.rows : null;
    const place = rows ? marked.get(rows) : undefined;
    const columns = (table as Record<string, unknown> | null)?.columns;
    // A header laid out in lines is still a marker here: `expandTables` decides on what it holds, after the runs are filled in.
    const expand = place && !(Array.isArray(columns) && marked.has(columns)) ? rowExpander(path, columns) : null;
    if (!rows || !place || !expand) continue;
    const list = entriesOf(runs[place.run]!, expand, watcher, path);
    if (!list) return null;
    holder[key] = list;
    marked.delete(rows);
  }
  for (const { run, parent, key } of marked.values()) {
    const list = entriesOf(runs[run]!, null, watcher, watcher ? documentPath(root, parent, key) : null);
    if (!list) return null;
    (parent as Record<string | number, unknown>)[key] = list;
  }
  return root;
}

/** Begins the string that stands in the text outside the chunks for each list taken out, followed by the list's number. */
const MARK = '\u0000';
/** How `MARK` is written in JSON: a text that has this anywhere could hold a string like a marker. */
const MARK_TEXT = '\\u0000';

interface MarkedList {
  readonly run: number;
  readonly parent: object;
  readonly key: string | number;
}

/** Where each of `runs` markers is in `root`, by the one-entry list holding it; null unless each is there exactly once. */
function markedLists(root: Record<string, unknown>, runs: number): Map<unknown[], MarkedList> | null {
  const marked = new Map<unknown[], MarkedList>();
  const seen = new Set<number>();
  // A stack, not recursion: the text outside the chunks may nest deeper than the call stack goes.
  const stack: object[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const keys: (string | number)[] = Array.isArray(node) ? [...node.keys()] : Object.keys(node);
    for (const key of keys) {
      const child: unknown = (node as Record<string | number, unknown>)[key];
      if (typeof child !== 'object' || child === null) continue;
      const run = markerRun(child);
      if (run === null) {
        stack.push(child);
        continue;
      }
      if (run >= runs || seen.has(run)) return null;
      seen.add(run);
      marked.set(child as unknown[], { run, parent: node, key });
    }
  }
  return seen.size === runs ? marked : null;
}

/** The run number of a list that holds only a marker, else null. */
function markerRun(value: object): number | null {
  if (!Array.isArray(value) || value.length !== 1 || typeof value[0] !== 'string' || value[0].length <= MARK.length || !value[0].startsWith(MARK)) return null;
  const run = Number(value[0].slice(MARK.length));
  return Number.isSafeInteger(run) && run >= 0 ? run : null;
}

/**
 * Told of each chunk of a list at a place a register has lists (`people`, `audit`,
 * `inventory.0.users`…) as soon as its entries are built, and of the list once it is complete
 * (check-in-chunks.ts `ListPrecheck`).
 */
export interface ChunkWatcher {
  chunk(path: string, list: readonly unknown[], from: number): void;
  done(list: unknown[]): void;
}

/**
 * The entries of a list's chunks, as rows expanded by `expand` or as they are, parsed and expanded
 * one chunk at a time so that the rows never outlive their chunk; null if a chunk is not a list's
 * entries (or not as many as its `count`). `watcher` is told of each chunk's entries when the list
 * is at `path`.
 */
function entriesOf(
  chunks: readonly Chunk[],
  expand: ((rows: readonly unknown[], entries: unknown[], at: number) => void) | null,
  watcher: ChunkWatcher | null,
  path: string | null,
): unknown[] | null {
  const list: unknown[] = [];
  const watch = path === null ? null : watcher;
  for (const chunk of chunks) {
    const parsed = parseList(chunk.bytes);
    if (!parsed || (chunk.count !== undefined && parsed.length !== chunk.count)) return null;
    const from = list.length;
    if (expand) expand(parsed, list, from);
    else for (let i = 0; i < parsed.length; i++) list.push(parsed[i]);
    watch?.chunk(path as string, list, from);
  }
  watch?.done(list);
  return list;
}

/** The path of the list at `parent[key]` if it is a register's list (a key of the document, or a snapshot's rows), else null. */
function documentPath(root: Record<string, unknown>, parent: object, key: string | number): string | null {
  if (parent === root && typeof key === 'string') return key;
  const snapshot = Array.isArray(root.inventory) && (key === 'mailboxes' || key === 'users') ? root.inventory.indexOf(parent) : -1;
  return snapshot >= 0 ? `inventory.${snapshot}.${key}` : null;
}
