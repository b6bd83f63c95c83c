import { flattenCatalog, screenCatalogs, type UiLanguage } from '../../shared/i18n';

const flat = { en: flattenCatalog(screenCatalogs.en), pl: flattenCatalog(screenCatalogs.pl) } satisfies Record<UiLanguage, Map<string, string>>;

/**
 * A UI message as the renderer shows it, so page objects find elements by their accessible
 * name in either language without copying strings into tests.
 */
export function msg(language: UiLanguage, key: string, params: Record<string, string | number> = {}): string {
  const text = flat[language].get(key);
  if (text === undefined) throw new Error(`No ${language} message "${key}"`);
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, name: string) => String(params[name] ?? `{{${name}}}`));
}
