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

function tagAt(bytes: Uint8Array, lt: number): Tag {
  let cut = false;
  for (const [tag, name] of tagNames) {
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

/** Streams one zip entry through the counter, stopping as soon as it passes `limit`. */
function rowsPassLimit(entry: JSZip.JSZipObject, limit: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const counter = new RowCounter();
    const stream = entry.nodeStream('nodebuffer');
    let settled = false;
    stream.on('data', (chunk: Uint8Array) => {
      if (settled) return;
      counter.feed(chunk);
      if (counter.rows <= limit) return;
      settled = true;
      // The rest of the part is never inflated; the listeners stay so a late error has somewhere to go.
      stream.pause();
      resolve(true);
    });
    stream.on('end', () => resolve(false));
    stream.on('error', (error: unknown) => (settled ? undefined : reject(error)));
  });
}

/**
 * The first worksheet part holding more than `limit` rows with a value, or null. Only the zip's
 * directory is read up front and each sheet is inflated in chunks up to the limit, so an oversized
 * sheet is refused in a fraction of a second and a few MB, before exceljs builds the workbook in memory.
 * The same zip reader as exceljs's (JSZip) decides which entries exist; no declared size is trusted.
 * Throws on a damaged zip, as exceljs would.
 */
export async function sheetOverRowLimit(bytes: Uint8Array, limit: number): Promise<string | null> {
  const zip = await JSZip.loadAsync(bytes);
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !worksheetPart.test(entry.name)) continue;
    if (await rowsPassLimit(entry, limit)) return entry.name;
  }
  return null;
}
