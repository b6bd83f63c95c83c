import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readImportFile } from '../../../electron/services/import/read';
import { loadImportFile } from '../../../electron/services/import/workbench';
import { fillTemplate, importMessages } from '../../../shared/import/messages';
import { interpretFile, interpretSheet } from '../../../shared/import/interpret';
import { psLine, utf16leBom, utf8 } from './helpers';

async function expectBad(fileName: string, bytes: Uint8Array, key: string, options = {}): Promise<string> {
  const r = await readImportFile(fileName, bytes, options);
  if (r.ok) throw new Error(`expected ${fileName} to be refused`);
  expect(r.error.code).toBe('bad-file');
  expect(r.error.key).toBe(key);
  expect(r.error.message).toContain(fileName);
  expect(r.error.message).not.toMatch(/[\r\n]/);
  return r.error.message;
}

describe('bad files give a one-line error naming the file and the problem', () => {
  it('an empty file', async () => {
    expect(await expectBad('empty.csv', new Uint8Array(), 'importFile.error.empty')).toBe('empty.csv: the file is empty');
  });

  it('a file of blank lines and a #TYPE line only', async () => {
    await expectBad('type.csv', utf8('#TYPE Selected.System.Management.Automation.PSCustomObject\r\n\r\n'), 'importFile.error.empty');
  });

  it('a header without data rows', async () => {
    await expectBad('header.csv', utf8(`${psLine(['Name', 'Edition', 'AdminDisplayVersion'])}\r\n`), 'importFile.error.headerOnly');
  });

  it('binary content', async () => {
    const bytes = new Uint8Array(256).map((_, i) => (i * 37 + 11) % 256);
    await expectBad('random.csv', bytes, 'importFile.error.binary');
  });

  it('truncated UTF-16', async () => {
    const full = utf16leBom(`${psLine(['Name', 'Edition'])}\r\n${psLine(['EX01', 'Standard'])}\r\n`);
    await expectBad('cut.csv', full.subarray(0, full.length - 1), 'importFile.error.truncatedUtf16');
  });

  it('a sheet with a stray value in the last column (XFD) is refused at once instead of read 16,384 cells wide', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Skrzynki');
    ws.getRow(1).values = ['DisplayName', 'PrimarySmtpAddress'];
    for (let r = 2; r < 300; r++) ws.getRow(r).values = [`Osoba ${r}`, `osoba${r}@przyklad.pl`];
    ws.getCell('XFD1').value = 'x';
    const msg = await expectBad('szerokie.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()), 'importFile.error.tooManyColumns');
    expect(msg).toBe('szerokie.xlsx: sheet Skrzynki reaches column 16384, more than the limit of 1024; nothing was read');
  });

  it('a sheet up to the column limit is read, each row only as wide as its own cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Skrzynki');
    ws.getRow(1).values = ['DisplayName', 'PrimarySmtpAddress'];
    ws.getRow(2).values = ['Anna Kowalska', 'a.kowalska@przyklad.pl'];
    ws.getCell(1, 1024).value = 'Notes';
    const r = await readImportFile('szerokie.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.ok).toBe(true);
  });

  it('unbalanced quotes', async () => {
    const msg = await expectBad('quotes.csv', utf8('"Name","Edition"\r\n"EX01","Standard\r\n"EX02","Enterprise"\r\n'), 'importFile.error.badQuotes');
    expect(msg).toBe('quotes.csv: unbalanced quotes near line 2');
  });

  it('NUL bytes inside UTF-8 text', async () => {
    await expectBad('nul.csv', utf8('"Name","Edition"\r\n"EX\u000001","Standard"\r\n"EX02","Standard"\r\n'), 'importFile.error.nulBytes');
  });

  it('a zip renamed .xlsx', async () => {
    // A minimal empty zip archive: end-of-central-directory record only, prefixed by a local header signature.
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0), 0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    await expectBad('renamed.xlsx', zip, 'importFile.error.noWorksheets');
  });

  it('a CSV renamed .xlsx', async () => {
    await expectBad('export.xlsx', utf8('"Name"\r\n"EX01"\r\n'), 'importFile.error.notZip');
  });

  it('an old binary .xls', async () => {
    await expectBad('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'importFile.error.oldXls');
  });

  it('a 50 MB file is refused before parsing', async () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x41);
    const started = performance.now();
    const msg = await expectBad('huge.csv', big, 'importFile.error.tooLarge');
    expect(msg).toBe('huge.csv: the file is 50 MB, larger than the 50 MB limit');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('more rows than the limit', async () => {
    const text = [psLine(['Name', 'Edition']), ...Array.from({ length: 20 }, (_, i) => psLine([`EX${i}`, 'Standard']))].join('\n');
    await expectBad('rows.csv', utf8(text), 'importFile.error.tooManyRows', { limits: { maxRows: 10 } });
  });

  it('an xlsx whose sheets have no data', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Pusty');
    await expectBad('pusty.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()), 'importFile.error.empty');
  });
});

describe('files named for what they are not, and files that are not there', () => {
  it('an Excel workbook saved with a .csv name is read as the workbook it is', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Skrzynki').addRows([
      ['DisplayName', 'PrimarySmtpAddress', 'RecipientTypeDetails'],
      ['Anna Nowak', 'a.nowak@przyklad.pl', 'UserMailbox'],
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const r = await readImportFile('skrzynki.csv', bytes);
    expect(r.ok && r.file.format).toBe('xlsx');
    expect(r.ok && r.file.sheets[0]?.rows[0]?.cells).toEqual(['Anna Nowak', 'a.nowak@przyklad.pl', 'UserMailbox']);
  });

  it('a missing file, a folder: said in words in EN and PL, no OS code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cal-read-'));
    const missing = await loadImportFile(join(dir, 'brak.csv'));
    expect(missing.error?.key).toBe('importFile.error.notFound');
    expect(missing.error?.message).toBe('brak.csv: no such file');
    const folder = await loadImportFile(dir);
    expect(folder.error?.key).toBe('importFile.error.isFolder');
    expect(fillTemplate(importMessages.pl.importFile.error.isFolder, folder.error?.params ?? {})).toMatch(/to jest folder, nie plik$/);
  });
});

describe('properties', () => {
  it('any bytes given to any reader end in rows or a clear error, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2048 }),
          // Zip-looking bytes reach the workbook reader.
          fc.uint8Array({ maxLength: 2048 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b])),
        ),
        fc.constantFrom('x.csv', 'x.xlsx', 'x.txt', 'x'), async (bytes, name) => {
        const r = await readImportFile(name, bytes);
        if (r.ok) expect(r.file.sheets.some((s) => s.rows.length > 0)).toBe(true);
        else expect(r.error.message.startsWith(`${name}: `)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('any text with quotes, separators and line breaks ends in rows or a clear error', async () => {
    const piece = fc.constantFrom('"', ',', ';', '\r\n', '\n', 'a', 'Ł', ' ', '#TYPE x', '\t', '""');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 200 }), async (pieces) => {
        const r = await readImportFile('t.csv', utf8(pieces.join('')));
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.error.message).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 300 },
    );
  });

  it('a CSV written by an RFC 4180 writer reads back value for value', async () => {
    const value = fc.string({ unit: fc.constantFrom('a', 'ż', 'Ł', ',', ';', '"', '\n', '\r\n', ' ', '1', '.', '?'), maxLength: 12 });
    const headers = ['DisplayName', 'PrimarySmtpAddress', 'RecipientTypeDetails', 'Notes'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(value, value, value, value), { minLength: 1, maxLength: 15 }),
        fc.constantFrom(',', ';'),
        fc.boolean(),
        async (rows, delimiter, utf16) => {
          // Rows must have a visible value so that no data row is blank; leading/trailing spaces are kept by the reader.
          const data = rows.map((r) => [`x${r[0]}`, r[1], r[2], r[3]]);
          const text = Papa.unparse({ fields: headers, data }, { delimiter, quotes: true, newline: '\r\n' });
          const bytes = utf16 ? utf16leBom(text) : utf8(text);
          const r = await readImportFile('roundtrip.csv', bytes);
          if (!r.ok) throw new Error(r.error.message);
          expect(r.file.sheets[0]?.headers).toEqual(headers);
          expect(r.file.sheets[0]?.rows.map((row) => row.cells)).toEqual(data);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a file of no known kind', () => {
  it('a CSV is named by its file (it has no sheet name), an .xlsx sheet by its sheet, in English and Polish', async () => {
    const r = await readImportFile('odd.csv', utf8('Colour,Size\r\nred,10\r\n'));
    if (!r.ok) throw new Error(r.error.message);
    const [sheet] = interpretFile(r.file).sheets;
    expect(sheet?.warnings.map((w) => w.message)).toEqual(['File "odd.csv" was not recognized as any known export or register']);
    expect(fillTemplate(importMessages.pl.importFile.warning.unknownFile, sheet!.warnings[0]!.params)).toBe('Pliku „odd.csv” nie rozpoznano jako żadnego znanego eksportu ani rejestru');
    expect(interpretSheet({ name: 'Arkusz1', headerLine: 1, headers: ['Colour'], rows: [] }).warnings[0]?.message).toBe('Sheet "Arkusz1" was not recognized as any known export or register');
  });
});
