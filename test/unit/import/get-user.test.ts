// Found in review: a Get-User export was read as Get-Mailbox's. Its AccountDisabled was not read, so a
// disabled account that keeps a mailbox went unreported, and its accounts without a mailbox (User,
// DisabledUser) were put among the snapshot's mailboxes, each an information finding.
import { describe, expect, it } from 'vitest';
import type { RegisterDocument } from '../../../shared/domain/model';
import { applyImport } from '../../../shared/import/apply';
import { previewImport } from '../../../shared/import/preview';
import { computeCompliance } from '../../../shared/licensing/compliance';
import { mailboxesSeenOn } from '../../../shared/licensing/inventory';
import { AD_USER_HEADERS, counter, dataOf, NOW, parseOk, psLine, register, utf8 } from './helpers';

const getUserHeaders = ['Name', 'DisplayName', 'FirstName', 'LastName', 'SamAccountName', 'UserPrincipalName', 'WindowsEmailAddress', 'RecipientTypeDetails', 'AccountDisabled', 'UserAccountControl', 'Department'];
const csv = (headers: readonly string[], rows: readonly (readonly string[])[]): Uint8Array =>
  utf8(['#TYPE Microsoft.Exchange.Data.Directory.Management.User', psLine(headers), ...rows.map((r) => psLine(r))].join('\r\n'));

const getUser = csv(getUserHeaders, [
  ['Anna Nowak', 'Anna Nowak', 'Anna', 'Nowak', 'anowak', 'anowak@firma.pl', 'anowak@firma.pl', 'UserMailbox', 'False', 'NormalAccount, DoNotExpirePassword', 'IT'],
  ['Jan Kowalski', 'Jan Kowalski', 'Jan', 'Kowalski', 'jkowalski', 'jkowalski@firma.pl', 'jkowalski@firma.pl', 'UserMailbox', 'True', 'AccountDisabled, NormalAccount', 'Kadry'],
  ['Piotr Bez', 'Piotr Bez', 'Piotr', 'Bez', 'pbez', 'pbez@firma.pl', '', 'User', 'False', 'NormalAccount', 'IT'],
  ['Ewa Stara', 'Ewa Stara', 'Ewa', 'Stara', 'estara', 'estara@firma.pl', '', 'DisabledUser', 'True', 'AccountDisabled, NormalAccount', 'IT'],
]);

const imported = async (doc: RegisterDocument, ...files: [string, Uint8Array][]): Promise<RegisterDocument> => {
  const parsed = await Promise.all(files.map(([name, bytes]) => parseOk(name, bytes)));
  return applyImport(doc, previewImport(doc, parsed, { now: NOW }), {}, counter(), NOW);
};

describe('a Get-User export', () => {
  it('is told from Get-Mailbox’s: every account with its state, and the mailboxes among them', async () => {
    const parsed = await parseOk('getuser.csv', getUser);
    const sheet = parsed.sheets[0];
    expect(sheet).toMatchObject({ kind: 'users', status: 'ok', rowsRead: 4, missingColumns: [] });
    const data = dataOf(sheet, 'users');
    expect(data.users.map((u) => [u.login, u.givenName, u.surname, u.email, u.enabled, u.department])).toEqual([
      ['anowak', 'Anna', 'Nowak', 'anowak@firma.pl', true, 'IT'],
      ['jkowalski', 'Jan', 'Kowalski', 'jkowalski@firma.pl', false, 'Kadry'],
      ['pbez', 'Piotr', 'Bez', '', true, 'IT'],
      ['estara', 'Ewa', 'Stara', '', false, 'IT'],
    ]);
    // User and DisabledUser are accounts without a mailbox.
    expect(data.mailboxes.map((m) => [m.login, m.recipientType, m.archive])).toEqual([
      ['anowak', 'UserMailbox', null],
      ['jkowalski', 'UserMailbox', null],
    ]);
  });

  it('reads the account’s state from UserAccountControl, as flags or a number, and from DisabledUser', async () => {
    const headers = ['SamAccountName', 'UserPrincipalName', 'RecipientTypeDetails', 'UserAccountControl'];
    const parsed = await parseOk(
      'getuser.csv',
      csv(headers, [
        ['a', 'a@firma.pl', 'UserMailbox', 'AccountDisabled, NormalAccount'],
        ['b', 'b@firma.pl', 'UserMailbox', 'NormalAccount'],
        ['c', 'c@firma.pl', 'UserMailbox', '514'],
        ['d', 'd@firma.pl', 'UserMailbox', '512'],
        ['e', 'e@firma.pl', 'DisabledUser', ''],
        ['f', 'f@firma.pl', 'UserMailbox', ''],
      ]),
    );
    expect(parsed.sheets[0]?.kind).toBe('users');
    expect(dataOf(parsed.sheets[0], 'users').users.map((u) => [u.login, u.enabled])).toEqual([
      ['a', false],
      ['b', true],
      ['c', false],
      ['d', true],
      ['e', false],
      ['f', null],
    ]);
  });

  it('imported alone: a disabled account that keeps its mailbox is reported, accounts without a mailbox are no mailboxes', async () => {
    const doc = await imported(register(), ['getuser.csv', getUser]);
    expect(doc.people.map((p) => [p.email, p.directory?.accountEnabled, p.directory?.mailboxType])).toEqual([
      ['anowak@firma.pl', true, 'UserMailbox'],
      ['jkowalski@firma.pl', false, 'UserMailbox'],
    ]);
    const snapshot = doc.inventory.at(-1);
    expect(snapshot?.mailboxes.map((m) => m.login)).toEqual(['anowak', 'jkowalski']);
    expect(snapshot?.users.map((u) => [u.login, u.enabled])).toEqual([
      ['anowak', true],
      ['jkowalski', false],
      ['pbez', true],
      ['estara', false],
    ]);
    expect(snapshot && mailboxesSeenOn(snapshot)).toBe('2025-03-10');
    const findings = computeCompliance(doc, { asOf: '2025-03-10' }).findings;
    expect(findings.filter((f) => f.rule === 'disabled-account-with-mailbox').map((f) => f.subject)).toEqual(['jkowalski@firma.pl']);
    expect(findings.filter((f) => f.rule === 'no-mailbox-needs-cal')).toEqual([]);
  });

  it('beside Get-Mailbox and Get-ADUser, whichever order: their rows are kept, Get-User’s add only what they lack', async () => {
    const mailboxes = csv(
      ['DisplayName', 'PrimarySmtpAddress', 'UserPrincipalName', 'SamAccountName', 'RecipientTypeDetails', 'ArchiveState', 'LitigationHoldEnabled', 'InPlaceHolds'],
      [
        ['Anna Nowak', 'anowak@firma.pl', 'anowak@firma.pl', 'anowak', 'UserMailbox', 'Local', 'False', ''],
        ['Jan Kowalski', 'jkowalski@firma.pl', 'jkowalski@firma.pl', 'jkowalski', 'UserMailbox', 'None', 'False', ''],
      ],
    );
    // Get-ADUser says Anna's account is enabled and names her department otherwise; Get-User is the only source for Jan's account.
    const adUsers = csv(AD_USER_HEADERS, [['Anna', 'Nowak', 'anowak', 'anowak@firma.pl', 'anowak@firma.pl', 'True', 'Zarząd']]);
    for (const order of [
      [['getuser.csv', getUser], ['mailboxes.csv', mailboxes], ['adusers.csv', adUsers]],
      [['mailboxes.csv', mailboxes], ['adusers.csv', adUsers], ['getuser.csv', getUser]],
    ] as [string, Uint8Array][][]) {
      const doc = await imported(register(), ...order);
      const snapshot = doc.inventory.at(-1);
      expect(snapshot?.mailboxes.map((m) => [m.login, m.archive])).toEqual([
        ['anowak', true],
        ['jkowalski', false],
      ]);
      expect(snapshot?.users.map((u) => [u.login, u.enabled, u.department])).toEqual([
        ['anowak', true, 'Zarząd'],
        ['jkowalski', false, 'Kadry'],
        ['pbez', true, 'IT'],
        ['estara', false, 'IT'],
      ]);
      expect(doc.people.map((p) => [p.email, p.directory?.accountEnabled, p.directory?.archive])).toEqual([
        ['anowak@firma.pl', true, true],
        ['jkowalski@firma.pl', false, false],
      ]);
    }
  });
});
