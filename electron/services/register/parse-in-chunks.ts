/**
 * Parses a register file this installation wrote a chunk at a time, using the places its stamp
 * gives (json-pieces.ts `ChunkPlace`), instead of decoding the whole file into one string first.
 *
 * Why: at 50,000 people the file is about 46 MB of UTF-8; decoded, one Polish letter makes the
 * whole text two-byte, 92 MB in one string. That string alone passes V8's old-generation limit
 * after a collection, so a full incremental mark ran through every open of a large register, and
 * its memory was fresh pages each time (README, *Performance*). Chunk by chunk, each decoded text
 * is a few tens of kilobytes that die young; what is left outside the chunks (the organization,
 * purchases, servers, the table headers) is parsed as one small text.
 *
 * Only the layout our writer produces is accepted: for each list, its chunks in order from the
 * first entry, separated by a single comma, the list empty once they are taken out. Anything else
 * gives null, and the caller parses the file whole as before. The result is the value
 * `JSON.parse` gives for the whole text (test/unit/register/parse-in-chunks.test.ts).
 */
import { type ChunkPlace, valueAtSteps } from './json-pieces';
import { isRecord, rowExpander } from './disk-tables';

const COMMA = 0x2c;
const decoder = new TextDecoder();

interface ListRun {
  readonly table: boolean;
  /** The next entry a chunk of this list must start at. */
  next: number;
  readonly chunks: { readonly bytes: Uint8Array; readonly count: number }[];
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
      if (place.offset !== at + 1 || bytes[at] !== COMMA) return null;
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
  const list = new Array<unknown>(run.next);
  let at = 0;
  for (const chunk of run.chunks) {
    // Parsed and, for a table, turned into entries one chunk at a time: the rows never outlive their chunk.
    const parsed = parseList(chunk.bytes);
    if (!parsed || parsed.length !== chunk.count) return false;
    if (expand) expand(parsed, list, at);
    else for (let i = 0; i < parsed.length; i++) list[at + i] = parsed[i];
    at += parsed.length;
  }
  (parent as Record<string, unknown>)[key] = list;
  return true;
}

const [BRACKET_OPEN, BRACKET_CLOSE] = [0x5b, 0x5d];
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
