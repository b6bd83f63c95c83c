import type { AmbiguousDecision, AmbiguousMatch, AssignmentChange, ImportDecisions, ImportPreview, PersonUpdate } from './preview-types';
import { NEW_PERSON_CANDIDATE } from './preview-sheets';

/** A person update is a change when a fact differs or an empty e-mail/login gets filled. */
export const isRealUpdate = (update: PersonUpdate): boolean => update.changes.length > 0 || Object.keys(update.fill).length > 0;

// A type, not an interface: it is passed as message parameters (an index signature).
export type ChangeCounts = {
  newPeople: number;
  updated: number;
  missing: number;
  ambiguous: number;
  servers: number;
  purchases: number;
  assignments: number;
  released: number;
};

type PreviewSections = Pick<ImportPreview, 'newPeople' | 'updatedPeople' | 'missingPeople' | 'servers' | 'purchases' | 'assignments'>;

/**
 * The changes a preview proposes, section by section, leaving out what is already in the register
 * (people whose facts are the same, unchanged servers, purchases and assignments it already has):
 * what the Import screen offers to untick and what the CLI counts.
 */
export function proposedChanges<P extends PreviewSections>(preview: P) {
  return {
    newPeople: preview.newPeople,
    updatedPeople: preview.updatedPeople.filter(isRealUpdate),
    missingPeople: preview.missingPeople,
    servers: preview.servers.filter((s) => s.action !== 'unchanged'),
    purchases: preview.purchases.filter((p) => p.action === 'new'),
    assignments: preview.assignments.filter((a) => a.action === 'new' || a.action === 'release'),
  };
}

/**
 * Whether a decision on a name-only match changes the register (`applyImport`): a new person, or the
 * same person as one in the register or as one new in this import whose row is kept.
 */
export function decisionApplies(decision: AmbiguousDecision | undefined, excluded: ReadonlySet<string>): boolean {
  if (!decision || decision.action === 'skip') return false;
  return decision.action === 'new' || !(decision.personId.startsWith(NEW_PERSON_CANDIDATE) && excluded.has(decision.personId.slice(NEW_PERSON_CANDIDATE.length)));
}

/**
 * For each register person chosen as "the same person" for a directory account, the question whose answer
 * stands: the first in the preview's order. A merge gives the person the account's address and login
 * (`applyImport`), and the register keeps one of each per person, so a second account answered as the same
 * person is not merged (the Import screen does not offer it); the next import, finding the person by the
 * first account, proposes the second as someone new.
 */
export function directoryMergeOwners(ambiguous: readonly AmbiguousMatch[], decisions: Readonly<Record<string, AmbiguousDecision>> = {}): Map<string, AmbiguousMatch> {
  const owners = new Map<string, AmbiguousMatch>();
  for (const match of ambiguous) {
    const decision = decisions[match.key];
    if (match.source === 'directory' && decision?.action === 'merge' && !owners.has(decision.personId)) owners.set(decision.personId, match);
  }
  return owners;
}

/** A directory account answered "same person" as someone an earlier account was already merged into (`directoryMergeOwners`): not merged. */
export function mergeTakenByAnother(match: AmbiguousMatch, decision: AmbiguousDecision | undefined, owners: ReadonlyMap<string, AmbiguousMatch>): boolean {
  return match.source === 'directory' && decision?.action === 'merge' && owners.get(decision.personId) !== match;
}

/** Whether a match's decision is applied: `decisionApplies`, and not a merge another account took first (`mergeTakenByAnother`). */
export function matchDecisionApplies(match: AmbiguousMatch, decision: AmbiguousDecision | undefined, excluded: ReadonlySet<string>, owners: ReadonlyMap<string, AmbiguousMatch>): boolean {
  return decisionApplies(decision, excluded) && !mergeTakenByAnother(match, decision, owners);
}

/** Why a new assignment of the preview would not be recorded (`assignmentHeldBack`). */
export type AssignmentHeldBack = 'person-left-out' | 'person-undecided' | 'purchase-left-out';

/**
 * Why a new assignment of the preview would not be recorded with these choices (`applyImport` drops
 * it): its person is a new person left out, or a name-only match not settled as the same person or
 * a new one, or its purchase is a new purchase left out. Null when it would be recorded.
 */
export function assignmentHeldBack(assignment: AssignmentChange, decisions: ImportDecisions, excluded: ReadonlySet<string> = new Set(decisions.exclude ?? [])): AssignmentHeldBack | null {
  const { person, purchase } = assignment;
  if (person.kind === 'new' && excluded.has(person.key)) return 'person-left-out';
  if (person.kind === 'ambiguous') {
    const decision = decisions.ambiguous?.[person.key];
    if (!decision || decision.action === 'skip') return 'person-undecided';
    // Settled as a person new in this same import: that person's row must be kept too.
    if (!decisionApplies(decision, excluded)) return 'person-left-out';
  }
  if (purchase.kind === 'new' && excluded.has(purchase.key)) return 'purchase-left-out';
  return null;
}

/**
 * What a preview would change as the CLI imports it (nothing left out, no name-only match settled),
 * kind by kind (`proposedChanges`), with the ambiguous matches left to decide: a new assignment of
 * a person matched by name only is not counted, since it is not recorded (`assignmentHeldBack`).
 */
export function changeCounts(preview: PreviewSections & Pick<ImportPreview, 'ambiguous'>): ChangeCounts {
  const proposed = proposedChanges(preview);
  return {
    newPeople: proposed.newPeople.length,
    updated: proposed.updatedPeople.length,
    missing: proposed.missingPeople.length,
    ambiguous: preview.ambiguous.length,
    servers: proposed.servers.length,
    purchases: proposed.purchases.length,
    assignments: proposed.assignments.filter((a) => a.action === 'new' && assignmentHeldBack(a, {}) === null).length,
    released: proposed.assignments.filter((a) => a.action === 'release').length,
  };
}

/**
 * New assignments whose sheet gave no date and that these choices record: the commit dates them as
 * of the lot (or the import), a date no one typed, so the CLI warns of them and the audit event of
 * the commit names them.
 */
export function assumedDateAssignments(preview: Pick<ImportPreview, 'assignments'>, decisions: ImportDecisions, excluded: ReadonlySet<string> = new Set(decisions.exclude ?? [])): AssignmentChange[] {
  return preview.assignments.filter((a) => a.action === 'new' && a.assignedOnAssumed && !excluded.has(a.key) && assignmentHeldBack(a, decisions, excluded) === null);
}
