import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRegister, openRegister } from '../../../electron/services/register/register-store';
import type { Person } from '../../../shared/domain/model';
import { org, registerPath, tempDir, testDeps } from './helpers';

const person = (i: number): Person => ({
  id: `p${i}`,
  givenName: 'Łucja',
  surname: `Wiśniewska ${i}`,
  email: `l.wisniewska${i}@przyklad.pl`,
  login: `lwisniewska${i}`,
  department: '',
  leftOn: null,
  external: false,
  externalNote: '',
  manualEnterpriseFeatures: [],
  directory: null,
  notes: '',
});

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
});
