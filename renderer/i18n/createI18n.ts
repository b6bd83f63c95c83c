import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { screenCatalogs, type UiLanguage } from '../../shared/i18n';

export interface I18nOptions {
  /** Called for a key found in no catalog (tests use it to fail on typos). */
  onMissingKey?: (key: string) => void;
}

/** A fresh i18next instance with the EN and PL catalogs loaded synchronously. */
export function createI18n(language: UiLanguage = 'en', options: I18nOptions = {}): i18n {
  const instance = i18next.createInstance();
  const { onMissingKey } = options;
  void instance.use(initReactI18next).init({
    resources: { en: { translation: screenCatalogs.en }, pl: { translation: screenCatalogs.pl } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'pl'],
    initAsync: false,
    showSupportNotice: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    saveMissing: onMissingKey !== undefined,
    missingKeyHandler: onMissingKey ? (_lngs, _ns, key) => onMissingKey(key) : false,
  });
  return instance;
}
