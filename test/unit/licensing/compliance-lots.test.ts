import { describe, expect, it } from 'vitest';
import { aPerson, aProof, aPurchase, anAssignment, buildRegister, compliantParts } from './builders';
import { check, findingsOf, subjectsOf } from './helpers';

describe('purchase lots', () => {
  it('a lot with more active assignments than seats is over-assigned', () => {
    const parts = compliantParts(3);
    const report = check(buildRegister({ ...parts, purchases: [aPurchase('lot1', '2019-standard-user', 2, { document: 'FV/2024/03/17' })] }));
    expect(findingsOf(report, 'over-assigned')).toMatchObject([
      { severity: 'error', subject: 'FV/2024/03/17', subjectKind: 'purchase', subjectId: 'lot1', params: { quantity: 2, active: 3 }, fix: 'release-cal' },
    ]);
  });

  it('a lot with exactly as many active assignments as seats is not over-assigned', () => {
    expect(findingsOf(check(buildRegister(compliantParts(3))), 'over-assigned')).toEqual([]);
  });

  it('a voided lot still holding assignments is reported and its CALs cover nobody', () => {
    const parts = compliantParts(1);
    const report = check(buildRegister({ ...parts, purchases: [aPurchase('lot1', '2019-standard-user', 1, { voidedAt: '2024-04-01T00:00:00.000Z' })] }));
    expect(findingsOf(report, 'over-assigned').map((f) => f.messageKey)).toEqual(['finding.over-assigned.voided']);
    expect(subjectsOf(report, 'mailbox-without-cal')).toEqual(['user00000@example.com']);
    expect(report.position).toEqual([
      expect.objectContaining({ productId: 'exchange-2019-standard-user-cal', purchased: 0, assigned: 0, required: 1, shortfall: 1 }),
    ]);
  });

  // Found in review: an edit could move a lot's date after its CALs' start, and nothing said so afterwards.
  it('CALs assigned before their lot’s date are a warning on the lot, counted up to the report date', () => {
    const parts = compliantParts(3);
    const assignments = [
      anAssignment('a1', 'user00000', 'lot1', { assignedOn: '2024-01-02' }),
      anAssignment('a2', 'user00001', 'lot1', { assignedOn: '2024-01-05' }),
      anAssignment('a3', 'user00002', 'lot1', { assignedOn: '2024-01-10' }),
    ];
    const report = check(buildRegister({ ...parts, assignments }));
    expect(findingsOf(report, 'assigned-before-purchase')).toMatchObject([
      { severity: 'warning', subject: 'FV/lot1', subjectKind: 'purchase', subjectId: 'lot1', params: { date: '2024-01-10', count: 2, earliest: '2024-01-02' }, fix: 'correct-dates' },
    ]);
    expect(findingsOf(report, 'assigned-before-purchase')[0]?.message).toContain('the earliest on 2024-01-02');
    // As of a day before any of them started, nothing was held yet; a CAL assigned on the lot's date is in time.
    expect(findingsOf(check(buildRegister({ ...parts, assignments }), '2024-01-01'), 'assigned-before-purchase')).toEqual([]);
    expect(findingsOf(check(buildRegister({ ...parts, assignments: [assignments[2]!] })), 'assigned-before-purchase')).toEqual([]);
  });

  it('a lot dated after the report date is not purchased yet: the position leaves it out and an information says why', () => {
    const parts = compliantParts(2);
    const doc = buildRegister({ ...parts, purchases: [aPurchase('lot1', '2019-standard-user', 2), aPurchase('lot2', '2019-standard-user', 5, { date: '2099-01-01' })] });
    const report = check(doc);
    expect(report.position).toEqual([expect.objectContaining({ productId: 'exchange-2019-standard-user-cal', purchased: 2, required: 2, shortfall: 0, surplus: 0 })]);
    expect(findingsOf(report, 'purchase-after-as-of')).toMatchObject([
      { severity: 'info', subject: 'FV/lot2', subjectId: 'lot2', params: { date: '2099-01-01', quantity: 5 }, fix: 'none' },
    ]);
    // As of a day on or after its date the lot counts, and the information is gone.
    const later = check(doc, '2099-01-01');
    expect(later.position[0]).toMatchObject({ purchased: 7, surplus: 5 });
    expect(findingsOf(later, 'purchase-after-as-of')).toEqual([]);
  });

  // Found in review: the workbook's findings counted a missing proof of a lot bought after the report's date, where its
  // checklist (judging the lots owned that day) said every lot had its proof.
  it('a lot dated after the report date is judged for its proof and document from the day it is owned, as the checklist judges it', () => {
    const parts = compliantParts(2);
    const doc = buildRegister({ ...parts, purchases: [aPurchase('lot1', '2019-standard-user', 2), aPurchase('lot2', '2019-standard-user', 5, { date: '2099-01-01', document: '', proofIds: [] })] });
    const subjects = (asOf?: string) => (['purchase-without-proof', 'purchase-without-document'] as const).map((rule) => findingsOf(check(doc, asOf), rule).map((f) => f.subjectId));
    expect(subjects()).toEqual([[], []]);
    expect(subjects('2099-01-01')).toEqual([['lot2'], ['lot2']]);
  });

  it('a CAL from a lot dated after the report date covers nobody on that date: its holder needs a CAL, and it is not counted as assigned', () => {
    const parts = compliantParts(2);
    const doc = buildRegister({
      ...parts,
      purchases: [aPurchase('lot1', '2019-standard-user', 1), aPurchase('lot2', '2019-standard-user', 1, { date: '2026-03-01' })],
      assignments: [anAssignment('a-user00000', 'user00000', 'lot1'), anAssignment('a-user00001', 'user00001', 'lot2', { assignedOn: '2026-01-10' })],
    });
    const before = check(doc, '2026-02-01');
    expect(subjectsOf(before, 'mailbox-without-cal')).toEqual(['user00001@example.com']);
    expect(before.position[0]).toMatchObject({ purchased: 1, assigned: 1, required: 2, shortfall: 1 });
    const after = check(doc, '2026-03-01');
    expect(subjectsOf(after, 'mailbox-without-cal')).toEqual([]);
    expect(after.position[0]).toMatchObject({ purchased: 2, assigned: 2, shortfall: 0 });
  });

  it('as of a day before every purchase, nothing is purchased and the need is a shortfall', () => {
    const report = check(buildRegister(compliantParts(3)), '2023-12-01');
    expect(report.position[0]).toMatchObject({ purchased: 0, shortfall: 3 });
    expect(findingsOf(report, 'cal-shortfall')).toHaveLength(1);
  });

  it('a lot without a proof file is reported', () => {
    const parts = compliantParts(1);
    const report = check(buildRegister({ ...parts, purchases: [aPurchase('lot1', '2019-standard-user', 1, { proofIds: [] })] }));
    expect(findingsOf(report, 'purchase-without-proof')).toMatchObject([{ severity: 'warning', subjectId: 'lot1', fix: 'attach-proof' }]);
  });

  it('a lot without an invoice or order number is reported, named by product and date', () => {
    const parts = compliantParts(1);
    const report = check(buildRegister({ ...parts, purchases: [aPurchase('lot1', '2019-standard-user', 1, { document: '' })] }));
    expect(findingsOf(report, 'purchase-without-document')).toMatchObject([
      { severity: 'warning', subject: 'Exchange Server 2019 Standard User CAL, 2024-01-10', fix: 'add-document' },
    ]);
  });
});

describe('proof of purchase', () => {
  it('a missing or altered proof file is reported; an intact one is not', () => {
    const parts = compliantParts(1);
    const doc = buildRegister({
      ...parts,
      purchases: [aPurchase('lot1', '2019-standard-user', 1, { proofIds: ['p1', 'p2', 'p3'] })],
      proofs: [aProof('p1', { originalName: 'faktura.pdf' }), aProof('p2', { originalName: 'certyfikat.pdf' }), aProof('p3')],
    });
    const status = new Map([
      ['p1', 'missing' as const],
      ['p2', 'altered' as const],
      ['p3', 'ok' as const],
    ]);
    const report = check(doc, undefined, status);
    expect(findingsOf(report, 'proof-missing-or-altered')).toMatchObject([
      { severity: 'error', subject: 'certyfikat.pdf', subjectKind: 'proof', subjectId: 'p2', messageKey: 'finding.proof-missing-or-altered.altered', params: { purchase: 'FV/lot1' } },
      { subject: 'faktura.pdf', subjectId: 'p1', messageKey: 'finding.proof-missing-or-altered.missing' },
    ]);
  });

  it('without a proof check nothing is said about proof files that exist in the register', () => {
    expect(findingsOf(check(buildRegister(compliantParts(1))), 'proof-missing-or-altered')).toEqual([]);
  });

  it('a purchase naming a proof the register does not have is reported as missing', () => {
    const parts = compliantParts(1);
    const report = check(buildRegister({ ...parts, proofs: [] }));
    expect(findingsOf(report, 'proof-missing-or-altered')).toMatchObject([{ subjectId: 'proof-lot1', messageKey: 'finding.proof-missing-or-altered.missing' }]);
  });
});

describe('early reassignment', () => {
  const lotOfOne = (reason: 'role-change' | 'left', bobStart = '2024-04-20') =>
    buildRegister({
      purchases: [aPurchase('lot', '2019-standard-user', 1)],
      people: [aPerson('anna'), aPerson('bob')],
      assignments: [
        anAssignment('a1', 'anna', 'lot', { assignedOn: '2024-03-01', releasedOn: '2024-04-20', releaseReason: reason }),
        anAssignment('a2', 'bob', 'lot', { assignedOn: bobStart }),
      ],
    });

  it('a seat reassigned within 90 days for a role change is reported', () => {
    const report = check(lotOfOne('role-change'));
    expect(findingsOf(report, 'early-reassignment')).toMatchObject([
      { severity: 'warning', subject: 'bob@example.com', subjectKind: 'assignment', subjectId: 'a2', params: { previous: 'anna@example.com', days: 50 }, fix: 'review-reassignment' },
    ]);
  });

  it('a seat reassigned within 90 days because the user left is not reported', () => {
    expect(findingsOf(check(lotOfOne('left')), 'early-reassignment')).toEqual([]);
  });

  it('an absence cover is exempt both ways when each release says so: to the stand-in, and back to the person who returned', () => {
    const cover = (back: 'absence-cover' | 'other') =>
      buildRegister({
        purchases: [aPurchase('lot', '2019-standard-user', 1)],
        people: [aPerson('anna'), aPerson('stand-in')],
        assignments: [
          anAssignment('a1', 'anna', 'lot', { assignedOn: '2024-03-01', releasedOn: '2024-03-15', releaseReason: 'absence-cover' }),
          anAssignment('a2', 'stand-in', 'lot', { assignedOn: '2024-03-15', releasedOn: '2024-04-15', releaseReason: back }),
          anAssignment('a3', 'anna', 'lot', { assignedOn: '2024-04-15' }),
        ],
      });
    expect(findingsOf(check(cover('absence-cover')), 'early-reassignment')).toEqual([]);
    // The return released for another reason is the one early reassignment left.
    expect(findingsOf(check(cover('other')), 'early-reassignment')).toMatchObject([{ subjectId: 'a3' }]);
  });

  it('a reassignment dated after the as-of date is not judged yet', () => {
    expect(findingsOf(check(lotOfOne('role-change', '2024-07-01'), '2024-06-01'), 'early-reassignment')).toEqual([]);
  });

  it('a seat released as "other" by someone recorded as left by then is not reported; one who left after the as-of date is', () => {
    const released = (leftOn: string) =>
      buildRegister({
        purchases: [aPurchase('lot', '2019-standard-user', 1)],
        people: [aPerson('anna', { leftOn }), aPerson('bob')],
        assignments: [
          anAssignment('a1', 'anna', 'lot', { assignedOn: '2024-03-01', releasedOn: '2024-04-20', releaseReason: 'other' }),
          anAssignment('a2', 'bob', 'lot', { assignedOn: '2024-04-20' }),
        ],
      });
    expect(findingsOf(check(released('2024-04-20')), 'early-reassignment')).toEqual([]);
    expect(findingsOf(check(released('2024-07-01'), '2024-06-01'), 'early-reassignment')).toHaveLength(1);
  });

  it('a hardware failure excuses an early reassignment of a Device CAL only', () => {
    const failed = (product: string) =>
      buildRegister({
        purchases: [aPurchase('lot', product, 1)],
        people: [aPerson('anna'), aPerson('bob')],
        assignments: [
          anAssignment('a1', 'anna', 'lot', { assignedOn: '2024-03-01', releasedOn: '2024-04-20', releaseReason: 'hardware-failure' }),
          anAssignment('a2', 'bob', 'lot', { assignedOn: '2024-04-20' }),
        ],
      });
    expect(findingsOf(check(failed('2019-standard-user')), 'early-reassignment')).toHaveLength(1);
    expect(findingsOf(check(failed('2019-standard-device')), 'early-reassignment')).toEqual([]);
  });
});
