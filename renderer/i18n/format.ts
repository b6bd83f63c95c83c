import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { schemaHintKey } from '../../shared/domain/hints';
import { localeOf, uiLanguages, type UiLanguage } from '../../shared/i18n';
import { localizedParams } from '../../shared/licensing/messages';
import { localizedProductName } from '../../shared/licensing/product-names';
import { featureNames } from '../../shared/licensing/feature-names';
import type { AppError } from '../../shared/result';
import type { TFunction } from 'i18next';

const dateOptions: Record<UiLanguage, Intl.DateTimeFormatOptions> = {
  // Polish admins expect dd.MM.yyyy; English gets an unambiguous month name.
  en: { year: 'numeric', month: 'short', day: 'numeric' },
  pl: { year: 'numeric', month: '2-digit', day: '2-digit' },
};

export function toUiLanguage(language: string | undefined): UiLanguage {
  return (uiLanguages as readonly string[]).includes(language ?? '') ? (language as UiLanguage) : 'en';
}

export interface Formatters {
  locale: string;
  /** A calendar date `YYYY-MM-DD`, shown without any time-zone shift. */
  date(isoDate: string): string;
  /** A moment (ISO 8601 with zone), shown in local time. */
  dateTime(isoTime: string): string;
  number(value: number): string;
  bytes(size: number): string;
  /** A catalog product's name by its id, as the Purchases screen names it; an unknown id as it is. */
  product(productId: string): string;
  /** Enterprise feature ids ("archive, hold") in words. */
  features(ids: string): string;
}

export function createFormatters(language: UiLanguage): Formatters {
  const locale = localeOf[language];
  const dateFormat = new Intl.DateTimeFormat(locale, { ...dateOptions[language], timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { ...dateOptions[language], hour: '2-digit', minute: '2-digit' });
  const numberFormat = new Intl.NumberFormat(locale);
  const kb = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
  const mb = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  // The short form reads "43 byte" in English; the long one gives "43 bytes" / "43 bajty".
  const b = new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
  const safe = (text: string, format: () => string) => {
    try {
      return format();
    } catch {
      return text;
    }
  };
  return {
    locale,
    date: (isoDate) => safe(isoDate, () => dateFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`))),
    dateTime: (isoTime) => safe(isoTime, () => dateTimeFormat.format(new Date(isoTime))),
    number: (value) => numberFormat.format(value),
    bytes: (size) => (size < 1024 ? b.format(size) : size < 1024 * 1024 ? kb.format(size / 1024) : mb.format(size / 1024 / 1024)),
    product: (productId) => localizedProductName(productId, language),
    features: (ids) => featureNames(ids, language),
  };
}

/** Formatters for the current UI language. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = toUiLanguage(i18n.resolvedLanguage ?? i18n.language);
  return useMemo(() => createFormatters(language), [language]);
}

/** The values an error's detail offers its message (strings and numbers); with `format`, its dates and numbers as the UI writes them. */
export function errorParams(error: AppError, format?: Formatters): Record<string, string | number> {
  const params = Object.fromEntries(Object.entries(error.detail ?? {}).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'));
  return format ? localizedParams(params, format) : params;
}

/** The params with a schema's own hint given as the `reason` of a refusal (`change-not-valid`) worded in the UI language. */
export function withHintedReason(t: TFunction, params: Record<string, string | number>): Record<string, string | number> {
  const hint = typeof params.reason === 'string' ? schemaHintKey(params.reason) : null;
  return hint ? { ...params, reason: t(`schemaHints.${hint}`) } : params;
}

/** The catalog key of the message main named for an error (`detail.messageKey`, shared/errors/messages), if any. */
export function serviceErrorKeys(error: AppError): string[] {
  return typeof error.detail?.messageKey === 'string' ? [`serviceErrors.${error.detail.messageKey}`] : [];
}

/** The translated text of an error that crossed the IPC boundary: the message main named, else its stable code's. */
export function errorText(t: TFunction, error: AppError, format?: Formatters): string {
  return t([...serviceErrorKeys(error), `errors.${error.code}`], { ...withHintedReason(t, errorParams(error, format)), defaultValue: error.message });
}
