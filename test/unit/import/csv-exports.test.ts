import { describe, expect, it } from 'vitest';
import { asciiExport, dataOf, parseOk, psLine, readOk, utf16beBom, utf16le, utf16leBom, utf8, utf8Bom, win1250 } from './helpers';

const mailboxHeader = [
  'DisplayName',
  'Alias',
  'PrimarySmtpAddress',
  'UserPrincipalName',
  'SamAccountName',
  'RecipientTypeDetails',
  'ArchiveStatus',
  'ArchiveState',
  'LitigationHoldEnabled',
  'InPlaceHolds',
  'WhenCreated',
  'Database',
];
const mailboxRows = [
  ['Łukasz Żółkiewski', 'lzolkiewski', 'l.zolkiewski@przyklad.pl', 'lzolkiewski@przyklad.local', 'lzolkiewski', 'UserMailbox', 'Active', 'Local', 'True', 'mbx1a2b;mbx3c4d', '04.11.2024 08:15:00', 'DB01'],
  ['Biuro; sekretariat', 'biuro', 'biuro@przyklad.pl', '', 'biuro', 'SharedMailbox', 'None', 'None', 'False', '', '12.05.2022 10:00:00', 'DB01'],
  ['Sala "Duża"', 'sala', 'sala@przyklad.pl', '', 'sala', 'RoomMailbox', 'None', 'None', 'False', '', '01.02.2023 09:00:00', 'DB01'],
  ['Rzutnik', 'rzutnik', 'rzutnik@przyklad.pl', '', 'rzutnik', 'EquipmentMailbox', 'None', 'None', 'False', '', '01.02.2023 09:00:00', 'DB01'],
  ['Discovery Search Mailbox', 'DiscoverySearchMailbox', 'DiscoverySearchMailbox@przyklad.pl', '', 'SM_1', 'DiscoveryMailbox', 'None', 'None', 'False', '', '01.01.2020 00:00:00', 'DB01'],
  ['Microsoft Exchange', 'SystemMailbox', 'SystemMailbox@przyklad.pl', '', 'SM_2', 'ArbitrationMailbox', 'None', 'None', 'False', '', '01.01.2020 00:00:00', 'DB01'],
  ['Anna Kowalska', 'akowalska', 'a.kowalska@przyklad.pl', 'akowalska@przyklad.local', 'akowalska', 'UserMailbox', 'Active', 'HostedProvisioned', 'False', 'System.Collections.Generic.List`1[System.String]', '2024-03-01 12:00:00', 'DB02'],
  ['Jan Nowak\r\nDział IT', 'jnowak', 'j.nowak@przyklad.pl', 'jnowak@przyklad.local', 'jnowak', 'LinkedMailbox', 'Active', '', 'True', '', '', 'DB02'],
];

function polishMailboxExport(): string {
  const lines = ['#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.Mailbox', psLine(mailboxHeader, ';'), ...mailboxRows.map((r) => psLine(r, ';'))];
  return lines.join('\r\n') + '\r\n';
}

describe('PowerShell mailbox export', () => {
  it('reads a UTF-16LE export with BOM, #TYPE line, ; separator and CRLF value by value', async () => {
    const file = await parseOk('mailboxes.csv', utf16leBom(polishMailboxExport()));
    expect(file.format).toBe('csv utf-16le ;');
    const sheet = file.sheets[0];
    expect(sheet?.kind).toBe('mailboxes');
    expect(sheet?.missingColumns).toEqual([]);
    const { mailboxes } = dataOf(sheet, 'mailboxes');
    expect(mailboxes.map((m) => m.recipientType)).toEqual([
      'UserMailbox',
      'SharedMailbox',
      'RoomMailbox',
      'EquipmentMailbox',
      'DiscoveryMailbox',
      'ArbitrationMailbox',
      'UserMailbox',
      'LinkedMailbox',
    ]);
    expect(mailboxes[0]).toEqual({
      displayName: 'Łukasz Żółkiewski',
      email: 'l.zolkiewski@przyklad.pl',
      upn: 'lzolkiewski@przyklad.local',
      login: 'lzolkiewski',
      recipientType: 'UserMailbox',
      archive: true,
      litigationHold: true,
      inPlaceHold: true,
    });
    expect(mailboxes[1]).toMatchObject({ displayName: 'Biuro; sekretariat', upn: '', archive: false, litigationHold: false, inPlaceHold: false });
    expect(mailboxes[2]?.displayName).toBe('Sala "Duża"');
    expect(mailboxes[7]?.displayName).toBe('Jan Nowak\r\nDział IT');
  });

  it('counts a cloud archive (ArchiveState HostedProvisioned) as no on-premises archive', async () => {
    const { mailboxes } = dataOf((await parseOk('m.csv', utf16leBom(polishMailboxExport()))).sheets[0], 'mailboxes');
    expect(mailboxes[6]?.archive).toBe(false);
  });

  it('ArchiveStatus alone leaves an archive unknown: on Exchange Server it is None for an on-premises archive and Active for one in Exchange Online', async () => {
    const { mailboxes } = dataOf((await parseOk('m.csv', utf16leBom(polishMailboxExport()))).sheets[0], 'mailboxes');
    expect(mailboxes[7]?.archive).toBeNull();
  });

  it('a multi-valued column exported unjoined (a .NET type name) is named in a warning with its lines: its holds or addresses are not known', async () => {
    const text = [
      psLine(['DisplayName', 'PrimarySmtpAddress', 'UserPrincipalName', 'SamAccountName', 'RecipientTypeDetails', 'ArchiveState', 'LitigationHoldEnabled', 'InPlaceHolds', 'EmailAddresses']),
      psLine(['A', 'a@x.pl', 'a@x.local', 'a', 'UserMailbox', 'None', 'False', 'System.Collections.Generic.List`1[System.String]', 'Microsoft.Exchange.Data.ProxyAddressCollection']),
      psLine(['B', 'b@x.pl', 'b@x.local', 'b', 'UserMailbox', 'None', 'False', '', 'SMTP:b@x.pl;smtp:bb@x.pl']),
      psLine(['C', 'c@x.pl', 'c@x.local', 'c', 'UserMailbox', 'None', 'False', 'Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]', 'SMTP:c@x.pl']),
    ].join('\n');
    const sheet = (await parseOk('m.csv', utf8(text))).sheets[0];
    expect(sheet?.warnings.filter((w) => w.key === 'importFile.warning.notJoined').map((w) => w.message)).toEqual([
      "Column InPlaceHolds holds a .NET type name instead of its values in 2 rows (lines 2, 4): what it lists is not known — export it joined with -join ';', as the command on the Import screen does",
      "Column EmailAddresses holds a .NET type name instead of its values in 1 row (line 2): what it lists is not known — export it joined with -join ';', as the command on the Import screen does",
    ]);
    expect(dataOf(sheet, 'mailboxes').mailboxes.map((m) => m.inPlaceHold)).toEqual([null, false, null]);
  });

  it('a row read out of step (an unquoted comma in a name) is skipped with its line, not imported with its cells in the wrong columns', async () => {
    const header = 'DisplayName,PrimarySmtpAddress,UserPrincipalName,SamAccountName,RecipientTypeDetails,InPlaceHolds';
    const text = [header, 'Jan Kowalski,jan@x.pl,jan@x.local,jan,UserMailbox,', 'Nowak, Anna,anna@x.pl,anna@x.local,anowak,UserMailbox'].join('\r\n');
    const sheet = (await parseOk('m.csv', utf8(text))).sheets[0];
    expect(dataOf(sheet, 'mailboxes').mailboxes.map((m) => m.email)).toEqual(['jan@x.pl']);
    expect(sheet?.skipped.map((k) => [k.line, k.reason.message])).toEqual([
      [3, 'its address "Anna" is no e-mail address: the row\'s values look shifted (a value holding the separator must be quoted)'],
    ]);
  });

  it('an AD row read out of step is skipped the same way: a UPN or mail cell without "@" and an Enabled cell that is no True/False', async () => {
    const header = 'GivenName,Surname,SamAccountName,UserPrincipalName,mail,Enabled,Department';
    const text = [header, 'Jan,Kowalski,jan,jan@x.local,jan@x.pl,True,IT', 'Anna,Nowak, Jr,anowak,anowak@x.local,anowak@x.pl,True'].join('\r\n');
    const sheet = (await parseOk('ad.csv', utf8(text))).sheets[0];
    expect(dataOf(sheet, 'ad-users').users.map((u) => u.login)).toEqual(['jan']);
    expect(sheet?.skipped.map((k) => [k.line, k.reason.key, k.reason.params])).toEqual([[3, 'importFile.skip.notAnAddress', { value: 'anowak' }]]);
  });

  // Found in review: AD does not check the mail attribute; a real account with mail "brak" was dropped, so it read as gone.
  it('an AD account whose mail is no address is kept, read by its login, the value left out and warned', async () => {
    const text = [psLine(['GivenName', 'Surname', 'SamAccountName', 'UserPrincipalName', 'mail', 'Enabled']), psLine(['Ewa', 'Lis', 'elis', 'elis@x.local', 'brak', 'False'])].join('\r\n');
    const sheet = (await parseOk('ad.csv', utf8(text))).sheets[0];
    expect(sheet?.skipped).toEqual([]);
    expect(dataOf(sheet, 'ad-users').users).toMatchObject([{ login: 'elis', upn: 'elis@x.local', email: '', enabled: false }]);
    expect(sheet?.warnings.map((w) => w.message)).toEqual([
      'A UPN or mail value without "@" in the AD export, left out of 1 row (line 2): "brak" — the account is read by login; check its userPrincipalName and mail attributes in Active Directory',
    ]);
  });

  it('without ArchiveState, an archive database named (and no cloud ArchiveDomain) is an on-premises archive', async () => {
    const text = [
      psLine(['DisplayName', 'PrimarySmtpAddress', 'UserPrincipalName', 'SamAccountName', 'RecipientTypeDetails', 'ArchiveStatus', 'ArchiveDatabase', 'ArchiveDomain', 'LitigationHoldEnabled', 'InPlaceHolds']),
      psLine(['Local', 'local@x.pl', 'local@x.local', 'local', 'UserMailbox', 'None', 'ARCH-DB2', '', 'False', '']),
      psLine(['Cloud', 'cloud@x.pl', 'cloud@x.local', 'cloud', 'UserMailbox', 'Active', '', 'x.mail.onmicrosoft.com', 'False', '']),
      psLine(['None', 'none@x.pl', 'none@x.local', 'none', 'UserMailbox', 'None', '', '', 'False', '']),
    ].join('\n');
    const sheet = (await parseOk('m.csv', utf8(text))).sheets[0];
    expect(sheet?.missingColumns).toEqual([]);
    expect(dataOf(sheet, 'mailboxes').mailboxes.map((m) => m.archive)).toEqual([true, false, false]);
  });

  // Found in review: an export with ArchiveStatus and ArchiveGuid, but neither ArchiveState nor ArchiveDatabase, lost every archive.
  it('with ArchiveGuid only, a mailbox whose GUID is set has an archive, on-premises unless ArchiveDomain or an Active ArchiveStatus puts it in Exchange Online', async () => {
    const guid = '4f1c2b9e-8a7d-4c3b-9e2f-1a2b3c4d5e6f';
    const zero = '00000000-0000-0000-0000-000000000000';
    const text = [
      psLine(['DisplayName', 'PrimarySmtpAddress', 'UserPrincipalName', 'SamAccountName', 'RecipientTypeDetails', 'ArchiveStatus', 'ArchiveGuid', 'LitigationHoldEnabled', 'InPlaceHolds']),
      psLine(['Local', 'local@x.pl', 'local@x.local', 'local', 'UserMailbox', 'None', guid, 'False', '']),
      psLine(['Cloud', 'cloud@x.pl', 'cloud@x.local', 'cloud', 'UserMailbox', 'Active', guid, 'False', '']),
      psLine(['None', 'none@x.pl', 'none@x.local', 'none', 'UserMailbox', 'None', zero, 'False', '']),
    ].join('\n');
    const sheet = (await parseOk('m.csv', utf8(text))).sheets[0];
    expect(sheet?.missingColumns).toEqual([]);
    expect(dataOf(sheet, 'mailboxes').mailboxes.map((m) => m.archive)).toEqual([true, false, false]);
    const withDomain = [psLine(['DisplayName', 'PrimarySmtpAddress', 'RecipientTypeDetails', 'ArchiveGuid', 'ArchiveDomain']), psLine(['Hybrid', 'h@x.pl', 'UserMailbox', guid, 'x.mail.onmicrosoft.com'])].join('\n');
    expect(dataOf((await parseOk('m.csv', utf8(withDomain))).sheets[0], 'mailboxes').mailboxes.map((m) => m.archive)).toEqual([false]);
  });

  it('takes the e-mail from EmailAddresses joined into one cell (SMTP: is the primary) when PrimarySmtpAddress is not exported', async () => {
    const text = [
      psLine(['DisplayName', 'EmailAddresses', 'RecipientTypeDetails']),
      psLine(['Jan Kowalski', 'smtp:jan@x.pl;SMTP:jan.kowalski@x.pl;X500:/o=ExchangeLabs/cn=jan', 'UserMailbox']),
      psLine(['Anna Nowak', 'smtp:anna@x.pl SMTP:a.nowak@x.pl', 'UserMailbox']),
      psLine(['Biuro', 'Microsoft.Exchange.Data.ProxyAddressCollection', 'SharedMailbox']),
    ].join('\r\n');
    const { mailboxes, aliases } = dataOf((await parseOk('m.csv', utf8(text))).sheets[0], 'mailboxes');
    expect(mailboxes.map((m) => m.email)).toEqual(['jan.kowalski@x.pl', 'a.nowak@x.pl', '']);
    // The secondary addresses (smtp: only, not X500:), beside the rows: they find people recorded under an older address.
    expect(mailboxes.map((m) => aliases?.get(m) ?? [])).toEqual([['jan@x.pl'], ['anna@x.pl'], []]);
    expect(Object.keys(mailboxes[0] ?? {})).not.toContain('aliases');
  });

  it('finds the separator from the rows, not from a title above the header that holds a comma', async () => {
    const text = ['Rejestr licencji (stan: marzec, 2024)', '', 'Imię;Nazwisko;E-mail;Typ licencji;Nr faktury', 'Anna;Nowak;a.nowak@x.pl;Exchange Server 2019 Standard User CAL;FV/1'].join('\r\n');
    const file = await parseOk('rejestr.csv', utf8(text));
    expect(file.format).toBe('csv utf-8 ;');
    expect(file.sheets[0]?.kind).toBe('register-sheet');
  });

  it('finds ; as the separator of a Get-ADUser export re-saved by Polish Excel, though its bare DistinguishedNames hold more commas', async () => {
    const text = win1250(
      [
        'SamAccountName;GivenName;Surname;UserPrincipalName;Enabled;DistinguishedName;mail',
        'jkowalski;Jan;Kowalski;jkowalski@przyklad.local;PRAWDA;CN=Jan Kowalski,OU=Księgowość,OU=Użytkownicy,OU=Biuro,OU=Warszawa,OU=Polska,OU=Firma,DC=corp,DC=przyklad,DC=local;j.kowalski@przyklad.pl',
        'anowak;Anna;Nowak;anowak@przyklad.local;FAŁSZ;CN=Anna Nowak,OU=Kadry,OU=Użytkownicy,OU=Biuro,OU=Kraków,OU=Polska,OU=Firma,DC=corp,DC=przyklad,DC=local;a.nowak@przyklad.pl',
      ].join('\r\n'),
    );
    const file = await parseOk('adusers.csv', text);
    expect(file.format).toBe('csv windows-1250 ;');
    expect(dataOf(file.sheets[0], 'ad-users').users.map((u) => [u.login, u.enabled])).toEqual([
      ['jkowalski', true],
      ['anowak', false],
    ]);
  });

  it('treats an InPlaceHolds type name as unknown, not as a hold', async () => {
    const { mailboxes } = dataOf((await parseOk('m.csv', utf16leBom(polishMailboxExport()))).sheets[0], 'mailboxes');
    expect(mailboxes[6]?.inPlaceHold).toBeNull();
  });

  it('reads multi-valued properties PowerShell printed without joining them: an empty InPlaceHolds {} is no hold, EmailAddresses {SMTP:…, smtp:…} gives the primary', async () => {
    const text = [psLine(['DisplayName', 'EmailAddresses', 'SamAccountName', 'RecipientTypeDetails', 'InPlaceHolds']), psLine(['Jan Kowalski', '{SMTP:j.kowalski@przyklad.pl, smtp:jan@przyklad.pl}', 'jkowalski', 'UserMailbox', '{}'])].join('\r\n');
    const { mailboxes } = dataOf((await parseOk('m.csv', utf8(text))).sheets[0], 'mailboxes');
    expect(mailboxes[0]).toMatchObject({ email: 'j.kowalski@przyklad.pl', inPlaceHold: false });
  });

  it('exports joined one after another and a totals line under the table give only the mailboxes, the rest skipped with a reason', async () => {
    const header = psLine(['DisplayName', 'PrimarySmtpAddress', 'SamAccountName', 'RecipientTypeDetails']);
    const type = '#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.Mailbox';
    const text = [
      type,
      header,
      psLine(['Jan Kowalski', 'j.kowalski@przyklad.pl', 'jkowalski', 'UserMailbox']),
      type,
      header,
      psLine(['Anna Nowak', 'a.nowak@przyklad.pl', 'anowak', 'UserMailbox']),
      psLine(['Razem', '', '', '2']),
    ].join('\r\n');
    const sheet = (await parseOk('m.csv', utf8(text))).sheets[0];
    expect(dataOf(sheet, 'mailboxes').mailboxes.map((m) => m.email)).toEqual(['j.kowalski@przyklad.pl', 'a.nowak@przyklad.pl']);
    expect(sheet?.skipped.map((s) => [s.line, s.reason.key])).toEqual([
      [4, 'importFile.skip.repeatedHeader'],
      [5, 'importFile.skip.repeatedHeader'],
      [7, 'importFile.skip.totalRow'],
    ]);
  });

  it('a hand-written export row with more values than the header (a comma in an unquoted name) is left out with a reason, not read shifted', async () => {
    const text = ['DisplayName,PrimarySmtpAddress,SamAccountName,RecipientTypeDetails', 'Jan Kowalski,j.kowalski@przyklad.pl,jkowalski,UserMailbox', 'Nowak, Anna,a.nowak@przyklad.pl,anowak,UserMailbox', 'Ewa Mazur,e.mazur@przyklad.pl,emazur,UserMailbox,'].join('\r\n');
    const file = await parseOk('m.csv', utf8(text));
    expect(dataOf(file.sheets[0], 'mailboxes').mailboxes.map((m) => m.email)).toEqual(['j.kowalski@przyklad.pl', 'e.mazur@przyklad.pl']);
    expect(file.sheets[0]?.skipped.map((s) => [s.line, s.reason.key])).toEqual([[3, 'importFile.skip.overlong']]);
    // A hand-kept sheet keeps such a row: a note typed in a column without a header is left out, the row is read.
    const sheetText = ['Imię;Nazwisko;E-mail;Typ licencji;Nr faktury', 'Anna;Nowak;a.nowak@przyklad.pl;Exchange Server 2019 Standard User CAL;FV/1;zwolniona w marcu?'].join('\r\n');
    const kept = (await parseOk('rejestr.csv', utf8(sheetText))).sheets[0];
    expect(kept?.data.kind === 'register-sheet' ? kept.data.rows.map((r) => r.email) : null).toEqual(['a.nowak@przyklad.pl']);
  });

  it('a server whose name starts like a totals line (TOTAL-EX01) is a server when it has a build', async () => {
    const text = [psLine(['Name', 'Edition', 'AdminDisplayVersion', 'IsExchangeTrialEdition']), psLine(['TOTAL-EX01', 'Standard', 'Version 15.2 (Build 1544.4)', 'False'])].join('\r\n');
    expect(dataOf((await parseOk('servers.csv', utf8(text))).sheets[0], 'servers').servers.map((s) => s.name)).toEqual(['TOTAL-EX01']);
  });

  it('gives the line numbers of rows after a value with a line break', async () => {
    const file = await readOk('m.csv', utf16leBom(polishMailboxExport()));
    expect(file.sheets[0]?.headerLine).toBe(2);
    expect(file.sheets[0]?.rows.map((r) => r.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('reads the same export as UTF-8 with BOM, UTF-8 without BOM, UTF-16BE with BOM and UTF-16LE without BOM', async () => {
    const text = polishMailboxExport();
    for (const bytes of [utf8Bom(text), utf8(text), utf16beBom(text), utf16le(text)]) {
      const { mailboxes } = dataOf((await parseOk('m.csv', bytes)).sheets[0], 'mailboxes');
      expect(mailboxes.map((m) => m.displayName)).toEqual(mailboxRows.map((r) => r[0]));
    }
  });

  it('warns that names are damaged in an ASCII export and still reads the addresses', async () => {
    const file = await parseOk('m.csv', asciiExport(polishMailboxExport()));
    const sheet = file.sheets[0];
    const { mailboxes } = dataOf(sheet, 'mailboxes');
    expect(mailboxes[0]?.displayName).toBe('?ukasz ???kiewski');
    expect(mailboxes[0]?.email).toBe('l.zolkiewski@przyklad.pl');
    expect(sheet?.warnings.map((w) => w.key)).toContain('importFile.warning.namesDamaged');
  });

  it('warns when a mailbox export has exactly 1,000 rows', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => psLine([`User ${i}`, `u${i}@x.pl`, 'UserMailbox']));
    const text = [psLine(['DisplayName', 'PrimarySmtpAddress', 'RecipientTypeDetails']), ...rows].join('\r\n');
    const sheet = (await parseOk('m.csv', utf8(text))).sheets[0];
    expect(sheet?.rowsRead).toBe(1000);
    expect(sheet?.warnings.map((w) => w.key)).toContain('importFile.warning.exactly1000');
  });

  it('does not warn about 1,000 rows when there are 999', async () => {
    const rows = Array.from({ length: 999 }, (_, i) => psLine([`User ${i}`, `u${i}@x.pl`, 'UserMailbox']));
    const text = [psLine(['DisplayName', 'PrimarySmtpAddress', 'RecipientTypeDetails']), ...rows].join('\n');
    const sheet = (await parseOk('m.csv', utf8(text))).sheets[0];
    expect(sheet?.warnings.map((w) => w.key)).not.toContain('importFile.warning.exactly1000');
  });

  it('reports expected columns that Export-Csv left out', async () => {
    const text = [psLine(['DisplayName', 'PrimarySmtpAddress', 'RecipientTypeDetails']), psLine(['A', 'a@x.pl', 'UserMailbox'])].join('\n');
    const sheet = (await parseOk('m.csv', utf8(text))).sheets[0];
    expect(sheet?.missingColumns).toEqual(['UserPrincipalName', 'SamAccountName', 'ArchiveState|ArchiveDatabase|ArchiveGuid', 'LitigationHoldEnabled', 'InPlaceHolds']);
    expect(sheet?.warnings[0]?.key).toBe('importFile.warning.missingColumns');
    const { mailboxes } = dataOf(sheet, 'mailboxes');
    expect(mailboxes[0]).toMatchObject({ archive: null, litigationHold: null, inPlaceHold: null });
  });

  it('maps columns by header name in any order and case, ignoring remote-session columns', async () => {
    const text = [
      '#TYPE Deserialized.Microsoft.Exchange.Data.Directory.Management.Mailbox',
      psLine(['PSComputerName', 'RunspaceId', 'recipienttypedetails', 'PRIMARYSMTPADDRESS', 'PSShowComputerName', 'displayname']),
      psLine(['ex01.przyklad.local', '7c1e…', 'SharedMailbox', 'biuro@przyklad.pl', 'False', 'Biuro']),
    ].join('\r\n');
    const sheet = (await parseOk('m.csv', utf8(text))).sheets[0];
    expect(sheet?.kind).toBe('mailboxes');
    expect(dataOf(sheet, 'mailboxes').mailboxes[0]).toMatchObject({ displayName: 'Biuro', email: 'biuro@przyklad.pl', recipientType: 'SharedMailbox' });
  });
});

// Found in review: a column named twice was read from its first occurrence without a word.
describe('a column name given twice', () => {
  it('is named in a warning, the first of them read, in an export and in a hand-kept sheet', async () => {
    const text = ['DisplayName,PrimarySmtpAddress,SamAccountName,RecipientTypeDetails,primarysmtpaddress', 'Anna Nowak,anowak@x.pl,anowak,UserMailbox,stary@x.pl'].join('\r\n');
    const mailboxes = (await parseOk('m.csv', utf8(text))).sheets[0];
    expect(mailboxes?.warnings.filter((w) => w.key === 'importFile.warning.repeatedHeaders').map((w) => w.message)).toEqual([
      'A column name appears more than once: PrimarySmtpAddress — only the first of each is read; rename or remove the others',
    ]);
    expect(dataOf(mailboxes, 'mailboxes').mailboxes.map((m) => m.email)).toEqual(['anowak@x.pl']);

    const sheet = (await parseOk('rejestr.csv', utf8('Imię;Nazwisko;Typ licencji;Uwagi;Uwagi;;\r\nAnna;Nowak;Exchange Server 2019 Standard User CAL;laptop;stare\r\n'))).sheets[0];
    expect(sheet?.warnings.find((w) => w.key === 'importFile.warning.repeatedHeaders')?.params).toEqual({ columns: 'Uwagi' });
    expect(dataOf(sheet, 'register-sheet').rows.map((r) => r.notes)).toEqual(['laptop']);

    // Found in review: the second of two "Imię i nazwisko" columns was mapped to the surname.
    const named = (await parseOk('rejestr.csv', utf8('Imię i nazwisko;Licencja;Imię i nazwisko\r\nJan Kowalski;Exchange Server 2019 Standard User CAL;Anna Nowak\r\n'))).sheets[0];
    expect(named?.mapping?.columns.map((c) => c.field)).toEqual(['fullName', 'licenseType', null]);
    expect(dataOf(named, 'register-sheet').rows.map((r) => [r.givenName, r.surname])).toEqual([['Jan', 'Kowalski']]);
  });
});

describe('other PowerShell exports', () => {
  it('reads a Get-ADUser export (PowerShell 7: UTF-8 without BOM, no #TYPE) with True/False', async () => {
    const text = [
      psLine(['GivenName', 'Surname', 'SamAccountName', 'UserPrincipalName', 'mail', 'Enabled', 'LastLogonDate', 'whenCreated', 'Department', 'Title']),
      psLine(['Łukasz', 'Żółkiewski', 'lzolkiewski', 'lzolkiewski@przyklad.local', 'l.zolkiewski@przyklad.pl', 'True', '04.11.2024 08:15:00', '01.03.2020 10:00:00', 'Księgowość', 'Główny księgowy']),
      psLine(['', '', 'HealthMailbox0a1b2c', 'HealthMailbox0a1b2c@przyklad.local', '', 'True', '', '', '', '']),
      psLine(['Ewa', 'Wiśniewska', 'ewisniewska', 'ewisniewska@przyklad.local', '', 'False', '', '', 'Sprzedaż', '']),
    ].join('\n');
    const sheet = (await parseOk('adusers.csv', utf8(text))).sheets[0];
    expect(sheet?.kind).toBe('ad-users');
    expect(dataOf(sheet, 'ad-users').users).toEqual([
      { givenName: 'Łukasz', surname: 'Żółkiewski', login: 'lzolkiewski', upn: 'lzolkiewski@przyklad.local', email: 'l.zolkiewski@przyklad.pl', enabled: true, department: 'Księgowość' },
      { givenName: '', surname: '', login: 'HealthMailbox0a1b2c', upn: 'HealthMailbox0a1b2c@przyklad.local', email: '', enabled: true, department: '' },
      { givenName: 'Ewa', surname: 'Wiśniewska', login: 'ewisniewska', upn: 'ewisniewska@przyklad.local', email: '', enabled: false, department: 'Sprzedaż' },
    ]);
  });

  it('reads a Get-ExchangeServer export: build, product, edition and trial days', async () => {
    const text = [
      '#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.ExchangeServer',
      psLine(['Name', 'Edition', 'AdminDisplayVersion', 'IsExchangeTrialEdition', 'RemainingTrialPeriod', 'ServerRole']),
      psLine(['EX01', 'Standard', 'Version 15.2 (Build 1544.4)', 'False', '00:00:00', 'Mailbox']),
      psLine(['EX02', 'EnterpriseEvaluation', 'Version 15.2 (Build 2562.17)', 'True', '97.04:12:33', 'Mailbox']),
      psLine(['EX03', 'Enterprise', 'Version 15.1 (Build 2507.6)', 'False', '00:00:00', 'Mailbox, ClientAccess']),
    ].join('\r\n');
    const sheet = (await parseOk('servers.csv', utf16leBom(text))).sheets[0];
    expect(sheet?.kind).toBe('servers');
    expect(dataOf(sheet, 'servers').servers).toEqual([
      { line: 3, name: 'EX01', product: 'Exchange Server 2019', edition: 'Standard', build: '15.2.1544.4', trial: false, trialDaysLeft: null, role: 'Mailbox' },
      { line: 4, name: 'EX02', product: 'Exchange Server SE', edition: 'Enterprise', build: '15.2.2562.17', trial: true, trialDaysLeft: 97, role: 'Mailbox' },
      { line: 5, name: 'EX03', product: 'Exchange Server 2016', edition: 'Enterprise', build: '15.1.2507.6', trial: false, trialDaysLeft: null, role: 'Mailbox, ClientAccess' },
    ]);
  });

  it('reads StandardEvaluation as a trial even without the IsExchangeTrialEdition column', async () => {
    const text = [psLine(['Name', 'Edition', 'AdminDisplayVersion', 'RemainingTrialPeriod']), psLine(['EX01', 'StandardEvaluation', 'Version 15.2 (Build 1544.4)', '12.23:59:59'])].join('\n');
    const sheet = (await parseOk('s.csv', utf8(text))).sheets[0];
    expect(dataOf(sheet, 'servers').servers[0]).toMatchObject({ edition: 'Standard', trial: true, trialDaysLeft: 12 });
    expect(sheet?.missingColumns).toEqual(['IsExchangeTrialEdition']);
  });

  it('reads Get-ExchangeServerAccessLicense with and without a Count column', async () => {
    const withCount = [psLine(['LicenseName', 'ProductName', 'UnitLabel', 'TabulationMethod', 'Count']), psLine(['Exchange Server 2019 Standard CAL', 'Exchange Server 2019', 'CAL', 'Net', '42'])].join('\n');
    const a = (await parseOk('u.csv', utf8(withCount))).sheets[0];
    expect(a?.kind).toBe('cal-usage');
    expect(dataOf(a, 'cal-usage').counts).toEqual([{ licenseName: 'Exchange Server 2019 Standard CAL', count: 42 }]);
    const noCount = [psLine(['LicenseName', 'ProductName', 'UnitLabel', 'TabulationMethod']), psLine(['Exchange Server 2019 Enterprise CAL', 'Exchange Server 2019', 'CAL', 'Net'])].join('\n');
    const b = (await parseOk('u.csv', utf8(noCount))).sheets[0];
    expect(dataOf(b, 'cal-usage').counts).toEqual([{ licenseName: 'Exchange Server 2019 Enterprise CAL', count: null }]);
    expect(b?.warnings.map((w) => w.key)).toContain('importFile.warning.calUsageNoCount');
  });

  // Found in review: the server licenses the cmdlet lists beside the CALs were compared with the mailboxes needing a CAL.
  it('leaves out the server licenses Get-ExchangeServerAccessLicense lists beside the CALs, saying why', async () => {
    const text = [
      psLine(['LicenseName', 'ProductName', 'UnitLabel', 'TabulationMethod', 'Count']),
      psLine(['Exchange Server 2019 Standard Edition', 'Exchange Server 2019', 'Server', 'Net', '1']),
      psLine(['Exchange Server 2019 Standard CAL', 'Exchange Server 2019', 'CAL', 'Net', '2']),
      psLine(['Exchange Server Subscription Edition Enterprise CAL', 'Exchange Server SE', 'CAL', 'Net', '1']),
    ].join('\n');
    const sheet = (await parseOk('u.csv', utf8(text))).sheets[0];
    expect(dataOf(sheet, 'cal-usage').counts.map((c) => c.licenseName)).toEqual(['Exchange Server 2019 Standard CAL', 'Exchange Server Subscription Edition Enterprise CAL']);
    expect(sheet?.skipped.map((s) => [s.line, s.reason.key, s.reason.params])).toEqual([[2, 'importFile.skip.serverLicense', { value: 'Exchange Server 2019 Standard Edition' }]]);
    // Without a UnitLabel column the name tells it.
    const noUnit = [psLine(['LicenseName', 'Count']), psLine(['Exchange Server 2019 Enterprise Edition', '0']), psLine(['Exchange Server 2019 Enterprise CAL', '1'])].join('\n');
    const bare = (await parseOk('u.csv', utf8(noUnit))).sheets[0];
    expect(dataOf(bare, 'cal-usage').counts).toEqual([{ licenseName: 'Exchange Server 2019 Enterprise CAL', count: 1 }]);
  });

  it('reads Get-ExchangeServerAccessLicenseUser with a Name or a UserName column', async () => {
    for (const userColumn of ['Name', 'UserName']) {
      const text = [psLine(['LicenseName', userColumn]), psLine(['Exchange Server 2019 Standard CAL', 'l.zolkiewski@przyklad.pl'])].join('\n');
      const sheet = (await parseOk('cu.csv', utf8(text))).sheets[0];
      expect(sheet?.kind).toBe('cal-users');
      expect(dataOf(sheet, 'cal-users').users).toEqual([{ licenseName: 'Exchange Server 2019 Standard CAL', user: 'l.zolkiewski@przyklad.pl' }]);
    }
  });

  it('detects a tab separator', async () => {
    const text = 'Name\tEdition\tAdminDisplayVersion\nEX01\tStandard\tVersion 15.1 (Build 2507.6)\n';
    const file = await parseOk('s.txt', utf8(text));
    expect(file.format).toBe('csv utf-8 tab');
    expect(dataOf(file.sheets[0], 'servers').servers[0]?.build).toBe('15.1.2507.6');
  });

  it('reads a file saved as Windows-1250 and says so', async () => {
    const header = Buffer.from('"GivenName","Surname","SamAccountName","Enabled"\r\n', 'ascii');
    // "Łukasz","Żak" in Windows-1250: Ł = 0xA3, Ż = 0xAF.
    const row = Buffer.from([0x22, 0xa3, ...Buffer.from('ukasz","', 'ascii'), 0xaf, ...Buffer.from('ak","lz","True"\r\n', 'ascii')]);
    const file = await parseOk('ad.csv', new Uint8Array(Buffer.concat([header, row])));
    expect(file.warnings.map((w) => w.key)).toEqual(['importFile.warning.notUtf8']);
    expect(dataOf(file.sheets[0], 'ad-users').users[0]).toMatchObject({ givenName: 'Łukasz', surname: 'Żak' });
  });
});
