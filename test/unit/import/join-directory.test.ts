import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InventoryMailbox, InventoryUser, Person } from '../../../shared/domain/model';
import { joinDirectory, PeopleIndex } from '../../../shared/import/directory';

const FIELDS = ['upn', 'email', 'login'] as const;
/**
 * The rule's keys, stated plainly: an address or UPN is compared trimmed and in lower case; a login
 * also without its `DOMAIN\` part. A value that leaves nothing (spaces, a bare domain) is no key.
 */
const keyOf = (field: 'upn' | 'email' | 'login', value: string): string => {
  const plain = value.trim().toLowerCase();
  return field === 'login' ? (plain.split('\\').pop() ?? '').trim() : plain;
};

/**
 * Identities drawn from a small pool, in other cases, with spaces and (logins) with a domain, so
 * that exports share keys (hand-joined files, admin accounts).
 */
const identity = fc.constantFrom('', ' ', 'anna@x.pl', 'Anna@X.pl ', 'jan@x.pl', 'JAN@x.pl', 'anna', 'ANNA', 'X\\anna', 'x\\Anna ', 'FIRMA\\', 'jan', 'ewa', 'łucja@x.pl', 'ŁUCJA@X.PL');
const mailbox = fc.record({ displayName: fc.constantFrom('Anna Nowak', 'Jan Kowalski', ''), email: identity, upn: identity, login: identity, recipientType: fc.constantFrom('UserMailbox', 'SharedMailbox'), archive: fc.boolean(), litigationHold: fc.boolean(), inPlaceHold: fc.boolean() });
const user = fc.record({ givenName: fc.constantFrom('Anna', 'Jan'), surname: fc.constantFrom('Nowak', 'Kowalski'), login: identity, upn: identity, email: identity, enabled: fc.boolean(), department: fc.constant('IT') });

interface Joined {
  key: string;
  mailbox: InventoryMailbox | null;
  adUser: InventoryUser | null;
  upn: string;
  email: string;
  login: string;
}

/**
 * The join as DOMAIN.md and `joinDirectory` state it, in its plainest form: every mailbox is an
 * entry, keyed by its UPN, else e-mail, else login, else name; each key points to the last entry that took it, and an entry takes its keys again when an
 * AD user is attached to it. An AD user joins the entry of its UPN, else of its login; those left
 * then join by e-mail; an entry takes one AD user; the rest are entries of their own.
 */
function plainJoin(mailboxes: readonly InventoryMailbox[], users: readonly InventoryUser[]): Joined[] {
  const entries: Joined[] = [];
  const by = { upn: new Map<string, Joined>(), email: new Map<string, Joined>(), login: new Map<string, Joined>() };
  const remember = (e: Joined): void => {
    for (const f of FIELDS) if (keyOf(f, e[f])) by[f].set(keyOf(f, e[f]), e);
  };
  const attach = (e: Joined, u: InventoryUser): void => {
    e.adUser = u;
    for (const f of FIELDS) e[f] ||= u[f];
    remember(e);
  };
  for (const m of mailboxes) {
    const key = m.upn ? keyOf('upn', m.upn) : m.email ? keyOf('email', m.email) : m.login ? keyOf('login', m.login) : keyOf('email', m.displayName);
    const e: Joined = { key: `dir:${key}`, mailbox: m, adUser: null, upn: m.upn, email: m.email, login: m.login };
    entries.push(e);
    remember(e);
  }
  const byAccount = (u: InventoryUser): Joined | undefined => by.upn.get(keyOf('upn', u.upn)) ?? by.login.get(keyOf('login', u.login));
  const joined = users.map((u) => {
    const found = byAccount(u);
    if (!found || found.adUser) return false;
    attach(found, u);
    return true;
  });
  users.forEach((u, i) => {
    if (joined[i]) return;
    const found = byAccount(u) ?? by.email.get(keyOf('email', u.email));
    if (found && !found.adUser) return attach(found, u);
    const key = u.upn ? keyOf('upn', u.upn) : u.email ? keyOf('email', u.email) : keyOf('login', u.login);
    const e: Joined = { key: `dir:${key}`, mailbox: null, adUser: u, upn: u.upn, email: u.email, login: u.login };
    entries.push(e);
    remember(e);
  });
  return entries;
}

describe('joinDirectory', () => {
  it('joins as the plain statement of the rule does, whatever keys the exports share', () => {
    fc.assert(
      fc.property(fc.array(mailbox, { maxLength: 10 }), fc.array(user, { maxLength: 10 }), (mailboxes, users) => {
        const got = joinDirectory(mailboxes, users).map((e): Joined => ({ key: e.key, mailbox: e.mailbox, adUser: e.adUser, upn: e.upn, email: e.email, login: e.login }));
        expect(got).toEqual(plainJoin(mailboxes, users));
      }),
      { numRuns: 5000 },
    );
  });

  it('a mailbox whose UPN a later mailbox took takes it back when its AD user is attached (by login)', () => {
    const row = (upn: string, login: string) => ({ displayName: '', email: '', upn, login, recipientType: 'UserMailbox', archive: false, litigationHold: false, inPlaceHold: false });
    const first = row('anna@x.pl', 'anna');
    const second = row('ANNA@x.pl', 'anna2');
    const ad = (upn: string, login: string) => ({ givenName: 'Anna', surname: 'Nowak', login, upn, email: '', enabled: true, department: '' });
    // The first AD user joins the first mailbox by its login; the second finds, by the UPN, the
    // first mailbox again (it took the UPN back), which is taken, so it is an entry of its own.
    const entries = joinDirectory([first, second], [ad('', 'anna'), ad('anna@x.pl', 'other')]);
    expect(entries.map((e) => [e.mailbox, e.adUser?.login ?? null])).toEqual([
      [first, 'anna'],
      [second, null],
      [null, 'other'],
    ]);
  });
});

describe('PeopleIndex', () => {
  const person = fc.record({ id: fc.constantFrom('p1', 'p2'), givenName: fc.constantFrom('Anna', 'Jan'), surname: fc.constantFrom('Nowak', ''), email: identity, login: identity });

  it('finds the first person with any of the addresses (in their order), else the first with the login (FIRMA\\jan is jan)', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 12 }), fc.array(identity, { maxLength: 3 }), identity, (people, emails, login) => {
        const matches = (field: 'email' | 'login', value: string, query: string): boolean => keyOf(field, value) !== '' && keyOf(field, value) === keyOf(field, query);
        let expected = -1;
        for (const e of emails) {
          expected = people.findIndex((p) => matches('email', p.email, e));
          if (expected >= 0) break;
        }
        if (expected < 0) expected = people.findIndex((p) => matches('login', p.login, login));
        const index = new PeopleIndex(people as unknown as Person[]);
        expect(index.positionOf(emails, login)).toBe(expected);
        expect(index.byIdentity(emails, login)).toBe(expected < 0 ? null : people[expected]);
      }),
      { numRuns: 3000 },
    );
  });
});
