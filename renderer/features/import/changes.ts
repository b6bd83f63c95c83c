import type { TFunction } from 'i18next';
import type { ImportPreviewView } from '../../../shared/contracts/import';
import { type AssignmentHeldBack, assignmentHeldBack, directoryMergeOwners, isRealUpdate, matchDecisionApplies, proposedChanges } from '../../../shared/import/counts';
import type { AmbiguousDecision, AssignmentChange, ImportDecisions } from '../../../shared/import/preview-types';
import { withLocalizedProduct } from '../../../shared/import/messages';
import type { ImportMessage } from '../../../shared/import/types';
import type { Formatters } from '../../i18n/format';

export { isRealUpdate };

/** Keys of every proposed change the user may untick, per preview section. */
export function changeKeys(preview: ImportPreviewView) {
  const keys = (items: readonly { key: string }[]) => items.map((item) => item.key);
  const proposed = proposedChanges(preview);
  return {
    newPeople: keys(proposed.newPeople),
    updatedPeople: keys(proposed.updatedPeople),
    missingPeople: keys(proposed.missingPeople),
    servers: keys(proposed.servers),
    purchases: keys(proposed.purchases),
    assignments: keys(proposed.assignments),
  };
}

/**
 * The user's choices as the commit sends them, and the keys left out as a set: read once per render, never once per
 * change (with a section of 5,000 unticked, a set of every key made again for each assignment took seconds).
 */
function choices(excluded: Readonly<Record<string, true>>, decisions: Readonly<Record<string, AmbiguousDecision>>): { chosen: ImportDecisions; leftOut: Set<string> } {
  const exclude = Object.keys(excluded).filter((key) => excluded[key]);
  return { chosen: { ambiguous: decisions, exclude }, leftOut: new Set(exclude) };
}

/** Why each ticked new assignment would still not be recorded with these choices (its person or purchase left out or undecided), or null. */
export function heldBackWith(excluded: Readonly<Record<string, true>>, decisions: Readonly<Record<string, AmbiguousDecision>>): (assignment: AssignmentChange) => AssignmentHeldBack | null {
  const { chosen, leftOut } = choices(excluded, decisions);
  return (assignment) => (assignment.action === 'new' ? assignmentHeldBack(assignment, chosen, leftOut) : null);
}

/**
 * The number on the commit button: changes left ticked plus ambiguous matches decided as merge or
 * new; a ticked new assignment only if it would be recorded (`heldBackWith`).
 */
export function includedChangeCount(preview: ImportPreviewView, excluded: Readonly<Record<string, true>>, decisions: Readonly<Record<string, AmbiguousDecision>>): number {
  const keys = Object.values(changeKeys(preview)).flat();
  const { chosen, leftOut } = choices(excluded, decisions);
  const held = new Set(preview.assignments.filter((a) => a.action === 'new' && assignmentHeldBack(a, chosen, leftOut) !== null).map((a) => a.key));
  const kept = keys.filter((key) => !excluded[key] && !held.has(key)).length;
  // A match settled as a person new in this import whose row is unticked changes nothing, nor a second account merged into one person (`matchDecisionApplies`).
  const owners = directoryMergeOwners(preview.ambiguous, decisions);
  const decided = preview.ambiguous.filter((a) => matchDecisionApplies(a, decisions[a.key], leftOut, owners)).length;
  return kept + decided;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An import message's params as the UI writes them (`importMessageText`). */
function localizedImportParams(params: ImportMessage['params'], format: Pick<Formatters, 'date' | 'number' | 'product'>): ImportMessage['params'] {
  const out: ImportMessage['params'] = {};
  // A date the import read (`YYYY-MM-DD`) is written as the rest of the UI writes dates; a value as typed, which did not read as a date, stays as it is.
  for (const [name, value] of Object.entries(params ?? {})) out[name] = typeof value === 'string' && ISO_DATE.test(value) ? format.date(value) : value;
  return withLocalizedProduct(out, format);
}

/** An import message (reason, warning, read error) in the UI language; the English text when the key is unknown. */
export function importMessageText(t: TFunction, message: Pick<ImportMessage, 'key' | 'params'> & { message: string }, format?: Pick<Formatters, 'date' | 'number' | 'product'>): string {
  const params = format ? localizedImportParams(message.params, format) : message.params;
  return t(message.key, { ...params, defaultValue: message.message });
}

