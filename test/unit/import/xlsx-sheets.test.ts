import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dataOf, parseOk, readOk } from './helpers';

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A register kept by hand: title row merged across, a blank row, Polish headers with trailing spaces, mixed dates, a total row. */
async function handKeptWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const reg = wb.addWorksheet('Rejestr CAL');
  reg.getCell('A1').value = 'Rejestr licencji dostępowych Exchange — Przykład sp. z o.o.';
  reg.mergeCells('A1:F1');
  reg.getCell('A2').value = 'stan na 10.03.2025';
  // Row 3 left blank on purpose.
  reg.getRow(4).values = ['Imię ', ' Nazwisko', 'E-mail', 'Typ licencji', 'Data przypisania', 'Nr faktury'];
  reg.getRow(5).values = ['Łukasz', 'Żółkiewski', 'l.zolkiewski@przyklad.pl', 'Exchange Server 2019 Standard User CAL', new Date(Date.UTC(2024, 10, 4)), 'FV/2024/03/17'];
  reg.getRow(6).values = ['Anna', 'Kowalska  ', 'a.kowalska@przyklad.pl', 'Exchange Server 2019 Standard User CAL', '12.05.2022', null];
  reg.getRow(7).values = ['Jan', 'Nowak', 'j.nowak@przyklad.pl', 'Exchange Server 2019 Enterprise User CAL', '2022-5-3', null];
  // The invoice number is merged down over the two rows it covers.
  reg.mergeCells('F5:F7');
  reg.getRow(8).values = [];
  reg.getRow(9).values = ['Razem', null, null, null, null, null];
  const buy = wb.addWorksheet('Zakupy');
  buy.getRow(1).values = ['Produkt', 'Ilość', 'Data zakupu', 'Dostawca', 'Numer zamówienia'];
  buy.getRow(2).values = ['Exchange Server 2019 Standard User CAL', 25, new Date(Date.UTC(2024, 2, 1)), 'KluczeSoft', 'ZAM-17'];
  buy.getRow(3).values = ['Exchange Server 2019 Enterprise User CAL', '2,0', '01.03.2024', 'KluczeSoft', 'ZAM-18'];
  buy.getRow(4).values = ['Suma', { formula: 'SUM(B2:B3)', result: 27 }, null, null, null];
  return bytesOf(wb);
}

describe('xlsx workbooks kept by hand', () => {
  it('finds the header row under a merged title, a note and a blank row', async () => {
    const file = await readOk('rejestr.xlsx', await handKeptWorkbook());
    expect(file.format).toBe('xlsx');
    expect(file.sheets.map((s) => [s.name, s.headerLine])).toEqual([
      ['Rejestr CAL', 4],
      ['Zakupy', 1],
    ]);
    expect(file.sheets[0]?.headers).toEqual(['Imię', 'Nazwisko', 'E-mail', 'Typ licencji', 'Data przypisania', 'Nr faktury']);
  });

  it('reads each sheet separately with its own kind and mapping', async () => {
    const file = await parseOk('rejestr.xlsx', await handKeptWorkbook());
    expect(file.sheets.map((s) => [s.sheetName, s.kind, s.status])).toEqual([
      ['Rejestr CAL', 'register-sheet', 'ok'],
      ['Zakupy', 'purchases-sheet', 'ok'],
    ]);
    const mapping = file.sheets[0]?.mapping?.columns.map((c) => [c.header, c.field, c.confidence]);
    expect(mapping).toEqual([
      ['Imię', 'givenName', 1],
      ['Nazwisko', 'surname', 1],
      ['E-mail', 'email', 1],
      ['Typ licencji', 'licenseType', 1],
      ['Data przypisania', 'assignedOn', 1],
      ['Nr faktury', 'document', 1],
    ]);
  });

  it('reads real date cells, dd.MM.yyyy text and yyyy-M-d text, trims spaces and fills merged cells down', async () => {
    const file = await parseOk('rejestr.xlsx', await handKeptWorkbook());
    const { rows } = dataOf(file.sheets[0], 'register-sheet');
    expect(rows.map((r) => [r.givenName, r.surname, r.assignedOn, r.document, r.product?.id])).toEqual([
      ['Łukasz', 'Żółkiewski', '2024-11-04', 'FV/2024/03/17', 'exchange-2019-standard-user-cal'],
      ['Anna', 'Kowalska', '2022-05-12', 'FV/2024/03/17', 'exchange-2019-standard-user-cal'],
      ['Jan', 'Nowak', '2022-05-03', 'FV/2024/03/17', 'exchange-2019-enterprise-user-cal'],
    ]);
    expect(file.sheets[0]?.skipped.map((s) => [s.line, s.reason.key])).toEqual([[9, 'importFile.skip.totalRow']]);
  });

  it('reads purchases with a decimal-comma quantity, formula results and order numbers, skipping the sum row', async () => {
    const file = await parseOk('rejestr.xlsx', await handKeptWorkbook());
    const { rows } = dataOf(file.sheets[1], 'purchases-sheet');
    expect(rows.map((r) => [r.product?.id, r.quantity, r.date, r.vendor, r.document])).toEqual([
      ['exchange-2019-standard-user-cal', 25, '2024-03-01', 'KluczeSoft', 'ZAM-17'],
      ['exchange-2019-enterprise-user-cal', 2, '2024-03-01', 'KluczeSoft', 'ZAM-18'],
    ]);
    expect(file.sheets[1]?.skipped.map((s) => s.reason.key)).toEqual(['importFile.skip.totalRow']);
  });

  it('reads a PowerShell export saved as a workbook by header name', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('mailboxes');
    ws.addRow(['PSComputerName', 'DisplayName', 'PrimarySmtpAddress', 'RecipientTypeDetails', 'LitigationHoldEnabled']);
    ws.addRow(['ex01', 'Łukasz Żółkiewski', 'l.zolkiewski@przyklad.pl', 'UserMailbox', true]);
    const file = await parseOk('mbx.xlsx', await bytesOf(wb));
    expect(dataOf(file.sheets[0], 'mailboxes').mailboxes[0]).toMatchObject({ displayName: 'Łukasz Żółkiewski', litigationHold: true });
  });

  it('asks for a mapping when a hand-kept sheet lacks a required column', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lista');
    ws.addRow(['Imię', 'Nazwisko', 'Co ma']);
    ws.addRow(['Anna', 'Kowalska', 'Exchange 2019 User CAL']);
    const bytes = await bytesOf(wb);
    const file = await parseOk('lista.xlsx', bytes);
    expect(file.sheets[0]).toMatchObject({ kind: 'register-sheet', status: 'needs-mapping', rowsRead: 0 });
    expect(file.sheets[0]?.mapping?.unmatchedRequired).toEqual(['licenseType']);
    const { interpretFile } = await import('../../../shared/import/interpret');
    const mapped = interpretFile(await readOk('lista.xlsx', bytes), { mapping: { 'Co ma': 'licenseType' } });
    expect(mapped.sheets[0]?.status).toBe('ok');
    expect(dataOf(mapped.sheets[0], 'register-sheet').rows[0]?.product?.id).toBe('exchange-2019-standard-user-cal');
  });
});
