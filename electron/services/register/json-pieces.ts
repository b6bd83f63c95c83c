/**
 * `JSON.stringify(value)` as a sequence of pieces whose concatenation is that text, so a large
 * document can be written to a file piece by piece instead of as one string. The one difference is
 * whitespace: a list written in chunks has each chunk on a line of its own (`inChunks`), so the
 * text is `JSON.stringify`'s with line breaks added, the same JSON value.
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
 *
 * Given a `ChunkTexts`, a chunk whose entries are the very objects of the chunk written last time
 * is not stringified again: its UTF-8 bytes from then are written (see `ChunkTexts`).
 */
import { TableList } from './disk-tables';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';

/**
 * Entries per chunk when chunks are kept (`ChunkTexts`): an edit re-stringifies the hundred entries
 * around it, and a new audit event the trail's last hundred, instead of a thousand each.
 */
export const KEPT_CHUNK = 100;

/** With a `ChunkTexts`, lists from this length on are written in chunks even when they fit in one, so that an unchanged list is not stringified again. */
const KEPT_FROM = 64;

/**
 * Arrays up to this length whose entries are all plain objects are walked entry by entry (a register's
 * snapshots, the latest holding large arrays): every length a list with kept chunks is not chunked at.
 * With 16, a register's 17th to 63rd snapshot made the whole inventory one string, the latest
 * snapshot's 23 MB of rows at 50,000 people stringified again at every save.
 */
const FEW = KEPT_FROM - 1;

/** A piece of the JSON text: text, or the UTF-8 bytes of a chunk kept from an earlier write. */
export type JsonPiece = string | Uint8Array;

/** Whether a list of `length` entries is written a chunk at a time. */
const chunked = (length: number, chunk: number, texts: ChunkTexts | undefined): boolean => length > chunk || (texts !== undefined && length >= KEPT_FROM);

/** Whether `jsonPieces` walks into `value` rather than handing it to `JSON.stringify` whole. */
function walked(value: unknown, chunk: number, texts?: ChunkTexts): boolean {
  if (value instanceof TableList) return chunked(value.entries.length, chunk, texts);
  if (Array.isArray(value)) return chunked(value.length, chunk, texts) || (value.length > 0 && value.length <= FEW && value.every(isPlainObject));
  return isPlainObject(value);
}

interface KeptChunk {
  /** What the entries were written as: the rows of a table kind, or the entries themselves. */
  readonly form: object;
  readonly entries: readonly unknown[];
  readonly bytes: Uint8Array;
}

/**
 * Where a kept chunk sits in the file last written: the list (`people`, `inventory.0.users`…), the
 * entries' range, whether they were written as table rows, and the chunk's bytes. The register's
 * stamp carries these (validation-stamp.ts), so the first save after an open need not stringify
 * what it did not change either.
 */
export interface ChunkPlace {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly table: boolean;
  readonly offset: number;
  readonly length: number;
}

/** The file an open read, with the places of its chunks and the document parsed from it. */
interface Seed {
  readonly document: object;
  readonly bytes: Uint8Array;
  readonly places: ReadonlyMap<string, ChunkPlace>;
  /** The document's list at each path, found once. */
  readonly lists: Map<string, readonly unknown[] | null>;
}

const placeKey = (path: string, start: number) => `${path}#${start}`;

/**
 * The chunks of the last write of one document, so that the next write stringifies only the chunks
 * that changed: after one person is edited in a 50,000-person register, one chunk of a hundred
 * people and the audit trail's last chunk, instead of all 46 MB.
 *
 * A chunk is kept under its first entry and reused only when it holds the very same entries (by
 * identity, in order, as many) written in the same form. That is sound because a register document
 * is never mutated: a change builds new objects for what it changes and keeps the others (the
 * schema check of a commit relies on the same rule, `uncheckedEntries`, used by `OpenRegister.commit` in open-register.ts).
 * Only the chunks of the last successful write are kept (the entries moved by an insert are
 * chunked afresh, and their old chunks dropped): the kept bytes are about the size of the file,
 * outside the JS heap; they go when the register is closed and the `ChunkTexts` with it. The file
 * a stamped open read stays in memory too, until the register is closed (`OpenRegister` holds it
 * and then gives it back for the next open to read into, read-buffer.ts): up to twice the file's
 * size (about 92 MB at 50,000 people), and one file from the open on.
 *
 * Before the first write, chunks come from the file the open read (`seed`), when its stamp proved
 * this installation wrote those bytes and said where each chunk is: a chunk whose entries are still
 * the ones parsed from it is written as the bytes it was read from.
 */
export class ChunkTexts {
  /** The chunks of the last write that succeeded, by first entry: only those are kept. */
  #kept = new Map<object, KeptChunk>();
  /** The chunks of the write in progress: they become `#kept` when it succeeds. */
  #next = new Map<object, KeptChunk>();
  #seed: Seed | null = null;
  /** The chunks of the write in progress in file order, with their offsets, and the places of the last one that succeeded. */
  #writing: { path: string; start: number; end: number; table: boolean; bytes: Uint8Array; offset: number }[] = [];
  #written: ChunkPlace[] = [];
  #digest: Uint8Array | null = null;
  /** Writes that succeeded, and chunks of the last one taken from the file the open read (`stats`). */
  #writes = 0;
  #fromOpen = 0;
  #fromOpenNext = 0;

  /**
   * The UTF-8 bytes of `text()`, the JSON of `list[start, end)` without its brackets, kept from the
   * last write if those entries are unchanged. Called by `jsonPieces` between `beginWrite` and `endWrite`.
   */
  bytes(form: object, list: readonly unknown[], start: number, end: number, text: () => string, path = ''): Uint8Array {
    const first = list[start];
    const key = typeof first === 'object' && first !== null ? first : null;
    const kept = key ? this.#kept.get(key) : undefined;
    const reused = kept && kept.form === form && sameEntries(kept.entries, list, start, end) ? kept : undefined;
    const seeded = reused ? null : this.#fromSeed(form, list, start, end, path);
    if (seeded) this.#fromOpenNext += 1;
    const bytes = reused?.bytes ?? seeded ?? Buffer.from(text(), 'utf8');
    if (key) this.#next.set(key, reused ?? { form, entries: list.slice(start, end), bytes });
    this.#writing.push({ path, start, end, table: form !== AS_IS, bytes, offset: -1 });
    return bytes;
  }

  /** The file bytes an open read, `places` from its stamp, and the document parsed from them. */
  seed(document: object, bytes: Uint8Array, places: readonly ChunkPlace[]): void {
    this.#seed = { document, bytes, places: new Map(places.map((p) => [placeKey(p.path, p.start), p])), lists: new Map() };
  }

  #fromSeed(form: object, list: readonly unknown[], start: number, end: number, path: string): Uint8Array | null {
    const seed = this.#seed;
    const place = seed?.places.get(placeKey(path, start));
    if (!seed || !place || place.end !== end || place.table !== (form !== AS_IS)) return null;
    let read = seed.lists.get(path);
    if (read === undefined) seed.lists.set(path, (read = listAt(seed.document, path)));
    if (!read || read.length < end) return null;
    for (let i = start; i < end; i++) if (read[i] !== list[i]) return null;
    const bytes = seed.bytes.subarray(place.offset, place.offset + place.length);
    // The places are under the stamp's MAC; still, a chunk must sit between a bracket or comma and a comma or bracket, and start as an entry does.
    const before = seed.bytes[place.offset - 1];
    const after = seed.bytes[place.offset + place.length];
    const fits = (before === BRACKET_OPEN || before === COMMA || before === NEWLINE) && (after === COMMA || after === BRACKET_CLOSE || after === NEWLINE) && startsEntry(bytes[0]);
    return fits ? bytes : null;
  }

  /** A write starts (a failed one before it is forgotten): the chunks it writes are recorded with their offsets (`placed`). */
  beginWrite(): void {
    this.#writing = [];
    this.#next = new Map();
    this.#fromOpenNext = 0;
  }

  /** The chunk `bytes` returned last is written at `offset` in the file. */
  placed(offset: number): void {
    const last = this.#writing.at(-1);
    if (last && last.offset < 0) last.offset = offset;
  }

  /**
   * The write succeeded, and `digest` is the SHA-256 of every byte it wrote: its chunks are the ones
   * kept, where the file has them; the seed is not used again (its chunks that were reused are kept).
   */
  endWrite(digest: Uint8Array): void {
    this.#written = this.#writing.map(({ path, start, end, table, bytes, offset }) => ({ path, start, end, table, offset, length: bytes.length }));
    this.#digest = digest;
    this.#kept = this.#next;
    this.#next = new Map();
    this.#writing = [];
    this.#seed = null;
    this.#writes += 1;
    this.#fromOpen = this.#fromOpenNext;
  }

  /** How many writes succeeded: a register that wrote its file another way knows the places are not its file's (`forget`). */
  writes(): number {
    return this.#writes;
  }

  /** The file was written without these chunks: nothing kept, no places, no seed, no digest. */
  forget(): void {
    this.#kept = new Map();
    this.#written = [];
    this.#writing = [];
    this.#seed = null;
    this.#digest = null;
  }

  /** The SHA-256 of the bytes the last successful write put in the file, null if it was not written through these chunks. */
  writtenDigest(): Uint8Array | null {
    return this.#digest;
  }

  /** Where the chunks of the last successful write sit in the file. */
  places(): readonly ChunkPlace[] {
    return this.#written;
  }

  /** How many chunks are kept (never more than the last successful write had), and how many of those it took from the file the open read; for tests. */
  stats(): { kept: number; fromOpen: number } {
    return { kept: this.#kept.size, fromOpen: this.#fromOpen };
  }
}

/** The list at `path` (keys and indexes joined by dots) in a parsed document, if it is an array. */
function listAt(document: object, path: string): readonly unknown[] | null {
  const at = valueAtSteps(document, path.split('.'));
  return Array.isArray(at) ? at : null;
}

/**
 * What sits at `steps` (keys and indexes, a place's path split at its dots) in a parsed value, if
 * anything; nothing when an object on the way is one `refuse` turns down.
 */
export function valueAtSteps(value: unknown, steps: readonly string[], refuse?: (object: object) => boolean): unknown {
  let at = value;
  for (const step of steps) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, step) || refuse?.(at)) return undefined;
    at = (at as Record<string, unknown>)[step];
  }
  return at;
}

function sameEntries(kept: readonly unknown[], list: readonly unknown[], start: number, end: number): boolean {
  if (kept.length !== end - start) return false;
  for (let i = start; i < end; i++) if (kept[i - start] !== list[i]) return false;
  return true;
}

/** The form of chunks of a list written as it is (a table's chunks have their table kind as form). */
const AS_IS = {};

/** The bytes of the layout this writer produces, for the readers that take a file apart by it (parse-in-chunks.ts). */
export const [BRACKET_OPEN, BRACKET_CLOSE, BRACE_OPEN, COMMA, NEWLINE] = [0x5b, 0x5d, 0x7b, 0x2c, 0x0a];
/** A list's entries in our files are objects, or rows (arrays) of a table: the first byte of each chunk. */
export const startsEntry = (byte: number | undefined): boolean => byte === BRACE_OPEN || byte === BRACKET_OPEN;

/**
 * The entries of `list` (or its table rows), `chunk` at a time: each chunk's JSON text without its
 * brackets, each on a line of its own: a line break before each chunk and after the last, commas at
 * the ends of lines (`CHUNK_BREAK`). A raw line break is never inside a JSON string, so an open can
 * find the chunks of a file that has no stamp (parse-in-chunks.ts `parseInLines`).
 */
function* inChunks(list: readonly unknown[], form: object, chunk: number, entries: (start: number, end: number) => unknown[], texts: ChunkTexts | undefined, path: string): Generator<JsonPiece> {
  for (let i = 0; i < list.length; i += chunk) {
    const end = Math.min(i + chunk, list.length);
    const text = () => JSON.stringify(entries(i, end)).slice(1, -1);
    yield i > 0 ? `,${CHUNK_BREAK}` : CHUNK_BREAK;
    yield texts ? texts.bytes(form, list, i, end, text, path) : text();
  }
  yield CHUNK_BREAK;
}

/** What stands between a chunked list's bracket and its first chunk, between chunks after the comma, and after its last chunk. */
const CHUNK_BREAK = '\n';

const joinPath = (path: string, step: string | number) => (path === '' ? String(step) : `${path}.${step}`);

/** `path`: where `value` sits in the document walked (keys and indexes joined by dots), for the places of kept chunks. */
export function* jsonPieces(value: unknown, chunk = 1000, texts?: ChunkTexts, path = ''): Generator<JsonPiece> {
  if (!walked(value, chunk, texts)) {
    const text = JSON.stringify(value) as string | undefined;
    // undefined, a function or a symbol has no JSON text at all (JSON.stringify gives undefined).
    if (text !== undefined) yield text;
    return;
  }
  if (value instanceof TableList) {
    yield `{"columns":${JSON.stringify(value.columns)},"rows":[`;
    yield* inChunks(value.entries, value.kind, chunk, (start, end) => value.rowsOf(start, end), texts, path);
    yield ']}';
    return;
  }
  if (!Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    yield '{';
    let first = true;
    for (const key of Object.keys(record)) {
      const item = record[key];
      const text = walked(item, chunk, texts) ? null : (JSON.stringify(item) as string | undefined);
      // Left out of an object, as JSON.stringify leaves out what has no JSON text.
      if (text === undefined) continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      first = false;
      if (text === null) yield* jsonPieces(item, chunk, texts, joinPath(path, key));
      else yield text;
    }
    yield '}';
    return;
  }
  yield '[';
  if (chunked(value.length, chunk, texts)) {
    yield* inChunks(value, AS_IS, chunk, (start, end) => value.slice(start, end), texts, path);
  } else {
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      yield* jsonPieces(value[i], chunk, texts, joinPath(path, i));
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
