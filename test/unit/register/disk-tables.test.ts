import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENTS, expandTables, literalPair, MAILBOXES, PEOPLE, TableList, tablesForDisk, USERS } from '../../../electron/services/register/disk-tables';
import { jsonPieces } from '../../../electron/services/register/json-pieces';
import { createRegister, openRegister } from '../../../electron/services/register/register-store';
import { assignmentSchema, inventoryMailboxSchema, inventoryUserSchema, personSchema } from '../../../shared/domain/model';
import { aSnapshot, buildRegister, compliantParts, anAdUser } from '../licensing/builders';
import { org, readRegisterFile, registerPath, tempDir, testDeps, withoutBreaks } from './helpers';

const columnsOf = (shape: object) => Object.keys(shape);

/** Any JSON value a field may hold (the codec never looks inside a cell). */
const cell = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }), fc.dictionary(fc.string({ maxLength: 4 }), fc.boolean(), { maxKeys: 2 }));
/** An entry with every column of `shape`, in a random key order, sometimes with one key more. */
const entryOf = (shape: object) =>
  fc.tuple(fc.tuple(...columnsOf(shape).map(() => cell)), fc.boolean(), fc.boolean()).map(([values, reversed, extra]) => {
    const pairs = columnsOf(shape).map((c, i) => [c, values[i]] as const);
    const entry = Object.fromEntries(reversed ? pairs.reverse() : pairs) as Record<string, unknown>;
    if (extra) entry.addedByHand = 'x';
    return entry;
  });
const documentArb = fc.record({
  schemaVersion: fc.constant(2),
  organization: fc.record({ name: fc.string() }),
  people: fc.array(entryOf(personSchema.shape), { maxLength: 8 }),
  assignments: fc.array(entryOf(assignmentSchema.shape), { maxLength: 8 }),
  inventory: fc.array(
    fc.record({ id: fc.string(), mailboxes: fc.array(entryOf(inventoryMailboxSchema.shape), { maxLength: 5 }), users: fc.array(entryOf(inventoryUserSchema.shape), { maxLength: 5 }) }),
    { maxLength: 3 },
  ),
  audit: fc.array(fc.record({ seq: fc.nat(), after: fc.option(fc.record({ id: fc.string() }), { nil: undefined }) }), { maxLength: 3 }),
});

/** What the file holds, parsed and expanded as an open does. */
const throughDisk = (doc: object) => expandTables(JSON.parse(JSON.stringify(tablesForDisk(doc))) as Record<string, unknown>);
/** `doc` as plain JSON, the way it read back before tables: entries keep only the keys JSON keeps. */
const asJson = (doc: object) => JSON.parse(JSON.stringify(doc)) as unknown;
/** Only the schema's keys of an entry: the keys a full schema check keeps, and all a table has columns for. */
const project = (shape: object) => (entry: Record<string, unknown>) => Object.fromEntries(columnsOf(shape).map((c) => [c, entry[c]]));
type Generated = { people: Record<string, unknown>[]; assignments: Record<string, unknown>[]; inventory: { mailboxes: Record<string, unknown>[]; users: Record<string, unknown>[] }[] };
const schemaKeysOnly = <T extends Generated>(doc: T): T => ({
  ...doc,
  people: doc.people.map(project(personSchema.shape)),
  assignments: doc.assignments.map(project(assignmentSchema.shape)),
  inventory: doc.inventory.map((s) => ({ ...s, mailboxes: s.mailboxes.map(project(inventoryMailboxSchema.shape)), users: s.users.map(project(inventoryUserSchema.shape)) })),
});

describe('register lists as tables on disk (schema version 2)', () => {
  it('a document read back from its tables holds the same lists with the same values (keys outside the schema are not kept)', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        expect(throughDisk(doc)).toEqual(asJson(schemaKeysOnly(doc)));
      }),
      { numRuns: 300 },
    );
  });

  it('the piece-wise writer of large registers writes the tables as JSON.stringify does, with line breaks around chunks', () => {
    fc.assert(
      fc.property(documentArb, fc.integer({ min: 1, max: 4 }), (doc, chunk) => {
        const disk = tablesForDisk(doc);
        expect(withoutBreaks([...jsonPieces(disk, chunk)].join(''))).toBe(JSON.stringify(disk));
      }),
      { numRuns: 300 },
    );
  });

  it('people, assignments and inventory rows are written as a header of columns and one row per entry', () => {
    const doc = buildRegister(compliantParts(3));
    type Table = { columns: string[]; rows: unknown[][] };
    const disk = JSON.parse(JSON.stringify(tablesForDisk(doc))) as { people: Table; assignments: Table; inventory: { mailboxes: Table }[] };
    expect(disk.people.columns).toEqual(columnsOf(personSchema.shape));
    expect(disk.people.rows).toHaveLength(3);
    expect(disk.people.rows[0]).toEqual(columnsOf(personSchema.shape).map((c) => (doc.people[0] as Record<string, unknown>)[c]));
    expect(disk.assignments.columns).toEqual(columnsOf(assignmentSchema.shape));
    expect(disk.inventory[0]!.mailboxes.columns).toEqual(columnsOf(inventoryMailboxSchema.shape));
    expect(disk.inventory[0]!.mailboxes.rows).toHaveLength(doc.inventory[0]!.mailboxes.length);
  });

  it('a list with an entry that lacks a column is written as objects, so nothing depends on a missing value', () => {
    const doc = buildRegister(compliantParts(2));
    const { notes: _dropped, ...withoutNotes } = doc.people[1]!;
    const partial = { ...doc, people: [doc.people[0], withoutNotes] };
    const disk = JSON.parse(JSON.stringify(tablesForDisk(partial))) as { people: unknown; assignments: { columns?: string[] } };
    expect(Array.isArray(disk.people)).toBe(true);
    expect(disk.assignments.columns).toBeDefined();
    expect(throughDisk(partial)).toEqual(asJson(partial));
  });

  it('each kind of table writes and reads our own rows with its literals: they name exactly the schema keys, in order', () => {
    for (const kind of [PEOPLE, ASSIGNMENTS, MAILBOXES, USERS]) expect(kind.literals).not.toBeNull();
    // Literals that drifted from their schema (a key missing, out of order, or a row that puts a value elsewhere) are never used.
    const entry = (r: readonly unknown[]) => ({ id: r[0], notes: r[1] });
    const complete = (e: Record<string, unknown>) => e.id !== undefined && e.notes !== undefined;
    expect(literalPair(['id', 'notes'], { entry: (r) => ({ id: r[0] }), row: (e) => [e.id, e.notes], complete })).toBeNull();
    expect(literalPair(['id', 'notes'], { entry: (r) => ({ notes: r[1], id: r[0] }), row: (e) => [e.id, e.notes], complete })).toBeNull();
    expect(literalPair(['id', 'notes'], { entry, row: (e) => [e.notes, e.id], complete })).toBeNull();
    expect(literalPair(['id', 'notes'], { entry, row: (e) => [e.id], complete })).toBeNull();
    // A completeness test that forgets a column (or says no to a full entry) is not used either.
    expect(literalPair(['id', 'notes'], { entry, row: (e) => [e.id, e.notes], complete: (e) => e.id !== undefined })).toBeNull();
    expect(literalPair(['id', 'notes'], { entry, row: (e) => [e.id, e.notes], complete: () => false })).toBeNull();
    expect(literalPair(['id', 'notes'], { entry, row: (e) => [e.id, e.notes], complete })).not.toBeNull();
    // Without literals a table is written key by key, to the same text.
    const entries = [{ notes: 'n1', id: 'a' }, { id: 'b', notes: 'n2' }];
    const table = new TableList({ columns: ['id', 'notes'], literals: null }, entries);
    expect(JSON.stringify(table)).toBe('{"columns":["id","notes"],"rows":[["a","n1"],["b","n2"]]}');
    expect([...jsonPieces({ people: table }, 1)].join('')).toBe('{"people":{"columns":["id","notes"],"rows":[\n["a","n1"],\n["b","n2"]\n]}}');
  });

  it('a header whose columns were put in another order by hand is read by name', () => {
    const columns = [...PEOPLE.columns].reverse();
    const person = Object.fromEntries(PEOPLE.columns.map((c, i) => [c, `v${i}`]));
    const read = expandTables({ people: { columns, rows: [columns.map((c) => person[c])] } }).people as Record<string, unknown>[];
    expect(read[0]).toEqual(person);
    // A column named __proto__ is an own key, as JSON.parse makes it, never the entry's prototype.
    const [entry] = expandTables({ people: { columns: ['__proto__', 'id'], rows: [[{ polluted: true }, 'p1']] } }).people as Record<string, unknown>[];
    expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
    expect(Object.keys(entry!)).toEqual(['__proto__', 'id']);
    expect((entry as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('lists kept as objects (version 1 files) pass through; what is not a table is left for the schema check', () => {
    const people = [{ id: 'p1' }];
    expect(expandTables({ people }).people).toBe(people);
    expect(expandTables({ people: { columns: ['id', 3], rows: [] } }).people).toEqual({ columns: ['id', 3], rows: [] });
    // A row that does not fit the header stays what it was, so the schema names it instead of a value going missing.
    expect(expandTables({ people: { columns: ['id', 'notes'], rows: [['p1', ''], ['p2'], 'p3', ['p4', '', 'extra']] } }).people).toEqual([{ id: 'p1', notes: '' }, ['p2'], 'p3', ['p4', '', 'extra']]);
    expect(expandTables({ schemaVersion: 2 })).toEqual({ schemaVersion: 2 });
  });
});

describe('a register saved with tables', () => {
  function savedRegister() {
    const dir = tempDir();
    const deps = testDeps();
    const register = createRegister(dir, org(), deps);
    const parts = compliantParts(4);
    const doc = buildRegister({ ...parts, inventory: [aSnapshot(parts.inventory[0]!.mailboxes ?? [], { users: [anAdUser('ewisniewska', { givenName: 'Ewa', surname: 'Wiśniewska' })] })] });
    register.commit({ ...register.document, people: doc.people, purchases: doc.purchases, assignments: doc.assignments, servers: doc.servers, inventory: doc.inventory }, { action: 'test.fill' });
    const document = register.document;
    register.close();
    return { dir, deps, document };
  }

  it('opens to the document that was saved, and its file names each column once per list', () => {
    const { dir, deps, document } = savedRegister();
    const text = readFileSync(registerPath(dir), 'utf8');
    const raw = JSON.parse(text) as { people: { columns: string[]; rows: unknown[] } };
    expect(raw.people.rows).toHaveLength(4);
    expect(text.match(/"surname"/g)).toHaveLength(2); // the people table's header and the AD users table's
    const reopened = openRegister(dir, deps);
    expect(reopened.document).toEqual(JSON.parse(JSON.stringify(document)));
    reopened.close();
  });

  it('a value edited by hand in a row is read after the full check, like an edited object was', () => {
    const { dir, deps } = savedRegister();
    const raw = JSON.parse(readFileSync(registerPath(dir), 'utf8')) as { people: { columns: string[]; rows: unknown[][] } };
    const surname = raw.people.columns.indexOf('surname');
    raw.people.rows[2]![surname] = 'Żółkiewska';
    writeFileSync(registerPath(dir), JSON.stringify(raw));
    const reopened = openRegister(dir, deps);
    expect(reopened.document.people[2]!.surname).toBe('Żółkiewska');
    reopened.close();
    expect(readRegisterFile(registerPath(dir)).people[2].surname).toBe('Żółkiewska');
  });
});
