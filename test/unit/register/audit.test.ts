import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { canonicalJson, GENESIS_HASH, hashedEventFields, hashEvent, nextAuditEvent, verifyAuditChain } from '../../../electron/services/register/audit';
import type { AuditEvent } from '../../../shared/domain/model';

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
