import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../shared/import/apply';
import { previewImport } from '../../../shared/import/preview';
import { releaseReasonOf } from '../../../shared/import/release-reasons';
import { computeCompliance } from '../../../shared/licensing/compliance';
import { counter, dataOf, file, NOW, register, sheet } from './helpers';

const lot = { id: 'pur-1', productId: 'exchange-2019-standard-user-cal', quantity: 2, date: '2024-01-10', document: 'FV/1' };
const CAL = 'Exchange Server 2019 Standard User CAL';

describe('a hand-kept register’s release reason', () => {
  it('is read from the reason’s id, the app’s and the workbook’s labels in either language, or the words people write', () => {
    const read = (text: string) => releaseReasonOf(text);
    expect(read('left')).toEqual({ reason: 'left', note: '' });
    expect(read('Odejście z firmy')).toEqual({ reason: 'left', note: '' });
    expect(read('Odejście z organizacji')).toEqual({ reason: 'left', note: '' });
    expect(read('Cover for an absent user')).toEqual({ reason: 'absence-cover', note: '' });
    expect(read('Trwała awaria sprzętu')).toEqual({ reason: 'hardware-failure', note: '' });
    expect(read(' Zmiana stanowiska ')).toEqual({ reason: 'role-change', note: '' });
    expect(read('Inny')).toEqual({ reason: 'other', note: '' });
    // Words that say more are kept as the release's note beside the reason they name.
    expect(read('odszedł do konkurencji')).toEqual({ reason: 'left', note: 'odszedł do konkurencji' });
    expect(read('zastępstwo na czas urlopu macierzyńskiego')).toEqual({ reason: 'absence-cover', note: 'zastępstwo na czas urlopu macierzyńskiego' });
    // A reason the import does not know is "other", its words kept: nothing the sheet says is lost.
    expect(read('audyt 2024')).toEqual({ reason: 'other', note: 'audyt 2024' });
    expect(read('  ')).toBeNull();
  });

  it('goes with the CAL given back: a seat freed by a leaver passes on at once, with no early-reassignment warning', () => {
    const headers = ['Imię', 'Nazwisko', 'E-mail', 'Typ licencji', 'Nr faktury', 'Data przypisania', 'Data zwolnienia', 'Powód zwolnienia'];
    const rows = [
      ['Anna', 'Nowak', 'anowak@przyklad.pl', CAL, 'FV/1', '2024-02-01', '2024-05-31', 'Odejście z firmy'],
      ['Jan', 'Kowalski', 'jkowalski@przyklad.pl', CAL, 'FV/1', '2024-02-01', '2024-03-15', 'awaria laptopa, wymiana'],
      ['Ewa', 'Lis', 'elis@przyklad.pl', CAL, 'FV/1', '2024-06-03', '', 'Odejście z firmy'],
    ];
    const parsed = file('rejestr.xlsx', sheet(headers, rows, 'Rejestr'));
    const read = dataOf(parsed.sheets[0], 'register-sheet').rows;
    // A reason on a row still held is not read.
    expect(read.map((r) => [r.releaseReason, r.releaseNotes])).toEqual([
      ['left', ''],
      ['hardware-failure', 'awaria laptopa, wymiana'],
      [null, ''],
    ]);
    const doc = register({ purchases: [lot] });
    const preview = previewImport(doc, [parsed], { now: NOW });
    const applied = applyImport(doc, preview, {}, counter(), NOW);
    const byHolder = new Map(applied.assignments.map((a) => [applied.people.find((p) => p.id === a.personId)!.surname, a]));
    expect([byHolder.get('Nowak')?.releaseReason, byHolder.get('Nowak')?.releaseNotes]).toEqual(['left', '']);
    expect([byHolder.get('Kowalski')?.releaseReason, byHolder.get('Kowalski')?.releaseNotes]).toEqual(['hardware-failure', 'awaria laptopa, wymiana']);
    expect([byHolder.get('Lis')?.releaseReason, byHolder.get('Lis')?.releasedOn]).toEqual([null, null]);
    const warnings = computeCompliance(applied, { asOf: '2024-12-31' }).findings.filter((f) => f.rule === 'early-reassignment');
    expect(warnings).toEqual([]);
  });

  it('ends a CAL the register holds with the sheet’s reason and words', () => {
    const doc = register({
      purchases: [lot],
      people: [{ id: 'p-anna', givenName: 'Anna', surname: 'Nowak', email: 'anowak@przyklad.pl' }],
      assignments: [{ id: 'a-1', personId: 'p-anna', purchaseId: 'pur-1', assignedOn: '2024-02-01' }],
    });
    const parsed = file('rejestr.csv', sheet(['E-mail', 'Typ licencji', 'Data przypisania', 'Data zwolnienia', 'Powód'], [['anowak@przyklad.pl', CAL, '2024-02-01', '2024-05-31', 'zastępstwo za Ewę Lis (urlop)']]));
    const preview = previewImport(doc, [parsed], { now: NOW });
    expect(preview.assignments.map((a) => [a.action, a.releaseReason])).toEqual([['release', 'absence-cover']]);
    const applied = applyImport(doc, preview, {}, counter(), NOW);
    expect(applied.assignments[0]).toMatchObject({ releasedOn: '2024-05-31', releaseReason: 'absence-cover', releaseNotes: 'zastępstwo za Ewę Lis (urlop)' });
  });
});
