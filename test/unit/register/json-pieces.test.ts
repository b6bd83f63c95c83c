import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces, walkedEntries } from '../../../electron/services/register/json-pieces';
import { writeJsonAtomic } from '../../../electron/services/register/json-store';
import { tempDir } from './helpers';

/** Values as a register holds them and then some: nested objects and arrays, text in any script, undefined and functions that JSON leaves out or turns into null. */
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('array'), tie('object')),
  leaf: fc.oneof(fc.string({ unit: 'binary' }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(() => 1), fc.date({ noInvalidDate: true })),
  array: fc.array(tie('any'), { maxLength: 12 }),
  object: fc.dictionary(fc.string({ unit: 'binary', maxLength: 6 }), tie('any'), { maxKeys: 6 }),
}));

describe('JSON written in pieces', () => {
  it('the pieces join to exactly JSON.stringify of the same value, whatever the chunk size', () => {
    fc.assert(
      fc.property(value.any, fc.integer({ min: 1, max: 5 }), (v, chunk) => {
        expect([...jsonPieces(v, chunk)].join('')).toBe(JSON.stringify(v) ?? '');
      }),
      { numRuns: 1000 },
    );
  });

  it('an object whose toJSON gives undefined is left out like JSON.stringify leaves it out', () => {
    const v = { a: 1, b: { toJSON: () => undefined }, c: [{ toJSON: () => undefined }], d: 'Łódź' };
    expect([...jsonPieces(v, 1)].join('')).toBe(JSON.stringify(v));
  });

  it('a large array is written in pieces of at most the chunk size, not as one string', () => {
    const people = Array.from({ length: 2500 }, (_, i) => ({ id: `p${i}`, surname: 'Żółkiewski' }));
    const pieces = [...jsonPieces({ people }, 1000)];
    expect(pieces.filter((p) => p.includes('"id"')).map((p) => p.split('"id"').length - 1)).toEqual([1000, 1000, 500]);
  });

  // json-store writes a document of fewer than 10,000 list entries as one string, a larger one in pieces.
  it.each([
    ['a small register, written as one string', 3_000],
    ['a large register, written in pieces through the 1 MB buffer', 12_000],
  ])('writeJsonAtomic puts exactly the UTF-8 bytes of JSON.stringify on disk: %s', (_what, people) => {
    const dir = tempDir();
    // One string of 3 MB of two- and four-byte characters crosses the 1 MB buffer several times.
    const doc = { notes: 'zażółć gęślą jaźń 🙂'.repeat(100_000), people: Array.from({ length: people }, (_, i) => ({ id: i, name: 'Łukasz' })) };
    expect(walkedEntries(doc) >= 10_000).toBe(people >= 10_000);
    const file = join(dir, 'register.json');
    writeJsonAtomic(file, doc);
    expect(readFileSync(file).equals(Buffer.from(JSON.stringify(doc), 'utf8'))).toBe(true);
  });

  it('counts the list entries the walk meets: top-level lists, and the rows inside a few snapshots', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ i }));
    expect(walkedEntries({ people: rows(1500), audit: rows(20), inventory: [{ id: 'a', mailboxes: rows(700), users: rows(300) }], organization: { name: 'x' } })).toBe(1500 + 20 + 1 + 700 + 300);
    expect(walkedEntries('text')).toBe(0);
  });
});
