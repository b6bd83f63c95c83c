import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, nextAuditEvent, verifyAuditChain } from '../../../electron/services/register/audit';
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
});
