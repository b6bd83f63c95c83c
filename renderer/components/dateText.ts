/**
 * How a date field reads a calendar date. It shows one as the workbook prints it (`formatDate`
 * of shared/export/labels.ts: dd.mm.yyyy in Polish, yyyy-mm-dd in English, unambiguous unlike
 * 03/01/2025), whatever language the operating system or Chromium runs in. A native
 * `<input type="date">` shows the browser's locale instead, so a Polish screen on an English
 * Windows asked for mm/dd/yyyy.
 */
import { isCalendarDate, isPlausibleDate } from '../../shared/licensing/dates';

/**
 * Why typed text is not a date: not written as one, no such day (31.02.2025), slashed both ways round in English
 * (12/01/2026), or a year no one means (01.03.0224: `isPlausibleDate`).
 */
export type DateTextProblem = 'invalid' | 'noSuchDay' | 'ambiguous' | 'yearOutOfRange';

/**
 * The calendar date a person typed, as `YYYY-MM-DD`, or why it is none. Either language reads both
 * forms: `2025-03-01`, and `1.3.2025` / `01.03.2025` (also with `/` or `-` between day, month
 * and year, day first, as Polish documents write it). In English a slashed date is read only when
 * it cannot be month first (13/01/2026): an English reader may mean 12/01/2026 as December.
 */
export function readDateText(text: string, language: 'en' | 'pl' = 'pl'): { iso: string } | { problem: DateTextProblem } {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dayFirst = /^(\d{1,2})([./-])(\d{1,2})[./-](\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[4], dayFirst[3], dayFirst[1]] : [];
  if (!year || !month || !day) return { problem: 'invalid' };
  if (language === 'en' && dayFirst?.[2] === '/' && Number(day) <= 12 && Number(month) <= 12 && day !== month) return { problem: 'ambiguous' };
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!isCalendarDate(date)) return { problem: 'noSuchDay' };
  return isPlausibleDate(date) ? { iso: date } : { problem: 'yearOutOfRange' };
}

/** The calendar date a person typed, as `YYYY-MM-DD`, or null (see `readDateText`). */
export function parseDateText(text: string, language: 'en' | 'pl' = 'pl'): string | null {
  const read = readDateText(text, language);
  return 'iso' in read ? read.iso : null;
}

/** A local `Date` (midnight) for the picker's calendar, or null. */
export function isoToLocalDate(isoDate: string): Date | null {
  if (!isCalendarDate(isoDate)) return null;
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The calendar date of a local `Date`, as `YYYY-MM-DD`. */
export function localDateToIso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Whether `text` is a date written in full, the way the field shows dates (`31.01.2026`,
 * `2026-01-31`): taken as it is typed, like a native date input, since typing on cannot make it
 * another date. Shorter forms (`1.3.2026`) could still grow, so they wait for Enter or Tab.
 */
export function isCompleteDateText(text: string): boolean {
  return /^(\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4})$/.test(text.trim());
}
