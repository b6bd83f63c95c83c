import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readImportFile } from '../../../electron/services/import/read';
import { packageOverLimits } from '../../../electron/services/import/xlsx-rows';
import { readXlsxBytes } from '../../../electron/services/import/xlsx';
import { importMessageText } from '../../../renderer/features/import/changes';
import { createI18n } from '../../../renderer/i18n/createI18n';
import { defaultReadLimits } from '../../../shared/import/types';
import { generateDirectory, mailboxExport } from '../../bench/generate';
import { mailboxWorkbook, withClaimedSize } from './helpers';

const MiB = 1024 * 1024;
const SHEET = 'xl/worksheets/sheet1.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** A real workbook with one part replaced by `xml`, deflated as hard as it goes. */
async function withPart(part: string, xml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await mailboxWorkbook(5));
  zip.file(part, xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

const oneSharedString = (length: number): string => `<?xml version="1.0" encoding="UTF-8"?><sst count="1" uniqueCount="1"><si><t>${'a'.repeat(length)}</t></si></sst>`;
const oneCellSheet = (text: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData></worksheet>`;

/** Text that deflate cannot shrink much, so the part spans many compressed blocks (each inflated on its own). */
function noise(length: number): string {
  const letters = Buffer.alloc(length);
  let seed = 20251125;
  for (let i = 0; i < length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    letters[i] = 97 + ((seed >>> 16) % 26);
  }
  return letters.toString('latin1');
}

async function unpackedSize(bytes: Uint8Array): Promise<number> {
  let total = 0;
  for (const entry of Object.values((await JSZip.loadAsync(bytes)).files)) if (!entry.dir) total += (await entry.async('uint8array')).length;
  return total;
}

const xlsxLoad = () => vi.spyOn(Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as ExcelJS.Xlsx, 'load');

/** Counts the bytes every zip entry's stream hands out from now on (JSZip's entries share one prototype). */
function countStreamedBytes(): { bytes: number } {
  const zip = new JSZip().file('x', 'x');
  const entryPrototype = Object.getPrototypeOf(zip.file('x')) as JSZip.JSZipObject;
  const nodeStream = entryPrototype.nodeStream;
  const streamed = { bytes: 0 };
  vi.spyOn(entryPrototype, 'nodeStream').mockImplementation(function (this: JSZip.JSZipObject, ...args) {
    const stream = nodeStream.apply(this, args);
    stream.on('data', (chunk: Uint8Array) => (streamed.bytes += chunk.length));
    return stream;
  });
  return streamed;
}

afterEach(() => vi.restoreAllMocks());

describe('an .xlsx that unpacks past the limit is refused before exceljs loads it', () => {
  it('a shared-strings part of 8 MB from a few KB of zip is refused with the part named, exceljs never loading it', async () => {
    const bomb = await withPart(SHARED_STRINGS, oneSharedString(8 * MiB));
    expect(bomb.length).toBeLessThan(30_000);
    const load = xlsxLoad();
    const started = performance.now();
    const read = await readXlsxBytes(bomb, { maxRows: 100, maxUnpackedBytes: MiB });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(read).toEqual({ ok: false, key: 'importFile.error.unpacksTooLarge', params: { part: SHARED_STRINGS, limitMb: 1 } });
    expect(load).not.toHaveBeenCalled();
  });

  it('a directory claiming a tiny size for the bomb does not hide it: the bytes are counted as they are inflated', async () => {
    const bomb = withClaimedSize(await withPart(SHARED_STRINGS, oneSharedString(8 * MiB)), SHARED_STRINGS, 100);
    const load = xlsxLoad();
    const read = await readXlsxBytes(bomb, { maxRows: 100, maxUnpackedBytes: MiB });
    expect(read).toMatchObject({ ok: false, key: 'importFile.error.unpacksTooLarge', params: { part: SHARED_STRINGS } });
    expect(load).not.toHaveBeenCalled();
  });

  it('a directory already claiming more than the limit is refused before anything is inflated', async () => {
    const streamed = countStreamedBytes();
    const bomb = await withPart(SHARED_STRINGS, oneSharedString(8 * MiB));
    expect(await packageOverLimits(bomb, { rows: 100, unpackedBytes: MiB })).toEqual({ limit: 'unpackedBytes', part: SHARED_STRINGS });
    // JSZip reads a claim of 2 GB or more as negative: it must not cancel out the others.
    expect(await packageOverLimits(withClaimedSize(bomb, SHEET, 0x80000000), { rows: 100, unpackedBytes: MiB })).toEqual({ limit: 'unpackedBytes', part: SHARED_STRINGS });
    expect(streamed.bytes).toBe(0);
  });

  it('one giant cell in a sheet stops the inflating soon after the limit instead of at the end of the part', async () => {
    const part = 2 * MiB;
    const bytes = withClaimedSize(await withPart(SHEET, oneCellSheet(noise(part))), SHEET, 100);
    const streamed = countStreamedBytes();
    expect(await packageOverLimits(bytes, { rows: 100, unpackedBytes: 128 * 1024 })).toEqual({ limit: 'unpackedBytes', part: SHEET });
    expect(streamed.bytes).toBeLessThan(part / 4);
  });

  it('every part counts, the ones exceljs ignores too (it inflates each one whole before looking at its name)', async () => {
    const bytes = await withPart('customXml/item1.xml', oneSharedString(2 * MiB));
    expect(await packageOverLimits(bytes, { rows: 100, unpackedBytes: MiB })).toEqual({ limit: 'unpackedBytes', part: 'customXml/item1.xml' });
  });

  it('the limit is on all the parts together: a workbook unpacking to exactly the limit is read, one byte less refused by the count', async () => {
    const bytes = await mailboxWorkbook(2_000);
    const size = await unpackedSize(bytes);
    const atLimit = await readImportFile('skrzynki.xlsx', bytes, { limits: { maxUnpackedBytes: size } });
    expect(atLimit.ok && atLimit.file.sheets[0]?.rows.length).toBe(2_000);
    // The last part claims 1 byte, so only counting its inflated bytes can find the total one over.
    const last = Object.keys((await JSZip.loadAsync(bytes)).files).at(-1) ?? '';
    expect(await packageOverLimits(withClaimedSize(bytes, last, 1), { rows: 10_000, unpackedBytes: size - 1 })).toEqual({ limit: 'unpackedBytes', part: last });
  });

  it('a 12-column mailbox export saved as .xlsx reads under the default limit, which leaves it twice the room it needs at the row limit', async () => {
    const csv = Buffer.from(mailboxExport(generateDirectory(2_000))).toString('utf16le').replace(/^\ufeff/, '');
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Skrzynki');
    rows.forEach((row, i) => (ws.getRow(i + 1).values = row));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await readImportFile('skrzynki.xlsx', bytes);
    expect(r.ok && r.file.sheets[0]?.rows.length).toBe(rows.length - 1);
    const perRow = (await unpackedSize(bytes)) / (rows.length - 1);
    expect(2 * perRow * (defaultReadLimits.maxRows + 50)).toBeLessThan(defaultReadLimits.maxUnpackedBytes);
  });

  it('the refusal reaches the user in one line naming the file, in English and in Polish', async () => {
    const bomb = await withPart(SHARED_STRINGS, oneSharedString(8 * MiB));
    const r = await readImportFile('bomba.xlsx', bomb, { limits: { maxUnpackedBytes: MiB } });
    if (r.ok) throw new Error('expected bomba.xlsx to be refused');
    expect(r.error.message).toBe('bomba.xlsx: unpacked, the workbook is larger than the 1 MB limit (passed in part "xl/sharedStrings.xml"); nothing was read — export it as CSV, or with only the columns the import needs');
    // The window quotes “ ” as the rest of its English text does; the message itself (the CLI's) keeps plain quotes.
    expect(importMessageText(createI18n('en').t, r.error)).toBe(
      'bomba.xlsx: unpacked, the workbook is larger than the 1 MB limit (passed in part “xl/sharedStrings.xml”); nothing was read — export it as CSV, or with only the columns the import needs',
    );
    expect(importMessageText(createI18n('pl').t, r.error)).toBe(
      'bomba.xlsx: rozpakowany skoroszyt jest większy niż limit 1 MB (przekroczony w części „xl/sharedStrings.xml”); nic nie odczytano — wyeksportuj go jako CSV albo tylko z kolumnami potrzebnymi do importu',
    );
  });
});
