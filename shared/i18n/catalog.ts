/** A UI message catalog: nested plain objects whose leaves are i18next strings. */
export interface MessageCatalog {
  [key: string]: string | MessageCatalog;
}

export const uiLanguages = ['en', 'pl'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** BCP 47 locale used for dates and numbers per UI language (pl-PL gives dd.MM.yyyy). */
export const localeOf: Record<UiLanguage, string> = { en: 'en-US', pl: 'pl-PL' };

/** Flattens a catalog to dotted keys (`a.b.c`) → message, in declaration order. */
export function flattenCatalog(catalog: MessageCatalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flattenCatalog(value, path)) out.set(k, v);
  }
  return out;
}
