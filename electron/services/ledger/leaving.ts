import type { Assignment, Person } from '../../../shared/domain/model';
import { personLeaveInputSchema, type PersonLeaveInput } from '../../../shared/contracts/ledger';
import { keyedError } from '../../../shared/errors/messages';
import { isOpenOnLeaving } from '../../../shared/ledger/leaving';
import { productName } from '../../../shared/licensing/register-view';
import type { OpenRegister } from '../register/open-register';
import { findToChange, replaceById } from './records';

/** What recording a departure changed: the person, the CALs released with reason `left` (as stored after the change), and how many open CALs were kept. */
export interface LeaveOutcome {
  person: Person;
  released: Assignment[];
  kept: number;
}

const who = (person: Person): string => `${person.givenName} ${person.surname}`.trim() || person.email || person.login || person.id;
const subjectOf = (person: Person): string => person.email || person.login || who(person);

/**
 * Records that a person left the organization on `leftOn` (a planned, future date is allowed).
 * With `releaseCals`, every CAL still open on that date (`isOpenOnLeaving`: never released, or
 * with a release booked for a later day, which is brought forward) is released on it with reason
 * `left`, a permanent reason, so the seats may be reassigned at once; CALs released on or before
 * the leaving date keep their own date and reason. One commit, one `person.left` event.
 *
 * Refused when the person is already recorded as left (undo first), or when a CAL open on the
 * leaving date starts after it: it could neither be released before it starts nor be kept by
 * someone who had already gone (the assignment rules refuse that), so the date or that CAL is wrong.
 */
export function markPersonLeft(register: OpenRegister, raw: PersonLeaveInput): LeaveOutcome {
  const input = personLeaveInputSchema.parse(raw);
  const doc = register.document;
  const before = findToChange(doc.people, input.personId, 'person-id-not-found');
  if (before.leftOn !== null) throw keyedError('conflict', 'person-already-left', { who: who(before), date: before.leftOn });
  const open = doc.assignments.filter((a) => a.personId === before.id && isOpenOnLeaving(a, input.leftOn));
  const latestStart = open.reduce<string | null>((latest, a) => (latest === null || a.assignedOn > latest ? a.assignedOn : latest), null);
  if (latestStart !== null && latestStart > input.leftOn) {
    throw keyedError('invalid-input', 'left-before-assignment', { who: who(before), leftOn: input.leftOn, assignedOn: latestStart });
  }
  const person: Person = { ...before, leftOn: input.leftOn };
  const released = input.releaseCals ? open.map((a): Assignment => ({ ...a, releasedOn: input.leftOn, releaseReason: 'left' })) : [];
  const kept = input.releaseCals ? 0 : open.length;
  const releasedById = new Map(released.map((a) => [a.id, a]));
  const purchases = new Map(doc.purchases.map((p) => [p.id, p]));
  register.commit(
    {
      ...doc,
      people: replaceById(doc.people, person),
      assignments: released.length ? doc.assignments.map((a) => releasedById.get(a.id) ?? a) : doc.assignments,
    },
    {
      action: 'person.left',
      subject: subjectOf(person),
      before: { leftOn: null },
      after: {
        leftOn: input.leftOn,
        released: (input.releaseCals ? open : []).map((a) => {
          const purchase = purchases.get(a.purchaseId);
          const entry = { assignmentId: a.id, product: purchase ? productName(purchase.productId) : a.purchaseId, document: purchase?.document ?? '', releasedOn: input.leftOn, reason: 'left' };
          // A release booked for a later day and brought forward keeps its old date and reason on record.
          return a.releasedOn === null ? entry : { ...entry, previousReleasedOn: a.releasedOn, previousReason: a.releaseReason };
        }),
        kept,
      },
    },
  );
  return { person, released, kept };
}

/**
 * Undoes a recorded departure (the person came back, or it was a mistake). CALs released when
 * they left stay released: a seat may already be someone else's, so nothing is given back. A release
 * that was booked for a later day and brought forward stays on the leaving date too; the booked
 * date and reason remain in the `person.left` event (`previousReleasedOn`, `previousReason`).
 */
export function clearPersonLeft(register: OpenRegister, personId: string): Person {
  const doc = register.document;
  const before = findToChange(doc.people, personId, 'person-id-not-found');
  if (before.leftOn === null) throw keyedError('conflict', 'person-not-left', { who: who(before) });
  const person: Person = { ...before, leftOn: null };
  register.commit(
    { ...doc, people: replaceById(doc.people, person) },
    { action: 'person.left-undone', subject: subjectOf(person), before: { leftOn: before.leftOn }, after: { leftOn: null } },
  );
  return person;
}
