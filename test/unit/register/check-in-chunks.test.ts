import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInChunks } from '../../../electron/services/register/check-in-chunks';
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
