import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readImportFile } from '../../../electron/services/import/read';
import { RowCounter, packageOverLimits } from '../../../electron/services/import/xlsx-rows';
import { mailboxWorkbook, withClaimedSize } from './helpers';

const SHEET = 'xl/worksheets/sheet1.xml';

async function refusal(fileName: string, bytes: Uint8Array, maxRows: number): Promise<{ key: string; message: string }> {
  const r = await readImportFile(fileName, bytes, { limits: { maxRows } });
  if (r.ok) throw new Error(`expected ${fileName} to be refused`);
  return { key: r.error.key, message: r.error.message };
}

/** Re-packs an archive as ZIP64: sizes and offsets only in ZIP64 extra fields, ZIP64 end records, as some writers do at any size. */
async function asZip64(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of Object.values(zip.files).filter((e) => !e.dir)) {
    const data = Buffer.from(await entry.async('uint8array'));
    const packed = deflateRawSync(data);
    const name = Buffer.from(entry.name, 'utf8');
    const sizes = Buffer.alloc(20);
    sizes.writeUInt16LE(0x0001, 0);
    sizes.writeUInt16LE(16, 2);
    sizes.writeBigUInt64LE(BigInt(data.length), 4);
    sizes.writeBigUInt64LE(BigInt(packed.length), 12);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(0xffffffff, 18);
    local.writeUInt32LE(0xffffffff, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(sizes.length, 28);
    const extra = Buffer.alloc(28);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(data.length), 4);
    extra.writeBigUInt64LE(BigInt(packed.length), 12);
    extra.writeBigUInt64LE(BigInt(offset), 20);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(45, 4);
    record.writeUInt16LE(45, 6);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(crc32(data), 16);
    record.writeUInt32LE(0xffffffff, 20);
    record.writeUInt32LE(0xffffffff, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt16LE(extra.length, 30);
    record.writeUInt32LE(0xffffffff, 42);
    parts.push(local, name, sizes, packed);
    central.push(record, name, extra);
    offset += local.length + name.length + sizes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const count = BigInt(central.length / 3);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(count, 24);
  end64.writeBigUInt64LE(count, 32);
  end64.writeBigUInt64LE(BigInt(directory.length), 40);
  end64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, end64, locator, end]));
}

const xlsxLoad = () => vi.spyOn(Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as ExcelJS.Xlsx, 'load');

afterEach(() => vi.restoreAllMocks());

describe('an .xlsx sheet over the row limit is refused before exceljs loads the workbook', () => {
  it('refuses it with the localized row-limit message, and exceljs never sees the file', async () => {
    const load = xlsxLoad();
    const { key, message } = await refusal('skrzynki.xlsx', await mailboxWorkbook(500), 100);
    expect(key).toBe('importFile.error.tooManyRows');
    expect(message).toBe('skrzynki.xlsx: > 100 rows is more than the limit of 100');
    expect(load).not.toHaveBeenCalled();
  });

  it('stops inflating the sheet at the limit instead of reading it to the end', async () => {
    const bytes = await mailboxWorkbook(20_000);
    const full = (await (await JSZip.loadAsync(bytes)).file(SHEET)!.async('uint8array')).length;
    const feed = vi.spyOn(RowCounter.prototype, 'feed');
    expect(await packageOverLimits(bytes, { rows: 100, unpackedBytes: Infinity })).toEqual({ limit: 'rows', part: SHEET });
    const inflated = feed.mock.calls.reduce((sum, [chunk]) => sum + chunk.length, 0);
    expect(inflated).toBeLessThan(full / 20);
  });

  it('still reads a sheet with exactly the limit of data rows under a title, a blank row and a header', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Skrzynki');
    ws.getCell('A1').value = 'Eksport skrzynek';
    ws.getRow(3).values = ['DisplayName', 'PrimarySmtpAddress'];
    for (let r = 0; r < 100; r++) ws.getRow(r + 4).values = [`Osoba ${r}`, `osoba${r}@przyklad.pl`];
    const r = await readImportFile('skrzynki.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()), { limits: { maxRows: 100 } });
    expect(r.ok && r.file.sheets[0]?.rows.length).toBe(100);
  });

  it('does not count formatted rows without a value (as exceljs does not)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Skrzynki');
    ws.getRow(1).values = ['DisplayName', 'PrimarySmtpAddress'];
    ws.getRow(2).values = ['Anna Kowalska', 'a.kowalska@przyklad.pl'];
    for (let r = 3; r < 1000; r++) {
      ws.getRow(r).height = 20;
      ws.getCell(r, 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    }
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await packageOverLimits(bytes, { rows: 100, unpackedBytes: Infinity })).toBeNull();
    const r = await readImportFile('skrzynki.xlsx', bytes, { limits: { maxRows: 100 } });
    expect(r.ok).toBe(true);
  });
});

describe('hostile archives', () => {
  it('a truncated workbook is refused as not an .xlsx, without an exception', async () => {
    const bytes = await mailboxWorkbook(500);
    for (const length of [bytes.length - 1, bytes.length - 30, Math.floor(bytes.length / 2), 40]) {
      expect((await refusal('cut.xlsx', bytes.subarray(0, length), 100)).key).toBe('importFile.error.damagedXlsx');
    }
  });

  it('a central directory claiming a tiny size for an oversized sheet does not hide its rows', async () => {
    const bytes = withClaimedSize(await mailboxWorkbook(500), SHEET, 10);
    const load = xlsxLoad();
    expect((await refusal('lies.xlsx', bytes, 100)).key).toBe('importFile.error.tooManyRows');
    expect(load).not.toHaveBeenCalled();
  });

  it('a central directory claiming 4 GB for a small sheet allocates nothing for it, and the mismatch is a refused file', async () => {
    const small = await mailboxWorkbook(5);
    expect((await refusal('lies.xlsx', withClaimedSize(small, SHEET, 0xfffffff0), 100)).key).toBe('importFile.error.damagedXlsx');
    expect((await refusal('lies.xlsx', withClaimedSize(small, SHEET, 3), 100)).key).toBe('importFile.error.damagedXlsx');
  });

  it('a ZIP64 workbook is counted too: refused over the limit, read under it', async () => {
    expect((await refusal('zip64.xlsx', await asZip64(await mailboxWorkbook(500)), 100)).key).toBe('importFile.error.tooManyRows');
    const r = await readImportFile('zip64.xlsx', await asZip64(await mailboxWorkbook(5)), { limits: { maxRows: 100 } });
    expect(r.ok && r.file.sheets[0]?.rows.length).toBe(5);
  });
});

describe('RowCounter', () => {
  const count = (chunks: readonly string[]): number => {
    const counter = new RowCounter();
    for (const c of chunks) counter.feed(Buffer.from(c, 'utf8'));
    return counter.rows;
  };

  it('counts rows with a value, inline strings included; not empty, self-closing or styled-only rows, nor rowBreaks', () => {
    const xml = [
      '<?xml version="1.0"?><worksheet><sheetData>',
      '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
      '<row r="2" s="3" customFormat="1"/>',
      '<row r="3"><c r="A3" s="1"/></row>',
      '<row r="4"><c r="A4" t="inlineStr"><is><t>Łukasz &lt;row&gt;</t></is></c></row>',
      '<row\tr="5"\n><c r="A5"><f>A1</f><v>1</v></c></row\n>',
      '</sheetData><rowBreaks count="1"><brk id="5"/></rowBreaks></worksheet>',
    ].join('');
    expect(count([xml])).toBe(3);
  });

  it('gives the same count however the XML is cut into chunks', () => {
    const row = fc.oneof(
      fc.constant('<row r="1"><c r="A1" t="s"><v>12</v></c><c r="B1"><v>3.5</v></c></row>'),
      fc.constant('<row r="2"><c r="A2" t="inlineStr"><is><t>ż</t></is></c></row>'),
      fc.constant('<row r="3" ht="20" customHeight="1"/>'),
      fc.constant('<row r="4"><c r="A4" s="2"/></row>'),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 20 }), (rows, cuts) => {
        const xml = Buffer.from(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`, 'utf8');
        const at = [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
        const counter = new RowCounter();
        let from = 0;
        for (const to of [...at, xml.length]) {
          counter.feed(xml.subarray(from, to));
          from = to;
        }
        expect(counter.rows).toBe(rows.filter((r) => r.includes('<v>') || r.includes('<is>')).length);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with exceljs on the rows that hold a value in a sheet it wrote', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('value', 'formatted', 'gap', 'formula-only'), { maxLength: 40 }), async (kinds) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('Arkusz');
        kinds.forEach((kind, i) => {
          if (kind === 'value') ws.getCell(i + 1, 2).value = `w${i}`;
          if (kind === 'formatted') ws.getCell(i + 1, 1).font = { bold: true };
          if (kind === 'formula-only') ws.getCell(i + 1, 1).value = { formula: 'A1', result: 1 };
        });
        const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
        const counter = new RowCounter();
        counter.feed(await (await JSZip.loadAsync(bytes)).file(SHEET)!.async('uint8array'));
        const back = new ExcelJS.Workbook();
        await back.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
        expect(counter.rows).toBe(back.worksheets[0]!.actualRowCount);
      }),
      { numRuns: 25 },
    );
  });
});
