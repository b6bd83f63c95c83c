import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

/** The Checklist sheet's rows (point, result, reason) of a workbook the CLI wrote. */
async function checklistOf(path: string): Promise<[string, string, string][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheet = wb.worksheets.find((ws) => ws.name === 'Checklist' || ws.name === 'Lista kontrolna');
  const rows: [string, string, string][] = [];
  sheet?.eachRow((row) => rows.push([String(row.getCell(2).value ?? ''), String(row.getCell(3).value ?? ''), String(row.getCell(4).value ?? '')]));
  return rows;
}

// Found in review: with no mailbox export the users point printed "Failed" beside its reason "Not verified: …", and a
// register whose only lot is dated after the report's date was said to record no purchase.
describe('the printed checklist', () => {
  it('marks the users point not checked without a mailbox export, and says no purchase is owned on the date', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '2', '--date', '2024-06-01', '--document', 'FV/6');
    const out = join(tempDir(), 'audyt.xlsx');
    expect((await cli('export', dir, '--out', out, '--as-of', '2024-04-01')).code).toBe(0);
    const rows = await checklistOf(out);
    expect(rows.find(([point]) => point.startsWith('Exchange users'))?.[1]).toBe('Not checked');
    expect(rows.find(([point]) => point.startsWith('There is a proof of purchase'))?.slice(1)).toEqual([
      'Failed',
      'No purchase is owned on this date (none is recorded, or every one is dated later or voided), so there is no proof of purchase.',
    ]);
    const proof = await cli('export', dir, '--out', out, '--as-of', '2024-04-01', '--lang', 'pl');
    expect(proof.code).toBe(0);
    const pl = await checklistOf(out);
    expect(pl.find(([point]) => point.startsWith('Użytkowników Exchange'))?.[1]).toBe('Nie sprawdzono');
  });
});
