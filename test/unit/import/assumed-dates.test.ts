/**
 * An assignment a hand-kept sheet gives no date for is recorded as of its purchase (or the import):
 * a date no one typed. The commit says how many, and its change-history event names each (file,
 * line, person, date recorded), so a reviewer can tell them from dates the admin gave.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSUMED_ROWS_LISTED, commitImport, loadImportFile, previewFiles } from '../../../electron/services/import/workbench';
import { savePurchase } from '../../../electron/services/ledger/ledger';
import { createRegister } from '../../../electron/services/register/register-store';
import { org, tempDir, testDeps } from '../register/helpers';

const sheet = [
  'Imię;Nazwisko;E-mail;Typ licencji;Data przypisania;Nr faktury',
  'Anna;Nowak;a.nowak@przyklad.pl;Exchange Server 2019 Standard User CAL;02.03.2024;FV/2024/03/17',
  'Jan;Kowalski;j.kowalski@przyklad.pl;Exchange Server 2019 Standard User CAL;-;FV/2024/03/17',
  'Ewa;Wójcik;e.wojcik@przyklad.pl;Exchange Server 2019 Standard User CAL;;FV/2024/03/17',
];

async function previewOfSheet() {
  const dir = tempDir();
  const register = createRegister(join(dir, 'register'), org(), testDeps());
  savePurchase(register, { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document: 'FV/2024/03/17' });
  const file = join(dir, 'rejestr.csv');
  writeFileSync(file, sheet.join('\r\n') + '\r\n');
  const { preview } = previewFiles(register.document, [await loadImportFile(file)], new Map(), register.now().toISOString());
  return { register, preview };
}

describe('assignment dates the sheet did not give', () => {
  it('are counted by the commit and named by its change-history event', async () => {
    const { register, preview } = await previewOfSheet();
    const summary = commitImport(register, preview, {});
    expect({ assignments: summary.assignments, assumedDates: summary.assumedDates }).toEqual({ assignments: 3, assumedDates: 2 });
    const event = register.document.audit.at(-1)!;
    expect(event.action).toBe('import.commit');
    expect((event.after as { assumedDateRows: unknown }).assumedDateRows).toEqual([
      { file: 'rejestr.csv', line: 3, person: 'Jan Kowalski', assignedOn: '2024-03-01' },
      { file: 'rejestr.csv', line: 4, person: 'Ewa Wójcik', assignedOn: '2024-03-01' },
    ]);
    register.close();
  });

  it('left out of the import, or held back with a person left out, are not named', async () => {
    const { register, preview } = await previewOfSheet();
    const jan = preview.assignments.find((a) => a.personLabel === 'Jan Kowalski')!;
    const ewa = preview.newPeople.find((p) => p.givenName === 'Ewa')!;
    const summary = commitImport(register, preview, { exclude: [jan.key, ewa.key] });
    expect({ assignments: summary.assignments, assumedDates: summary.assumedDates }).toEqual({ assignments: 1, assumedDates: 0 });
    expect(register.document.audit.at(-1)!.after).not.toHaveProperty('assumedDateRows');
    register.close();
  });
});

describe('a sheet with no date column at all', () => {
  it('has every row counted, and the first ASSUMED_ROWS_LISTED named in the change history', async () => {
    const dir = tempDir();
    const register = createRegister(join(dir, 'register'), org(), testDeps());
    savePurchase(register, { productId: 'exchange-2019-standard-user-cal', quantity: 2000, date: '2024-03-01', document: 'FV/2024/03/17' });
    const file = join(dir, 'rejestr.csv');
    const rows = Array.from({ length: ASSUMED_ROWS_LISTED + 5 }, (_, i) => `Osoba;N${i};o${i}@przyklad.pl;Exchange Server 2019 Standard User CAL;FV/2024/03/17`);
    writeFileSync(file, ['Imię;Nazwisko;E-mail;Typ licencji;Nr faktury', ...rows].join('\r\n') + '\r\n');
    const { preview } = previewFiles(register.document, [await loadImportFile(file)], new Map(), register.now().toISOString());
    const summary = commitImport(register, preview, {});
    expect(summary.assumedDates).toBe(ASSUMED_ROWS_LISTED + 5);
    const listed = (register.document.audit.at(-1)!.after as { assumedDateRows: { line: number }[] }).assumedDateRows;
    expect(listed.map((r) => r.line)).toEqual(Array.from({ length: ASSUMED_ROWS_LISTED }, (_, i) => i + 2));
    register.close();
  });
});
