import JSZip from 'jszip';

/** The worksheet parts exceljs reads (its own pattern, unanchored), so every sheet it would load is counted first. */
const worksheetPart = /xl\/worksheets\/sheet(\d+)[.]xml/;

type Tag = 'row' | '/row' | 'value' | 'other' | 'cut';

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
/** The tags the count needs: a row opens, a row closes, a cell value (`<v>`, or `<is>` for an inline string). */
const tagNames: ReadonlyArray<readonly [Tag, Uint8Array]> = [
  ['row', ascii('row')],
  ['/row', ascii('/row')],
  ['value', ascii('v')],
  ['value', ascii('is')],
];
const LT = 0x3c;
const endsName = (b: number): boolean => b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;

/** Whether `name` is the tag name at `from`; null when the bytes end before that is known. */
function nameAt(bytes: Uint8Array, from: number, name: Uint8Array): boolean | null {
  for (let k = 0; k <= name.length; k++) {
    const b = bytes[from + k];
    if (b === undefined) return null;
    if (k === name.length) return endsName(b);
    if (b !== name[k]) return false;
  }
  return false;
}

/** Those names by their first byte: most tags (`<c`, `</c>`, `</v>`…) are passed over on one or two bytes. */
const namesByFirstByte: ReadonlyArray<ReadonlyArray<readonly [Tag, Uint8Array]>> = Array.from({ length: 256 }, (_, b) => tagNames.filter(([, name]) => name[0] === b));

function tagAt(bytes: Uint8Array, lt: number): Tag {
  const first = bytes[lt + 1];
  if (first === undefined) return 'cut';
  let cut = false;
  for (const [tag, name] of namesByFirstByte[first] ?? []) {
    const found = nameAt(bytes, lt + 1, name);
    if (found) return tag;
    if (found === null) cut = true;
  }
  return cut ? 'cut' : 'other';
}

/**
 * Counts the rows that hold a value in worksheet XML given in chunks, as exceljs's `actualRowCount`
 * would (a formatted empty row does not count). Markup only, never a value: a `<` inside text is
 * always escaped, and a comment or CDATA can only add to the count, never hide a row.
 */
export class RowCounter {
  rows = 0;
  #rowHasValue = false;
  /** A tag name cut by the end of the previous chunk (at most 6 bytes). */
  #tail: Uint8Array = new Uint8Array(0);

  feed(chunk: Uint8Array): void {
    let bytes = chunk;
    if (this.#tail.length > 0) {
      bytes = new Uint8Array(this.#tail.length + chunk.length);
      bytes.set(this.#tail);
      bytes.set(chunk, this.#tail.length);
      this.#tail = new Uint8Array(0);
    }
    for (let lt = bytes.indexOf(LT); lt !== -1; lt = bytes.indexOf(LT, lt + 1)) {
      const tag = tagAt(bytes, lt);
      if (tag === 'cut') {
        this.#tail = bytes.slice(lt);
        return;
      }
      if (tag === 'row') this.#rowHasValue = false;
      else if (tag === 'value') this.#rowHasValue = true;
      else if (tag === '/row') {
        if (this.#rowHasValue) this.rows += 1;
        this.#rowHasValue = false;
      }
    }
  }
}

/** Feeds one zip entry's unpacked chunks to `check`, stopping the stream at the first chunk it finds over a limit. */
function streamUntil<T>(entry: JSZip.JSZipObject, check: (chunk: Uint8Array) => T | null): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer');
    let settled = false;
    stream.on('data', (chunk: Uint8Array) => {
      if (settled) return;
      const over = check(chunk);
      if (over === null) return;
      settled = true;
      // The rest of the part is never inflated; the listeners stay so a late error has somewhere to go.
      stream.pause();
      resolve(over);
    });
    stream.on('end', () => resolve(null));
    stream.on('error', (error: unknown) => (settled ? undefined : reject(error)));
  });
}

/**
 * The unpacked size the zip's directory claims for an entry (JSZip keeps it on the entry's private
 * `_data`), or 0. Only ever a reason to refuse: JSZip fails any entry whose inflated size differs
 * from it, so exceljs could not load a file whose claims add up past the limit either. JSZip reads a
 * 32-bit claim of 2 GB or more as negative; such an entry fails the same way and is not added.
 */
function claimedSize(entry: JSZip.JSZipObject): number {
  const size = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === 'number' && size > 0 ? size : 0;
}

export interface PackageLimits {
  /** Rows with a value per worksheet part. */
  rows: number;
  /** Unpacked bytes of all the parts together. */
  unpackedBytes: number;
}

/** The limit a package passes first, and the part where it passed it. */
export interface PackageOverLimit {
  limit: keyof PackageLimits;
  part: string;
}

/**
 * The first limit the package passes, or null. Only the zip's directory is read up front; then every
 * entry is inflated in chunks, each sheet's rows and all the parts' bytes counted as they come, and
 * the stream stops as soon as a limit is passed. exceljs inflates every entry whole, even those it
 * ignores, so all of them count; an oversized sheet or a zip bomb is refused in a fraction of a second,
 * holding at most what one 16 KB compressed block inflates to (about 16 MB), before exceljs builds the
 * workbook in memory. The same zip reader as exceljs's (JSZip)
 * decides which entries exist, in the same order; no size the directory claims is trusted to be small.
 * Throws on a damaged zip, as exceljs would.
 */
export async function packageOverLimits(bytes: Uint8Array, limits: PackageLimits): Promise<PackageOverLimit | null> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.values(zip.files).filter((entry) => !entry.dir);
  let claimed = 0;
  for (const entry of parts) {
    claimed += claimedSize(entry);
    if (claimed > limits.unpackedBytes) return { limit: 'unpackedBytes', part: entry.name };
  }
  let unpacked = 0;
  for (const entry of parts) {
    const counter = worksheetPart.test(entry.name) ? new RowCounter() : null;
    const limit = await streamUntil(entry, (chunk): keyof PackageLimits | null => {
      unpacked += chunk.length;
      if (unpacked > limits.unpackedBytes) return 'unpackedBytes';
      if (!counter) return null;
      counter.feed(chunk);
      return counter.rows > limits.rows ? 'rows' : null;
    });
    if (limit) return { limit, part: entry.name };
  }
  return null;
}
