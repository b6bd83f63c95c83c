/**
 * The engine keeps findings between recomputes and patches them after a change. Whatever the
 * sequence of commits, the report must equal the one a fresh engine makes of the same document.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assignment, RegisterDocument } from '../../../shared/domain/model';
import { computeCompliance } from '../../../shared/licensing/compliance';
import { aMailbox, anAdUser, anAssignment, aPerson, aPurchase, aServer, aSnapshot, buildRegister, AS_OF, SE_AS_OF } from './builders';

const products = ['2016-standard-user', '2019-standard-user', 'se-standard-user', '2019-enterprise-user', '2019-standard-device'];
const days = ['2023-01-10', '2023-11-20', '2024-01-15', '2024-02-01', '2024-03-01', '2024-05-30', '2024-07-01'];
const reasons = ['left', 'role-change', 'absence-cover', 'other'] as const;

const registerArbitrary = fc
  .record({
    server: fc.constantFrom('Exchange Server 2016', 'Exchange Server 2019', 'Exchange Server SE') as fc.Arbitrary<'Exchange Server 2016' | 'Exchange Server 2019' | 'Exchange Server SE'>,
    lots: fc.array(
      fc.record({ product: fc.constantFrom(...products), quantity: fc.integer({ min: 1, max: 3 }), sa: fc.constantFrom(null, '2024-01-01', '2026-01-01'), voided: fc.boolean(), twin: fc.boolean() }),
      { minLength: 1, maxLength: 4 },
    ),
    people: fc.array(
      fc.record({ mailbox: fc.constantFrom('UserMailbox', 'SharedMailbox', null), archive: fc.boolean(), left: fc.boolean(), disabled: fc.boolean(), inAd: fc.boolean() }),
      { minLength: 1, maxLength: 7 },
    ),
    assignments: fc.array(fc.record({ person: fc.nat(), lot: fc.nat(), start: fc.nat(), release: fc.option(fc.record({ after: fc.nat(), reason: fc.constantFrom(...reasons) })) }), { maxLength: 12 }),
    unmatched: fc.boolean(),
    twin: fc.boolean(),
  })
  .map(({ server, lots, people, assignments, unmatched, twin }) => {
    const purchases = lots.flatMap((lot, i) => {
      const one = aPurchase(`lot${i}`, lot.product, lot.quantity, {
        ...(lot.sa ? { coverage: { kind: 'software-assurance' as const, until: lot.sa } } : {}),
        ...(lot.voided ? { voidedAt: '2024-04-01T10:00:00.000Z', voidReason: 'refund' } : {}),
      });
      // A purchase id recorded twice (a hand-edited register): only the first holds the seats.
      return lot.twin && i === 0 ? [one, { ...one, document: 'FV/twin' }] : [one];
    });
    const mailboxes = people.flatMap((p, i) => (p.mailbox ? [aMailbox(`p${i}`, { recipientType: p.mailbox, archive: p.archive })] : []));
    // The id p0 recorded twice (a hand-edited register), the second row with a mailbox of its own.
    const twins = twin ? [aPerson('p0', { email: 'p0.twin@example.com', login: 'p0twin' })] : [];
    if (twin) mailboxes.push(aMailbox('p0twin', { email: 'p0.twin@example.com' }));
    return buildRegister({
      servers: [aServer({ product: server })],
      purchases,
      people: [...people.map((p, i) => aPerson(`p${i}`, { leftOn: p.left ? '2024-04-30' : null })), ...twins],
      inventory: [
        aSnapshot(unmatched ? [...mailboxes, aMailbox('nobody')] : mailboxes, {
          users: people.flatMap((p, i) => (p.inAd ? [anAdUser(`p${i}`, { enabled: !p.disabled })] : [])),
          exchangeCalCounts: { 'Exchange Server 2019 Standard CAL': 2 },
        }),
      ],
      assignments: assignments.map((a, i) => {
        const start = days[a.start % days.length] ?? '2024-02-01';
        const end = a.release ? days.slice(days.indexOf(start) + 1)[a.release.after % Math.max(1, days.length - days.indexOf(start) - 1)] : undefined;
        // One lot in five is a lot the register does not have (the rules skip it).
        const lot = a.lot % 5 === 4 ? 'ghost' : `lot${a.lot % lots.length}`;
        // One holder id past the last person names no one (an assignment left by a removed person).
        return anAssignment(`a${i}`, `p${a.person % (people.length + 1)}`, lot, {
          assignedOn: start,
          ...(a.release && end ? { releasedOn: end, releaseReason: a.release.reason } : {}),
        });
      }),
    });
  });

type Commit =
  | { kind: 'release'; pick: number; day: number }
  | { kind: 'restore'; pick: number }
  | { kind: 'add'; person: number; lot: number; day: number }
  | { kind: 'move'; pick: number; person: number }
  | { kind: 'remove'; pick: number }
  | { kind: 'quantity'; lot: number }
  | { kind: 'server' }
  | { kind: 'renewAll' }
  | { kind: 'asOf' };

const commitArbitrary: fc.Arbitrary<Commit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('release' as const), pick: fc.nat(), day: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('restore' as const), pick: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('add' as const), person: fc.nat(), lot: fc.nat(), day: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), person: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('quantity' as const), lot: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('server' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('renewAll' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('asOf' as const) }) },
);

/** The document a commit makes: new arrays and objects for what changed, the same objects for the rest (as the app's services do). */
function apply(doc: RegisterDocument, commit: Commit, counter: number): RegisterDocument {
  const { assignments } = doc;
  const at = (pick: number) => (assignments.length === 0 ? -1 : pick % assignments.length);
  const replaceAt = (index: number, next: (a: Assignment) => Assignment): RegisterDocument => {
    const target = assignments[index];
    if (!target) return doc;
    const copy = [...assignments];
    copy[index] = next(target);
    return { ...doc, assignments: copy };
  };
  switch (commit.kind) {
    case 'release':
      return replaceAt(at(commit.pick), (a) => ({ ...a, releasedOn: days[commit.day % days.length] ?? AS_OF, releaseReason: 'role-change' }));
    case 'restore':
      return replaceAt(at(commit.pick), (a) => ({ ...a, releasedOn: null, releaseReason: null }));
    case 'move':
      return replaceAt(at(commit.pick), (a) => ({ ...a, personId: `p${commit.person % (doc.people.length + 1)}` }));
    case 'add': {
      const purchase = doc.purchases[commit.lot % doc.purchases.length];
      const added = { ...(doc.assignments[0] ?? buildRegister({ assignments: [anAssignment('x', 'p0', 'lot0')] }).assignments[0]) } as Assignment;
      const next: Assignment = { ...added, id: `new${counter}`, personId: `p${commit.person % (doc.people.length + 1)}`, purchaseId: purchase?.id ?? 'lot0', assignedOn: days[commit.day % days.length] ?? AS_OF, releasedOn: null, releaseReason: null };
      return { ...doc, assignments: [...assignments, next] };
    }
    case 'remove': {
      const index = at(commit.pick);
      return index < 0 ? doc : { ...doc, assignments: assignments.filter((_, i) => i !== index) };
    }
    case 'quantity':
      return { ...doc, purchases: doc.purchases.map((p, i) => (i === commit.lot % doc.purchases.length ? { ...p, quantity: p.quantity + 1 } : p)) };
    case 'server':
      return { ...doc, servers: doc.servers.map((s) => ({ ...s, product: s.product === 'Exchange Server 2016' ? 'Exchange Server 2019' : 'Exchange Server SE' })) };
    case 'renewAll':
      // Many assignments replaced at once: more than the engine patches, so it rebuilds.
      return { ...doc, assignments: assignments.map((a) => ({ ...a })) };
    case 'asOf':
      return doc;
  }
}

describe('incremental compliance', () => {
  it('after any sequence of commits the report equals a fresh judgement of the same document', () => {
    fc.assert(
      fc.property(registerArbitrary, fc.array(commitArbitrary, { minLength: 1, maxLength: 12 }), (start, commits) => {
        let doc = start;
        let asOf = AS_OF;
        computeCompliance(doc, { asOf });
        commits.forEach((commit, i) => {
          // To a day after SE's release and back: an SE server counts as 2019 before it, so the same servers set another target.
          if (commit.kind === 'asOf') asOf = asOf === AS_OF ? SE_AS_OF : AS_OF;
          doc = apply(doc, commit, i);
          const kept = computeCompliance(doc, { asOf });
          // structuredClone gives every object a new identity, so nothing computed before can be reused.
          const fresh = computeCompliance(structuredClone(doc), { asOf });
          expect(kept).toEqual(fresh);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('releasing a CAL and restoring it gives back the first report', () => {
    const doc = buildRegister({
      purchases: [aPurchase('lot1', '2019-standard-user', 2)],
      people: [aPerson('anna'), aPerson('jan')],
      inventory: [aSnapshot([aMailbox('anna'), aMailbox('jan')])],
      assignments: [anAssignment('a1', 'anna', 'lot1'), anAssignment('a2', 'jan', 'lot1')],
    });
    const first = computeCompliance(doc, { asOf: AS_OF });
    const released = { ...doc, assignments: [doc.assignments[0] as Assignment, { ...(doc.assignments[1] as Assignment), releasedOn: '2024-05-01', releaseReason: 'role-change' as const }] };
    const afterRelease = computeCompliance(released, { asOf: AS_OF });
    expect(afterRelease.findings.map((f) => [f.rule, f.subject])).toEqual([['mailbox-without-cal', 'jan@example.com']]);
    const restored = { ...released, assignments: [released.assignments[0] as Assignment, { ...(released.assignments[1] as Assignment), releasedOn: null, releaseReason: null }] };
    expect(computeCompliance(restored, { asOf: AS_OF })).toEqual(first);
  });

  it('a report is a new array: changing it does not change the next report', () => {
    const doc = buildRegister({ people: [aPerson('anna')], inventory: [aSnapshot([aMailbox('anna')])] });
    const first = computeCompliance(doc, { asOf: AS_OF });
    const count = first.findings.length;
    first.findings.length = 0;
    expect(computeCompliance(doc, { asOf: AS_OF }).findings).toHaveLength(count);
  });
});
