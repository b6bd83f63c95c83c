import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandTables } from '../../../electron/services/register/disk-tables';
import { ChunkTexts, jsonPieces, KEPT_CHUNK } from '../../../electron/services/register/json-pieces';
import { registerFileStore } from '../../../electron/services/register/json-store';
import { createRegister } from '../../../electron/services/register/register-store';
import { type RegisterDeps } from '../../../electron/services/register/open-register';
import { aSnapshot, buildRegister, compliantParts } from '../licensing/builders';
import { DomainError } from '../../../shared/result';
import type { Person } from '../../../shared/domain/model';

export const tempDir = (prefix = 'calreg-'): string => mkdtempSync(join(tmpdir(), prefix));

/** Deterministic register dependencies: a settable clock and counting ids. */
export function testDeps(overrides: Partial<RegisterDeps> = {}): RegisterDeps & { clock: { now: Date } } {
  const clock = { now: new Date('2026-11-25T10:00:00.000Z') };
  let id = 0;
  return {
    storeFactory: registerFileStore,
    now: () => clock.now,
    actor: 'tester',
    instance: `instance-${Math.random().toString(36).slice(2)}`,
    newId: () => `id-${++id}`,
    // A service that changed a document in place would throw here instead of saving stale bytes.
    freezeDocuments: true,
    clock,
    ...overrides,
  };
}

export const org = (name = 'Przykład Sp. z o.o.') => ({ name, taxId: '', address: '', contact: '' });

/** A person as the register keeps one, with a Polish name; `fields` overrides any of it. */
export const testPerson = (id: string, fields: Partial<Person> = {}): Person => ({
  id,
  givenName: 'Łucja',
  surname: 'Wiśniewska',
  email: `${id}@przyklad.pl`,
  login: id,
  department: '',
  leftOn: null,
  external: false,
  externalNote: '',
  manualEnterpriseFeatures: [],
  directory: null,
  notes: '',
  ...fields,
});

export const registerPath = (dir: string) => join(dir, 'register.json');

/** A register file as the app reads it: parsed, with its tables (disk-tables.ts) back as lists of objects. */
export const readRegisterFile = (file: string): ReturnType<typeof JSON.parse> => expandTables(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);

/** The refusal `run` throws; any other error is rethrown, and no error at all fails the test. */
export function caught(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/**
 * A register file's text without the line breaks the writer puts around the chunks of long lists
 * (json-pieces.ts `inChunks`). `JSON.stringify` never writes a raw line break, so the writer's text
 * is `JSON.stringify`'s with nothing but those breaks added exactly when this gives `JSON.stringify`'s.
 */
export const withoutBreaks = (text: string): string => text.replaceAll('\n', '');

/** `withoutBreaks` of a file's bytes, byte for byte. */
export const bytesWithoutBreaks = (bytes: Uint8Array): Buffer => Buffer.from(bytes.filter((byte) => byte !== 0x0a));

/**
 * The bytes the writer writes for `value` from scratch (no chunk kept from an earlier write), line
 * breaks and all: a write that reuses kept chunks must put exactly these on disk, its breaks included.
 */
export function freshBytes(value: object, chunk = KEPT_CHUNK): Buffer {
  const texts = new ChunkTexts();
  texts.beginWrite();
  return Buffer.concat([...jsonPieces(value, chunk, texts)].map((piece) => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece)));
}

/**
 * A register with `count` people, assignments and inventory rows, saved and closed by the app (so stamped with `key` and the places
 * of its chunks). `tag`, one character, is in every person's notes: registers of one size with different tags are laid out byte for
 * byte alike, their chunks in the same places, and differ in what those chunks say.
 */
export function stampedRegister(key: Uint8Array, count: number, tag = 'x'): { dir: string; deps: RegisterDeps } {
  const dir = tempDir();
  const deps = testDeps({ stampKey: key });
  const register = createRegister(dir, org(), deps);
  const parts = compliantParts(count);
  parts.people = parts.people.map((person) => ({ ...person, notes: tag.repeat(6) }));
  const doc = buildRegister({ ...parts, inventory: [aSnapshot(parts.inventory[0]!.mailboxes ?? [])] });
  register.commit({ ...register.document, people: doc.people, purchases: doc.purchases, assignments: doc.assignments, servers: doc.servers, inventory: doc.inventory }, { action: 'test.fill' });
  register.close();
  return { dir, deps };
}

/** A register folder an earlier release wrote (`fixture`, under test/fixtures/registers), copied to a temp folder without the outputs kept beside it (check-as-of-*.json). */
export function copyOfFixture(fixture: string): string {
  const dir = join(tempDir(), 'klient');
  cpSync(fixture, dir, { recursive: true, filter: (source) => !source.endsWith('.json') || source.endsWith('register.json') });
  return dir;
}
