/**
 * findEach answers what a map of every entry's keys would, for a few identities, by one pass: the
 * first entry with the e-mail (as its e-mail or UPN), else with the UPN, else with the login.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEach } from '../../../shared/licensing/inventory';

interface Entry {
  n: number;
  email: string;
  upn: string;
  login: string;
}

/** The rule as a reader states it, one identity at a time. */
function firstMatch(entries: readonly Entry[], wanted: { email: string; upn: string; login: string }): Entry | null {
  const byAddress = (key: string) => (key ? (entries.find((e) => e.email === key || e.upn === key) ?? null) : null);
  return byAddress(wanted.email) ?? byAddress(wanted.upn) ?? (wanted.login ? (entries.find((e) => e.login === wanted.login) ?? null) : null);
}

// Few distinct keys, so entries share them and the order of the entries matters.
const key = fc.constantFrom('', 'a', 'b', 'c', 'd');
const identity = fc.record({ email: key, upn: key, login: key });

describe('findEach', () => {
  it('finds, for each wanted identity, the entry the rule names', () => {
    fc.assert(
      fc.property(fc.array(identity, { maxLength: 8 }), fc.array(identity, { maxLength: 6 }), (raw, wanted) => {
        const entries = raw.map((e, n) => ({ ...e, n }));
        expect(findEach(entries, (e) => e, wanted)).toEqual(wanted.map((w) => firstMatch(entries, w)));
      }),
      { numRuns: 500 },
    );
  });

  it('an e-mail found as another entry\'s UPN wins over a later entry\'s e-mail', () => {
    const entries = [
      { n: 0, email: 'x', upn: 'anna', login: 'a0' },
      { n: 1, email: 'anna', upn: 'y', login: 'a1' },
    ];
    expect(findEach(entries, (e) => e, [{ email: 'anna', upn: '', login: 'a1' }])).toEqual([entries[0]]);
    expect(findEach(entries, (e) => e, [{ email: 'none', upn: '', login: 'a1' }])).toEqual([entries[1]]);
    expect(findEach(entries, (e) => e, [])).toEqual([]);
  });
});
