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
