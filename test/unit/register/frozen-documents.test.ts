import { describe, expect, it } from 'vitest';
import { createRegister, openRegister } from '../../../electron/services/register/register-store';
import { freezeDeep } from '../../../electron/services/register/open-register';
import type { Person } from '../../../shared/domain/model';
import { org, readRegisterFile, registerPath, tempDir, testDeps, testPerson } from './helpers';

describe('documents held by a register are never changed in place (tests freeze them)', () => {
  it('with freezeDocuments, the opened and every committed document is frozen to its leaves, so a change in place throws', () => {
    const dir = tempDir();
    const deps = testDeps();
    const created = createRegister(dir, org(), deps);
    created.commit({ ...created.document, people: [testPerson('p1', { surname: 'Nowak' })] }, { action: 'person.add', subject: 'p1' });
    const committed = created.document;
    expect(Object.isFrozen(committed) && Object.isFrozen(committed.people) && Object.isFrozen(committed.people[0]) && Object.isFrozen(committed.people[0]!.manualEnterpriseFeatures)).toBe(true);
    created.close();

    const register = openRegister(dir, deps);
    try {
      const doc = register.document;
      expect(Object.isFrozen(doc.organization) && Object.isFrozen(doc.audit.at(-1))).toBe(true);
      // What a careless handler might do; the save would then write the entry's old bytes (json-pieces.ts ChunkTexts).
      expect(() => {
        (doc.people[0] as { notes: string }).notes = 'changed in place';
      }).toThrow(TypeError);
      expect(() => (doc.people as Person[]).push(testPerson('p2', { surname: 'Kowalska' }))).toThrow(TypeError);
      // The right way still works: a new document that shares what it did not change.
      register.commit({ ...doc, people: [{ ...doc.people[0]!, notes: 'zmiana' }] }, { action: 'person.update', subject: 'p1' });
      expect(readRegisterFile(registerPath(dir)).people[0].notes).toBe('zmiana');
    } finally {
      register.close();
    }
  });

  it('without it (the app), documents are left as they are: freezing a 50,000-person register would slow every open', () => {
    const dir = tempDir();
    const register = createRegister(dir, org(), testDeps({ freezeDocuments: false }));
    try {
      expect(Object.isFrozen(register.document)).toBe(false);
    } finally {
      register.close();
    }
  });

  it('freezeDeep does not walk into what is frozen already, so a commit freezes only what the change built', () => {
    const shared = Object.freeze({ inner: { deep: 1 } });
    const fresh = { list: [shared, { other: { deep: 2 } }] };
    freezeDeep(fresh);
    expect(Object.isFrozen(fresh.list[1]) && Object.isFrozen((fresh.list[1] as { other: object }).other)).toBe(true);
    // Frozen before, shallowly, by someone else: left as it was.
    expect(Object.isFrozen(shared.inner)).toBe(false);
  });
});
