import type { ImportPreview, PersonUpdate } from './preview-types';

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

/** What a preview would change, kind by kind (`proposedChanges`), with the ambiguous matches left to decide. */
export function changeCounts(preview: PreviewSections & Pick<ImportPreview, 'ambiguous'>): ChangeCounts {
  const proposed = proposedChanges(preview);
  return {
    newPeople: proposed.newPeople.length,
    updated: proposed.updatedPeople.length,
    missing: proposed.missingPeople.length,
    ambiguous: preview.ambiguous.length,
    servers: proposed.servers.length,
    purchases: proposed.purchases.length,
    assignments: proposed.assignments.filter((a) => a.action === 'new').length,
    released: proposed.assignments.filter((a) => a.action === 'release').length,
  };
}
