import type { TFunction } from 'i18next';
import type { ImportPreviewView } from '../../../shared/contracts/import';
import { isRealUpdate, proposedChanges } from '../../../shared/import/counts';
import type { AmbiguousDecision } from '../../../shared/import/preview-types';
import type { ImportMessage } from '../../../shared/import/types';

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

/** The number on the commit button: changes left ticked plus ambiguous matches decided as merge or new. */
export function includedChangeCount(preview: ImportPreviewView, excluded: Readonly<Record<string, true>>, decisions: Readonly<Record<string, AmbiguousDecision>>): number {
  const keys = Object.values(changeKeys(preview)).flat();
  const kept = keys.filter((key) => !excluded[key]).length;
  const decided = preview.ambiguous.filter((a) => {
    const action = decisions[a.key]?.action;
    return action === 'merge' || action === 'new';
  }).length;
  return kept + decided;
}

/** An import message (reason, warning, read error) in the UI language; the English text when the key is unknown. */
export function importMessageText(t: TFunction, message: Pick<ImportMessage, 'key' | 'params'> & { message: string }): string {
  return t(message.key, { ...message.params, defaultValue: message.message });
}

/** A directory fact or server field value as text: yes/no for booleans, a dash for unknown. */
export function factValueText(t: TFunction, value: string | boolean | null): string {
  if (value === null || value === '') return t('importScreen.values.none');
  if (typeof value === 'boolean') return t(value ? 'importScreen.values.yes' : 'importScreen.values.no');
  return value;
}
