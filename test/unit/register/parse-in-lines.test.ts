import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expandTables, tablesForDisk } from '../../../electron/services/register/disk-tables';
import { ChunkTexts } from '../../../electron/services/register/json-pieces';
import { writeJsonAtomic } from '../../../electron/services/register/json-store';
import { parseInLines } from '../../../electron/services/register/parse-in-chunks';
import { nextAuditEvent } from '../../../electron/services/register/audit';
import { ListPrecheck } from '../../../electron/services/register/check-in-chunks';
import { registerMigrations, type Migration } from '../../../electron/services/register/migrations';
import { createRegister, openRegister, RegisterOpenError } from '../../../electron/services/register/register-store';
import { type RegisterDeps } from '../../../electron/services/register/open-register';
import { CURRENT_SCHEMA_VERSION, type RegisterDocument } from '../../../shared/domain/model';
import { aSnapshot, anAdUser, buildRegister, compliantParts } from '../licensing/builders';
import { bytesWithoutBreaks, org, registerPath, tempDir, testDeps } from './helpers';

/** The bytes the writer puts on disk for `value`, as an open register writes them (kept chunks) or without. */
function written(value: object, kept = true): Buffer {
  const file = join(tempDir(), 'register.json');
  writeJsonAtomic(file, value, kept ? new ChunkTexts() : undefined);
  return readFileSync(file);
}

/** What an open gets from parsing the whole text (and undefined where that fails). */
function wholeParse(bytes: Uint8Array): unknown {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? expandTables(value as Record<string, unknown>) : value;
  } catch {
    return undefined;
  }
}

/** The document `parseInLines` gives, its tables expanded as an open expands them. */
function inLines(bytes: Uint8Array): Record<string, unknown> | null {
  const value = parseInLines(bytes);
  return value && expandTables(value);
}

/** A register document with `count` people (Polish names, so two-byte text) and `notes` on some of them, and AD users in its snapshot. */
function registerOf(count: number, notes: readonly string[]) {
  const parts = compliantParts(count);
  const users = (parts.inventory[0]!.mailboxes ?? []).map((m) => anAdUser(m.login ?? '', { givenName: 'Żaneta', department: 'Księgowość' }));
  const doc = buildRegister({ ...parts, inventory: [aSnapshot(parts.inventory[0]!.mailboxes ?? [], { users })] });
  return { ...doc, people: doc.people.map((p, i) => (notes.length > 0 ? { ...p, givenName: 'Żaneta', notes: notes[i % notes.length]! } : p)) };
}

const key = fc.string({ minLength: 1, maxLength: 6 });
const leaf = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
const entry = fc.oneof(fc.dictionary(key, leaf, { maxKeys: 4 }), fc.array(leaf, { maxLength: 3 }), leaf);
/** Documents with lists long enough to be written in chunks, nested in objects and lists. */
const document = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(entry, { minLength: 60, maxLength: 260 }), tie('object'), fc.array(tie('object'), { minLength: 1, maxLength: 3 })),
  object: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
})).object;

/** Edits a hand, an editor or a damaged disk could make: a byte changed to one that matters to the layout, taken out, or put in. */
const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'insert'),
  byte: fc.constantFrom(...'\n,[]{}"\\ 0a'.split('').map((c) => c.charCodeAt(0))),
});
type Edit = { at: number; kind: 'replace' | 'delete' | 'insert'; byte: number };

function edited(bytes: Uint8Array, edits: readonly Edit[]): Buffer {
  let out = Buffer.from(bytes);
  for (const { at, kind, byte } of edits) {
    // Most edits land next to a line break, where the layout is decided.
    const breaks = [...out.keys()].filter((i) => out[i] === 0x0a);
    const where = breaks.length > 0 && at % 3 !== 0 ? breaks[at % breaks.length]! + (at % 5) - 2 : at % (out.length + 1);
    const i = Math.max(0, Math.min(out.length, where));
    if (kind === 'replace' && i < out.length) out[i] = byte;
    else if (kind === 'delete') out = Buffer.concat([out.subarray(0, i), out.subarray(i + 1)]);
    else out = Buffer.concat([out.subarray(0, i), Buffer.from([byte]), out.subarray(i)]);
  }
  return out;
}

/**
 * JSON texts laid out as the writer lays lists out, and then some: tables where `expandTables`
 * expands them and elsewhere, headers that are runs of lines themselves or not lists of names,
 * keys given twice, `__proto__`, strings like a marker. (A review of 12-06 found a header laid out
 * as a run expanded as if it were a list of names; random documents never built one.)
 */
const keyText = fc.constantFrom('people', 'assignments', 'inventory', 'mailboxes', 'users', 'columns', 'rows', '__proto__', 'a', '1', '0', 'id').map((k) => JSON.stringify(k));
const texts = fc.letrec((tie) => ({
  leaf: fc.constantFrom('1', '"x"', 'null', 'true', '"id"', '"givenName"', '"\\u0000"', '"\\u00000"', '[]', '{}'),
  value: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('object'), tie('list'), tie('run')),
  object: fc.array(fc.tuple(keyText, tie('value')), { maxLength: 3 }).map((pairs) => `{${pairs.map(([k, v]) => `${k}:${v}`).join(',')}}`),
  list: fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
  entry: fc.oneof(tie('value').map((v) => `[${v}]`), tie('value').map((v) => `{"id":${v}}`)),
  run: fc.tuple(fc.array(tie('entry'), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 2 })).map(([items, per]) => {
    const chunks: string[] = [];
    for (let i = 0; i < items.length; i += per) chunks.push(items.slice(i, i + per).join(','));
    return `[\n${chunks.join(',\n')}\n]`;
  }),
  table: fc
    .tuple(fc.oneof(fc.constant('["id","givenName"]'), tie('value')), fc.oneof(tie('run'), tie('value')), fc.boolean())
    .map(([columns, rows, first]) => (first ? `{"columns":${columns},"rows":${rows}}` : `{"rows":${rows},"columns":${columns}}`)),
  snapshot: fc.tuple(fc.oneof(tie('table'), tie('value')), fc.oneof(tie('table'), tie('value'))).map(([m, u]) => `{"mailboxes":${m},"users":${u}}`),
  inventory: fc.tuple(fc.array(tie('snapshot'), { minLength: 1, maxLength: 2 }), fc.boolean()).map(([s, run]) => (run ? `[\n${s.join(',\n')}\n]` : `[${s.join(',')}]`)),
  document: fc
    .array(fc.oneof(fc.tuple(fc.constantFrom('"people"', '"assignments"', '"audit"', '"a"'), fc.oneof(tie('table'), tie('value'))), fc.tuple(fc.constant('"inventory"'), tie('inventory'))), { minLength: 1, maxLength: 4 })
    .map((parts) => `{${parts.map(([k, v]) => `${k}:${v}`).join(',')}}`),
})).document;

/** A character put in, or put in place of another, where it can change the layout or the meaning. */
const textEdit = fc.record({ at: fc.nat(), put: fc.constantFrom('\n', ',', '[', ']', '{', '}', '"', '\\', ' ', '\r', ''), replace: fc.boolean() });

/** `parseInLines` of `text` is null, or the value the whole parse gives, keys in the same order; true when it was not null. */
function sameAsWhole(text: string): boolean {
  const value = inLines(Buffer.from(text, 'utf8'));
  if (value === null) return false;
  const whole = wholeParse(Buffer.from(text, 'utf8'));
  expect(value).toEqual(whole);
  expect(JSON.stringify(value)).toBe(JSON.stringify(whole));
  return true;
}

describe('parsing a register file a chunk at a time where its line breaks are', () => {
  afterEach(() => vi.restoreAllMocks());

  it('takes apart every register an open register writes, and gives what the whole parse gives', () => {
    fc.assert(
      fc.property(fc.integer({ min: 64, max: 400 }), fc.array(fc.string({ unit: 'binary', maxLength: 10 }), { maxLength: 5 }), (count, notes) => {
        const bytes = written(tablesForDisk(registerOf(count, notes)));
        const value = inLines(bytes);
        expect(value).not.toBeNull();
        expect(value).toEqual(wholeParse(bytes));
      }),
      { numRuns: 25 },
    );
  });

  it('takes apart a large register written without kept chunks (the bench writes so), in chunks of a hundred', () => {
    // Ten thousand list entries and more: written in pieces (json-store.ts), a small document is one line.
    const bytes = written(tablesForDisk(registerOf(4_000, ['Łódź'])), false);
    expect(bytes.toString('utf8').split('\n').length).toBeGreaterThan(3 * 40);
    const value = inLines(bytes);
    expect(value).not.toBeNull();
    expect(value).toEqual(wholeParse(bytes));
  });

  it('gives what JSON.parse gives for any document the writer writes, or nothing', () => {
    let taken = 0;
    fc.assert(
      fc.property(document, fc.boolean(), (value, kept) => {
        const bytes = written(value, kept);
        const parsed = parseInLines(bytes);
        if (parsed) taken += 1;
        expect(parsed ?? JSON.parse(new TextDecoder().decode(bytes))).toEqual(JSON.parse(new TextDecoder().decode(bytes)));
      }),
      { numRuns: 150 },
    );
    // Lists of objects and of rows are taken apart; the property is not passed by giving nothing.
    expect(taken).toBeGreaterThan(10);
  });

  it('never gives a value the whole text does not have, however the file was changed around its line breaks', () => {
    const bytes = written(tablesForDisk(registerOf(130, ['Łódź', 'a,b', '[x]'])));
    let taken = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const changed = edited(bytes, edits as Edit[]);
        const value = inLines(changed);
        if (value === null) return;
        taken += 1;
        expect(value).toEqual(wholeParse(changed));
      }),
      { numRuns: 400 },
    );
    // Some edits keep the layout (a space, a letter in a name): those files are still taken apart.
    expect(taken).toBeGreaterThan(20);
  });

  it('gives what the whole parse gives, or nothing, for any text laid out in lines, tables and headers anywhere', () => {
    let taken = 0;
    fc.assert(
      fc.property(texts, (text) => {
        if (sameAsWhole(text)) taken += 1;
      }),
      { numRuns: 3000 },
    );
    // About one text in twenty is laid out so that it can be taken apart (170–186 of 3,000 in four runs).
    expect(taken).toBeGreaterThan(80);
  });

  it('and so for such texts with a character changed, taken out or put in', () => {
    fc.assert(
      fc.property(texts, fc.array(textEdit, { minLength: 1, maxLength: 2 }), (text, edits) => {
        let changed = text;
        for (const { at, put, replace } of edits) {
          const i = at % (changed.length + 1);
          changed = changed.slice(0, i) + put + changed.slice(replace ? i + 1 : i);
        }
        sameAsWhole(changed);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes a header laid out in lines for what it is: not a list of names, so no table is expanded', () => {
    const text = '{"people":{"columns":[\n{"a":1}\n],"rows":[\n[1],\n[2]\n]}}';
    expect(sameAsWhole(text)).toBe(true);
    expect(inLines(Buffer.from(text))).toEqual({ people: { columns: [{ a: 1 }], rows: [[1], [2]] } });
  });

  it('gives nothing for a file it cannot take apart, and the whole parse reads or refuses it as before', () => {
    const list = Array.from({ length: 150 }, (_, i) => ({ i, name: 'Żaneta' }));
    const text = written({ audit: list }).toString('utf8');
    const cases: [string, string][] = [
      ['no line breaks (written before 12-06)', text.replaceAll('\n', '')],
      ['formatted by an editor', JSON.stringify(JSON.parse(text), null, 2)],
      ['a comma after the last chunk', text.replace('}\n]', '},\n]')],
      ['a chunk cut off at the end', text.slice(0, text.lastIndexOf('\n'))],
      ['the text outside the chunks holds the marker', text.replace('{"audit"', '{"note":"\\u0000","audit"')],
      ['a list the markers stand for shadowed by a later key', text.replace(/}$/, ',"audit":[]}')],
      // Without the guard on the marker's text, this string would be taken for the list the later key shadows.
      ['a string like a marker in place of a shadowed list', text.replace(/}$/, ',"audit":["\\u00000"]}')],
    ];
    for (const [what, changed] of cases) {
      const bytes = Buffer.from(changed, 'utf8');
      expect(parseInLines(bytes), what).toBeNull();
    }
    expect(wholeParse(Buffer.from(cases[4]![1]))).toEqual({ note: '\u0000', audit: list });
    expect(wholeParse(Buffer.from(cases[5]![1]))).toEqual({ audit: [] });
    expect(wholeParse(Buffer.from(cases[6]![1]))).toEqual({ audit: ['\u00000'] });
  });

  it('leaves a table where the register keeps none as the whole parse leaves it: rows', () => {
    const doc = registerOf(120, []);
    const text = written(tablesForDisk(doc)).toString('utf8');
    // A table under a key the register does not have stays a table of rows, as the whole parse leaves it.
    const moved = Buffer.from(text.replace('"people":{', '"formerPeople":{'), 'utf8');
    const value = inLines(moved);
    expect(value).toEqual(wholeParse(moved));
    expect((value as { formerPeople: { rows: unknown[] } }).formerPeople.rows[0]).toBeInstanceOf(Array);
  });

  it('is how an open reads a register no stamp vouches for, and gives the document the whole parse gives', () => {
    const dir = tempDir();
    const register = createRegister(dir, org(), testDeps());
    const doc = registerOf(500, ['Zażółć gęślą jaźń']);
    register.commit({ ...register.document, people: doc.people, purchases: doc.purchases, assignments: doc.assignments, servers: doc.servers, inventory: doc.inventory }, { action: 'test.fill' });
    register.close();

    const parse = vi.spyOn(JSON, 'parse');
    const inChunks = openRegister(dir, testDeps({ stampKey: new Uint8Array(randomBytes(32)) }), { readOnly: true });
    expect(parse.mock.calls.length).toBeGreaterThan(15);
    expect(parse.mock.calls.filter(([text]) => typeof text === 'string' && text.length > 100_000)).toHaveLength(0);
    // The same file as an older version wrote it, without line breaks: parsed whole.
    writeFileSync(registerPath(dir), readFileSync(registerPath(dir), 'utf8').replaceAll('\n', ''));
    parse.mockClear();
    const whole = openRegister(dir, testDeps(), { readOnly: true });
    expect(parse.mock.calls.filter(([text]) => typeof text === 'string' && text.length > 100_000)).toHaveLength(1);
    expect(inChunks.document).toEqual(whole.document);
    expect(inChunks.document.people[0]!.givenName).toBe('Żaneta');
    inChunks.close();
    whole.close();
  });

  it('takes apart a register whose lines end in CRLF (as Git for Windows checks files out), and gives what the whole parse gives', () => {
    fc.assert(
      fc.property(fc.integer({ min: 64, max: 300 }), fc.array(fc.string({ unit: 'binary', maxLength: 10 }), { maxLength: 5 }), (count, notes) => {
        const bytes = Buffer.from(written(tablesForDisk(registerOf(count, notes))).toString('utf8').replaceAll('\n', '\r\n'), 'utf8');
        const value = inLines(bytes);
        expect(value).not.toBeNull();
        expect(value).toEqual(wholeParse(bytes));
      }),
      { numRuns: 15 },
    );
  });

  it('gives what the whole parse gives, or nothing, for any such text with CRLF line ends, changed or not (a CR put in or taken out)', () => {
    let taken = 0;
    fc.assert(
      fc.property(texts, fc.array(textEdit, { maxLength: 2 }), (text, edits) => {
        let changed = text.replaceAll('\n', '\r\n');
        for (const { at, put, replace } of edits) {
          const i = at % (changed.length + 1);
          changed = changed.slice(0, i) + put + changed.slice(replace ? i + 1 : i);
        }
        if (sameAsWhole(changed)) taken += 1;
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(40);
    // A CR inside a string is not whitespace: the CRLF there stays a raw line break, which no JSON string holds.
    for (const text of ['{"a":[\r\n"x\r\ny"\r\n]}', '{"a":[\r\n1\r\n2\r\n]}', '{"a":[\r\ntr\r\nue\r\n]}']) expect(inLines(Buffer.from(text)), text).toBeNull();
  });

  it('opens a register whose lines end in CRLF a chunk at a time, with the document the app wrote', () => {
    const dir = tempDir();
    const register = createRegister(dir, org(), testDeps());
    const doc = registerOf(400, ['Zażółć gęślą jaźń']);
    register.commit({ ...register.document, people: doc.people, assignments: doc.assignments, inventory: doc.inventory }, { action: 'test.fill' });
    const written = register.document;
    register.close();
    writeFileSync(registerPath(dir), readFileSync(registerPath(dir), 'utf8').replaceAll('\n', '\r\n'));

    const parse = vi.spyOn(JSON, 'parse');
    const crlf = openRegister(dir, testDeps(), { readOnly: true });
    expect(parse.mock.calls.filter(([text]) => typeof text === 'string' && text.length > 100_000)).toHaveLength(0);
    expect(crlf.document).toEqual(written);
    expect(crlf.notices.map((n) => n.code)).not.toContain('audit-chain-broken');
    crlf.close();
  });
});

/** Changes a hand could make to one entry of a register: a value of the wrong type, a field taken out (zod fills its default), a bad date. */
const entryEdit = fc.record({
  list: fc.constantFrom('people', 'assignments', 'mailboxes', 'users', 'audit'),
  at: fc.nat(),
  change: fc.constantFrom('wrong type', 'field taken out', 'bad date', 'unknown key'),
});

function damaged(doc: ReturnType<typeof registerOf>, edits: readonly { list: string; at: number; change: string }[]) {
  const copy = structuredClone(doc) as unknown as Record<string, unknown> & { inventory: Record<'mailboxes' | 'users', Record<string, unknown>[]>[] };
  for (const { list, at, change } of edits) {
    const entries = (list === 'mailboxes' || list === 'users' ? copy.inventory[0]![list] : copy[list]) as Record<string, unknown>[];
    const entry = entries[at % entries.length];
    if (!entry) continue;
    const keys = Object.keys(entry).filter((k) => k !== 'id');
    const key = keys[at % keys.length]!;
    if (change === 'wrong type') entry[key] = typeof entry[key] === 'number' ? 'x' : 42;
    else if (change === 'field taken out') delete entry[key];
    else if (change === 'bad date') entry[keys.find((k) => /date|On$|at$/i.test(k)) ?? key] = '2024-13-45';
    else entry.zzz = 1;
  }
  return copy;
}

/** What a read-only open of `bytes` gives: the document, or the reason it refused the file. */
function opened(bytes: Uint8Array, deps: Partial<RegisterDeps> = {}): unknown {
  const dir = tempDir();
  createRegister(dir, org(), testDeps()).close();
  writeFileSync(registerPath(dir), bytes);
  try {
    const register = openRegister(dir, testDeps(deps), { readOnly: true });
    const { document, notices } = register;
    register.close();
    return { document, order: JSON.stringify(document), notices };
  } catch (error) {
    if (!(error instanceof RegisterOpenError)) throw error;
    return { refused: error.message };
  }
}

/** `doc` with an intact audit trail of `count` events, long enough to be written in chunks. */
function withAudit<T extends object>(doc: T, count: number): T {
  const audit: ReturnType<typeof nextAuditEvent>[] = [];
  for (let i = 0; i < count; i++) audit.push(nextAuditEvent(audit.at(-1), { action: 'test.event', subject: `Osoba ${i}`, after: { notes: 'zażółć' } }, '2024-01-01T00:00:00.000Z', 'tester'));
  return { ...doc, audit };
}

describe('a register no stamp vouches for is checked while it is parsed', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Opens `bytes` as they are and as one line (the whole parse and the whole check), expects the same, and says how many lists were prechecked. */
  function sameOpen(bytes: Uint8Array, deps: Partial<RegisterDeps> = {}): { result: unknown; prechecked: number } {
    const kept = vi.spyOn(ListPrecheck.prototype, 'kept');
    const result = opened(bytes, deps);
    const prechecked = kept.mock.results.filter((r) => r.value !== null).length;
    kept.mockRestore();
    // The same file as written before 12-06: one line, parsed whole, then checked whole (a syntax error is then at another position).
    const whole = opened(bytesWithoutBreaks(bytes), deps) as { refused?: string };
    const atPosition = (open: unknown) => ({ ...(open as object), refused: (open as { refused?: string }).refused?.replace(/at position \d+/, 'at position N') });
    expect(atPosition(result)).toEqual(atPosition(whole));
    return { result, prechecked };
  }

  it('and the open gives what the whole parse and the full check give, whatever was changed in its entries', () => {
    const doc = withAudit(registerOf(180, ['Łódź']), 120);
    let runs = 0;
    let refused = 0;
    let prechecked = 0;
    fc.assert(
      fc.property(fc.array(entryEdit, { maxLength: 3 }), (edits) => {
        const open = sameOpen(written(tablesForDisk(damaged(doc, edits) as never)));
        runs += 1;
        if ('refused' in (open.result as object)) refused += 1;
        prechecked += open.prechecked;
      }),
      { numRuns: 60 },
    );
    // Both outcomes were compared: files the check refuses and files it opens (with zod's defaults filled in); and lists
    // were prechecked. As shares of the runs, so that `npm run test:hunt`, which runs each property more, judges alike.
    expect(refused / runs).toBeGreaterThan(5 / 60);
    expect(refused / runs).toBeLessThan(55 / 60);
    expect(prechecked / runs).toBeGreaterThan(1);
  });

  it('and so when the document around the lists fails, a list is missing, or a chunk does not parse after lists were checked', () => {
    const doc = withAudit(registerOf(180, []), 120);
    const text = written(tablesForDisk(doc)).toString('utf8');
    const cases: [string, string][] = [
      ['the organization fails its check', text.replace('"organization":{"name":"', '"organization":{"name":"","x":"')],
      ['the organization fails, and a person too', text.replace('"organization":{"name":"', '"organization":{"name":1,"x":"').replace('"Żaneta"', '7')],
      ['no proofs list: the document is checked whole', text.replace(/"proofs":\[[^\]]*\],/, '')],
      ['a snapshot without its users', text.replace(/,"users":\{"columns":[^\]]*\],"rows":\[\n[\s\S]*?\n\]\}/, '')],
      ['the snapshot itself fails after its rows passed', text.replace('"takenAt":"', '"takenAt":"x')],
      ['the audit trail\'s last chunk does not parse, after the tables were checked', text.replace(/\}\n\]\}$/, '}}\n]}')],
    ];
    for (const [what, changed] of cases) {
      expect(changed, what).not.toBe(text);
      sameOpen(Buffer.from(changed, 'utf8'));
    }
    expect(JSON.parse(cases[2]![1])).not.toHaveProperty('proofs');
    expect(JSON.parse(cases[3]![1]).inventory[0]).not.toHaveProperty('users');
  });

  it('not before a migration, which must see the entries as they were read (no defaults filled in)', () => {
    const doc = registerOf(180, []);
    // Without notes, people are written as a list of objects, taken apart like any other.
    const bytes = written(tablesForDisk({ ...doc, people: doc.people.map(({ notes: _notes, ...person }) => person) }));
    const migrations: Migration[] = [
      ...registerMigrations,
      { from: CURRENT_SCHEMA_VERSION, describe: 'notes for people without', up: (d) => ({ ...d, people: (d.people as object[]).map((p) => ('notes' in p ? p : { ...p, notes: 'z migracji' })) }) },
    ];
    const { result, prechecked } = sameOpen(bytes, { migrations, schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect((result as { document: RegisterDocument }).document.people[0]!.notes).toBe('z migracji');
    expect(prechecked).toBe(0);
  });

  it('skips the second check of the lists that passed while parsed, and of none in a file it parses whole', () => {
    const bytes = written(tablesForDisk(withAudit(registerOf(180, ['Łódź']), 120)));
    const kept = vi.spyOn(ListPrecheck.prototype, 'kept');
    expect(opened(bytes)).toHaveProperty('document');
    // People, assignments, the snapshot's mailboxes and users and the audit trail (long enough to be in chunks) passed while parsed.
    expect(kept.mock.results.filter((r) => r.value !== null)).toHaveLength(5);
    kept.mockClear();
    opened(bytesWithoutBreaks(bytes));
    expect(kept.mock.calls).toHaveLength(0);
  });
});
