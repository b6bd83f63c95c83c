import type { MessageCatalog, UiLanguage } from './catalog';
import { en } from './en';
import { pl } from './pl';

export { en, pl };
export * from './catalog';

/** Every UI language's catalog, keyed by language code. */
export const uiCatalogs: Record<UiLanguage, MessageCatalog> = { en, pl };
