import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { savePerson } from '../../../electron/services/ledger/ledger';
import { canonicalJson, eventSubject, GENESIS_HASH, hashedEventFields, hashEvent, nextAuditEvent, verifyAuditChain } from '../../../electron/services/register/audit';
import { createRegister, openRegister } from '../../../electron/services/register/register-store';
import { auditEventSchema, type AuditEvent } from '../../../shared/domain/model';
import { org, tempDir, testDeps } from './helpers';

function chain(n: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 0; i < n; i++) {
    events.push(nextAuditEvent(events.at(-1), { action: 'person.add', subject: `p${i}`, after: { i, name: 'Łukasz' } }, `2026-11-25T10:00:0${i % 10}.000Z`, 'tester'));
  }
  return events;
}

describe('audit trail hash chain', () => {
  it('the first event links to the genesis hash and each next one to its predecessor', () => {
    const events = chain(3);
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    expect(verifyAuditChain(events)).toEqual({ ok: true, count: 3, head: events[2]!.hash });
  });

  it('an edited event is detected at its sequence number', () => {
    const events = chain(4);
    events[2] = { ...events[2]!, subject: 'someone else' };
    expect(verifyAuditChain(events)).toMatchObject({ ok: false, brokenAt: 3, reason: 'content' });
  });

  it('a removed event breaks the chain', () => {
    const events = chain(4);
    events.splice(1, 1);
    expect(verifyAuditChain(events).ok).toBe(false);
  });

  it('key order does not change the hash (canonical JSON)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
      }),
    );
  });

  it('changing any single character of an event is detected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.string({ minLength: 1 }), (index, text) => {
        const events = chain(5);
        const target = events[index]!;
        fc.pre(text !== target.subject);
        events[index] = { ...target, subject: text };
        expect(verifyAuditChain(events).ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('an event hashes exactly as registers written by the first version recorded it', () => {
    const event = {
      seq: 7,
      at: '2026-11-25T10:00:00.000Z',
      actor: 'PRZYKLAD\\administrator',
      action: 'assignment.add',
      subject: 'anna.nowak@przyklad.pl',
      after: { purchaseId: 'lot-1', note: 'Zażółć gęślą jaźń', nested: { z: [1, 2.5, null, true], a: '"quoted"' } },
      prevHash: 'a'.repeat(64),
    };
    // Computed with the first implementation (Object.entries + sort + join); a change here would break every stored chain.
    expect(hashEvent(event)).toBe('40c97d6dfa2a209c618b772f8c59e2b98e6fc2553c0dd27117c0690b9b4e8253');
  });

  it('canonical JSON is the same text as the first implementation for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.dictionary(fc.string(), fc.option(fc.jsonValue(), { nil: undefined })), (value, withUndefined) => {
        expect(canonicalJson(value)).toBe(firstCanonicalJson(value));
        expect(canonicalJson(withUndefined)).toBe(firstCanonicalJson(withUndefined));
      }),
      { numRuns: 300 },
    );
  });

  it('an event hash is the hash of the canonical JSON of its fields', () => {
    expect([...hashedEventFields]).toEqual([...hashedEventFields].sort());
    fc.assert(
      fc.property(fc.string(), fc.option(fc.jsonValue(), { nil: undefined }), fc.option(fc.jsonValue(), { nil: undefined }), (subject, before, after) => {
        const body = { seq: 3, at: '2026-11-25T10:00:00.000Z', actor: 'a', action: 'x.y', subject, before, after, prevHash: GENESIS_HASH };
        expect(hashEvent(body)).toBe(createHash('sha256').update(firstCanonicalJson(body)).digest('hex'));
      }),
    );
  });
});

/** The first canonical JSON, kept as the reference the faster one must match. */
function firstCanonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(firstCanonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${firstCanonicalJson(v)}`).join(',')}}`;
}

const graphemesOf = (text: string): string[] => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((g) => g.segment);

describe('audit event subjects', () => {
  it('a subject longer than an event may hold is cut with an ellipsis, never inside a character, and the event passes its schema', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (subject) => {
        const cut = eventSubject(subject);
        expect(auditEventSchema.shape.subject.safeParse(cut).success).toBe(true);
        if (subject.length <= 200) expect(cut).toBe(subject);
        else {
          expect(cut.endsWith('…')).toBe(true);
          expect(subject.startsWith(cut.slice(0, -1))).toBe(true);
          // Whole characters as the reader sees them, as many as fit: the next one would not have.
          const kept = cut.slice(0, -1);
          const whole = graphemesOf(subject);
          const keptGraphemes = graphemesOf(kept);
          expect(keptGraphemes).toEqual(whole.slice(0, keptGraphemes.length));
          expect(kept.length + (whole[keptGraphemes.length]?.length ?? 0)).toBeGreaterThan(199);
        }
      }),
      { numRuns: 500 },
    );
    expect(eventSubject(`${'a'.repeat(198)}🙂tail`)).toBe(`${'a'.repeat(198)}…`);
  });

  it('an emoji of several code points, a flag or a letter with a combining accent is never cut apart', () => {
    const family = '👨\u200D👩\u200D👧'; // 8 code units, one character
    expect(eventSubject(`${'a'.repeat(195)}${family}tail`)).toBe(`${'a'.repeat(195)}…`);
    expect(eventSubject(`${'a'.repeat(190)}${family}${family}`)).toBe(`${'a'.repeat(190)}${family}…`);
    const flag = '🇵🇱'; // two regional indicators, 4 code units
    expect(eventSubject(`${'a'.repeat(197)}${flag}tail`)).toBe(`${'a'.repeat(197)}…`);
    const accented = 'Z\u0307'; // Ż as Z + combining dot above
    expect(eventSubject(`${'a'.repeat(198)}${accented}tail`)).toBe(`${'a'.repeat(198)}…`);
  });

  it('a person with two long names and no e-mail or login is saved; the audit names them cut short', () => {
    const dir = tempDir();
    const deps = testDeps();
    const register = createRegister(dir, org(), deps);
    const person = savePerson(register, { givenName: 'Ż'.repeat(150), surname: 'Ł'.repeat(150) });
    const event = register.document.audit.at(-1)!;
    expect(event.subject).toHaveLength(200);
    expect(event.subject.endsWith('…')).toBe(true);
    expect((event.after as { surname: string }).surname).toBe(person.surname);
    register.close();
    const reopened = openRegister(dir, deps);
    expect(verifyAuditChain(reopened.document.audit).ok).toBe(true);
    reopened.close();
  });
});
