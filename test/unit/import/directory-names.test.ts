import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../shared/import/apply';
import { asciiDamaged, repairedNames } from '../../../shared/import/directory';
import { previewImport } from '../../../shared/import/preview';
import type { ParsedFile } from '../../../shared/import/types';
import { AD_USER_HEADERS as AD, counter, file, MAILBOX_HEADERS as MAILBOX, register, sheet } from './helpers';

const NOW = '2026-12-05T09:00:00.000Z';

/** A one-sheet export given to the import. */
const exported = (fileName: string, headers: string[], rows: string[][]): ParsedFile => file(fileName, sheet(headers, rows));

describe('names an ASCII export (Windows PowerShell 5.1 default) damaged', () => {
  it('are what the export makes of a name, one "?" per lost character', () => {
    expect(asciiDamaged('Łukasz  Żółkiewski')).toBe('?ukasz ???kiewski');
    expect(repairedNames('Łukasz Żółkiewski', { givenName: '?ukasz', surname: '???kiewski' })).toEqual({ givenName: 'Łukasz', surname: 'Żółkiewski' });
    // A display name written surname first.
    expect(repairedNames('Żółkiewski Łukasz', { givenName: '?ukasz', surname: '???kiewski' })).toEqual({ givenName: 'Łukasz', surname: 'Żółkiewski' });
    // Another name, or one damaged as well, repairs nothing.
    expect(repairedNames('Łucja Żółkiewska', { givenName: '?ukasz', surname: '???kiewski' })).toBeNull();
    expect(repairedNames('?ukasz ???kiewski', { givenName: '?ukasz', surname: '???kiewski' })).toBeNull();
  });

  it('ask about a person the register knows by name only, instead of adding a second one', () => {
    // Known from a hand-kept sheet: no e-mail, no login.
    const doc = register({ people: [{ id: 'p-l', givenName: 'Łukasz', surname: 'Żółkiewski' }] });
    const ascii = exported('mb.csv', MAILBOX, [['?ukasz ???kiewski', 'l.zolkiewski@przyklad.pl', 'lzolkiewski@przyklad.local', 'lzolkiewski', 'UserMailbox']]);
    const preview = previewImport(doc, [ascii], { now: NOW });
    expect(preview.newPeople).toEqual([]);
    expect(preview.ambiguous.map((a) => a.candidates.map((c) => c.personId))).toEqual([['p-l']]);
    expect(preview.missingPeople).toEqual([]);
  });

  it('take their letters back from the mailbox display name when AD gave them damaged', () => {
    const doc = register({ people: [] });
    const mailboxes = exported('mb.csv', MAILBOX, [['Łukasz Żółkiewski', 'l.zolkiewski@przyklad.pl', 'lzolkiewski@przyklad.local', 'lzolkiewski', 'UserMailbox']]);
    const ad = exported('ad.csv', AD, [['?ukasz', '???kiewski', 'lzolkiewski', 'lzolkiewski@przyklad.local', 'l.zolkiewski@przyklad.pl', 'True', 'IT']]);
    const preview = previewImport(doc, [mailboxes, ad], { now: NOW });
    expect(preview.newPeople.map((p) => [p.givenName, p.surname])).toEqual([['Łukasz', 'Żółkiewski']]);
  });

  it('in the register are put right by a clean export of the same people', () => {
    const doc = register({ people: [{ id: 'p-l', givenName: '?ukasz', surname: '???kiewski', email: 'l.zolkiewski@przyklad.pl', login: 'lzolkiewski' }] });
    // A mailbox export alone: the display name, whose "?" fall where the register's are.
    const mailboxes = exported('mb.csv', MAILBOX, [['Łukasz Żółkiewski', 'l.zolkiewski@przyklad.pl', 'lzolkiewski@przyklad.local', 'lzolkiewski', 'UserMailbox']]);
    const preview = previewImport(doc, [mailboxes], { now: NOW });
    const update = preview.updatedPeople[0];
    expect(update?.fill).toEqual({ givenName: 'Łukasz', surname: 'Żółkiewski' });
    expect(update?.changes.filter((c) => c.field === 'givenName' || c.field === 'surname')).toEqual([
      { field: 'givenName', before: '?ukasz', after: 'Łukasz' },
      { field: 'surname', before: '???kiewski', after: 'Żółkiewski' },
    ]);
    const after = applyImport(doc, preview, {}, counter(), NOW);
    expect(after.people.map((p) => [p.givenName, p.surname])).toEqual([['Łukasz', 'Żółkiewski']]);
  });
});

describe('a person the directory describes differently from the register', () => {
  const anna = { id: 'p-a', givenName: 'Anna', surname: 'Nowak', email: 'a.nowak@przyklad.pl', login: 'anowak', department: 'Kadry' };
  const jan = { id: 'p-j', givenName: 'Nowak', surname: 'Jan', email: 'j.nowak@przyklad.pl', login: 'PRZYKLAD\\jnowak' };

  it("follows AD's names and a renamed login, shows each change, and keeps them when the user unticks the person", () => {
    const doc = register({ people: [anna, jan] });
    const ad = exported('ad.csv', AD, [
      // Married: a new surname, and AD renamed her login too; found by her e-mail address.
      ['Anna', 'Kowalska', 'akowalska', 'akowalska@przyklad.local', 'a.nowak@przyklad.pl', 'True', 'Kadry'],
      // Registered surname first from a "Nowak Jan" display name; the login written with its domain is the same account.
      ['Jan', 'Nowak', 'jnowak', 'jnowak@przyklad.local', 'j.nowak@przyklad.pl', 'True', ''],
    ]);
    const preview = previewImport(doc, [ad], { now: NOW });
    const byId = new Map(preview.updatedPeople.map((u) => [u.personId, u]));
    expect(byId.get('p-a')?.fill).toEqual({ surname: 'Kowalska', login: 'akowalska' });
    expect(byId.get('p-a')?.changes.filter((c) => c.field === 'surname' || c.field === 'login')).toEqual([
      { field: 'surname', before: 'Nowak', after: 'Kowalska' },
      { field: 'login', before: 'anowak', after: 'akowalska' },
    ]);
    expect(byId.get('p-j')?.fill).toEqual({ givenName: 'Jan', surname: 'Nowak' });

    const applied = applyImport(doc, preview, {}, counter(), NOW);
    expect(applied.people.map((p) => [p.id, p.givenName, p.surname, p.login])).toEqual([
      ['p-a', 'Anna', 'Kowalska', 'akowalska'],
      ['p-j', 'Jan', 'Nowak', 'PRZYKLAD\\jnowak'],
    ]);
    const unticked = applyImport(doc, preview, { exclude: [byId.get('p-a')!.key] }, counter(), NOW);
    expect(unticked.people.find((p) => p.id === 'p-a')).toMatchObject({ surname: 'Nowak', login: 'anowak' });

    // Imported again, nothing is left to change.
    const again = previewImport(applied, [ad], { now: NOW });
    expect(again.updatedPeople.map((u) => u.fill)).toEqual([{}, {}]);
  });

  it('keeps the register\'s names where AD has none or only damaged ones', () => {
    const doc = register({ people: [anna] });
    const ad = exported('ad.csv', AD, [
      ['', '', 'anowak', 'anowak@przyklad.local', 'a.nowak@przyklad.pl', 'True', ''],
    ]);
    expect(previewImport(doc, [ad], { now: NOW }).updatedPeople[0]?.fill).toEqual({});
    const damaged = exported('ad.csv', AD, [['Anna', 'Nowak-W?jcik', 'anowak', 'anowak@przyklad.local', 'a.nowak@przyklad.pl', 'True', '']]);
    expect(previewImport(doc, [damaged], { now: NOW }).updatedPeople[0]?.fill).toEqual({});
  });
});

// Found in the review of the change above.
describe('an admin account that carries its owner\'s mail attribute', () => {
  const admin = ['Jan', 'Kowalski (admin)', 'adm-jkowalski', 'adm-jkowalski@przyklad.local', 'j.kowalski@przyklad.pl', 'False', 'IT'];
  const real = ['Jan', 'Kowalski', 'jkowalski', 'jkowalski@przyklad.local', 'j.kowalski@przyklad.pl', 'True', 'IT'];
  const anna = ['Anna', 'Nowak', 'anowak', 'anowak@przyklad.local', 'a.nowak@przyklad.pl', 'True', 'HR'];

  it('is not taken for the same AD user as its owner when a repeated row elsewhere switches the dedupe on', () => {
    const mailbox = exported('mb.csv', MAILBOX, [['Jan Kowalski', 'j.kowalski@przyklad.pl', 'jkowalski@przyklad.local', 'jkowalski', 'UserMailbox']]);
    const preview = previewImport(register({ people: [] }), [mailbox, exported('ad.csv', AD, [admin, real, anna, anna])], { now: NOW });
    expect(preview.snapshot.users.map((u) => u.login)).toEqual(['adm-jkowalski', 'jkowalski', 'anowak']);
    expect(preview.newPeople.map((p) => [p.givenName, p.surname, p.login, p.facts?.accountEnabled])).toEqual([['Jan', 'Kowalski', 'jkowalski', true]]);
  });

  it('listed first in an AD export alone, neither renames the person nor takes them from their own account', () => {
    const doc = register({ people: [{ id: 'p-j', givenName: 'Jan', surname: 'Kowalski', email: 'j.kowalski@przyklad.pl', login: 'jkowalski' }] });
    const preview = previewImport(doc, [exported('ad.csv', AD, [admin, real])], { now: NOW });
    expect(preview.updatedPeople.map((u) => [u.fill, u.facts?.accountEnabled])).toEqual([[{ department: 'IT' }, true]]);
    const after = applyImport(doc, preview, {}, counter(), NOW);
    expect(after.people.map((p) => [p.surname, p.login])).toEqual([['Kowalski', 'jkowalski']]);
  });
});

describe('names that differ only in spelling', () => {
  it('an ASCII-damaged name finds a register person written without diacritics, as the clean name does', () => {
    const doc = register({ people: [{ id: 'p-j', givenName: 'Jozef', surname: 'Nowak' }] });
    const ascii = exported('mb.csv', MAILBOX, [['J?zef Nowak', 'j.nowak@przyklad.pl', 'jnowak@przyklad.local', 'jnowak', 'UserMailbox']]);
    const preview = previewImport(doc, [ascii], { now: NOW });
    expect(preview.ambiguous.map((a) => a.candidates.map((c) => c.personId))).toEqual([['p-j']]);
    expect(preview.newPeople).toEqual([]);
  });

  it('AD without diacritics or in capitals leaves the register\'s spelling alone', () => {
    const doc = register({ people: [
      { id: 'p-l', givenName: 'Łukasz', surname: 'Żółkiewski', email: 'l.zolkiewski@przyklad.pl', login: 'lzolkiewski' },
      { id: 'p-k', givenName: 'Jan', surname: 'Kowalski', email: 'j.kowalski@przyklad.pl', login: 'jkowalski' },
    ] });
    const ad = exported('ad.csv', AD, [
      ['Lukasz', 'Zolkiewski', 'lzolkiewski', 'lzolkiewski@przyklad.local', 'l.zolkiewski@przyklad.pl', 'True', 'IT'],
      ['Jan', 'KOWALSKI', 'JKOWALSKI', 'jkowalski@przyklad.local', 'J.Kowalski@przyklad.pl', 'True', 'IT'],
    ]);
    expect(previewImport(doc, [ad], { now: NOW }).updatedPeople.map((u) => u.fill)).toEqual([{ department: 'IT' }, { department: 'IT' }]);
  });
});

// Found in review: "Kowalski Jan" in the directory and "Jan Kowalski" on a sheet made two people, each with a CAL question of its own.
describe('a name written surname first', () => {
  const REGISTER_SHEET = ['Imię i nazwisko', 'Typ licencji', 'Data przypisania', 'Nr faktury'];
  const PURCHASES = ['Produkt', 'Ilość', 'Data zakupu', 'Nr faktury'];

  it('is asked about, as a name-only match, instead of adding a second person', () => {
    const doc = register({ people: [{ id: 'p-j', givenName: 'Jan', surname: 'Kowalski' }] });
    const mailboxes = exported('mb.csv', MAILBOX, [['Kowalski Jan', 'j.kowalski@przyklad.pl', 'jkowalski@przyklad.local', 'jkowalski', 'UserMailbox']]);
    const preview = previewImport(doc, [mailboxes], { now: NOW });
    expect(preview.newPeople).toEqual([]);
    expect(preview.ambiguous.map((a) => a.candidates.map((c) => c.personId))).toEqual([['p-j']]);
    // Two given names too.
    const three = register({ people: [{ id: 'p-a', givenName: 'Anna Maria', surname: 'Nowak' }] });
    const nowak = exported('mb.csv', MAILBOX, [['Nowak Anna Maria', 'a.nowak@przyklad.pl', 'anowak@przyklad.local', 'anowak', 'UserMailbox']]);
    expect(previewImport(three, [nowak], { now: NOW }).ambiguous.map((a) => a.candidates.map((c) => c.personId))).toEqual([['p-a']]);
  });

  it('on a sheet is asked about against a new person of the same import whose export writes it the other way round', () => {
    const mailboxes = exported('mb.csv', MAILBOX, [['Nowak-Kowalska Anna', 'a.nowak@przyklad.pl', 'anowak@przyklad.local', 'anowak', 'UserMailbox']]);
    const lots = exported('zakupy.csv', PURCHASES, [['Exchange Server 2019 Standard User CAL', '5', '01.03.2024', 'FV/1']]);
    const sheet = exported('rejestr.csv', REGISTER_SHEET, [['Anna Nowak-Kowalska', 'Exchange 2019 Standard User CAL', '04.03.2024', 'FV/1']]);
    const preview = previewImport(register({ people: [] }), [mailboxes, lots, sheet], { now: NOW });
    expect(preview.newPeople.map((p) => p.email)).toEqual(['a.nowak@przyklad.pl']);
    expect(preview.ambiguous.map((a) => [a.source, a.candidates.map((c) => c.email)])).toEqual([['register-sheet', ['a.nowak@przyklad.pl']]]);
    // Answered as the same person, the CAL is hers: one person, one assignment.
    const [question] = preview.ambiguous;
    const next = applyImport(register({ people: [] }), preview, { ambiguous: { [question!.key]: { action: 'merge', personId: question!.candidates[0]!.personId } } }, counter(), NOW);
    expect(next.people).toHaveLength(1);
    expect(next.assignments.map((a) => a.personId)).toEqual([next.people[0]!.id]);
  });

  it('one word alike is no match', () => {
    const doc = register({ people: [{ id: 'p-j', givenName: 'Jan', surname: 'Kowalski' }] });
    const mailboxes = exported('mb.csv', MAILBOX, [['Kowalski Piotr', 'p.kowalski@przyklad.pl', 'pkowalski@przyklad.local', 'pkowalski', 'UserMailbox']]);
    expect(previewImport(doc, [mailboxes], { now: NOW }).ambiguous).toEqual([]);
  });
});

// Found in review: a sheet naming someone by UPN found them only when the mailbox export came in the same import.
describe('a hand-kept sheet naming people by UPN', () => {
  it('finds them by the latest inventory of the register, after the mailbox export was imported on its own', () => {
    const mailboxes = exported('mb.csv', MAILBOX, [['Anna Nowak', 'a.nowak@przyklad.pl', 'anowak@przyklad.local', 'anowak', 'UserMailbox']]);
    const first = register({ people: [] });
    const withMailboxes = applyImport(first, previewImport(first, [mailboxes], { now: NOW }), {}, counter(), NOW);
    const anna = withMailboxes.people[0]!;
    expect(anna.email).toBe('a.nowak@przyklad.pl');
    const lots = exported('zakupy.csv', ['Produkt', 'Ilość', 'Data zakupu', 'Nr faktury'], [['Exchange Server 2019 Standard User CAL', '5', '01.03.2024', 'FV/1']]);
    const sheet = exported('rejestr.csv', ['Imię', 'Nazwisko', 'E-mail', 'Typ licencji', 'Data przypisania', 'Nr faktury'], [['Anna', 'Nowak', 'ANowak@przyklad.local', 'Exchange 2019 Standard User CAL', '04.03.2024', 'FV/1']]);
    const preview = previewImport(withMailboxes, [lots, sheet], { now: NOW });
    expect(preview.ambiguous).toEqual([]);
    expect(preview.newPeople).toEqual([]);
    expect(preview.assignments.map((a) => [a.action, a.person])).toEqual([['new', { kind: 'existing', personId: anna.id }]]);
  });
});
