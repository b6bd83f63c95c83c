import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../../shared/licensing/dates';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

// Found in review of 12-06: `check --as-of` a day before the mailbox export judged that export's mailboxes (one created
// after the date was reported as needing a CAL then), and said nothing of it.
describe('check dated before the mailbox export it judges', () => {
  it('says the mailboxes are the later export’s, in the CLI’s language; dated on or after it, says nothing', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    const file = join(tempDir(), 'mailboxes.csv');
    writeFileSync(
      file,
      '"DisplayName","Alias","PrimarySmtpAddress","UserPrincipalName","SamAccountName","RecipientTypeDetails","ArchiveStatus","LitigationHoldEnabled","InPlaceHolds","WhenCreated"\r\n' +
        '"New Hire","nh","nh@x.pl","nh@x.pl","nh","UserMailbox","None","False","","03.03.2025 09:00:00"\r\n',
    );
    expect((await cli('import', dir, file, '--commit')).code).toBe(0);
    const today = localDate(new Date());
    const before = await cli('check', dir, '--as-of', '2024-12-31');
    expect(before.stderr).toContain(`note: the mailboxes are those of the export of ${today}, later than 2024-12-31; a mailbox created or removed in between is judged as that export shows it.`);
    expect((await cli('check', dir, '--as-of', '2024-12-31', '--lang', 'pl')).stderr).toContain(`uwaga: skrzynki pochodzą z eksportu z ${today}, późniejszego niż 2024-12-31`);
    expect((await cli('check', dir, '--as-of', today)).stderr).not.toContain('note:');
  });
});
