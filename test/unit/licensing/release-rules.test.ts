import { describe, expect, it } from 'vitest';
import { enterpriseLeftByRelease } from '../../../shared/licensing/assignment-rules';
import { aPerson, aPurchase, anAssignment, buildRegister } from './builders';
import { check, findingsOf } from './helpers';

type Held = ReturnType<typeof anAssignment>;
const parts = { purchases: [aPurchase('std', '2019-standard-user', 5), aPurchase('ent', '2019-enterprise-user', 5), aPurchase('se', 'se-standard-user', 5)], people: [aPerson('anna')] };
const register = (...assignments: Held[]) => buildRegister({ ...parts, assignments });
/** Anna's Standard CAL since 2024-01-02, the one each test releases. */
const standard = anAssignment('s1', 'anna', 'std', { assignedOn: '2024-01-02' });
const enterprise = (over: Partial<Held> = {}) => anAssignment('e1', 'anna', 'ent', { assignedOn: '2024-02-01', ...over });
const releasing = (doc: ReturnType<typeof register>, releasedOn: string, assignmentId = 's1') => enterpriseLeftByRelease(doc, { assignmentId, releasedOn });

describe('releasing a Standard CAL under an Enterprise CAL', () => {
  it('an open Enterprise CAL with no other Standard CAL is left without one from the release day', () => {
    expect(releasing(register(standard, enterprise()), '2024-09-01')).toEqual({ assignmentId: 'e1', productId: 'exchange-2019-enterprise-user-cal', from: '2024-09-01', until: null });
  });

  // Found in review (12-07): only CALs never released were weighed, so an Enterprise CAL booked to end after the Standard
  // CAL's release day was left held without a Standard CAL, and nothing was said.
  it('an Enterprise CAL released only after the release day is left without a Standard CAL from that day until its own release', () => {
    const doc = register(standard, enterprise({ releasedOn: '2024-12-01', releaseReason: 'role-change' }));
    expect(releasing(doc, '2024-09-01')).toEqual({ assignmentId: 'e1', productId: 'exchange-2019-enterprise-user-cal', from: '2024-09-01', until: '2024-12-01' });
    // What it says: released so, the check reports the Enterprise CAL on those days and not after.
    const released = register({ ...standard, releasedOn: '2024-09-01', releaseReason: 'role-change' }, enterprise({ releasedOn: '2024-12-01', releaseReason: 'role-change' }));
    expect(findingsOf(check(released, '2024-11-30'), 'enterprise-without-standard')).toHaveLength(1);
    expect(findingsOf(check(released, '2024-12-01'), 'enterprise-without-standard')).toEqual([]);
  });

  // Found in review (12-07): any other Standard CAL not released counted, so one that starts only some days after the
  // release day hid the days between, on which the Enterprise CAL is held without a Standard CAL.
  it('another open Standard CAL that starts only after the release day leaves the days between without one', () => {
    const later = anAssignment('s2', 'anna', 'se', { assignedOn: '2024-10-01' });
    expect(releasing(register(standard, later, enterprise()), '2024-09-01')).toMatchObject({ assignmentId: 'e1', from: '2024-09-01', until: null });
    // A Standard CAL held on the release day that ends before the next starts: the first day without one is its release day.
    const between = anAssignment('s3', 'anna', 'se', { assignedOn: '2024-08-01', releasedOn: '2024-09-15', releaseReason: 'role-change' });
    expect(releasing(register(standard, between, later, enterprise()), '2024-09-01')).toMatchObject({ from: '2024-09-15' });
    // An Enterprise CAL that starts after the release day is judged from its own first day.
    expect(releasing(register(standard, later, enterprise({ assignedOn: '2024-09-20' })), '2024-09-01')).toMatchObject({ from: '2024-09-20' });
  });

  it('says nothing when the Enterprise CAL stays covered every day it is held', () => {
    // Another Standard CAL held from the release day on (of any version, as the check counts it), or one after another.
    expect(releasing(register(standard, anAssignment('s2', 'anna', 'se', { assignedOn: '2024-09-01' }), enterprise()), '2024-09-01')).toBeNull();
    const next = anAssignment('s2', 'anna', 'se', { assignedOn: '2024-08-01', releasedOn: '2024-10-01', releaseReason: 'role-change' });
    expect(releasing(register(standard, next, anAssignment('s3', 'anna', 'std', { assignedOn: '2024-10-01' }), enterprise()), '2024-09-01')).toBeNull();
    // The Enterprise CAL released on or before the release day, or a later Standard CAL that covers its last days.
    expect(releasing(register(standard, enterprise({ releasedOn: '2024-09-01', releaseReason: 'role-change' })), '2024-09-01')).toBeNull();
    expect(releasing(register(standard, enterprise({ releasedOn: '2024-06-01', releaseReason: 'role-change' })), '2024-09-01')).toBeNull();
    const untilLater = anAssignment('s2', 'anna', 'se', { assignedOn: '2024-09-01', releasedOn: '2024-12-01', releaseReason: 'role-change' });
    expect(releasing(register(standard, untilLater, enterprise({ releasedOn: '2024-12-01', releaseReason: 'role-change' })), '2024-09-01')).toBeNull();
  });

  it('says nothing when the CAL released is the Enterprise CAL, a person has no Enterprise CAL, or the assignment is unknown', () => {
    expect(releasing(register(standard, enterprise()), '2024-09-01', 'e1')).toBeNull();
    expect(releasing(register(standard), '2024-09-01')).toBeNull();
    expect(releasing(register(standard, enterprise()), '2024-09-01', 'no-such-assignment')).toBeNull();
  });

  it('an Enterprise CAL of a voided lot needs nothing, and a Standard CAL of one covers nothing', () => {
    const voided = (id: string, product: string) => aPurchase(id, product, 5, { voidedAt: '2024-03-01T10:00:00.000Z', voidReason: 'entered twice' });
    const doc = buildRegister({ ...parts, purchases: [...parts.purchases, voided('ent-void', '2019-enterprise-user'), voided('std-void', '2019-standard-user')], assignments: [standard, anAssignment('e2', 'anna', 'ent-void')] });
    expect(releasing(doc, '2024-09-01')).toBeNull();
    const covered = buildRegister({ ...parts, purchases: [...parts.purchases, voided('std-void', '2019-standard-user')], assignments: [standard, anAssignment('s9', 'anna', 'std-void'), enterprise()] });
    expect(releasing(covered, '2024-09-01')).toMatchObject({ from: '2024-09-01' });
  });
});
