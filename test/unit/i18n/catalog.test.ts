import { describe, expect, it } from 'vitest';
import { flattenCatalog, localeOf, uiCatalogs, uiLanguages, type UiLanguage } from '../../../shared/i18n';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Splits flat keys into plain keys and plural base keys with the categories each provides. */
function analyse(language: UiLanguage) {
  const flat = flattenCatalog(uiCatalogs[language]);
  const plain = new Map<string, string>();
  const plurals = new Map<string, Set<string>>();
  for (const [key, value] of flat) {
    const match = pluralSuffix.exec(key);
    if (match?.[1]) {
      const base = key.slice(0, match.index);
      const categories = plurals.get(base) ?? new Set<string>();
      categories.add(match[1]);
      plurals.set(base, categories);
    } else {
      plain.set(key, value);
    }
  }
  return { flat, plain, plurals };
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('UI message catalogs', () => {
  const [first, ...others] = uiLanguages;
  const reference = analyse(first);

  it.each(others)('%s has every plain key of English and no extra one', (language) => {
    const other = analyse(language);
    expect([...other.plain.keys()].sort()).toEqual([...reference.plain.keys()].sort());
  });

  it.each(others)('%s has every plural key of English and no extra one', (language) => {
    const other = analyse(language);
    expect([...other.plurals.keys()].sort()).toEqual([...reference.plurals.keys()].sort());
  });

  it.each(uiLanguages)('every plural key in %s has exactly the plural forms its language uses', (language) => {
    const categories = new Intl.PluralRules(localeOf[language]).resolvedOptions().pluralCategories.slice().sort();
    for (const [base, provided] of analyse(language).plurals) {
      expect({ base, forms: [...provided].sort() }).toEqual({ base, forms: categories });
    }
  });

  it('Polish plural keys carry the one, few and many forms counts need', () => {
    for (const [, provided] of analyse('pl').plurals) {
      expect([...provided]).toEqual(expect.arrayContaining(['one', 'few', 'many']));
    }
  });

  it.each(uiLanguages)('no message in %s is empty', (language) => {
    const empty = [...analyse(language).flat].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(others)('%s messages use the same {{placeholders}} as English', (language) => {
    const other = analyse(language);
    for (const [key, text] of reference.plain) {
      expect({ key, names: placeholders(other.plain.get(key) ?? '') }).toEqual({ key, names: placeholders(text) });
    }
  });
});
