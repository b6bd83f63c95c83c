import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RegisterDocument } from '../../../shared/domain/model';
import type { ComplianceReport } from '../../../shared/licensing/types';
import { SE_AS_OF, aMailbox, aPerson, aPurchase, aServer, aSnapshot, anAssignment, buildRegister, compliantParts } from './builders';
import { check, findingsOf, positionOf } from './helpers';

describe('position arithmetic', () => {
  it('shortfall is required minus purchased and the lot is reported as short', () => {
    const parts = compliantParts(5);
    const report = check(buildRegister({ ...parts, purchases: [aPurchase('lot1', '2019-standard-user', 3)], assignments: parts.assignments.slice(0, 3) }));
    expect(positionOf(report, '2019-standard-user')).toEqual({
      product: 'Exchange Server 2019 Standard User CAL',
      productId: 'exchange-2019-standard-user-cal',
      purchased: 3,
      assigned: 3,
      required: 5,
      shortfall: 2,
      surplus: 0,
      notReaching: 0,
    });
    expect(findingsOf(report, 'cal-shortfall')).toMatchObject([
      { severity: 'error', subject: 'Exchange Server 2019 Standard User CAL', subjectKind: 'product', params: { required: 5, purchased: 3, shortfall: 2 }, fix: 'add-purchase' },
    ]);
  });

  it('surplus is purchased minus required and is not a finding', () => {
    const parts = compliantParts(2);
    const report = check(buildRegister({ ...parts, purchases: [aPurchase('lot1', '2019-standard-user', 10)] }));
    expect(positionOf(report, '2019-standard-user')).toMatchObject({ purchased: 10, assigned: 2, required: 2, shortfall: 0, surplus: 8 });
    expect(findingsOf(report, 'cal-shortfall')).toEqual([]);
  });

  it('lots of the same product add up and voided lots do not count', () => {
    const report = check(
      buildRegister({
        purchases: [
          aPurchase('a', '2019-standard-user', 5),
          aPurchase('b', '2019-standard-user', 7),
          aPurchase('c', '2019-standard-user', 100, { voidedAt: '2024-02-01T00:00:00.000Z' }),
        ],
      }),
    );
    expect(positionOf(report, '2019-standard-user')).toMatchObject({ purchased: 12, required: 0, surplus: 12 });
  });

  it('needs no lot covers are required of the newest server version, each product listed in catalog order', () => {
    const report = check(
      buildRegister({
        servers: [aServer({ product: 'Exchange Server 2016' })],
        purchases: [aPurchase('se', 'se-standard-user', 1), aPurchase('new', '2019-standard-user', 2)],
        inventory: [aSnapshot([aMailbox('a'), aMailbox('b'), aMailbox('c'), aMailbox('d', { archive: true })])],
      }),
    );
    expect(report.position.map((row) => [row.productId, row.purchased, row.required, row.shortfall])).toEqual([
      ['exchange-2016-standard-user-cal', 0, 1, 1],
      ['exchange-2016-enterprise-user-cal', 0, 1, 1],
      ['exchange-2019-standard-user-cal', 2, 2, 0],
      ['exchange-se-standard-user-cal', 1, 1, 0],
    ]);
  });

  it('a register without servers is judged against the newest version it bought', () => {
    const report = check(buildRegister({ servers: [], purchases: [aPurchase('lot', '2016-standard-user', 1)], people: [aPerson('a'), aPerson('b')] }));
    expect(report.position.map((row) => [row.productId, row.purchased, row.required, row.shortfall])).toEqual([['exchange-2016-standard-user-cal', 1, 2, 1]]);
  });

  it('a lot bought after the as-of date does not set the version a register without servers is judged against', () => {
    const later = aPurchase('later', 'se-standard-user', 1, { date: '2099-01-01', coverage: { kind: 'subscription', until: '2099-12-31' } });
    const report = check(buildRegister({ servers: [], purchases: [aPurchase('lot', '2019-standard-user', 1), later], people: [aPerson('a')], assignments: [anAssignment('a1', 'a', 'lot')] }));
    expect(findingsOf(report, 'mailbox-without-cal')).toEqual([]);
    expect(report.position.filter((row) => row.shortfall > 0)).toEqual([]);
  });
});

describe('determinism', () => {
  it('the same register in any order gives the same report', () => {
    const parts = compliantParts(6);
    const messy = {
      ...parts,
      purchases: [aPurchase('lot1', '2019-standard-user', 4, { proofIds: [] }), aPurchase('lot2', '2016-standard-user', 3, { document: '' })],
      assignments: parts.assignments.map((a, i) => ({ ...a, purchaseId: i % 2 ? 'lot1' : 'lot2' })),
    };
    const reversed = {
      ...messy,
      purchases: [...messy.purchases].reverse(),
      people: [...messy.people].reverse(),
      assignments: [...messy.assignments].reverse(),
      inventory: messy.inventory.map((s) => ({ ...s, mailboxes: [...(s.mailboxes ?? [])].reverse() })),
    };
    const a = check(buildRegister(messy));
    expect(a.findings.length).toBeGreaterThan(5);
    expect(check(buildRegister(reversed))).toEqual(a);
  });

  it('findings come errors first, then warnings, then information', () => {
    const report = check(buildRegister({ ...compliantParts(2), purchases: [aPurchase('lot1', '2019-standard-user', 1, { proofIds: [] })], servers: [aServer({ verifiedAt: null })] }), '2026-01-01');
    const ranks = report.findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(new Set(report.findings.map((f) => f.severity))).toEqual(new Set(['error', 'warning', 'info']));
  });
});

/** A random register: a few lots of any product/coverage, people with mailboxes, some assignments; judged on SE_AS_OF, so an SE server counts as SE. */
const products = ['2016-standard-user', '2019-standard-user', 'se-standard-user', '2019-enterprise-user', '2019-standard-device', 'se-enterprise-user'];
const registerArbitrary = fc
  .record({
    server: fc.constantFrom('Exchange Server 2016', 'Exchange Server 2019', 'Exchange Server SE') as fc.Arbitrary<'Exchange Server 2016' | 'Exchange Server 2019' | 'Exchange Server SE'>,
    lots: fc.array(fc.record({ product: fc.constantFrom(...products), quantity: fc.integer({ min: 1, max: 4 }), sa: fc.constantFrom(null, '2024-01-01', '2026-01-01') }), { minLength: 1, maxLength: 4 }),
    people: fc.array(fc.record({ mailbox: fc.constantFrom('UserMailbox', 'SharedMailbox', 'RoomMailbox', null), archive: fc.boolean(), external: fc.boolean() }), { maxLength: 8 }),
    assignments: fc.array(fc.record({ person: fc.nat(), lot: fc.nat(), released: fc.boolean() }), { maxLength: 10 }),
    countShared: fc.boolean(),
  })
  .map(({ server, lots, people, assignments, countShared }) => {
    const personIds = people.map((_, i) => `p${i}`);
    return {
      servers: [aServer({ product: server })],
      purchases: lots.map((lot, i) =>
        aPurchase(`lot${i}`, lot.product, lot.quantity, lot.sa ? { coverage: { kind: 'software-assurance' as const, until: lot.sa } } : {}),
      ),
      people: people.map((p, i) => aPerson(`p${i}`, { external: p.external && i % 3 === 0 })),
      inventory: [
        aSnapshot(people.flatMap((p, i) => (p.mailbox ? [aMailbox(`p${i}`, { recipientType: p.mailbox, archive: p.archive })] : []))),
      ],
      assignments:
        personIds.length === 0
          ? []
          : assignments.map((a, i) =>
              anAssignment(`a${i}`, personIds[a.person % personIds.length] ?? 'p0', `lot${a.lot % lots.length}`, a.released ? { releasedOn: '2024-03-01', releaseReason: 'other' } : {}),
            ),
      countSharedMailboxes: countShared,
    };
  });

const figure = (report: ComplianceReport, key: 'required' | 'shortfall') => new Map(report.position.map((row) => [row.productId, row[key]]));

describe('position properties', () => {
  it('assigning one more CAL never raises required', () => {
    fc.assert(
      fc.property(registerArbitrary, fc.nat(), fc.nat(), (parts, person, lot) => {
        fc.pre(parts.people.length > 0);
        const before = figure(check(buildRegister(parts), SE_AS_OF), 'required');
        const extra = anAssignment('extra', `p${person % parts.people.length}`, `lot${lot % parts.purchases.length}`);
        const after = figure(check(buildRegister({ ...parts, assignments: [...parts.assignments, extra] }), SE_AS_OF), 'required');
        for (const [product, required] of after) expect(required).toBeLessThanOrEqual(before.get(product) ?? 0);
      }),
      { numRuns: 150 },
    );
  });

  it('releasing one CAL never lowers shortfall', () => {
    fc.assert(
      fc.property(registerArbitrary, fc.nat(), (parts, pick) => {
        const doc: RegisterDocument = buildRegister(parts);
        const active = doc.assignments.filter((a) => a.releasedOn === null);
        fc.pre(active.length > 0);
        const target = active[pick % active.length];
        const before = figure(check(doc, SE_AS_OF), 'shortfall');
        const released = { ...doc, assignments: doc.assignments.map((a) => (a === target ? { ...a, releasedOn: '2024-05-15', releaseReason: 'other' as const } : a)) };
        const after = figure(check(released, SE_AS_OF), 'shortfall');
        for (const [product, shortfall] of before) expect(after.get(product) ?? 0).toBeGreaterThanOrEqual(shortfall);
      }),
      { numRuns: 150 },
    );
  });

  it('required adds up to the people needing a Standard CAL plus the users of Enterprise features', () => {
    fc.assert(
      fc.property(registerArbitrary, (parts) => {
        const report = check(buildRegister(parts), SE_AS_OF);
        const total = report.position.reduce((sum, row) => sum + row.required, 0);
        expect(total).toBe(report.inventory.needCal + report.inventory.enterpriseFeatureUsers);
        for (const row of report.position) {
          expect(row.surplus).toBe(Math.max(0, row.purchased - row.required));
          // What is required beyond the lots that reach the target: all of them but SE lots without active coverage beside an SE server.
          expect(row.shortfall).toBeGreaterThanOrEqual(Math.max(0, row.required - row.purchased));
          expect(row.shortfall).toBeLessThanOrEqual(row.required);
        }
      }),
      { numRuns: 150 },
    );
  });
});
