import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/services/register/audit';
import { createRegister } from '../../../electron/services/register/register-store';
import { createAssignment, personHistory, personRows, purchaseViews, releaseAssignment, savePerson, savePurchase, saveServer } from '../../../electron/services/ledger/ledger';
import { clearPersonLeft, markPersonLeft } from '../../../electron/services/ledger/leaving';
import { serviceErrorText } from '../../../shared/errors/messages';
import { checkAssignment } from '../../../shared/licensing/assignment-rules';
import { computeCompliance } from '../../../shared/licensing/compliance';
import { caught, org, tempDir, testDeps } from '../register/helpers';

// The test clock says 2026-11-25.
const today = '2026-11-25';

function setup(quantity = 2) {
  const register = createRegister(tempDir(), org(), testDeps());
  saveServer(register, { name: 'EX01', product: 'Exchange Server 2019', edition: 'Standard', build: '15.2.1544.4', activation: { state: 'activated' } });
  const lot = savePurchase(register, { productId: 'exchange-2019-standard-user-cal', quantity, date: '2024-03-01', document: 'FV/2024/03/17' });
  const enterpriseLot = savePurchase(register, { productId: 'exchange-2019-enterprise-user-cal', quantity: 1, date: '2024-03-01', document: 'FV/2024/03/18' });
  const anna = savePerson(register, { givenName: 'Anna', surname: 'Nowak', email: 'a.nowak@przyklad.pl' });
  const jan = savePerson(register, { givenName: 'Jan', surname: 'Kowalski', email: 'j.kowalski@przyklad.pl' });
  return { register, lot, enterpriseLot, anna, jan };
}

const leftFindings = (doc: Parameters<typeof computeCompliance>[0], asOf = today) =>
  computeCompliance(doc, { asOf }).findings.filter((f) => f.rule === 'assigned-to-disabled-account' && f.messageKey?.endsWith('.left'));

describe('marking a person as left', () => {
  it('releases every CAL they hold on the leaving date with reason "left", in one commit with one person.left event', () => {
    const { register, lot, enterpriseLot, anna } = setup();
    const standard = createAssignment(register, { personId: anna.id, purchaseId: lot.id, assignedOn: '2024-03-02' });
    const enterprise = createAssignment(register, { personId: anna.id, purchaseId: enterpriseLot.id, assignedOn: '2024-04-02' });
    const events = register.document.audit.length;

    const outcome = markPersonLeft(register, { personId: anna.id, leftOn: '2026-10-31', releaseCals: true });

    expect(outcome.person.leftOn).toBe('2026-10-31');
    expect(outcome.released.map((a) => a.id).sort()).toEqual([standard.id, enterprise.id].sort());
    const stored = register.document.assignments.filter((a) => a.personId === anna.id);
    expect(stored.map((a) => [a.releasedOn, a.releaseReason])).toEqual([
      ['2026-10-31', 'left'],
      ['2026-10-31', 'left'],
    ]);
    expect(register.document.audit.length).toBe(events + 1);
    const event = register.document.audit.at(-1)!;
    expect(event.action).toBe('person.left');
    expect(event.subject).toBe('a.nowak@przyklad.pl');
    expect(event.before).toEqual({ leftOn: null });
    expect((event.after as { leftOn: string; released: unknown[] }).leftOn).toBe('2026-10-31');
    expect((event.after as { released: unknown[] }).released).toHaveLength(2);
    expect(verifyAuditChain(register.document.audit).ok).toBe(true);
    register.close();
  });

  it('after leaving with release, no "left" finding remains and the seats are free and reassignable at once', () => {
    const { register, lot, anna, jan } = setup(1);
    createAssignment(register, { personId: anna.id, purchaseId: lot.id, assignedOn: '2026-10-01' });
    markPersonLeft(register, { personId: anna.id, leftOn: today, releaseCals: true });

    expect(leftFindings(register.document)).toEqual([]);
    const view = purchaseViews(register.document, today, new Map()).find((p) => p.id === lot.id)!;
    expect([view.seatsUsed, view.seatsFree]).toEqual([0, 1]);
    // Assigned 55 days earlier: only a permanent reason such as "left" allows giving the seat away now.
    const check = checkAssignment(register.document, { personId: jan.id, purchaseId: lot.id, assignedOn: today }, today);
    expect(check.blocking).toEqual([]);
    expect(check.warnings.map((w) => w.code)).not.toContain('early-reassignment');
    register.close();
  });

  it('after leaving with CALs kept, the rule assigned-to-disabled-account (variant left) flags each CAL they still hold', () => {
    const { register, lot, anna } = setup();
    const kept = createAssignment(register, { personId: anna.id, purchaseId: lot.id, assignedOn: '2024-03-02' });
    expect(leftFindings(register.document)).toEqual([]);

    const outcome = markPersonLeft(register, { personId: anna.id, leftOn: '2026-10-31', releaseCals: false });

    expect(outcome.released).toEqual([]);
    expect(register.document.assignments.find((a) => a.id === kept.id)!.releasedOn).toBeNull();
    const findings = leftFindings(register.document);
    expect(findings.map((f) => [f.subjectId, f.params.leftOn, f.params.assignmentId])).toEqual([[anna.id, '2026-10-31', kept.id]]);
    expect(findings[0]!.severity).toBe('warning');
    register.close();
  });

  it('a planned leaving date in the future is recorded; the person is still active and holds the seat until then', () => {
    const { register, lot, anna } = setup();
    createAssignment(register, { personId: anna.id, purchaseId: lot.id, assignedOn: '2024-03-02' });
    markPersonLeft(register, { personId: anna.id, leftOn: '2027-01-31', releaseCals: true });

    const row = personRows(register.document, today).find((p) => p.id === anna.id)!;
    expect([row.leftOn, row.status, row.activeCals.length]).toEqual(['2027-01-31', 'active', 1]);
    const later = personRows(register.document, '2027-01-31').find((p) => p.id === anna.id)!;
    expect([later.status, later.activeCals.length]).toEqual(['left', 0]);
    register.close();
  });

  it('a leaving date before the start of a CAL they still hold is refused, in English and Polish, and nothing is written', () => {
    const { register, lot, enterpriseLot, anna } = setup();
    createAssignment(register, { personId: anna.id, purchaseId: lot.id, assignedOn: '2024-03-02' });
    createAssignment(register, { personId: anna.id, purchaseId: enterpriseLot.id, assignedOn: '2025-06-01' });
    const before = register.document;

    const error = caught(() => markPersonLeft(register, { personId: anna.id, leftOn: '2025-01-31', releaseCals: true }));

    expect(error.code).toBe('invalid-input');
    expect(error.detail).toMatchObject({ messageKey: 'left-before-assignment', assignedOn: '2025-06-01' });
    expect(error.message).toMatch(/cannot have left on 2025-01-31: they hold a CAL assigned on 2025-06-01/);
    expect(serviceErrorText(error, 'pl')).toMatch(/nie mogła odejść 2025-01-31: ma licencję CAL przypisaną 2025-06-01/);
    expect(register.document).toBe(before);
    register.close();
  });

  it('a leaving date on the day a CAL starts is accepted, and the released CAL never counts as held', () => {
    const { register, lot, anna } = setup();
    createAssignment(register, { personId: anna.id, purchaseId: lot.id, assignedOn: '2026-11-02' });
    markPersonLeft(register, { personId: anna.id, leftOn: '2026-11-02', releaseCals: true });
    expect(purchaseViews(register.document, '2026-11-02', new Map())[0]!.seatsUsed).toBe(0);
    register.close();
  });

  it('CALs released earlier keep their own date and reason; only the ones still held are released', () => {
    const { register, lot, anna } = setup();
    const old = createAssignment(register, { personId: anna.id, purchaseId: lot.id, assignedOn: '2024-03-02' });
    releaseAssignment(register, { assignmentId: old.id, releasedOn: '2025-05-01', reason: 'role-change' });
    createAssignment(register, { personId: anna.id, purchaseId: lot.id, assignedOn: '2026-01-02' });
    const outcome = markPersonLeft(register, { personId: anna.id, leftOn: '2026-10-31', releaseCals: true });

    expect(outcome.released).toHaveLength(1);
    expect(personHistory(register.document, anna.id).filter((h) => h.kind === 'released').map((h) => [h.at, h.reason])).toEqual([
      ['2025-05-01', 'role-change'],
      ['2026-10-31', 'left'],
    ]);
    register.close();
  });

  it('a person already recorded as left is refused until the departure is undone', () => {
    const { register, anna } = setup();
    markPersonLeft(register, { personId: anna.id, leftOn: '2026-10-31', releaseCals: true });
    const error = caught(() => markPersonLeft(register, { personId: anna.id, leftOn: '2026-11-15', releaseCals: true }));
    expect(error.detail).toMatchObject({ messageKey: 'person-already-left', date: '2026-10-31' });
    expect(serviceErrorText(error, 'pl')).toContain('najpierw je cofnij');
    register.close();
  });

  it('an unknown person is refused with the keyed not-found error, in Polish without an English noun', () => {
    const { register } = setup();
    const error = caught(() => markPersonLeft(register, { personId: 'nobody', leftOn: today, releaseCals: true }));
    expect([error.code, error.detail?.messageKey, error.message]).toEqual(['not-found', 'person-id-not-found', 'Person nobody is not in the register.']);
    expect(serviceErrorText(error, 'pl')).toBe('Osoby nobody nie ma w rejestrze.');
    register.close();
  });

  it('the input must be a date and must not carry unknown fields', () => {
    const { register, anna } = setup();
    expect(() => markPersonLeft(register, { personId: anna.id, leftOn: '31.10.2026', releaseCals: true })).toThrow(/YYYY-MM-DD/);
    expect(() => markPersonLeft(register, { personId: anna.id, leftOn: today, releaseCals: true, extra: 1 } as never)).toThrow();
    register.close();
  });
});

describe('marking a person as left when a release is already booked', () => {
  type Released = { assignmentId: string; releasedOn: string; reason: string; previousReleasedOn?: string; previousReason?: string | null };
  const releasedInEvent = (register: ReturnType<typeof setup>['register']) => (register.document.audit.at(-1)!.after as { released: Released[]; kept: number });

  it('a CAL never released is released on the leaving date with reason "left", and the event lists it with no previous date', () => {
    const { register, lot, anna } = setup();
    const open = createAssignment(register, { personId: anna.id, purchaseId: lot.id, assignedOn: '2024-03-02' });

    const outcome = markPersonLeft(register, { personId: anna.id, leftOn: '2027-01-31', releaseCals: true });

    expect(outcome.released.map((a) => [a.id, a.releasedOn, a.releaseReason])).toEqual([[open.id, '2027-01-31', 'left']]);
    expect(releasedInEvent(register).released).toEqual([expect.objectContaining({ assignmentId: open.id, releasedOn: '2027-01-31', reason: 'left' })]);
    expect(releasedInEvent(register).released[0]).not.toHaveProperty('previousReleasedOn');
    register.close();
  });

  it('a release booked after the leaving date is brought forward to it with reason "left", and the event keeps the booked date and reason', () => {
    const { register, lot, anna } = setup();
    const booked = createAssignment(register, { personId: anna.id, purchaseId: lot.id, assignedOn: '2024-03-02' });
    releaseAssignment(register, { assignmentId: booked.id, releasedOn: '2027-03-01', reason: 'role-change' });

    const outcome = markPersonLeft(register, { personId: anna.id, leftOn: '2027-01-31', releaseCals: true });

    expect(outcome.released.map((a) => a.id)).toEqual([booked.id]);
    const stored = register.document.assignments.find((a) => a.id === booked.id)!;
    expect([stored.releasedOn, stored.releaseReason]).toEqual(['2027-01-31', 'left']);
    expect(releasedInEvent(register)).toMatchObject({
      released: [{ assignmentId: booked.id, releasedOn: '2027-01-31', reason: 'left', previousReleasedOn: '2027-03-01', previousReason: 'role-change' }],
      kept: 0,
    });
    // Nobody who has left holds the seat: it is free from the leaving date.
    expect(purchaseViews(register.document, '2027-02-15', new Map()).find((p) => p.id === lot.id)!.seatsUsed).toBe(0);
    expect(leftFindings(register.document, '2027-02-15')).toEqual([]);
    expect(verifyAuditChain(register.document.audit).ok).toBe(true);
    register.close();
  });

  it('a release booked on or before the leaving date keeps its own date and reason, and the event lists only what changed', () => {
    const { register, lot, enterpriseLot, anna } = setup();
    const sameDay = createAssignment(register, { personId: anna.id, purchaseId: lot.id, assignedOn: '2024-03-02' });
    const earlier = createAssignment(register, { personId: anna.id, purchaseId: enterpriseLot.id, assignedOn: '2024-03-02' });
    releaseAssignment(register, { assignmentId: earlier.id, releasedOn: '2026-03-01', reason: 'absence-cover' });
    const open = createAssignment(register, { personId: anna.id, purchaseId: enterpriseLot.id, assignedOn: '2026-07-01' });
    // Booked after the open Enterprise CAL is given: an Enterprise CAL is refused over a Standard CAL already booked to end.
    releaseAssignment(register, { assignmentId: sameDay.id, releasedOn: '2027-01-31', reason: 'role-change' });
    const untouched = register.document.assignments.filter((a) => a.id !== open.id);

    const outcome = markPersonLeft(register, { personId: anna.id, leftOn: '2027-01-31', releaseCals: true });

    expect(outcome.released.map((a) => a.id)).toEqual([open.id]);
    expect(register.document.assignments.filter((a) => a.id !== open.id)).toEqual(untouched);
    expect(releasedInEvent(register).released.map((r) => r.assignmentId)).toEqual([open.id]);
    register.close();
  });

  it('keeping their CALs leaves every assignment alone, a booked later release included, and the event counts both as kept', () => {
    const { register, lot, enterpriseLot, anna } = setup();
    createAssignment(register, { personId: anna.id, purchaseId: lot.id, assignedOn: '2024-03-02' });
    const booked = createAssignment(register, { personId: anna.id, purchaseId: enterpriseLot.id, assignedOn: '2024-03-02' });
    releaseAssignment(register, { assignmentId: booked.id, releasedOn: '2027-03-01', reason: 'role-change' });
    const assignments = register.document.assignments;

    const outcome = markPersonLeft(register, { personId: anna.id, leftOn: '2027-01-31', releaseCals: false });

    expect(outcome.released).toEqual([]);
    expect(register.document.assignments).toEqual(assignments);
    expect(releasedInEvent(register)).toMatchObject({ released: [], kept: 2 });
    register.close();
  });

  it('a leaving date before the start of a CAL whose release is booked later is refused, and nothing is written', () => {
    const { register, lot, anna } = setup();
    const later = createAssignment(register, { personId: anna.id, purchaseId: lot.id, assignedOn: '2026-06-01' });
    releaseAssignment(register, { assignmentId: later.id, releasedOn: '2027-03-01', reason: 'role-change' });
    const before = register.document;

    const error = caught(() => markPersonLeft(register, { personId: anna.id, leftOn: '2026-05-31', releaseCals: true }));

    expect(error.detail).toMatchObject({ messageKey: 'left-before-assignment', assignedOn: '2026-06-01' });
    expect(register.document).toBe(before);
    register.close();
  });
});

describe('undoing a departure', () => {
  it('clears the leaving date with one event, releases nothing back, and the person is active again', () => {
    const { register, lot, anna } = setup();
    const a = createAssignment(register, { personId: anna.id, purchaseId: lot.id, assignedOn: '2024-03-02' });
    markPersonLeft(register, { personId: anna.id, leftOn: '2026-10-31', releaseCals: true });
    const events = register.document.audit.length;

    const person = clearPersonLeft(register, anna.id);

    expect(person.leftOn).toBeNull();
    expect(register.document.assignments.find((x) => x.id === a.id)!.releaseReason).toBe('left');
    const row = personRows(register.document, today).find((p) => p.id === anna.id)!;
    expect([row.status, row.activeCals.length]).toEqual(['active', 0]);
    expect(register.document.audit.length).toBe(events + 1);
    expect(register.document.audit.at(-1)).toMatchObject({ action: 'person.left-undone', before: { leftOn: '2026-10-31' }, after: { leftOn: null } });
    expect(verifyAuditChain(register.document.audit).ok).toBe(true);
    register.close();
  });

  it('undoing the departure of someone who never left is refused, in English and Polish', () => {
    const { register, jan } = setup();
    const error = caught(() => clearPersonLeft(register, jan.id));
    expect(error.message).toBe('Jan Kowalski is not recorded as having left.');
    expect(serviceErrorText(error, 'pl')).toBe('Dla osoby Jan Kowalski nie zapisano odejścia.');
    register.close();
  });

  it('after undoing a departure with CALs kept, the "left" finding is gone', () => {
    const { register, lot, anna } = setup();
    createAssignment(register, { personId: anna.id, purchaseId: lot.id, assignedOn: '2024-03-02' });
    markPersonLeft(register, { personId: anna.id, leftOn: '2026-10-31', releaseCals: false });
    expect(leftFindings(register.document)).toHaveLength(1);
    clearPersonLeft(register, anna.id);
    expect(leftFindings(register.document)).toEqual([]);
    register.close();
  });
});
