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

/**
 * What a preview would change, kind by kind, leaving out what is already in the register (people
 * whose facts are the same, unchanged servers, purchases and assignments it already has).
 */
export function changeCounts(preview: Pick<ImportPreview, 'newPeople' | 'updatedPeople' | 'missingPeople' | 'ambiguous' | 'servers' | 'purchases' | 'assignments'>): ChangeCounts {
  return {
    newPeople: preview.newPeople.length,
    updated: preview.updatedPeople.filter(isRealUpdate).length,
    missing: preview.missingPeople.length,
    ambiguous: preview.ambiguous.length,
    servers: preview.servers.filter((s) => s.action !== 'unchanged').length,
    purchases: preview.purchases.filter((p) => p.action === 'new').length,
    assignments: preview.assignments.filter((a) => a.action === 'new').length,
    released: preview.assignments.filter((a) => a.action === 'release').length,
  };
}
