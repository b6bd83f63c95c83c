/**
 * The import and the compliance check answer "whose mailbox needs a CAL" with one rule
 * (`isPersonMailbox`): the import makes a person of each mailbox the check counts as a person's,
 * and of no other. Before, the import knew three mailbox types and four more system names, while the
 * check counted an empty or unknown type as a user's: such a mailbox was reported as needing a CAL,
 * yet the import gave it no person to assign one to.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../shared/import/apply';
import { previewImport } from '../../../shared/import/preview';
import { analyseInventory } from '../../../shared/licensing/inventory';
import { buildRegister } from '../licensing/builders';
import { MAILBOX_HEADERS, parseOk, psLine, utf8 } from './helpers';

const NOW = '2025-11-25T09:00:00.000Z';
const type = fc.constantFrom('UserMailbox', 'LinkedMailbox', 'RemoteUserMailbox', 'SharedMailbox', 'RoomMailbox', 'DiscoveryMailbox', 'ArbitrationMailbox', 'MailUser', '', 'LegacyMailbox', 'usermailbox');
const name = fc.constantFrom('jan', 'anna', 'mazur', 'HealthMailbox', 'SM_', 'SystemMailbox{', 'FederatedEmail.', 'Migration.', 'DiscoverySearchMailbox{', 'dnowak');

async function importOf(rows: string[][]) {
  const doc = buildRegister({});
  const file = await parseOk('mailboxes.csv', utf8([MAILBOX_HEADERS, ...rows].map((r) => psLine(r)).join('\r\n') + '\r\n'));
  const preview = previewImport(doc, [file], { now: NOW });
  let n = 0;
  return { preview, next: applyImport(doc, preview, {}, () => `p${++n}`, NOW) };
}

describe('whose mailbox needs a CAL, as the import and the compliance check see it', () => {
  it('the import makes a person of exactly the mailboxes the check counts as a person’s', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ name, type }), { minLength: 1, maxLength: 10 }), async (mailboxes) => {
        // One address each, so that every row is a mailbox of its own.
        const rows = mailboxes.map(({ name: n, type: t }, i) => [`${n}${i}`, `${n}${i}@przyklad.pl`, `${n}${i}@przyklad.local`, `${n}${i}`, t]);
        const { next } = await importOf(rows);
        const units = analyseInventory(next, NOW.slice(0, 10)).units;
        // Every mailbox counted as needing a CAL is a person's (none is left for the admin to add by hand) ...
        expect(units.filter((u) => u.person === null).map((u) => u.subject)).toEqual([]);
        // ... and every person the import made is counted by their mailbox.
        expect(next.people.map((p) => p.id).sort()).toEqual(units.map((u) => u.person!.id).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('a mailbox of an empty or unknown type becomes a person, as the check counts it; Exchange’s own mailboxes do not', async () => {
    const { preview } = await importOf([
      ['Jan Kowalski', 'j.kowalski@przyklad.pl', '', 'jkowalski', ''],
      ['Anna Nowak', 'a.nowak@przyklad.pl', '', 'anowak', 'LegacyMailbox'],
      ['Migration.8f3e7716', 'migration.8f3e7716@przyklad.pl', '', 'SM_8f3e7716', ''],
      ['FederatedEmail.4c1f4d8b', 'federatedemail.4c1f4d8b@przyklad.pl', '', 'FederatedEmail.4c1f4d8b', 'UserMailbox'],
    ]);
    expect(preview.newPeople.map((p) => `${p.givenName} ${p.surname}`)).toEqual(['Jan Kowalski', 'Anna Nowak']);
    expect(preview.systemAccounts).toBe(2);
  });
});
