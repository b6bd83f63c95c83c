/** What recording a departure does to a person's CALs: one rule for the service that records it and the dialog that promises it. */
import type { Assignment } from '../domain/model';

/**
 * Whether an assignment is still open on a leaving date `leftOn`: never released, or with a release
 * booked for a later day (the person would otherwise hold it after they had gone). A departure
 * with "release their CALs" releases exactly these on `leftOn` with reason `left`, bringing a later
 * booked release forward; one already released on or before `leftOn` is not touched.
 */
export function isOpenOnLeaving(assignment: Pick<Assignment, 'releasedOn'>, leftOn: string): boolean {
  return assignment.releasedOn === null || assignment.releasedOn > leftOn;
}

/** The assignments (of one person) a departure on `leftOn` releases, in their order. */
export function openOnLeaving<T extends Pick<Assignment, 'releasedOn'>>(assignments: readonly T[], leftOn: string): T[] {
  return assignments.filter((a) => isOpenOnLeaving(a, leftOn));
}
