import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineHeight, linesNeeded } from '../../../electron/services/export/layout';
import { exportWorkbook, type ExportProgress } from '../../../electron/services/export/workbook';
import { DomainError } from '../../../shared/result';
import { sampleCompliance, sampleOptions, sampleRegister } from './fixture';

const hostileName = '=HYPERLINK("http://x","y")';
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cal-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function hostileRegister() {
  const doc = sampleRegister(12);
  doc.people = doc.people.map((p, i) =>
    i === 0 ? { ...p, givenName: hostileName, surname: '+48 600 100 200', notes: '' } : i === 1 ? { ...p, surname: '@SUM(A1)', email: '-1+1' } : p,
  );
  doc.assignments = doc.assignments.map((a, i) => (i === 2 ? { ...a, notes: 'line one\r\nline two\u0007 and a bell\ttab' } : a));
  return doc;
}

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function headers(ws: ExcelJS.Worksheet): unknown[] {
  const values = ws.getRow(1).values as unknown[];
  return values.slice(1);
}

describe('exported audit workbook, read back with exceljs', () => {
  const doc = hostileRegister();
  const checklist = [{ point: 'The server is activated and working', result: 'pass' as const, reason: 'EX01 activated' }];
  let path = '';
  let workbook: ExcelJS.Workbook;
  let progress: ExportProgress[] = [];

  beforeAll(async () => {
    path = join(dir, 'audit-en.xlsx');
    progress = [];
    const result = await exportWorkbook(doc, sampleOptions({ compliance: sampleCompliance, checklist }), path, (p) => progress.push(p));
    expect(result).toEqual({
      path,
      sheets: ['Summary', 'Register', 'Assignment history', 'Purchases & proof', 'Servers', 'Checklist', 'Findings'],
      sheetIds: ['summary', 'register', 'history', 'purchases', 'servers', 'checklist', 'findings'],
      // Purchases: two lots, the second with two proofs on two rows.
      rows: doc.assignments.length + doc.assignments.length + doc.assignments.filter((a) => a.releasedOn).length + 3 + 2 + 1 + 2,
    });
    workbook = await readBack(path);
  });

  it('has every sheet, in print order', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Summary', 'Register', 'Assignment history', 'Purchases & proof', 'Servers', 'Checklist', 'Findings']);
  });

  it('each data sheet has its header row and one row per record (plus the purchases totals line)', () => {
    const register = sheet(workbook, 'Register');
    expect(headers(register)).toEqual([
      'Given name',
      'Surname',
      'E-mail or login',
      'Assignment date',
      'License type',
      'Purchase document / order number',
      'Status',
      'Released on',
      'Reason',
      'Notes',
    ]);
    expect(register.actualRowCount).toBe(1 + doc.assignments.length);
    expect(sheet(workbook, 'Assignment history').actualRowCount).toBe(1 + doc.assignments.length + doc.assignments.filter((a) => a.releasedOn).length);
    expect(headers(sheet(workbook, 'Purchases & proof'))[0]).toBe('Product');
    expect(sheet(workbook, 'Purchases & proof').actualRowCount).toBe(1 + 3 + 1);
    expect(headers(sheet(workbook, 'Servers'))).toEqual(['Server', 'Product', 'Edition', 'Build', 'Product key (last 5)', 'Activation', 'Verified on', 'Verified by', 'Retired on', 'Notes']);
    expect(sheet(workbook, 'Checklist').actualRowCount).toBe(2);
    expect(sheet(workbook, 'Findings').actualRowCount).toBe(3);
  });

  it('a lot\'s second proof is on a row of its own, beside its hash, and the lot\'s cells run on into that row without a rule between', () => {
    const purchases = sheet(workbook, 'Purchases & proof');
    const lot = purchases.getRow(3);
    const further = purchases.getRow(4);
    expect(lot.getCell(7).value).toBe('-FV/2023/01/02');
    expect([further.getCell(10).value, further.getCell(11).value]).toEqual(['certyfikat.pdf', 'c'.repeat(64)]);
    expect(further.getCell(2).value).toBeNull();
    // The product and the notes go on; the proof's file, hash and verdict are ruled off from the next proof's.
    expect(lot.getCell(1).border?.bottom).toBeUndefined();
    expect(lot.getCell(13).border?.bottom).toBeUndefined();
    for (const column of [10, 11, 12]) expect(lot.getCell(column).border?.bottom?.style).toBe('hair');
    expect(further.getCell(1).border?.bottom?.style).toBe('hair');
  });

  it('every sheet prints on A4 landscape, one page wide, with header and footer', () => {
    for (const ws of workbook.worksheets) {
      expect(ws.pageSetup.orientation, ws.name).toBe('landscape');
      expect(ws.pageSetup.paperSize, ws.name).toBe(9);
      expect(ws.pageSetup.fitToWidth, ws.name).toBe(1);
      expect(ws.headerFooter.oddHeader, ws.name).toContain('&LPrzykład && Syn Sp. z o.o.');
      expect(ws.headerFooter.oddFooter, ws.name).toBe('&LPage &P of &N&RAs of 2024-03-31');
    }
  });

  it('data sheets repeat the header row on every page, freeze it and filter on it', () => {
    for (const ws of workbook.worksheets.slice(1)) {
      expect(ws.pageSetup.printTitlesRow, ws.name).toBe('1:1');
      expect(ws.pageSetup.fitToHeight, ws.name).toBe(0);
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, ws.name).toMatch(/^A1:[A-Z]+\d+$/);
    }
    expect(sheet(workbook, 'Register').headerFooter.oddHeader).toContain('&R&BLicense register: CAL assignments');
  });

  it('a person named like a formula comes back as exactly that text, not a formula', () => {
    const cells = sheet(workbook, 'Register').getColumn(1).values;
    const cell = sheet(workbook, 'Register')
      .getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? row : []))
      .find((value) => value === hostileName);
    expect(cells).toContain(hostileName);
    expect(cell).toBe(hostileName);
    const register = sheet(workbook, 'Register');
    register.eachRow((row) =>
      row.eachCell((c) => {
        expect(c.type, c.address).not.toBe(ExcelJS.ValueType.Formula);
        expect(c.type, c.address).not.toBe(ExcelJS.ValueType.Hyperlink);
      }),
    );
    const texts = register.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []));
    expect(texts).toEqual(expect.arrayContaining(['+48 600 100 200', '@SUM(A1)', '-1+1']));
  });

  it('control characters are gone, line breaks stay and the cell wraps', () => {
    const register = sheet(workbook, 'Register');
    let found: ExcelJS.Cell | undefined;
    register.eachRow((row) => row.eachCell((c) => (typeof c.value === 'string' && c.value.startsWith('line one') ? (found = c) : undefined)));
    expect(found?.value).toBe('line one\nline two and a bell tab');
    expect(found?.alignment?.wrapText).toBe(true);
    expect(Number(found?.row && register.getRow(Number(found.row)).height)).toBeGreaterThanOrEqual(25.5);
  });

  it('dates are real dates with the English ISO format and numbers are right-aligned numbers', () => {
    const register = sheet(workbook, 'Register');
    const date = register.getCell('D2');
    expect(date.value).toBeInstanceOf(Date);
    expect(date.numFmt).toBe('yyyy-mm-dd');
    const purchases = sheet(workbook, 'Purchases & proof');
    const totals = purchases.getRow(5);
    expect([totals.getCell(2).value, totals.getCell(3).value, totals.getCell(4).value]).toEqual([18, 12, 6]);
    expect(totals.getCell(2).alignment?.horizontal).toBe('right');
    expect(totals.getCell(2).font?.bold).toBe(true);
  });

  // Found in review: counts were formatted "#,##0", which LibreOffice groups in the printing computer's language.
  it('counts carry the workbook’s language in their number format: 409, English', () => {
    const totals = sheet(workbook, 'Purchases & proof').getRow(5);
    expect(totals.getCell(2).numFmt).toBe('[$-409]#,##0');
    // The position table's Purchased: 9 CALs (sampleCompliance).
    const summary = sheet(workbook, 'Summary');
    const purchased = [...Array(summary.rowCount).keys()].map((i) => summary.getRow(i + 1).getCell(2)).find((c) => c.value === 9);
    expect(purchased?.numFmt).toBe('[$-409]#,##0');
  });

  // Found in review: the Summary printed "People in the register 2500" above a total of "2,507".
  it('the Summary’s counts have the number format of the tables’ counts', () => {
    const summary = sheet(workbook, 'Summary');
    const rows = [...Array(summary.rowCount).keys()].map((i) => summary.getRow(i + 1));
    for (const label of ['People in the register', 'Active assignments', 'Number of events', 'Error']) {
      const row = rows.find((r) => r.getCell(1).value === label)!;
      expect(typeof row.getCell(2).value, label).toBe('number');
      expect(row.getCell(2).numFmt, label).toBe('[$-409]#,##0');
    }
  });

  it('the Summary carries the audit head, the position table and both signature lines', () => {
    const values = sheet(workbook, 'Summary')
      .getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? row : []));
    expect(values).toEqual(expect.arrayContaining(['f'.repeat(64), 42, 'Exchange Server 2019 Standard User CAL', 'Prepared by', 'Reviewed by', 'Signature', 'Jan Kowalski']));
  });

  it('a long Summary value spans the columns to the Summary\'s edge, wrapped, its row as tall as its lines', async () => {
    const long = sampleRegister(3);
    long.organization = { ...long.organization, name: 'Przedsiębiorstwo Handlowo-Usługowe „WIELKOPOLSKA” Spółka z ograniczoną odpowiedzialnością spółka komandytowa, Oddział w Poznaniu — Dział Informatyki' };
    const out = join(dir, 'long-summary.xlsx');
    await exportWorkbook(long, sampleOptions({ compliance: sampleCompliance }), out);
    const summary = sheet(await readBack(out), 'Summary');
    const row = [...Array(summary.rowCount).keys()].map((i) => summary.getRow(i + 1)).find((r) => r.getCell(2).value === long.organization.name)!;
    expect(summary.model.merges).toContain(`B${row.number}:G${row.number}`);
    expect(row.getCell(2).alignment?.wrapText).toBe(true);
    expect(row.height).toBe(25.5);
  });

  // Found in review: the signatory's name was cut at the date label beside it, on the line the auditor signs.
  it('a long name on a sign-off line wraps in its column, its row tall enough for every line', async () => {
    const name = 'Małgorzata Brzęczyszczykiewicz-Wiśniewska, audytor';
    const out = join(dir, 'long-signoff.xlsx');
    await exportWorkbook(sampleRegister(3), sampleOptions({ compliance: sampleCompliance, preparedBy: name }), out);
    const summary = sheet(await readBack(out), 'Summary');
    // The sign-off, at the Summary's end (the name is also among the fields at its top).
    const row = [...Array(summary.rowCount).keys()].map((i) => summary.getRow(i + 1)).findLast((r) => r.getCell(2).value === name)!;
    expect([row.getCell(1).value, row.getCell(5).value]).toEqual(['Prepared by', 'Signature']);
    expect(row.getCell(2).alignment?.wrapText).toBe(true);
    const lines = linesNeeded(name, summary.getColumn(2).width ?? 0);
    expect(lines).toBeGreaterThan(1);
    expect(row.height).toBeGreaterThanOrEqual(lines * lineHeight);
  });

  it('reports progress up to the total number of rows', () => {
    const last = progress.at(-1);
    expect(last?.rowsWritten).toBe(last?.totalRows);
    expect(last?.sheetIndex).toBe(6);
    expect(new Set(progress.map((p) => p.sheet)).size).toBe(7);
  });

  it('the file holds no formula, no external link, no macro project and no hyperlink', async () => {
    const zip = await JSZip.loadAsync(await readFile(path));
    const names = Object.keys(zip.files);
    expect(names.some((n) => /externalLink/i.test(n))).toBe(false);
    expect(names.some((n) => /vbaProject/i.test(n))).toBe(false);
    expect(names.some((n) => /worksheets\/_rels/i.test(n))).toBe(false);
    for (const name of names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
      const xml = await zip.file(name)?.async('string');
      expect(xml, name).not.toMatch(/<f[\s>/]/);
      expect(xml, name).not.toMatch(/<hyperlinks?[\s>]/);
      expect(xml, name).not.toMatch(/externalLink|vbaProject/i);
    }
  });
});

describe('exported audit workbook in Polish', () => {
  it('uses Polish sheet names, dd.mm.yyyy dates, Polish counts and "Strona N z M" footers', async () => {
    const path = join(dir, 'audit-pl.xlsx');
    await exportWorkbook(sampleRegister(4), sampleOptions({ lang: 'pl' }), path);
    const workbook = await readBack(path);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Podsumowanie', 'Rejestr', 'Historia przypisań', 'Zakupy i dowody', 'Serwery']);
    const register = sheet(workbook, 'Rejestr');
    expect(register.getCell('D2').numFmt).toBe('dd.mm.yyyy');
    // Counts carry the Polish locale (415): LibreOffice prints 1 250, never 1,250, on any computer.
    expect(sheet(workbook, 'Zakupy i dowody').getCell('B2').numFmt).toBe('[$-415]#,##0');
    expect(register.headerFooter.oddFooter).toBe('&LStrona &P z &N&RStan na 31.03.2024');
    expect(headers(register).slice(0, 6)).toEqual(['Imię', 'Nazwisko', 'E-mail lub login', 'Data przypisania', 'Typ licencji', 'Dokument zakupu / numer zamówienia']);
  });
});

// Found in review: an empty register printed its Register, History, Servers and Findings pages as a header and nothing else.
describe('the workbook of an empty register', () => {
  it('prints under each empty table that it has none, as of the date, in the workbook\'s language', async () => {
    const empty = { ...sampleRegister(0), servers: [], purchases: [], people: [], assignments: [], inventory: [] };
    for (const [lang, sheetName, text] of [
      ['en', 'Servers', 'None: the register records nothing for this sheet as of'],
      ['pl', 'Rejestr', 'Brak: rejestr nie zawiera na dzień'],
      // Not "None": with no finding because nothing could be checked, the Findings sheet says so (nothing-to-check.test.ts).
      ['en', 'Findings', 'Nothing to check yet: the rules check the CALs against the mailboxes that need them'],
    ] as const) {
      const out = join(dir, `empty-${lang}.xlsx`);
      await exportWorkbook(empty, sampleOptions({ lang, compliance: { ...sampleCompliance, findings: [] } }), out);
      const ws = sheet(await readBack(out), sheetName);
      expect(String(ws.getRow(2).getCell(1).value)).toContain(text);
      expect(ws.model.merges).toContain(`A2:${String.fromCharCode(64 + ws.columnCount)}2`);
    }
  });
});

describe('writing the workbook file', () => {
  it('replaces an existing file and leaves no temporary file behind', async () => {
    const target = join(dir, 'atomic', 'audit.xlsx');
    await rm(join(dir, 'atomic'), { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(join(dir, 'atomic')));
    await writeFile(target, 'old content');
    await exportWorkbook(sampleRegister(2), sampleOptions({ sheets: ['register'] }), target);
    expect(await readdir(join(dir, 'atomic'))).toEqual(['audit.xlsx']);
    expect((await readFile(target)).subarray(0, 2).toString()).toBe('PK');
  });

  it('a folder that does not exist gives an io-error and no file', async () => {
    const target = join(dir, 'missing-folder', 'audit.xlsx');
    const error = await exportWorkbook(sampleRegister(2), sampleOptions(), target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('io-error');
  });

  it('an empty sheet selection is refused as invalid input', async () => {
    const error = await exportWorkbook(sampleRegister(2), sampleOptions({ sheets: ['findings'] }), join(dir, 'none.xlsx')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid-input', detail: { messageKey: 'export-no-sheets' } });
    expect(await readdir(dir)).not.toContain('none.xlsx');
  });
});
