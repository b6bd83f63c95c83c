// Found in review: a hand-kept register whose header is written on two rows ("Data" over "przypisania" and
// "zwolnienia", "Pracownik" over "Imię" and "Nazwisko") was read by its upper row alone. The given names were
// read as whole names, the lower row became a skipped data row, and the columns named only below went unread:
// a release date among them, so a CAL given back was imported as still held.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetHeader, twoRowHeader } from '../../../shared/import/headers';
import { dataOf, parseOk, utf8 } from './helpers';

const CAL = 'Exchange Server 2019 Standard User CAL';
const upper = ['Lp.', 'Pracownik', '', 'Licencja', 'Data', '', 'Faktura'];
const lower = ['', 'Imię', 'Nazwisko', '', 'przypisania', 'zwolnienia', ''];
const rows = [
  ['1', 'Anna', 'Nowak', CAL, '2024-03-05', '', 'FV/1'],
  ['2', 'Jan', 'Kowalski', CAL, '2024-03-05', '2024-06-30', 'FV/1'],
];
const combined = ['Lp.', 'Imię', 'Nazwisko', 'Licencja', 'Data przypisania', 'Data zwolnienia', 'Faktura'];

const readRows = (parsed: Awaited<ReturnType<typeof parseOk>>) =>
  dataOf(parsed.sheets[0], 'register-sheet').rows.map((r) => [r.givenName, r.surname, r.product?.id, r.assignedOn, r.releasedOn, r.document]);
const expected = [
  ['Anna', 'Nowak', 'exchange-2019-standard-user-cal', '2024-03-05', null, 'FV/1'],
  ['Jan', 'Kowalski', 'exchange-2019-standard-user-cal', '2024-03-05', '2024-06-30', 'FV/1'],
];

describe('a header written on two rows', () => {
  it('in a CSV (Polish Excel’s, a label over two columns written in the first): read as one, the data after both rows', async () => {
    const csv = [upper, lower, ...rows].map((r) => r.join(';')).join('\r\n');
    const parsed = await parseOk('rejestr.csv', utf8(csv));
    const sheet = parsed.sheets[0];
    expect(sheet).toMatchObject({ kind: 'register-sheet', status: 'ok', rowsRead: 2, skipped: [] });
    expect(sheet?.mapping?.columns.map((c) => c.header)).toEqual(combined);
    expect(readRows(parsed)).toEqual(expected);
  });

  it('in an .xlsx with merged cells, down (Lp., Licencja, Faktura) and across (Pracownik, Data)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Rejestr');
    ws.addRow(['Rejestr licencji CAL']);
    ws.addRow(['Lp.', 'Pracownik', '', 'Licencja', 'Data', '', 'Faktura']);
    ws.addRow(['', 'Imię', 'Nazwisko', '', 'przypisania', 'zwolnienia', '']);
    for (const r of rows) ws.addRow(r);
    for (const range of ['A2:A3', 'B2:C2', 'D2:D3', 'E2:F2', 'G2:G3']) ws.mergeCells(range);
    const parsed = await parseOk('rejestr.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(parsed.sheets[0]).toMatchObject({ kind: 'register-sheet', status: 'ok', rowsRead: 2, skipped: [] });
    expect(parsed.sheets[0]?.mapping?.columns.map((c) => c.header)).toEqual(combined);
    expect(readRows(parsed)).toEqual(expected);
  });

  it('where the lower row is the better header, the row above gives the columns it leaves unnamed', () => {
    const above = ['Pracownik', '', 'Licencja CAL', 'Okres', ''];
    const row = ['Imię', 'Nazwisko', '', 'od', 'do'];
    expect(sheetHeader(above, row, ['Anna', 'Nowak', CAL, '2024-03-05', ''])).toEqual({ headers: ['Imię', 'Nazwisko', 'Licencja CAL', 'od', 'do'], below: false });
  });

  it('is not made of a title row, nor of a first data row, even one without a date or number', () => {
    const header = ['Imię', 'Nazwisko', 'Licencja'];
    expect(sheetHeader(['Rejestr licencji'], header, ['Anna', 'Nowak', 'Standard'])).toEqual({ headers: header, below: false });
    expect(twoRowHeader(header, ['Anna', 'Nowak', 'Standard'], 'upper')).toBeNull();
    expect(twoRowHeader(header, ['a.nowak@firma.pl', '', ''], 'upper')).toBeNull();
    expect(twoRowHeader(['Licencje 2024', '', ''], header, 'lower')).toBeNull();
  });
});
