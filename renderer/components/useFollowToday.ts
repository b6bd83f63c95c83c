import { useEffect } from 'react';
import { todayIso } from './ledgerLabels';

/** How often a screen looks whether the day has changed: a laptop woken from sleep gives the window no focus event. */
export const dayCheckIntervalMs = 60_000;

/**
 * Runs `follow` when the screen mounts, when the window comes back (focus, shown again) and once a minute, so a date that
 * defaults to today follows the calendar past midnight. `follow` decides whether anything changed; keep it stable.
 */
export function useFollowToday(follow: () => void): void {
  useEffect(() => {
    follow();
    const onVisible = () => {
      if (document.visibilityState === 'visible') follow();
    };
    window.addEventListener('focus', follow);
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(follow, dayCheckIntervalMs);
    return () => {
      window.removeEventListener('focus', follow);
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
    };
  }, [follow]);
}

/**
 * Whether a date that defaults to today (an as-of date, the wizard's assignment date) is one the user chose: today picked
 * again is the default again, and follows the calendar.
 */
export function isChosenDate(date: string): boolean {
  return date !== todayIso();
}

/** A date that follows the calendar (not chosen) and is no longer today: the day has changed since it was set. */
export function lagsBehindToday(date: string, chosen: boolean): boolean {
  return !chosen && date !== todayIso();
}
