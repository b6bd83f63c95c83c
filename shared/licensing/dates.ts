/** Calendar-date arithmetic on `YYYY-MM-DD` strings (no time zones: dates are what the user means). */

const dayMs = 86_400_000;

function dayNumber(date: string): number {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / dayMs);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * dayMs).toISOString().slice(0, 10);
}

/** The date part of an ISO date or time, so both compare as calendar dates. */
export function dateOf(value: string): string {
  return value.slice(0, 10);
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (2024-02-29 is, 2025-02-29 and 2024-02-30 are not). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/**
 * The years a date someone gives may have (IPC and CLI inputs, the date fields). A year outside them
 * is a typo (0224 for 2024, 2204), never the date of an Exchange CAL, its holder or a report; it
 * would sort and count wrongly everywhere. Stored registers are not held to it.
 */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2099;
/** Whether a `YYYY-MM-DD` date's year is one a person may give (`FIRST_YEAR`…`LAST_YEAR`). */
export const isPlausibleDate = (value: string): boolean => {
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
};

/** The user's calendar date (local time) of an instant: today for defaults and as-of checks, the day a server was verified. */
export const localDate = (at: Date): string =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;

/**
 * The user's calendar date of a time stored in UTC (an ISO time): an import at 00:30 in Warsaw
 * happened that day, as the app shows it. A bare `YYYY-MM-DD` is a calendar date already and stays
 * as it is (read as a time it would be UTC midnight, the day before west of Greenwich).
 */
export function localDateOf(time: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(time)) return time;
  const at = new Date(time);
  return Number.isNaN(at.getTime()) ? time.slice(0, 10) : localDate(at);
}
