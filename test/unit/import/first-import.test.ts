/**
 * The first import on site: the mailbox export together with the client's hand-kept register,
 * which names people as it likes (by name only, by UPN, by DOMAIN\login).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, registerDocumentSchema, type RegisterDocument } from '../../../shared/domain/model';
import { applyImport } from '../../../shared/import/apply';
import { previewImport } from '../../../shared/import/preview';
import type { ImportDecisions, ImportPreview } from '../../../shared/import/preview-types';
import { computeCompliance } from '../../../shared/licensing/compliance';
import { AD_USER_HEADERS, MAILBOX_HEADERS, parseOk, psLine, utf8, utf8Bom, win1250 } from './helpers';

const NOW = '2025-11-25T09:00:00.000Z';

function register(partial: Partial<Record<'people' | 'purchases', unknown[]>> = {}): RegisterDocument {
  return registerDocumentSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, registerId: 'reg-1', createdAt: '2025-01-01T00:00:00.000Z', organization: { name: 'Przykład sp. z o.o.' }, ...partial });
}

async function preview(doc: RegisterDocument, files: Array<[string, Uint8Array]>): Promise<ImportPreview> {
  const parsed = await Promise.all(files.map(([name, bytes]) => parseOk(name, bytes)));
  return previewImport(doc, parsed, { now: NOW });
}

function commit(doc: RegisterDocument, p: ImportPreview, decisions: ImportDecisions = {}): RegisterDocument {
  let n = 0;
  return applyImport(doc, p, decisions, () => `id-${++n}`, NOW);
}

const mailboxWithoutCal = (doc: RegisterDocument) =>
  computeCompliance(doc, { asOf: NOW.slice(0, 10) })
    .findings.filter((f) => f.rule === 'mailbox-without-cal')
    .map((f) => f.subject);

const mailboxCsv = utf8(
  [
    '#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.Mailbox',
    psLine(MAILBOX_HEADERS),
    psLine(['Jan Kowalski', 'j.kowalski@przyklad.pl', 'jkowalski@przyklad.local', 'jkowalski', 'UserMailbox']),
    psLine(['Anna Nowak', 'a.nowak@przyklad.pl', 'anowak@przyklad.local', 'anowak', 'UserMailbox']),
  ].join('\r\n') + '\r\n',
);
const purchasesCsv = win1250('Produkt;Ilość;Data zakupu;Nr faktury\r\nExchange Server 2019 Standard User CAL;5;01.03.2024;FV/2024/03/17\r\n');

/** The first import on site: the mailbox export, the purchases and the client's register sheet together. */
const withExports = (doc: RegisterDocument, rejestr: Uint8Array) =>
  preview(doc, [
    ['mailboxes.csv', mailboxCsv],
    ['zakupy.csv', purchasesCsv],
    ['rejestr.csv', rejestr],
  ]);

describe('a hand-kept register imported with the mailbox export', () => {
  it('a row naming a mailbox owner of the same import by name only is put to the user, never added as a second person; merged, the CAL is the owner’s', async () => {
    const rejestr = win1250('Imię i nazwisko;Typ licencji;Data przypisania;Nr faktury\r\nJan Kowalski;Exchange Server 2019 Standard User CAL;04.03.2024;FV/2024/03/17\r\nAnna Nowak;Exchange Server 2019 Standard User CAL;04.03.2024;FV/2024/03/17\r\n');
    const doc = register();
    const p = await withExports(doc, rejestr);
    expect(p.newPeople.map((n) => n.source)).toEqual(['directory', 'directory']);
    expect(p.ambiguous.map((a) => [a.incoming.givenName, a.candidates.map((c) => c.email)])).toEqual([
      ['Jan', ['j.kowalski@przyklad.pl']],
      ['Anna', ['a.nowak@przyklad.pl']],
    ]);
    // Undecided, the rows wait: no second person, and no CAL given to anyone.
    const undecided = commit(doc, p);
    expect(undecided.people).toHaveLength(2);
    expect(undecided.assignments).toEqual([]);
    // Merged: each owner holds the CAL the sheet gives them, and nobody is left uncovered.
    const decisions: ImportDecisions = { ambiguous: Object.fromEntries(p.ambiguous.map((a) => [a.key, { action: 'merge' as const, personId: a.candidates[0]!.personId }])) };
    const merged = commit(doc, p, decisions);
    expect(merged.people).toHaveLength(2);
    expect(merged.assignments.map((a) => merged.people.find((x) => x.id === a.personId)?.email)).toEqual(['j.kowalski@przyklad.pl', 'a.nowak@przyklad.pl']);
    expect(mailboxWithoutCal(merged)).toEqual([]);
  });

  it('a row whose e-mail column holds the UPN finds the mailbox owner by it, new in this import or already in the register', async () => {
    const rejestr = utf8Bom('Imię;Nazwisko;E-mail;Typ licencji;Nr faktury\r\nJan;Kowalski;jkowalski@przyklad.local;Exchange Server 2019 Standard User CAL;FV/2024/03/17\r\n');
    const fresh = register();
    const p = await withExports(fresh, rejestr);
    const next = commit(fresh, p);
    expect(next.people.map((x) => `${x.givenName} ${x.surname} <${x.email}|${x.login}>`)).toEqual(['Jan Kowalski <j.kowalski@przyklad.pl|jkowalski>', 'Anna Nowak <a.nowak@przyklad.pl|anowak>']);
    expect(mailboxWithoutCal(next)).toEqual(['a.nowak@przyklad.pl']);

    const known = register({
      people: [{ id: 'p-jan', givenName: 'Jan', surname: 'Kowalski', email: 'j.kowalski@przyklad.pl', login: '' }],
      purchases: [{ id: 'lot-1', productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document: 'FV/2024/03/17' }],
    });
    const again = await preview(known, [
      ['mailboxes.csv', mailboxCsv],
      ['rejestr.csv', rejestr],
    ]);
    expect(again.assignments.map((a) => a.person)).toEqual([{ kind: 'existing', personId: 'p-jan' }]);
  });

  it('a login written DOMAIN\\login finds the person whose login is login', async () => {
    const doc = register({
      people: [{ id: 'p-jan', givenName: 'Jan', surname: 'Kowalski', email: 'j.kowalski@przyklad.pl', login: 'jkowalski' }],
      purchases: [{ id: 'lot-1', productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document: 'FV/2024/03/17' }],
    });
    for (const sheet of ['Login;Typ licencji;Nr faktury\r\nPRZYKLAD\\jkowalski;Exchange Server 2019 Standard User CAL;FV/2024/03/17\r\n', 'Imię;Nazwisko;Login;Typ licencji;Nr faktury\r\nJan;Kowalski;PRZYKLAD\\jkowalski;Exchange Server 2019 Standard User CAL;FV/2024/03/17\r\n']) {
      const p = await preview(doc, [['rejestr.csv', utf8(sheet)]]);
      expect({ newPeople: p.newPeople.length, ambiguous: p.ambiguous.length, person: p.assignments[0]?.person }).toEqual({ newPeople: 0, ambiguous: 0, person: { kind: 'existing', personId: 'p-jan' } });
    }
  });
});

describe('Get-ADUser joined to the mailboxes', () => {
  it("an admin account that shares the user's mail attribute and comes first in the export does not take the mailbox owner's account", async () => {
    const ad = utf8(
      [
        psLine(AD_USER_HEADERS),
        psLine(['Jan', 'Kowalski (admin)', 'adm.jkowalski', 'adm.jkowalski@przyklad.local', 'j.kowalski@przyklad.pl', 'False', 'IT']),
        psLine(['Anna', 'Nowak', 'anowak', 'anowak@przyklad.local', 'a.nowak@przyklad.pl', 'True', 'Kadry']),
        psLine(['Jan', 'Kowalski', 'jkowalski', 'jkowalski@przyklad.local', 'j.kowalski@przyklad.pl', 'True', 'IT']),
      ].join('\r\n') + '\r\n',
    );
    const doc = register();
    const p = await preview(doc, [
      ['mailboxes.csv', mailboxCsv],
      ['adusers.csv', ad],
    ]);
    const jan = p.newPeople.find((n) => n.email === 'j.kowalski@przyklad.pl');
    expect({ surname: jan?.surname, enabled: jan?.facts?.accountEnabled }).toEqual({ surname: 'Kowalski', enabled: true });
    const warned = computeCompliance(commit(doc, p), { asOf: NOW.slice(0, 10) }).findings.filter((f) => f.rule === 'disabled-account-with-mailbox');
    expect(warned.map((f) => [f.subject, f.params])).toEqual([]);
  });
});

describe('a register workbook kept year by year', () => {
  it('sheets "2023" and "2024" naming one CAL, the later one with its end, give one assignment, released', async () => {
    const wb = new ExcelJS.Workbook();
    const header = ['Imię', 'Nazwisko', 'E-mail', 'Typ licencji', 'Data przypisania', 'Data zwolnienia', 'Nr faktury'];
    const cal = 'Exchange Server 2019 Standard User CAL';
    const y23 = wb.addWorksheet('2023');
    y23.addRow(header);
    y23.addRow(['Jan', 'Kowalski', 'j.kowalski@przyklad.pl', cal, '01.03.2023', null, 'FV/2023/1']);
    y23.addRow(['Anna', 'Nowak', 'a.nowak@przyklad.pl', cal, '01.03.2023', null, 'FV/2023/1']);
    const y24 = wb.addWorksheet('2024');
    y24.addRow(header);
    y24.addRow(['Jan', 'Kowalski', 'j.kowalski@przyklad.pl', cal, '01.03.2023', '31.05.2024', 'FV/2023/1']);
    y24.addRow(['Anna', 'Nowak', 'a.nowak@przyklad.pl', cal, '01.03.2023', null, 'FV/2023/1']);
    const doc = register({ purchases: [{ id: 'lot-1', productId: 'exchange-2019-standard-user-cal', quantity: 2, date: '2023-02-20', document: 'FV/2023/1' }] });
    const proposed = await preview(doc, [['rejestr.xlsx', new Uint8Array(await wb.xlsx.writeBuffer())]]);
    // The 2024 rows are shown as repeating the 2023 ones, not as already in the register (they are not, yet).
    expect(proposed.assignments.map((a) => a.action)).toEqual(['new', 'new', 'repeated', 'repeated']);
    const next = commit(doc, proposed);
    const held = (email: string) => {
      const person = next.people.find((x) => x.email === email);
      return next.assignments.filter((a) => a.personId === person?.id).map((a) => `${a.assignedOn}→${a.releasedOn ?? 'active'}`);
    };
    expect(held('j.kowalski@przyklad.pl')).toEqual(['2023-03-01→2024-05-31']);
    expect(held('a.nowak@przyklad.pl')).toEqual(['2023-03-01→active']);
  });
});

describe('one export appended to itself (Export-Csv -Append)', () => {
  it('each mailbox is in the snapshot once, and counted once', async () => {
    const rows = [psLine(['Jan Kowalski', 'j.kowalski@przyklad.pl', 'jkowalski@przyklad.local', 'jkowalski', 'UserMailbox']), psLine(['Biuro', 'biuro@przyklad.pl', '', 'biuro', 'SharedMailbox'])];
    const twice = utf8([psLine(MAILBOX_HEADERS), ...rows, ...rows].join('\r\n'));
    const p = await preview(register(), [['mailboxes.csv', twice]]);
    expect(p.snapshot.mailboxes.map((m) => m.email)).toEqual(['j.kowalski@przyklad.pl', 'biuro@przyklad.pl']);
    expect(p.mailboxTypes).toEqual({ UserMailbox: 1, SharedMailbox: 1 });
  });

  // Found in review: two exports appended that overlap (a database, then an OU) repeat rows other than the first.
  it('overlapping exports appended to one file put each mailbox and AD user in the snapshot once', async () => {
    const header = psLine(MAILBOX_HEADERS);
    const box = (name: string, login: string, type = 'UserMailbox') => psLine([name, `${login}@przyklad.pl`, `${login}@przyklad.local`, login, type]);
    const database = [box('Jan Kowalski', 'jkowalski'), box('Anna Nowak', 'anowak'), box('Biuro', 'biuro', 'SharedMailbox')];
    const ou = [box('Ewa Wójcik', 'ewojcik'), box('Anna Nowak', 'anowak'), box('Biuro', 'biuro', 'SharedMailbox')];
    const adHeader = psLine(['GivenName', 'Surname', 'SamAccountName', 'UserPrincipalName', 'mail', 'Enabled']);
    const user = (given: string, surname: string, login: string) => psLine([given, surname, login, `${login}@przyklad.local`, `${login}@przyklad.pl`, 'True']);
    const users = [user('Jan', 'Kowalski', 'jkowalski'), user('Anna', 'Nowak', 'anowak'), user('Ewa', 'Wójcik', 'ewojcik'), user('Anna', 'Nowak', 'anowak')];
    const p = await preview(register(), [
      ['mailboxes.csv', utf8([header, ...database, ...ou].join('\r\n'))],
      ['adusers.csv', utf8([adHeader, ...users].join('\r\n'))],
    ]);
    expect(p.snapshot.mailboxes.map((m) => m.login)).toEqual(['jkowalski', 'anowak', 'biuro', 'ewojcik']);
    expect(p.snapshot.users.map((u) => u.login)).toEqual(['jkowalski', 'anowak', 'ewojcik']);
    expect(p.mailboxTypes).toEqual({ UserMailbox: 3, SharedMailbox: 1 });
    expect(p.newPeople.map((n) => n.login)).toEqual(['jkowalski', 'anowak', 'ewojcik']);
  });
});

describe('values named like an object\'s own members', () => {
  it('mailbox types "toString", "constructor" and "__proto__" are counted as any other', async () => {
    const header = psLine(MAILBOX_HEADERS);
    const rows = ['toString', 'constructor', '__proto__', '__proto__'].map((type, i) => psLine([`Box ${i}`, `box${i}@przyklad.pl`, '', `box${i}`, type]));
    const p = await preview(register(), [['mailboxes.csv', utf8([header, ...rows].join('\r\n'))]]);
    expect(Object.entries(p.mailboxTypes)).toEqual([['toString', 1], ['constructor', 1], ['__proto__', 2]]);
  });
});
