import type { MessageCatalog, UiLanguage } from './catalog';
import { en as coreEn } from './en';
import { featuresEn, featuresPl } from './features';
import { pl as corePl } from './pl';

/** The core catalogs with each feature module's namespace (shared/i18n/features) added. */
export const en: MessageCatalog = { ...coreEn, ...featuresEn };
export const pl: MessageCatalog = { ...corePl, ...featuresPl };
export * from './catalog';

/** Every UI language's catalog, keyed by language code. */
export const uiCatalogs: Record<UiLanguage, MessageCatalog> = { en, pl };
