import type { MessageCatalog, UiLanguage } from './catalog';
import { en as coreEn } from './en';
import { featuresEn, featuresPl } from './features';
import { pl as corePl } from './pl';

/** The core catalogs with each feature module's namespace (shared/i18n/features) added. */
export const en: MessageCatalog = { ...coreEn, ...featuresEn };
export const pl: MessageCatalog = { ...corePl, ...featuresPl };
export * from './catalog';

/** Every UI language's catalog, keyed by language code (the CLI reads the app's texts from these). */
export const uiCatalogs: Record<UiLanguage, MessageCatalog> = { en, pl };

/** `messages` with each "quoted" part in “ ”. */
function withTypographicQuotes(messages: MessageCatalog): MessageCatalog {
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, typeof value === 'string' ? value.replace(/"([^"]*)"/g, '“$1”') : withTypographicQuotes(value)]));
}

/**
 * The catalogs as the app's window shows them: the import's English messages (shared/import/messages.ts) quote
 * “ ” like the rest of the English UI; the CLI keeps their plain quotes, as its other messages and a terminal have them.
 */
export const screenCatalogs: Record<UiLanguage, MessageCatalog> = { en: { ...en, importFile: withTypographicQuotes(en.importFile as MessageCatalog) }, pl };
