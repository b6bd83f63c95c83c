/**
 * The Enterprise features a finding names (`params.features`, ids joined by ", "), in words.
 * The engine keeps the ids in its parameters; its English message and the UI, the workbook and
 * the CLI in Polish name the features with these words.
 */
import type { EnterpriseFeature } from './inventory';

const names: Record<'en' | 'pl', Record<EnterpriseFeature, string>> = {
  en: {
    archive: 'archive mailbox',
    hold: 'litigation or In-Place Hold',
    dlp: 'data loss prevention',
    retention: 'retention policies',
    journaling: 'journaling',
    'unified-messaging': 'Unified Messaging (Exchange 2016 only)',
  },
  pl: {
    archive: 'archiwum skrzynki',
    hold: 'blokada prawna lub In-Place Hold',
    dlp: 'ochrona przed utratą danych (DLP)',
    retention: 'zasady przechowywania',
    journaling: 'rejestrowanie w dzienniku (journaling)',
    'unified-messaging': 'Unified Messaging (tylko Exchange 2016)',
  },
};

/** "archive, hold" → "archive mailbox, litigation or In-Place Hold"; an id outside the list stays as it is. */
export function featureNames(list: string, lang: 'en' | 'pl'): string {
  const words = names[lang] as Record<string, string>;
  return list
    .split(', ')
    .map((id) => words[id] ?? id)
    .join(', ');
}
