import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRegister, openRegister } from '../../../electron/services/register/register-store';
import { registerDocumentSchema, type Person } from '../../../shared/domain/model';
import { DomainError } from '../../../shared/result';
import { org, registerPath, tempDir, testDeps, testPerson } from './helpers';

const person = (i: number): Person => testPerson(`p${i}`, { surname: `Wiśniewska ${i}`, email: `l.wisniewska${i}@przyklad.pl`, login: `lwisniewska${i}` });

function registerWithPeople(count: number) {
  const dir = tempDir();
  const deps = testDeps();
  const created = createRegister(dir, org(), deps);
  created.commit({ ...created.document, people: Array.from({ length: count }, (_, i) => person(i)) }, { action: 'person.add' });
  created.close();
  return { dir, deps };
}

describe('commit checks only what changed, and still refuses what is invalid', () => {
  it('an invalid edit of one person in an opened register is refused, named by its place in the whole list, and nothing is written', () => {
    const { dir, deps } = registerWithPeople(50);
    const register = openRegister(dir, deps);
    const before = readFileSync(registerPath(dir));
    const people = [...register.document.people];
    people[37] = { ...(people[37] as Person), email: 'x'.repeat(500) };
    expect(() => register.commit({ ...register.document, people }, { action: 'person.update' })).toThrow(/not saved: people\.37\.email/);
    expect(readFileSync(registerPath(dir)).equals(before)).toBe(true);
    register.close();
  });

  it('a person added after earlier saves is checked like any other', () => {
    const { dir, deps } = registerWithPeople(3);
    const register = openRegister(dir, deps);
    const edited = [...register.document.people];
    edited[1] = { ...(edited[1] as Person), notes: 'zmiana działu' };
    register.commit({ ...register.document, people: edited }, { action: 'person.update' });
    const bad = { ...person(99), leftOn: '31.12.2025' };
    expect(() => register.commit({ ...register.document, people: [...register.document.people, bad] }, { action: 'person.add' })).toThrow(/not saved: people\.3\.leftOn/);
    expect(register.document.people).toHaveLength(3);
    register.close();
    const reopened = openRegister(dir, deps);
    expect(reopened.document.people[1]?.notes).toBe('zmiana działu');
    reopened.close();
  });

  it('a hole, undefined or null added at the end of a list is refused, not written as null', () => {
    const { dir, deps } = registerWithPeople(3);
    const register = openRegister(dir, deps);
    const before = readFileSync(registerPath(dir));
    const withHole = [...register.document.people];
    withHole.length = 5;
    for (const people of [[...register.document.people, undefined], [...register.document.people, null], withHole]) {
      expect(() => register.commit({ ...register.document, people: people as Person[] }, { action: 'person.add' })).toThrow(/not saved: people\.(3|4)/);
    }
    expect(readFileSync(registerPath(dir)).equals(before)).toBe(true);
    register.close();
  });

  it('whatever a commit moves, adds, removes or replaces, it is refused exactly when the whole document would fail the schema, at the same place', () => {
    const { dir, deps } = registerWithPeople(30);
    const register = openRegister(dir, deps);
    // An insert at the end (as a new person is added) is drawn often: entries past the old end are checked without a lookup.
    const END = -1;
    const change = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), bad: fc.boolean() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.oneof(fc.nat(), fc.constant(END)), bad: fc.boolean() }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
    );
    let n = 1000;
    const verdicts = { refused: 0, saved: 0 };
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 4 }), (changes) => {
        const people = [...register.document.people];
        for (const c of changes) {
          const at = c.at === END ? people.length : c.at % (people.length + 1);
          const fresh = () => (('bad' in c && c.bad) ? { ...person(n++), email: 'x'.repeat(500) } : person(n++));
          if (c.kind === 'replace' && at < people.length) people[at] = fresh();
          if (c.kind === 'insert') people.splice(at, 0, fresh());
          if (c.kind === 'remove' && at < people.length) people.splice(at, 1);
          if (c.kind === 'swap' && people.length > 1) {
            const other = c.with % people.length;
            const i = at % people.length;
            [people[i], people[other]] = [people[other]!, people[i]!];
          }
        }
        const next = { ...register.document, people };
        const whole = registerDocumentSchema.safeParse({ ...next, audit: [] });
        let refusal: DomainError | null = null;
        try {
          register.commit(next, { action: 'person.update' });
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          refusal = error;
        }
        expect(refusal === null).toBe(whole.success);
        verdicts[refusal ? 'refused' : 'saved'] += 1;
        if (!whole.success) expect(refusal?.message).toContain(`people.${whole.error.issues[0]!.path[1] as number}.email`);
        else expect(register.document.people).toBe(people);
      }),
      { numRuns: 200 },
    );
    // Both outcomes were tried many times, so neither half of the property is vacuous.
    expect(verdicts.refused).toBeGreaterThan(20);
    expect(verdicts.saved).toBeGreaterThan(20);
    register.close();
  });
});
