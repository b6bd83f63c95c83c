/**
 * One account, one key: `FIRMA\jkowalski`, ` JKowalski ` and `jkowalski` are the same login
 * wherever people and accounts are matched (shared/domain/account-keys.ts). Before, the compliance
 * engine stripped the domain while the import's index of register people, the person form's clash
 * check and the CLI's lookup did not: a person recorded as `FIRMA\jkowalski` counted as holding
 * the mailbox, yet the next import asked who that mailbox was (or added them again).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPerson, savePerson } from '../../../electron/services/ledger/ledger';
import { createRegister } from '../../../electron/services/register/register-store';
import type { Person } from '../../../shared/domain/model';
import { PeopleIndex } from '../../../shared/import/directory';
import { previewImport } from '../../../shared/import/preview';
import { analyseInventory } from '../../../shared/licensing/inventory';
import { aMailbox, aPerson, aSnapshot, AS_OF, buildRegister } from '../licensing/builders';
import { org, tempDir, testDeps } from '../register/helpers';
import { MAILBOX_HEADERS, parseOk, psLine, utf8 } from './helpers';

const NOW = '2025-11-25T09:00:00.000Z';
const mailboxExport = (rows: string[][]) =>
  utf8([psLine(MAILBOX_HEADERS), ...rows.map((r) => psLine(r))].join('\r\n') + '\r\n');

describe('a login written with its domain is the same account everywhere', () => {
  it('the import finds the person recorded as FIRMA\\jkowalski by the mailbox export’s SamAccountName, as compliance does', async () => {
    const doc = buildRegister({ people: [aPerson('p-jan', { givenName: 'Jan', surname: 'Kowalski', email: '', login: 'FIRMA\\JKowalski' })] });
    const file = await parseOk('mailboxes.csv', mailboxExport([['Jan Kowalski', 'j.kowalski@przyklad.pl', 'jkowalski@przyklad.local', 'jkowalski', 'UserMailbox']]));
    const preview = previewImport(doc, [file], { now: NOW });
    expect({ newPeople: preview.newPeople.length, ambiguous: preview.ambiguous.length, updated: preview.updatedPeople.map((u) => u.personId) }).toEqual({
      newPeople: 0,
      ambiguous: 0,
      updated: ['p-jan'],
    });
    // The export's address is what the register lacked; the login stays as the admin wrote it.
    expect(preview.updatedPeople[0]?.fill).toEqual({ email: 'j.kowalski@przyklad.pl' });
    const withMailbox = buildRegister({ people: [aPerson('p-jan', { email: '', login: 'FIRMA\\JKowalski' })], inventory: [aSnapshot([aMailbox('jkowalski')])] });
    expect(analyseInventory(withMailbox, AS_OF).units.map((u) => u.person?.id ?? null)).toEqual(['p-jan']);
  });

  it('an export that writes DOMAIN\\login finds the person recorded by the login alone', async () => {
    const doc = buildRegister({ people: [aPerson('p-jan', { email: '', login: 'jkowalski' })] });
    const file = await parseOk('mailboxes.csv', mailboxExport([['Jan Kowalski', '', '', 'FIRMA\\jkowalski', 'UserMailbox']]));
    const preview = previewImport(doc, [file], { now: NOW });
    expect({ newPeople: preview.newPeople.length, ambiguous: preview.ambiguous.length, updated: preview.updatedPeople.map((u) => u.personId) }).toEqual({
      newPeople: 0,
      ambiguous: 0,
      updated: ['p-jan'],
    });
  });

  it('the import’s index of register people names, for every mailbox, the person compliance judges it with', () => {
    // Values from a small pool, so that people and mailboxes share keys in other cases, with spaces and with domains.
    const login = fc.constantFrom('', ' ', 'jan', 'JAN ', 'FIRMA\\jan', 'firma\\Jan', 'INNA\\jan', 'FIRMA\\', 'anna', 'x\\anna', 'ewa');
    const address = fc.constantFrom('', ' ', 'jan@x.pl', 'JAN@X.pl ', 'anna@x.pl', 'anna@x.local', 'ewa@x.pl');
    const person = fc.record({ email: address, login });
    const mailbox = fc.record({ email: address, upn: address, login });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 8 }), fc.array(mailbox, { minLength: 1, maxLength: 8 }), (people, mailboxes) => {
        const doc = buildRegister({
          people: people.map((p, i) => aPerson(`p${i}`, { email: p.email.trim().toLowerCase(), login: p.login })),
          inventory: [aSnapshot(mailboxes.map((m, i) => aMailbox(`m${i}`, { displayName: `Skrzynka ${i}`, ...m })))],
        });
        const index = new PeopleIndex(doc.people);
        const foundByImport = new Set(mailboxes.map((m) => index.byIdentity([m.email, m.upn], m.login)?.id).filter((id) => id !== undefined));
        const analysis = analyseInventory(doc, AS_OF);
        const judged = new Set(doc.people.filter((_, slot) => analysis.hasMailbox(slot)).map((p) => p.id));
        expect([...foundByImport].sort()).toEqual([...judged].sort());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the person form and the CLI compare logins as matching does', () => {
  function setup() {
    const register = createRegister(tempDir(), org(), testDeps());
    const jan = savePerson(register, { givenName: 'Jan', surname: 'Kowalski', login: 'jkowalski' });
    return { register, jan };
  }

  it('a login that is another person’s with a domain in front is refused, naming it as typed', () => {
    const { register } = setup();
    expect(() => savePerson(register, { givenName: 'Ktoś', surname: 'Inny', login: 'FIRMA\\JKowalski' })).toThrow('FIRMA\\JKowalski already belongs to someone in the register.');
    expect(() => savePerson(register, { givenName: 'Ktoś', surname: 'Inny', login: 'FIRMA\\' })).not.toThrow();
    register.close();
  });

  it('editing a person whose login gains its domain is not a clash with themselves', () => {
    const { register, jan } = setup();
    expect(savePerson(register, { id: jan.id, givenName: 'Jan', surname: 'Kowalski', login: 'FIRMA\\jkowalski' }).login).toBe('FIRMA\\jkowalski');
    register.close();
  });

  it('the CLI finds the person by the login with or without the domain, and an empty key finds no one', () => {
    const { register, jan } = setup();
    expect(findPerson(register.document, 'FIRMA\\jkowalski').id).toBe(jan.id);
    savePerson(register, { id: jan.id, givenName: 'Jan', surname: 'Kowalski', login: 'FIRMA\\jkowalski' });
    expect(findPerson(register.document, 'JKOWALSKI').id).toBe(jan.id);
    expect(() => findPerson(register.document, '  ')).toThrow(/No person/i);
    register.close();
  });

  it('people recorded by the form are found by the import as the form compared them', () => {
    const { register, jan } = setup();
    const index = new PeopleIndex(register.document.people as Person[]);
    expect(index.byIdentity([], 'Firma\\JKowalski ')?.id).toBe(jan.id);
    register.close();
  });
});
