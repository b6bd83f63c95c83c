import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedInChunks, checkInChunks, sameJson } from '../../../electron/services/register/check-in-chunks';
import { expandTables, tablesForDisk } from '../../../electron/services/register/disk-tables';
import { registerDocumentSchema, type RegisterDocument } from '../../../shared/domain/model';
import { generateDirectory } from '../../bench/generate';
import { generateRegister } from '../../bench/generate-register';

// 2,600 people: every large array spans three chunks of 1,000.
const base: RegisterDocument = generateRegister(generateDirectory(2_600));

const wholeVerdict = (doc: unknown) => {
  const checked = registerDocumentSchema.safeParse(doc);
  return checked.success ? null : { path: checked.error.issues[0]?.path, message: checked.error.issues[0]?.message };
};

type Corruption = (doc: RegisterDocument, at: number) => unknown;

/** One wrong value somewhere in the document; `at` picks the entry (taken modulo the array's length). */
const corruptions: Record<string, Corruption> = {
  'a person with a 500-character e-mail': (doc, at) => withEntry(doc, 'people', at, (p) => ({ ...p, email: 'x'.repeat(500) })),
  'a person without an id': (doc, at) => withEntry(doc, 'people', at, ({ id: _id, ...p }) => p),
  'an assignment dated 31.12.2025': (doc, at) => withEntry(doc, 'assignments', at, (a) => ({ ...a, assignedOn: '31.12.2025' })),
  'an audit event with seq 0': (doc, at) => withEntry(doc, 'audit', at, (e) => ({ ...e, seq: 0 })),
  'a mailbox row whose archive is "yes"': (doc, at) => withSnapshotRow(doc, 'mailboxes', at, (r) => ({ ...r, archive: 'yes' })),
  'a user row whose login is a number': (doc, at) => withSnapshotRow(doc, 'users', at, (r) => ({ ...r, login: 42 })),
  'a snapshot taken at "yesterday"': (doc) => ({ ...doc, inventory: doc.inventory.map((s) => ({ ...s, takenAt: 'yesterday' })) }),
  'a snapshot whose CAL counts are words': (doc) => ({ ...doc, inventory: doc.inventory.map((s) => ({ ...s, exchangeCalCounts: { Standard: 'many' as never } })) }),
  'people that is not a list': (doc) => ({ ...doc, people: 'everyone' }),
  'snapshot rows that are not a list': (doc) => ({ ...doc, inventory: doc.inventory.map((s) => ({ ...s, users: {} })) }),
  'an organization without a name': (doc) => ({ ...doc, organization: { ...doc.organization, name: 7 } }),
};

function withEntry<K extends 'people' | 'assignments' | 'audit'>(doc: RegisterDocument, key: K, at: number, change: (entry: RegisterDocument[K][number]) => object): unknown {
  const list: object[] = [...doc[key]];
  const i = at % list.length;
  list[i] = change(doc[key][i] as RegisterDocument[K][number]);
  return { ...doc, [key]: list };
}

function withSnapshotRow(doc: RegisterDocument, key: 'mailboxes' | 'users', at: number, change: (row: object) => object): unknown {
  const [snapshot] = doc.inventory;
  if (!snapshot) throw new Error('the generated register has a snapshot');
  const rows: object[] = [...snapshot[key]];
  const i = at % rows.length;
  rows[i] = change(rows[i] as object);
  return { ...doc, inventory: [{ ...snapshot, [key]: rows }] };
}

describe('checking a register a thousand entries at a time', () => {
  it('passes a valid 2,600-person register, as the whole-document parse does', () => {
    expect(base.people.length).toBe(2_600);
    expect(base.inventory[0]?.mailboxes.length).toBeGreaterThan(2_000);
    expect(wholeVerdict(base)).toBeNull();
    expect(checkInChunks(registerDocumentSchema, base)).toBeNull();
  });

  it('finds any one wrong value with the same path and message as the whole-document parse, in whichever chunk it sits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(corruptions)), fc.nat(10_000), (name, at) => {
        const doc = (corruptions[name] as Corruption)(base, at);
        const whole = wholeVerdict(doc);
        expect(whole).not.toBeNull();
        expect(checkInChunks(registerDocumentSchema, doc)).toEqual(whole);
        expect(checkedInChunks(registerDocumentSchema, doc)).toEqual({ success: false, problem: whole });
      }),
      { numRuns: 60 },
    );
  });

  it('names an entry past the first thousand by its place in the whole list', () => {
    const doc = corruptions['a person with a 500-character e-mail']?.(base, 2_345);
    expect(checkInChunks(registerDocumentSchema, doc)?.path).toEqual(['people', 2_345, 'email']);
    const row = corruptions['a mailbox row whose archive is "yes"']?.(base, 1_999);
    expect(checkInChunks(registerDocumentSchema, row)?.path).toEqual(['inventory', 0, 'mailboxes', 1_999, 'archive']);
  });
});

/** The document as an open reads it back from disk: tables expanded, nested objects in the order the file has them. */
const fromDisk = (doc: unknown): Record<string, unknown> => expandTables(JSON.parse(JSON.stringify(tablesForDisk(doc as object))) as Record<string, unknown>);

/** Changes the schema accepts but gives back otherwise: a default filled in, an unknown key dropped, keys in another order. */
const acceptedChanges: Record<string, Corruption> = {
  'a person without notes': (doc, at) => withEntry(doc, 'people', at, ({ notes: _notes, ...p }) => p),
  // Audit events are stored as objects (a table would drop the key on the way to disk).
  'an audit event with a key of its own': (doc, at) => withEntry(doc, 'audit', at, (e) => ({ ...e, colour: 'blue' })),
  'an assignment without notes': (doc, at) => withEntry(doc, 'assignments', at, ({ notes: _notes, ...a }) => a),
  'an audit event with its keys reversed': (doc, at) => withEntry(doc, 'audit', at, (e) => Object.fromEntries(Object.entries(e).reverse())),
  'a user row without a department': (doc, at) => withSnapshotRow(doc, 'users', at, ({ department: _d, ...r }: { department?: string }) => r),
  'a person whose directory facts lack seenAt': (doc, at) =>
    withEntry(doc, 'people', at, (p) => ({ ...p, directory: p.directory ? { ...p.directory, seenAt: undefined } : { accountEnabled: true } })),
};

describe('an open that checks the register a chunk at a time', () => {
  it('gives what the whole-document parse gives, key for key and in order, keeping the entries it read', () => {
    const read = fromDisk(base);
    const checked = checkedInChunks(registerDocumentSchema, read);
    if (!checked.success) throw new Error('the generated register is valid');
    expect(JSON.stringify(checked.data)).toBe(JSON.stringify(registerDocumentSchema.parse(read)));
    // The lists are the very lists the open built: no entry was replaced by zod's copy of it.
    for (const key of ['people', 'assignments', 'audit'] as const) expect(checked.data[key]).toBe(read[key]);
    expect(checked.data.inventory[0]?.mailboxes).toBe((read.inventory as RegisterDocument['inventory'])[0]?.mailboxes);
  });

  it("takes the schema's copy of exactly the entries the schema changes", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(acceptedChanges)), fc.nat(10_000), (name, at) => {
        const read = fromDisk((acceptedChanges[name] as Corruption)(base, at));
        const whole = registerDocumentSchema.safeParse(read);
        expect(whole.success).toBe(true);
        const checked = checkedInChunks(registerDocumentSchema, read);
        if (!checked.success) throw new Error(`refused: ${JSON.stringify(checked.problem)}`);
        expect(JSON.stringify(checked.data)).toBe(JSON.stringify(whole.data));
        // Every entry the schema gives back unchanged is the one read; the others are not.
        const snapshot = (read.inventory as RegisterDocument['inventory'])[0];
        const lists: [unknown[], unknown[]][] = [
          ...(['people', 'assignments', 'audit'] as const).map((key): [unknown[], unknown[]] => [read[key] as unknown[], checked.data[key]]),
          [snapshot?.mailboxes ?? [], checked.data.inventory[0]?.mailboxes ?? []],
          [snapshot?.users ?? [], checked.data.inventory[0]?.users ?? []],
        ];
        let copies = 0;
        for (const [list, result] of lists) {
          result.forEach((entry, i) => {
            expect(entry === list[i]).toBe(sameJson(list[i], entry));
            if (entry !== list[i]) copies++;
          });
        }
        // The change reached the document read back: exactly one entry is zod's copy.
        expect(copies).toBe(1);
      }),
      { numRuns: 25 },
    );
    // 25 whole-register parses and comparisons: about 9 s alone on the 2-core machine, 22 s beside other test files.
  }, 60_000);
});

describe('the first problem when a document has more than one', () => {
  it("is the one the whole parse names first, a snapshot row before the snapshot's CAL counts", () => {
    const [snapshot] = base.inventory;
    if (!snapshot) throw new Error('the generated register has a snapshot');
    const rows = [...snapshot.mailboxes];
    rows[1_500] = { ...rows[1_500]!, archive: 'yes' as never };
    const doc = { ...base, inventory: [{ ...snapshot, mailboxes: rows, exchangeCalCounts: { Standard: 'many' as never } }] };
    const whole = wholeVerdict(doc);
    expect(whole?.path).toEqual(['inventory', 0, 'mailboxes', 1_500, 'archive']);
    expect(checkInChunks(registerDocumentSchema, doc)).toEqual(whole);
    expect(checkedInChunks(registerDocumentSchema, doc)).toEqual({ success: false, problem: whole });
    // With the rows right, the counts are the first problem.
    const countsOnly = { ...base, inventory: [{ ...snapshot, exchangeCalCounts: { Standard: 'many' as never } }] };
    expect(checkInChunks(registerDocumentSchema, countsOnly)).toEqual(wholeVerdict(countsOnly));
    expect(wholeVerdict(countsOnly)?.path).toEqual(['inventory', 0, 'exchangeCalCounts', 'Standard']);
  });

  it("is the same as the whole parse's for any two wrong values", () => {
    const names = Object.keys(corruptions).filter((name) => !name.includes('not a list'));
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom(...names), fc.nat(10_000), fc.nat(10_000), (first, second, at1, at2) => {
        const once = (corruptions[first] as Corruption)(base, at1) as RegisterDocument;
        const doc = (corruptions[second] as Corruption)(once, at2);
        const whole = wholeVerdict(doc);
        expect(whole).not.toBeNull();
        expect(checkInChunks(registerDocumentSchema, doc)).toEqual(whole);
      }),
      { numRuns: 80 },
    );
  });
});

describe('sameJson', () => {
  it('is JSON equality with keys in the same order', () => {
    expect(sameJson({ a: 1, b: [1, { c: null }] }, { a: 1, b: [1, { c: null }] })).toBe(true);
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameJson({ a: undefined }, {})).toBe(false);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameJson({ 0: 1 }, [1])).toBe(false);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
    expect(sameJson('Łódź', 'Łódź')).toBe(true);
    // An inherited key is not the object's own: never taken for the same.
    expect(sameJson(Object.create({ notes: '' }) as object, {})).toBe(false);
    expect(sameJson(Object.assign(Object.create(null) as object, { a: 1 }), { a: 1 })).toBe(true);
  });
});
