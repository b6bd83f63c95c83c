import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../shared/import/apply';
import { changeCounts } from '../../../shared/import/counts';
import { previewImport } from '../../../shared/import/preview';
import { AD_USER_HEADERS, counter, file, MAILBOX_HEADERS, NOW, register, sheet } from './helpers';

const header = ['Imię', 'Nazwisko', 'E-mail', 'Login', 'Dział', 'Typ licencji', 'Nr faktury'];
const lot = { id: 'lot-1', productId: 'exchange-2019-standard-user-cal', quantity: 10, date: '2024-03-01', document: 'FV/2024/03/17' };
const registerSheet = (...rows: string[][]) => file('rejestr.xlsx', sheet(header, rows.map((r) => [...r, 'Exchange Server 2019 Standard User CAL', 'FV/2024/03/17'])));

// Found in review: someone already in the register, found by the sheet's e-mail or login, kept an empty e-mail, login and
// department although the hand-kept sheet had them; only new people took the sheet's values.
describe('a hand-kept sheet naming someone already in the register', () => {
  it('fills the e-mail, login and department the register leaves empty, shown as changes and kept on commit', () => {
    const doc = register({
      people: [
        { id: 'p-jan', givenName: 'Jan', surname: 'Kowalski', login: 'jkowalski' },
        { id: 'p-anna', givenName: 'Anna', surname: 'Nowak', email: 'a.nowak@przyklad.pl' },
      ],
      purchases: [lot],
    });
    const preview = previewImport(
      doc,
      [registerSheet(['Jan', 'Kowalski', 'j.kowalski@przyklad.pl', 'jkowalski', 'Sprzedaż'], ['Anna', 'Nowak', 'a.nowak@przyklad.pl', 'anowak', ''])],
      { now: NOW },
    );
    expect(preview.newPeople).toEqual([]);
    const jan = preview.updatedPeople.find((u) => u.personId === 'p-jan')!;
    expect(jan.facts).toBeNull();
    expect(jan.changes).toEqual([
      { field: 'email', before: '', after: 'j.kowalski@przyklad.pl' },
      { field: 'department', before: '', after: 'Sprzedaż' },
    ]);
    expect(preview.updatedPeople.find((u) => u.personId === 'p-anna')?.fill).toEqual({ login: 'anowak' });
    expect(changeCounts(preview).updated).toBe(2);

    const after = applyImport(doc, preview, {}, counter(), NOW);
    expect(after.people.map((p) => [p.id, p.email, p.login, p.department, p.directory])).toEqual([
      ['p-jan', 'j.kowalski@przyklad.pl', 'jkowalski', 'Sprzedaż', null],
      ['p-anna', 'a.nowak@przyklad.pl', 'anowak', '', null],
    ]);
    // Unticked, nothing of it is written.
    expect(applyImport(doc, preview, { exclude: [jan.key] }, counter(), NOW).people[0]).toMatchObject({ email: '', department: '' });
  });

  it('never changes a value the register has, nor gives an address or login someone else is found by', () => {
    const doc = register({
      people: [
        { id: 'p-jan', givenName: 'Jan', surname: 'Kowalski', login: 'jkowalski', department: 'IT' },
        { id: 'p-ewa', givenName: 'Ewa', surname: 'Wójcik', email: 'biuro@przyklad.pl' },
      ],
      purchases: [lot],
    });
    const preview = previewImport(
      doc,
      // Jan's row gives Ewa's address and another department; a new person later in the sheet has the login "kowalski.j".
      [registerSheet(['Jan', 'Kowalski', 'biuro@przyklad.pl', 'jkowalski', 'Kadry'], ['Jan', 'Kowalski', '', 'jkowalski', ''], ['Piotr', 'Nowy', 'p.nowy@przyklad.pl', 'kowalski.j', ''])],
      { now: NOW },
    );
    expect(preview.updatedPeople).toEqual([]);
    const taken = register({ people: [{ id: 'p-jan', givenName: 'Jan', surname: 'Kowalski', login: 'jkowalski' }], purchases: [lot] });
    const later = previewImport(taken, [registerSheet(['Jan', 'Kowalski', 'p.nowy@przyklad.pl', 'jkowalski', ''], ['Piotr', 'Nowy', 'p.nowy@przyklad.pl', 'pnowy', ''])], { now: NOW });
    // The address the sheet gives Jan is the one a new person of the same sheet is found by: Jan is not given it.
    expect(later.updatedPeople.map((u) => u.fill)).toEqual([]);
  });

  it('a person the mailbox export of the same import also names gets one update, the export’s values first', () => {
    const doc = register({ people: [{ id: 'p-jan', givenName: 'Jan', surname: 'Kowalski', login: 'jkowalski' }], purchases: [lot] });
    const mailboxes = file(
      'mailboxes.csv',
      sheet(MAILBOX_HEADERS, [['Jan Kowalski', 'jan.kowalski@przyklad.pl', 'jkowalski@przyklad.local', 'jkowalski', 'UserMailbox']]),
    );
    const preview = previewImport(doc, [mailboxes, registerSheet(['Jan', 'Kowalski', 'j.kowalski@przyklad.pl', 'jkowalski', 'Sprzedaż'])], { now: NOW });
    const updates = preview.updatedPeople.filter((u) => u.personId === 'p-jan');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.fill).toEqual({ email: 'jan.kowalski@przyklad.pl', department: 'Sprzedaż' });
    expect(updates[0]!.facts).not.toBeNull();
    expect(applyImport(doc, preview, {}, counter(), NOW).people[0]).toMatchObject({ email: 'jan.kowalski@przyklad.pl', department: 'Sprzedaż' });
  });

  it('an AD export fills an empty department too, and never replaces one the register has', () => {
    const doc = register({
      people: [
        { id: 'p-jan', givenName: 'Jan', surname: 'Kowalski', login: 'jkowalski' },
        { id: 'p-ewa', givenName: 'Ewa', surname: 'Wójcik', login: 'ewojcik', department: 'Zarząd' },
      ],
    });
    const ad = file(
      'ad.csv',
      sheet(
        AD_USER_HEADERS,
        [
          ['Jan', 'Kowalski', 'jkowalski', 'jkowalski@przyklad.local', '', 'True', 'Sprzedaż'],
          ['Ewa', 'Wójcik', 'ewojcik', 'ewojcik@przyklad.local', '', 'True', 'Kadry'],
        ],
      ),
    );
    const preview = previewImport(doc, [ad], { now: NOW });
    expect(preview.updatedPeople.map((u) => [u.personId, u.fill.department])).toEqual([
      ['p-jan', 'Sprzedaż'],
      ['p-ewa', undefined],
    ]);
    expect(applyImport(doc, preview, {}, counter(), NOW).people.map((p) => p.department)).toEqual(['Sprzedaż', 'Zarząd']);
  });

  it('a new account merged into someone by the user’s word brings an empty department along, so the next import proposes nothing', () => {
    const doc = register({ people: [{ id: 'p-jan', givenName: 'Jan', surname: 'Kowalski', email: 'j.kowalski@przyklad.pl', login: 'jkowalski' }] });
    const ad = file(
      'ad.csv',
      sheet(
        AD_USER_HEADERS,
        [['Jan', 'Kowalski', 'jkowalski2', 'jkowalski2@przyklad.local', 'jan.kowalski@przyklad.pl', 'True', 'Zarząd']],
      ),
    );
    const mailboxes = file(
      'mailboxes.csv',
      sheet(MAILBOX_HEADERS, [['Jan Kowalski', 'jan.kowalski@przyklad.pl', 'jkowalski2@przyklad.local', 'jkowalski2', 'UserMailbox']]),
    );
    const first = previewImport(doc, [mailboxes, ad], { now: NOW });
    const question = first.ambiguous[0]!;
    const merged = applyImport(doc, first, { ambiguous: { [question.key]: { action: 'merge', personId: 'p-jan' } } }, counter(), NOW);
    expect(merged.people[0]).toMatchObject({ login: 'jkowalski2', department: 'Zarząd' });
    const again = previewImport(merged, [mailboxes, ad], { now: NOW });
    expect(changeCounts(again)).toMatchObject({ newPeople: 0, updated: 0, ambiguous: 0 });
  });
});

