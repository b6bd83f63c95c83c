import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../shared/import/apply';
import { previewImport } from '../../../shared/import/preview';
import { counter, file, NOW, register, sheet } from './helpers';

/** Someone no longer in the directory (preview-apply.test.ts has him too). */
const gone = { id: 'p-gone', givenName: 'Piotr', surname: 'Zieliński', email: 'p.zielinski@przyklad.pl' };

describe('previewImport: a person recorded under an address that is now a secondary one of their mailbox (EmailAddresses smtp:)', () => {
  const aliasHeaders = ['DisplayName', 'PrimarySmtpAddress', 'EmailAddresses', 'UserPrincipalName', 'RecipientTypeDetails'];
  const married = file(
    'mailboxes.csv',
    sheet(aliasHeaders, [
      ['Anna Kowalska', 'a.kowalska@przyklad.pl', 'SMTP:a.kowalska@przyklad.pl;smtp:anna.nowak@przyklad.pl;X500:/o=Przyklad/cn=anna', 'akowalska@przyklad.local', 'UserMailbox'],
      ['Biuro', 'biuro@przyklad.pl', 'SMTP:biuro@przyklad.pl;smtp:p.zielinski@przyklad.pl', '', 'SharedMailbox'],
    ]),
  );

  it('is found by it and offered the primary address, not added again nor reported gone', () => {
    const doc = register({ people: [{ id: 'p-zet', givenName: 'Zenon', surname: 'Zet', leftOn: '2024-01-31' }, { id: 'p-an', givenName: 'Anna', surname: 'Nowak', email: 'anna.nowak@przyklad.pl' }] });
    const p = previewImport(doc, [married], { now: NOW });
    expect(p.newPeople).toEqual([]);
    expect(p.missingPeople).toEqual([]);
    const update = p.updatedPeople.find((u) => u.personId === 'p-an');
    // Found by the secondary address, and where she is in the register.
    expect(update?.at).toBe(1);
    expect(update?.changes).toContainEqual({ field: 'email', before: 'anna.nowak@przyklad.pl', after: 'a.kowalska@przyklad.pl' });
    const next = applyImport(doc, p, {}, counter(), NOW);
    expect(next.people.map((person) => person.email)).toEqual(['', 'a.kowalska@przyklad.pl']);
    // The snapshot holds the mailbox rows as before: the secondary addresses are not stored.
    expect(Object.keys(next.inventory.at(-1)?.mailboxes[0] ?? {}).sort()).toEqual(Object.keys(p.snapshot.mailboxes[1] ?? {}).sort());
    expect(JSON.stringify(next.inventory)).not.toContain('anna.nowak@');
  });

  it('two mailboxes with the same secondary address: the first takes the person, the second is someone new', () => {
    const both = file(
      'mailboxes.csv',
      sheet(aliasHeaders, [
        ['Anna Kowalska', 'a.kowalska@przyklad.pl', 'SMTP:a.kowalska@przyklad.pl;smtp:anna.nowak@przyklad.pl', 'akowalska@przyklad.local', 'UserMailbox'],
        ['Anna Wiśniewska', 'a.wisniewska@przyklad.pl', 'SMTP:a.wisniewska@przyklad.pl;smtp:anna.nowak@przyklad.pl', 'awisniewska@przyklad.local', 'UserMailbox'],
      ]),
    );
    const doc = register({ people: [{ id: 'p-an', givenName: 'Anna', surname: 'Nowak', email: 'anna.nowak@przyklad.pl' }] });
    const p = previewImport(doc, [both], { now: NOW });
    expect(p.updatedPeople.map((u) => [u.personId, u.fill.email])).toEqual([['p-an', 'a.kowalska@przyklad.pl']]);
    // Not dropped because the person was taken: the second mailbox's owner is added.
    expect(p.newPeople.map((n) => n.email)).toEqual(['a.wisniewska@przyklad.pl']);
  });

  it('a primary address, UPN or login outranks it: a person named by another mailbox\'s primary address is that mailbox\'s', () => {
    // p.zielinski@ is a secondary address of the shared mailbox, but the primary one of Piotr's own mailbox.
    const own = file('own.csv', sheet(aliasHeaders, [['Piotr Zieliński', 'p.zielinski@przyklad.pl', 'SMTP:p.zielinski@przyklad.pl', 'pzielinski@przyklad.local', 'UserMailbox']]));
    const doc = register({ people: [gone] });
    const p = previewImport(doc, [married, own], { now: NOW });
    expect(p.updatedPeople.map((u) => [u.personId, u.fill])).toEqual([['p-gone', {}]]);
    expect(p.newPeople.map((n) => n.email)).toEqual(['a.kowalska@przyklad.pl']);
  });

  it("a leaver's old address added to a manager's mailbox merges neither the leaver nor a sheet row into the manager", () => {
    const manager = file('mailboxes.csv', sheet(aliasHeaders, [['Marta Szef', 'marta@firma.pl', 'SMTP:marta@firma.pl;smtp:leaver@firma.pl', 'marta@firma.local', 'UserMailbox']]));
    // Olek left; his address now reaches Marta. He keeps his record, and Marta is someone new.
    const doc = register({ people: [{ id: 'p-olek', givenName: 'Olek', surname: 'Nowy', email: 'leaver@firma.pl', leftOn: '2024-06-30' }] });
    const p = previewImport(doc, [manager], { now: NOW });
    expect(p.updatedPeople).toEqual([]);
    expect(p.newPeople.map((n) => n.email)).toEqual(['marta@firma.pl']);
    // Not left, but another first name: still not merged.
    const stillHere = previewImport(register({ people: [{ id: 'p-olek', givenName: 'Olek', surname: 'Nowy', email: 'leaver@firma.pl' }] }), [manager], { now: NOW });
    expect(stillHere.updatedPeople).toEqual([]);
    expect(stillHere.newPeople.map((n) => n.email)).toEqual(['marta@firma.pl']);
    // A first import with the hand-kept sheet: Olek's row stays Olek's.
    const lots = sheet(['Produkt', 'Ilość', 'Data zakupu', 'Nr faktury'], [['Exchange Server 2019 Standard User CAL', '5', '01.01.2024', 'FV/1']], 'Zakupy');
    const rows = sheet(
      ['Imię', 'Nazwisko', 'E-mail', 'Typ licencji', 'Data przypisania', 'Data zwolnienia', 'Nr faktury'],
      [
        ['Olek', 'Nowy', 'leaver@firma.pl', 'Exchange 2019 Standard User CAL', '01.02.2024', '30.06.2024', 'FV/1'],
        ['Marta', 'Szef', 'marta@firma.pl', 'Exchange 2019 Standard User CAL', '01.02.2024', '', 'FV/1'],
      ],
      'Rejestr',
    );
    const first = previewImport(register(), [manager, file('rejestr.xlsx', lots, rows)], { now: NOW });
    expect(first.newPeople.map((n) => [n.givenName, n.email])).toEqual([
      ['Marta', 'marta@firma.pl'],
      ['Olek', 'leaver@firma.pl'],
    ]);
    expect(new Set(first.assignments.map((a) => JSON.stringify(a.person))).size).toBe(2);
  });

  it('a hand-kept sheet naming her by the old address assigns the CAL to her, with no second person', () => {
    const lots = sheet(['Produkt', 'Ilość', 'Data zakupu', 'Nr faktury'], [['Exchange Server 2019 Standard User CAL', '5', '01.03.2024', 'FV/1']], 'Zakupy');
    const rows = sheet(['Imię', 'Nazwisko', 'E-mail', 'Typ licencji', 'Nr faktury'], [['Anna', 'Nowak', 'Anna.Nowak@przyklad.pl', 'Exchange 2019 Standard User CAL', 'FV/1']], 'Rejestr');
    // Someone new to the register: the mailbox makes her, and the sheet's row is hers.
    const fresh = previewImport(register(), [married, file('rejestr.xlsx', lots, rows)], { now: NOW });
    expect(fresh.newPeople.map((n) => n.email)).toEqual(['a.kowalska@przyklad.pl']);
    expect(fresh.assignments.map((a) => a.person)).toEqual([{ kind: 'new', key: fresh.newPeople[0]?.key }]);
    // Already in the register under her new address: the row is hers too.
    const known = register({ people: [{ id: 'p-ak', givenName: 'Anna', surname: 'Kowalska', email: 'a.kowalska@przyklad.pl' }] });
    const p = previewImport(known, [married, file('rejestr.xlsx', lots, rows)], { now: NOW });
    expect(p.newPeople).toEqual([]);
    expect(p.ambiguous).toEqual([]);
    expect(p.assignments.map((a) => a.person)).toEqual([{ kind: 'existing', personId: 'p-ak' }]);
  });
});
