import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tablesForDisk } from '../../../electron/services/register/disk-tables';
import { ChunkTexts, jsonPieces } from '../../../electron/services/register/json-pieces';
import { type JsonStoreFactory, registerFileStore, writeJsonAtomic } from '../../../electron/services/register/json-store';
import { openRegister } from '../../../electron/services/register/register-store';
import { type OpenRegister } from '../../../electron/services/register/open-register';
import { readStamp, STAMP_FILE } from '../../../electron/services/register/validation-stamp';
import { keptBytes } from '../../../electron/services/register/read-buffer';
import { CURRENT_SCHEMA_VERSION, type RegisterDocument } from '../../../shared/domain/model';
import { aPerson, buildRegister } from '../licensing/builders';
import { bytesWithoutBreaks, freshBytes, org, registerPath, stampedRegister, tempDir } from './helpers';

const key = new Uint8Array(randomBytes(32));

/**
 * What a commit of `doc` must put on disk: the bytes of JSON.stringify of its disk form, and nothing else but line breaks around
 * chunks, where a write from scratch puts them (a kept chunk reused with a break too many or too few would still parse whole).
 */
function expectFileIs(register: OpenRegister): void {
  const file = readFileSync(register.filePath);
  expect(bytesWithoutBreaks(file).equals(Buffer.from(JSON.stringify(tablesForDisk(register.document)), 'utf8'))).toBe(true);
  expect(file.equals(freshBytes(tablesForDisk(register.document)))).toBe(true);
}

/** One change to the people, as the app makes it: a person replaced by a new object, one added, one removed. */
const change = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), notes: fc.string({ unit: 'binary', maxLength: 12 }) }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('remove-last' as const) }),
);

function changed(doc: RegisterDocument, c: { kind: string; at?: number; notes?: string }, n: number): RegisterDocument {
  const people = [...doc.people];
  const at = (c.at ?? 0) % people.length;
  if (c.kind === 'edit') people[at] = { ...people[at]!, notes: c.notes ?? '' };
  if (c.kind === 'add') people.splice(at, 0, { ...buildRegister({ people: [aPerson(`new${n}`, { givenName: 'Żaneta' })] }).people[0]! });
  if (c.kind === 'remove-last') {
    const last = people.at(-1)!;
    if (!doc.assignments.some((a) => a.personId === last.id)) people.pop();
  }
  return { ...doc, people };
}

describe('chunks kept from the last write', () => {
  it('the first save after an open writes the exact JSON of the document, however the register was changed, in any number of sessions', () => {
    fc.assert(
      fc.property(fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 150, max: 420 }), (sessions, count) => {
        const { dir, deps } = stampedRegister(key, count);
        let n = 0;
        for (const changes of sessions) {
          const register = openRegister(dir, deps);
          try {
            for (const c of changes) {
              register.commit(changed(register.document, c, n++), { action: 'test.change' });
              expectFileIs(register);
            }
          } finally {
            register.close();
          }
        }
        // Every session ended stamped, so the next open trusted the bytes and their places.
        expect(readStamp(dir, key, readFileSync(registerPath(dir)), CURRENT_SCHEMA_VERSION)).not.toBeNull();
      }),
      { numRuns: 15 },
    );
  });

  it('a chunk the open read is written again as the bytes it was read from; a changed one is stringified', () => {
    const file = join(tempDir(), 'register.json');
    const people = Array.from({ length: 250 }, (_, i) => ({ id: `p${i}`, surname: 'Wiśniewska' }));
    const first = new ChunkTexts();
    writeJsonAtomic(file, { people }, first);
    const bytes = new Uint8Array(readFileSync(file));
    // The next session: the same document parsed from the file, and the places the stamp carried.
    const parsed = JSON.parse(Buffer.from(bytes).toString('utf8')) as { people: typeof people };
    const texts = new ChunkTexts();
    texts.seed(parsed, bytes, first.places());
    const edited = [...parsed.people];
    edited[120] = { id: 'p120', surname: 'Zmieniona' };
    const pieces = [...jsonPieces({ people: edited }, 100, texts)].filter((p) => typeof p !== 'string');
    expect(pieces.map((p) => p.buffer === bytes.buffer)).toEqual([true, false, true]);
    const chunkText = (start: number, end: number) => JSON.stringify(edited.slice(start, end)).slice(1, -1);
    expect(Buffer.concat(pieces).toString('utf8')).toBe(chunkText(0, 100) + chunkText(100, 200) + chunkText(200, 250));
  });

  it('places that do not match the list are not used: another length, another list, other entries', () => {
    const file = join(tempDir(), 'register.json');
    const people = Array.from({ length: 150 }, (_, i) => ({ id: `p${i}` }));
    const first = new ChunkTexts();
    writeJsonAtomic(file, { people }, first);
    const bytes = new Uint8Array(readFileSync(file));
    const parsed = JSON.parse(Buffer.from(bytes).toString('utf8')) as { people: typeof people };
    const fromSeed = (doc: object, value: object) => {
      const texts = new ChunkTexts();
      texts.seed(doc, bytes, first.places());
      return [...jsonPieces(value, 100, texts)].filter((p) => typeof p !== 'string').map((p) => p.buffer === bytes.buffer);
    };
    expect(fromSeed(parsed, { people: parsed.people })).toEqual([true, true]);
    expect(fromSeed(parsed, { people: parsed.people.slice(0, 140) })).toEqual([true, false]);
    expect(fromSeed(parsed, { staff: parsed.people })).toEqual([false, false]);
    expect(fromSeed(JSON.parse(Buffer.from(bytes).toString('utf8')) as object, { people: parsed.people })).toEqual([false, false]);
  });

  it('a stamp whose places were changed is not trusted: the register gets the full check and its first save stringifies everything', () => {
    const { dir, deps } = stampedRegister(key, 200);
    const [mac, placesText] = readFileSync(join(dir, STAMP_FILE), 'utf8').split('\n');
    const places = JSON.parse(placesText!) as [string, number, number, number, number, number][];
    expect(places.length).toBeGreaterThan(2);
    places[0]![4] += 1;
    writeFileSync(join(dir, STAMP_FILE), `${mac}\n${JSON.stringify(places)}\n`);
    expect(readStamp(dir, key, readFileSync(registerPath(dir)), CURRENT_SCHEMA_VERSION)).toBeNull();
    const register = openRegister(dir, deps);
    register.commit(changed(register.document, { kind: 'edit', at: 7, notes: 'po zmianie' }, 0), { action: 'test.change' });
    expectFileIs(register);
    register.close();
  });

  /** The register's own store, with the `ChunkTexts` of its last write within reach of the test, and writes that fail (after some chunks) while `failing()`. */
  function watchedStore(failing: () => boolean = () => false, ignoreTexts: () => boolean = () => false) {
    const seen: { texts: ChunkTexts | undefined } = { texts: undefined };
    const factory: JsonStoreFactory = (dir, name) => {
      const real = registerFileStore(dir, name);
      return {
        path: real.path,
        replace: (value, texts) => {
          seen.texts = texts;
          if (failing()) {
            // Cut short after a few pieces, as a full disk would.
            texts?.beginWrite();
            const pieces = jsonPieces(value, 100, texts);
            for (let i = 0; i < 12; i++) pieces.next();
            throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
          }
          real.replace(value, ignoreTexts() ? undefined : texts);
        },
      };
    };
    return { seen, factory };
  }

  it('the first save after a stamped open takes the unchanged chunks from the file it read', () => {
    const { dir, deps } = stampedRegister(key, 350);
    const { seen, factory } = watchedStore();
    const register = openRegister(dir, { ...deps, storeFactory: factory });
    register.commit(changed(register.document, { kind: 'edit', at: 120, notes: 'jedna zmiana' }, 0), { action: 'test.change' });
    expectFileIs(register);
    // People, assignments and inventory rows: every chunk but the edited one and the audit trail's last.
    expect(seen.texts?.stats().fromOpen).toBeGreaterThanOrEqual(10);
    register.close();
  });

  it('a write cut short keeps the chunks and places of the last good one: the next save, the stamp and the next open stay exact', () => {
    let failing = false;
    const { dir, deps } = stampedRegister(key, 250);
    const { factory } = watchedStore(() => failing);
    const register = openRegister(dir, { ...deps, storeFactory: factory });
    register.commit(changed(register.document, { kind: 'edit', at: 10, notes: 'pierwsza' }, 0), { action: 'test.change' });
    failing = true;
    expect(() => register.commit(changed(register.document, { kind: 'add', at: 0 }, 1), { action: 'test.change' })).toThrow(/ENOSPC/);
    failing = false;
    expectFileIs(register);
    register.commit(changed(register.document, { kind: 'edit', at: 200, notes: 'trzecia' }, 2), { action: 'test.change' });
    expectFileIs(register);
    register.close();
    const reopened = openRegister(dir, deps);
    reopened.commit(changed(reopened.document, { kind: 'add', at: 5 }, 3), { action: 'test.change' });
    expectFileIs(reopened);
    reopened.close();
  });

  it('a register last written without its kept chunks is not stamped (nothing vouches for those bytes), and its next first save stringifies everything, exactly', () => {
    const { dir, deps } = stampedRegister(key, 200);
    let ignore = false;
    const { seen, factory } = watchedStore(() => false, () => ignore);
    const register = openRegister(dir, { ...deps, storeFactory: factory });
    register.commit(changed(register.document, { kind: 'edit', at: 3, notes: 'z kawałkami' }, 0), { action: 'test.change' });
    expect(seen.texts?.places().length).toBeGreaterThan(2);
    // This write goes around the kept chunks (the file moves under the places the last one left).
    ignore = true;
    register.commit(changed(register.document, { kind: 'add', at: 0 }, 1), { action: 'test.change' });
    // Written around the kept chunks, a register this small is one JSON.stringify string, no line breaks.
    expect(readFileSync(register.filePath).equals(Buffer.from(JSON.stringify(tablesForDisk(register.document)), 'utf8'))).toBe(true);
    expect(seen.texts?.places()).toEqual([]);
    register.close();
    expect(readStamp(dir, key, readFileSync(registerPath(dir)), CURRENT_SCHEMA_VERSION)).toBeNull();
    const { seen: next, factory: nextFactory } = watchedStore();
    const reopened = openRegister(dir, { ...deps, storeFactory: nextFactory });
    reopened.commit(changed(reopened.document, { kind: 'edit', at: 150, notes: 'znowu' }, 2), { action: 'test.change' });
    expectFileIs(reopened);
    expect(next.texts?.stats().fromOpen).toBe(0);
    reopened.close();
  });
  // Found in review: the stamp was made at close over whatever the file held then, with the places of the app's own last write.
  it.each([1, 4, 9, 87, 181])('a surname lengthened by %i characters by hand while the register is open: no stamp at close, and the next session opens the edit with the full check and saves every person', (k) => {
    const { dir, deps } = stampedRegister(key, 450);
    const open = openRegister(dir, deps);
    open.updateOrganization({ ...org(), taxId: '2' });
    const person = open.document.people[5]!;
    const text = readFileSync(registerPath(dir), 'utf8');
    const cell = `${JSON.stringify(person.id)},${JSON.stringify(person.givenName)},${JSON.stringify(person.surname)}`;
    expect(text).toContain(cell);
    writeFileSync(registerPath(dir), text.replace(cell, `${JSON.stringify(person.id)},${JSON.stringify(person.givenName)},${JSON.stringify(`${person.surname}${'x'.repeat(k)}`)}`));
    open.close();
    expect(readStamp(dir, key, readFileSync(registerPath(dir)), CURRENT_SCHEMA_VERSION)).toBeNull();

    const next = openRegister(dir, deps);
    expect(next.document.people[5]?.surname).toBe(`${person.surname}${'x'.repeat(k)}`);
    next.updateOrganization({ ...org(), taxId: '3' });
    expectFileIs(next);
    const ids = next.document.people.map((p) => p.id);
    next.close();
    const checked = openRegister(dir, { ...deps, stampKey: undefined });
    expect(checked.document.people.map((p) => p.id)).toEqual(ids);
    expect(ids).toHaveLength(450);
    checked.close();
  });
});

describe('the file an open read, in memory the next open reuses (read-buffer.ts)', () => {
  /** Steps over a few registers in one process: open one (if closed), change one (if open), close one (if open). */
  const step = fc.record({ kind: fc.constantFrom('open', 'change', 'close'), which: fc.nat(2), change });

  it('registers opened, changed and closed in any order in one process each write their own exact JSON, and every open sees its own file', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 4, maxLength: 14 }), (steps) => {
        // Two laid out alike (memory one gave back, read into by the other, would hold bytes that fit the places and say other things),
        // and one larger, so that a file is also read into memory larger than it needs.
        const stamped = [stampedRegister(key, 200, 'A'), stampedRegister(key, 200, 'B'), stampedRegister(key, 260, 'C')];
        const open: (OpenRegister | null)[] = [null, null, null];
        const people = stamped.map(({ dir, deps }) => {
          const register = openRegister(dir, deps);
          const ids = register.document.people.map((p) => p.id);
          register.close();
          return ids;
        });
        let n = 0;
        try {
          for (const { kind, which, change: c } of steps) {
            const register = open[which];
            if (kind === 'open' && !register) {
              const { dir, deps } = stamped[which]!;
              const opened = (open[which] = openRegister(dir, deps));
              expect(opened.document.people.map((p) => p.id)).toEqual(people[which]);
            } else if (kind === 'change' && register) {
              register.commit(changed(register.document, c, n++), { action: 'test.change' });
              expectFileIs(register);
              people[which] = register.document.people.map((p) => p.id);
            } else if (kind === 'close' && register) {
              register.close();
              open[which] = null;
            }
          }
        } finally {
          for (const register of open) register?.close();
        }
        // Each register, opened once more with the full check, holds what its last session saved.
        stamped.forEach(({ dir, deps }, i) => {
          const checked = openRegister(dir, { ...deps, stampKey: undefined });
          expect(checked.document.people.map((p) => p.id)).toEqual(people[i]);
          checked.close();
        });
      }),
      { numRuns: 25 },
    );
  });

  it('a register that saved after its open gives the memory back at close, and the next open reads into it', () => {
    const { dir, deps } = stampedRegister(key, 300, 'A');
    const { dir: otherDir, deps: otherDeps } = stampedRegister(key, 300, 'B');
    expect(readFileSync(registerPath(otherDir)).length).toBe(readFileSync(registerPath(dir)).length);
    const first = openRegister(dir, deps);
    first.commit(changed(first.document, { kind: 'edit', at: 3, notes: 'pierwsza' }, 0), { action: 'test.change' });
    // Until it is closed, the register writes unchanged chunks as the bytes it read: the memory is still its own.
    const other = openRegister(otherDir, otherDeps);
    first.commit(changed(first.document, { kind: 'edit', at: 250, notes: 'druga' }, 1), { action: 'test.change' });
    expectFileIs(first);
    other.close();
    first.close();
    expect(keptBytes()).toBeGreaterThanOrEqual(readFileSync(registerPath(dir)).length);
    const next = openRegister(dir, deps);
    expect(keptBytes()).toBe(0);
    next.commit(changed(next.document, { kind: 'add', at: 9 }, 2), { action: 'test.change' });
    expectFileIs(next);
    next.close();
  });
});
