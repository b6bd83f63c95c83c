import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PEOPLE, TableList } from '../../../electron/services/register/disk-tables';
import { ChunkTexts, type JsonPiece, jsonPieces, walkedEntries } from '../../../electron/services/register/json-pieces';
import { writeJsonAtomic } from '../../../electron/services/register/json-store';
import { bytesWithoutBreaks, freshBytes, tempDir, withoutBreaks } from './helpers';

/** The pieces of one write of `value` with the chunks `texts` kept from the last one, as writeJsonAtomic brackets it. */
function written(texts: ChunkTexts, value: unknown, chunk: number): JsonPiece[] {
  texts.beginWrite();
  const pieces = [...jsonPieces(value, chunk, texts)];
  texts.endWrite(new Uint8Array(32));
  return pieces;
}

/** The text of the pieces: a piece of bytes is the UTF-8 of whole characters (a chunk's JSON). */
const joined = (pieces: readonly JsonPiece[]): string => pieces.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('utf8'))).join('');

/** Values as a register holds them and then some: nested objects and arrays, text in any script, undefined and functions that JSON leaves out or turns into null. */
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('array'), tie('object')),
  leaf: fc.oneof(fc.string({ unit: 'binary' }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(() => 1), fc.date({ noInvalidDate: true })),
  array: fc.array(tie('any'), { maxLength: 12 }),
  object: fc.dictionary(fc.string({ unit: 'binary', maxLength: 6 }), tie('any'), { maxKeys: 6 }),
}));

describe('JSON written in pieces', () => {
  it('the pieces join to JSON.stringify of the same value with line breaks around chunks, whatever the chunk size', () => {
    fc.assert(
      fc.property(value.any, fc.integer({ min: 1, max: 5 }), (v, chunk) => {
        expect(withoutBreaks([...jsonPieces(v, chunk)].join(''))).toBe(JSON.stringify(v) ?? '');
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
    expect(pieces.map((p) => joined([p])).filter((p) => p.includes('"id"')).map((p) => p.split('"id"').length - 1)).toEqual([1000, 1000, 500]);
  });

  // json-store writes a document of fewer than 10,000 list entries as one string, a larger one in pieces.
  it.each([
    ['a small register, written as one string', 3_000],
    ['a large register, written in pieces through the 1 MB buffer', 12_000],
  ])('writeJsonAtomic puts the UTF-8 bytes of JSON.stringify on disk, line breaks around chunks aside: %s', (_what, people) => {
    const dir = tempDir();
    // One string of 3 MB of two- and four-byte characters crosses the 1 MB buffer several times.
    const doc = { notes: 'zażółć gęślą jaźń 🙂'.repeat(100_000), people: Array.from({ length: people }, (_, i) => ({ id: i, name: 'Łukasz' })) };
    expect(walkedEntries(doc) >= 10_000).toBe(people >= 10_000);
    const file = join(dir, 'register.json');
    writeJsonAtomic(file, doc);
    expect(bytesWithoutBreaks(readFileSync(file)).equals(Buffer.from(JSON.stringify(doc), 'utf8'))).toBe(true);
  });

  it('counts the list entries the walk meets: top-level lists, and the rows inside a few snapshots', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ i }));
    expect(walkedEntries({ people: rows(1500), audit: rows(20), inventory: [{ id: 'a', mailboxes: rows(700), users: rows(300) }], organization: { name: 'x' } })).toBe(1500 + 20 + 1 + 700 + 300);
    expect(walkedEntries('text')).toBe(0);
  });

  describe('with the chunks of the last write kept (ChunkTexts)', () => {
    type Entry = { id: number; name: string; tags?: string[] };
    const entry = fc.record({ id: fc.nat(), name: fc.string({ unit: 'binary', maxLength: 6 }), tags: fc.option(fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }), { nil: undefined }) });
    /** One change the app could make: an entry replaced by a new object, one added, one removed, or nothing. */
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), with: entry }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), with: entry }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('none' as const) }),
    );
    const applied = (list: readonly Entry[], e: { kind: string; at?: number; with?: Entry }): Entry[] => {
      const next = [...list];
      const at = next.length === 0 ? 0 : (e.at ?? 0) % (next.length + (e.kind === 'insert' ? 1 : 0));
      if (e.kind === 'replace' && next.length > 0) next[at] = { ...e.with! };
      if (e.kind === 'insert') next.splice(at, 0, { ...e.with! });
      if (e.kind === 'remove') next.splice(at, 1);
      return next;
    };

    it('every write is JSON.stringify of the document with line breaks around chunks, whatever was changed between writes', () => {
      fc.assert(
        fc.property(fc.array(entry, { maxLength: 90 }), fc.array(fc.tuple(edit, edit), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 40 }), (start, edits, chunk) => {
          const texts = new ChunkTexts();
          let people: Entry[] = start;
          let audit: Entry[] = start.slice(0, 70);
          for (const [a, b] of edits) {
            people = applied(people, a);
            audit = applied(audit, b);
            // People as a table (rows) and the audit as a list of objects, as a register is written.
            const doc = { schemaVersion: 2, people: new TableList(PEOPLE, people as never[]), audit, inventory: [{ id: 's', users: audit }] };
            const text = joined(written(texts, doc, chunk));
            expect(withoutBreaks(text)).toBe(JSON.stringify(doc));
            // Kept chunks or not, the line breaks are where a write from scratch puts them.
            expect(text).toBe(freshBytes(doc, chunk).toString('utf8'));
          }
        }),
        { numRuns: 500 },
      );
    });

    it('an unchanged chunk is not stringified again; the changed one is', () => {
      const people = Array.from({ length: 3000 }, (_, i) => ({ id: i, name: `Łukasz ${i}` }));
      const texts = new ChunkTexts();
      const first = written(texts, { people }, 1000).filter((p) => typeof p !== 'string');
      const edited = [...people];
      edited[1500] = { id: 1500, name: 'Zmieniony' };
      const second = written(texts, { people: edited }, 1000).filter((p) => typeof p !== 'string');
      expect(first).toHaveLength(3);
      expect(second[0]).toBe(first[0]);
      expect(second[1]).not.toBe(first[1]);
      expect(second[2]).toBe(first[2]);
      expect(joined(second)).toContain('Zmieniony');
      // The same entries written as a table's rows are another text, never the list's.
      const asTable = written(texts, { people: new TableList(PEOPLE, edited as never[]) }, 1000);
      expect(withoutBreaks(joined(asTable))).toBe(JSON.stringify({ people: new TableList(PEOPLE, edited as never[]) }));
    });

    it('a list too short to be a chunk of its own is kept too once it has 64 entries', () => {
      const audit = Array.from({ length: 64 }, (_, i) => ({ seq: i }));
      const texts = new ChunkTexts();
      const first = written(texts, { audit }, 1000).filter((p) => typeof p !== 'string');
      const second = written(texts, { audit: [...audit] }, 1000).filter((p) => typeof p !== 'string');
      expect(first).toHaveLength(1);
      expect(second[0]).toBe(first[0]);
    });

    it('only the chunks of the last write are kept: entries moved by inserts at the front do not pile up old chunks', () => {
      const texts = new ChunkTexts();
      let people = Array.from({ length: 1000 }, (_, i) => ({ id: i }));
      for (let round = 0; round < 30; round++) {
        written(texts, { people }, 100);
        expect(texts.stats().kept).toBe(Math.ceil(people.length / 100));
        people = [{ id: -round - 1 }, ...people];
      }
      // A write that fails (no endWrite) keeps what the last good one kept.
      texts.beginWrite();
      expect([...jsonPieces({ people: people.slice(500) }, 100, texts)].length).toBeGreaterThan(0);
      expect(texts.stats().kept).toBe(Math.ceil((people.length - 1) / 100));
    });

    it('writeJsonAtomic with kept chunks puts the UTF-8 bytes of JSON.stringify on disk (line breaks around chunks aside), chunks larger than its buffer included', () => {
      const file = join(tempDir(), 'register.json');
      const texts = new ChunkTexts();
      // Chunks of 100 entries of about 17 KB each: every chunk is larger than the 1 MB buffer.
      let people = Array.from({ length: 250 }, (_, i) => ({ id: i, notes: `zażółć 🙂 ${i} `.repeat(900) }));
      for (let round = 0; round < 3; round++) {
        const doc = { title: 'Łódź'.repeat(300_000), people, audit: people.slice(0, 100) };
        writeJsonAtomic(file, doc, texts);
        expect(bytesWithoutBreaks(readFileSync(file)).equals(Buffer.from(JSON.stringify(doc), 'utf8'))).toBe(true);
        expect(readFileSync(file).equals(freshBytes(doc))).toBe(true);
        people = [...people];
        people[round * 90] = { id: -round, notes: 'zmiana' };
      }
    });
  });
});
