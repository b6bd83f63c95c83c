import type { Person, Purchase, RegisterDocument } from '../domain/model';
import { localDateOf } from '../licensing/dates';
import { formatDate, translator, type Translate } from './labels';
import type { ExportOptions } from './types';

/** Lookups every sheet builder needs, built once per export. */
export interface ExportContext {
  doc: RegisterDocument;
  options: ExportOptions;
  t: Translate;
  date: (iso: string) => string;
  people: ReadonlyMap<string, Person>;
  purchases: ReadonlyMap<string, Purchase>;
  productName: (productId: string) => string;
  /** Polish-aware ordering of names, stable across platforms. */
  collator: Intl.Collator;
}

export function exportContext(doc: RegisterDocument, options: ExportOptions): ExportContext {
  const lookup = options.productName;
  return {
    doc,
    options,
    t: translator(options.lang),
    date: (iso) => formatDate(options.lang, iso),
    people: new Map(doc.people.map((p) => [p.id, p])),
    purchases: new Map(doc.purchases.map((p) => [p.id, p])),
    productName: (productId) => lookup?.(productId) ?? productId,
    collator: new Intl.Collator(options.lang === 'pl' ? 'pl' : 'en', { sensitivity: 'base', numeric: true }),
  };
}

/**
 * An assignment holds its seat on the as-of date from its start day until its release day: the
 * same test the compliance position and the app's screens use, so the workbook's counts agree
 * with theirs (an assignment dated after the as-of date is not counted yet).
 */
export { isActiveOn } from '../licensing/register-view';

export function emailOrLogin(person: Person | undefined): string {
  if (!person) return '';
  return person.email || person.login;
}

/**
 * The calendar date, in the exporting computer's time zone, of an ISO time (stored in UTC): a
 * server verified at 00:30 in Warsaw was verified that day, as the app shows it. Null when empty.
 */
export function dateOf(time: string | null): string | null {
  if (!time) return null;
  const date = localDateOf(time);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}
