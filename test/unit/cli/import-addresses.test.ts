import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

const AD_HEADER = '"DistinguishedName","Enabled","GivenName","Name","SamAccountName","Surname","UserPrincipalName","mail"';

// Found in review: a Get-ADUser mail typed by hand ("…@firma,pl") or a UPN of a one-word domain became a person's
// e-mail, which the register refuses, so every later edit of that person failed on an --email never given.
describe('addresses from a directory export', () => {
  it('that the register would refuse are left out, said, and never stored as a person’s e-mail', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('person', 'add', dir, '--given', 'Jan', '--surname', 'Kowalski', '--login', 'jkowalski');
    await cli('person', 'add', dir, '--given', 'Ewa', '--surname', 'Lis', '--login', 'elis');
    const file = join(tempDir(), 'ad.csv');
    writeFileSync(
      file,
      [
        AD_HEADER,
        '"CN=Jan Kowalski,DC=firma,DC=local","True","Jan","Jan Kowalski","jkowalski","Kowalski","jkowalski@firma.local","jan.kowalski@firma,pl"',
        '"CN=Ewa Lis,DC=firma,DC=local","True","Ewa","Ewa Lis","elis","Lis","elis@FIRMA",""',
      ].join('\r\n'),
    );
    const preview = await cli('import', dir, file, '--lang', 'pl');
    expect(preview.stderr).toContain('jan.kowalski@firma,pl');
    const committed = await cli('import', dir, file, '--commit');
    expect(committed.code).toBe(0);
    const people = JSON.parse((await cli('people', dir, '--json')).stdout) as { login: string; email: string }[];
    // Jan's UPN is an address the register takes; Ewa's is not, so she keeps none.
    expect(Object.fromEntries(people.map((p) => [p.login, p.email]))).toEqual({ jkowalski: 'jkowalski@firma.local', elis: '' });
    expect((await cli('person', 'edit', dir, 'elis', '--department', 'Handel')).code).toBe(0);
    expect((await cli('person', 'edit', dir, 'jkowalski', '--department', 'Handel')).code).toBe(0);
  });
});

// Found in review: a Get-MailboxStatistics export was taken for a hand-kept sheet and asked for a license column.
describe('another cmdlet’s export', () => {
  it('is not recognized, and the refusal names the exports the import reads', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    const file = join(tempDir(), 'stats.csv');
    writeFileSync(
      file,
      [
        '#TYPE Microsoft.Exchange.Management.MapiTasks.Presentation.MailboxStatistics',
        '"RunspaceId","DisplayName","ItemCount","LastLogonTime","TotalItemSize"',
        '"5f0c…","Jan Kowalski","1204","05.03.2024 08:12:44","1.2 GB (1,288,490,188 bytes)"',
      ].join('\r\n'),
    );
    const refused = await cli('import', dir, file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('no sheet was recognised as an export or a register');
    expect(refused.stderr).toContain('Get-Mailbox, Get-User, Get-ADUser');
    expect(refused.stderr).not.toContain('could not be matched');
  });

  it('a hand-kept sheet whose columns all match is read, whatever other columns it has (found in review of this change)', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '5', '--date', '2024-03-01', '--document', 'FV/1');
    const file = join(tempDir(), 'rejestr.csv');
    writeFileSync(file, ['Imię;Nazwisko;E-mail;Licencja;Nr faktury;ObjectGUID;RunspaceId', 'Anna;Nowak;a.nowak@firma.pl;Exchange 2019 Standard CAL;FV/1;1f2e;5f0c'].join('\r\n'));
    expect((await cli('import', dir, file)).code).toBe(0);
  });
});
