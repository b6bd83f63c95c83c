import { z } from 'zod';
import { SHORT_TEXT_MAX } from '../domain/model';

/** PowerShell booleans are `True`/`False`; hand-kept sheets say tak/nie, yes/no, 1/0. */
export function parseBool(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  // PRAWDA/FAŁSZ: how Excel in Polish writes TRUE/FALSE when it saves a sheet as CSV.
  if (t === 'true' || t === 'yes' || t === 'tak' || t === 'prawda' || t === '1' || t === 'y' || t === 't') return true;
  if (t === 'false' || t === 'no' || t === 'nie' || t === 'fałsz' || t === 'falsz' || t === '0' || t === 'n' || t === 'f') return false;
  return null;
}

export type DateParse = { ok: true; date: string; time: string | null } | { ok: false; reason: 'empty' | 'bad' | 'ambiguous' };

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function build(y: number, m: number, d: number, hh?: number, mm?: number, ss?: number): DateParse {
  if (!validDate(y, m, d)) return { ok: false, reason: 'bad' };
  if (hh === undefined) return { ok: true, date: `${y}-${pad(m)}-${pad(d)}`, time: null };
  if (hh > 23 || (mm ?? 0) > 59 || (ss ?? 0) > 59) return { ok: false, reason: 'bad' };
  return { ok: true, date: `${y}-${pad(m)}-${pad(d)}`, time: `${pad(hh)}:${pad(mm ?? 0)}:${pad(ss ?? 0)}` };
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DOTTED_ISO = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/;
const EXCEL_SERIAL = /^\d{5}$/;
/** What a hand-kept sheet writes in a date cell that has no date yet. */
const NO_DATE = new Set(['-', '–', '—', '--', 'brak', 'b.d.', 'bd', 'n/a', 'na', 'nd', 'n.d.']);
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?)?$/;

/**
 * Reads a date as the exports and sheets write it: ISO (`2022-5-3`), Polish `dd.MM.yyyy HH:mm:ss`
 * (04.11.2024 is 4 November), and slashed dates only when unambiguous (AM/PM means US `M/d/yyyy`).
 */
export function parseDate(text: string): DateParse {
  // `04.03.2024 r.`: Polish writes "r." (roku, of the year) after a year.
  const t = text.trim().replace(/(\d{4})\s*r\.?$/i, '$1');
  if (t === '' || NO_DATE.has(t.toLowerCase())) return { ok: false, reason: 'empty' };
  const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));
  let m = ISO.exec(t);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), num(m[4]), num(m[5]), num(m[6]));
  m = DOTTED.exec(t);
  if (m) return build(Number(m[3]), Number(m[2]), Number(m[1]), num(m[4]), num(m[5]), num(m[6]));
  m = DOTTED_ISO.exec(t);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  // An Excel date serial (a date cell formatted as General in a hand-kept sheet): 45234 is 2023-11-04.
  // Only five digits, 1954–2119, so a year, an amount or a document number is never taken for a date.
  if (EXCEL_SERIAL.test(t)) {
    const serial = Number(t);
    if (serial >= 20_000 && serial <= 80_000) {
      const day = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
      return build(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
    }
  }
  m = SLASHED.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    const ampm = m[7]?.toLowerCase();
    let hh = num(m[4]);
    if (ampm && hh !== undefined) {
      if (hh < 1 || hh > 12) return { ok: false, reason: 'bad' };
      hh = (hh % 12) + (ampm === 'pm' ? 12 : 0);
    }
    // en-US writes AM/PM; without it only a part above 12 tells day from month.
    const us = ampm !== undefined || (b > 12 && a <= 12);
    const dayFirst = ampm === undefined && a > 12 && b <= 12;
    if (!us && !dayFirst) return { ok: false, reason: a === b ? 'bad' : 'ambiguous' };
    return us ? build(y, a, b, hh, num(m[5]), num(m[6])) : build(y, b, a, hh, num(m[5]), num(m[6]));
  }
  return { ok: false, reason: 'bad' };
}

/** Reads a number with a decimal comma (`2,5`), spaces as thousands separators, or `1,000`/`1.234,5`. */
export function parseNumber(text: string): number | null {
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (t === '' || !/^[+-]?[\d.,]+$/.test(t)) return null;
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    t = t.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    // "1,000" is a thousands group; "2,5" is a decimal comma.
    t = /^[+-]?\d{1,3}(,\d{3})+$/.test(t) ? t.replace(/,/g, '') : t.replace(',', '.');
  } else if (/^[+-]?\d{1,3}(\.\d{3}){2,}$/.test(t)) {
    t = t.replace(/\./g, '');
  }
  if (!/^[+-]?\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** A .NET TimeSpan as PowerShell prints it (`97.04:12:33`, `04:12:33`, `-1.00:00:00`) → days, with the hours and minutes as a fraction. */
export function parseTimeSpan(text: string): number | null {
  const m = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(text.trim());
  if (!m) return null;
  const days = Number(m[2] ?? 0) + Number(m[3]) / 24 + Number(m[4]) / 1440 + Number(m[5] ?? 0) / 86400;
  return m[1] ? -days : days;
}

/** A .NET TimeSpan as PowerShell prints it → whole days (`97.04:12:33` → 97). */
export function parseTimeSpanDays(text: string): number | null {
  const days = parseTimeSpan(text);
  return days === null ? null : Math.trunc(days);
}

/**
 * Days of a trial left from its RemainingTrialPeriod: whole days, and a trial in its last day (any
 * time left under a day) has 1, so that it is never read as expired while it runs. Null when the
 * value is missing or unreadable: not known is not "ended".
 */
export function trialDaysLeft(text: string): number | null {
  const days = parseTimeSpan(text);
  if (days === null) return null;
  return days <= 0 ? 0 : Math.max(1, Math.floor(days));
}

/** `Version 15.2 (Build 1544.4)` or `15.2.1544.4` → `15.2.1544.4`; '' when unreadable. */
export function parseExchangeBuild(text: string): string {
  const t = text.trim();
  const m = /Version\s+(\d+)\.(\d+)\s*\(Build\s+(\d+)\.(\d+)\)/i.exec(t);
  if (m) return `${m[1]}.${m[2]}.${m[3]}.${m[4]}`;
  const plain = /^(\d+)\.(\d+)\.(\d+)(?:\.(\d+))?$/.exec(t);
  if (plain) return plain[4] === undefined ? `${plain[1]}.${plain[2]}.${plain[3]}` : t;
  return '';
}

const foldMap: Record<string, string> = {
  ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z',
  á: 'a', à: 'a', â: 'a', ä: 'a', ã: 'a', å: 'a', č: 'c', ç: 'c', ď: 'd', é: 'e', è: 'e', ê: 'e', ë: 'e', ě: 'e',
  í: 'i', ì: 'i', î: 'i', ï: 'i', ň: 'n', ñ: 'n', ò: 'o', ô: 'o', ö: 'o', õ: 'o', ő: 'o', ø: 'o', ř: 'r', š: 's',
  ť: 't', ú: 'u', ù: 'u', û: 'u', ü: 'u', ů: 'u', ű: 'u', ý: 'y', ÿ: 'y', ž: 'z', ß: 'ss',
};

/** Folds case and diacritics (ł→l, ż→z…) and collapses spaces: the key for name comparison. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let rest = false;
  for (const ch of lower) {
    if (ch.charCodeAt(0) < 128) out += ch;
    else if (foldMap[ch] !== undefined) out += foldMap[ch];
    else {
      out += ch;
      rest = true;
    }
  }
  // Letters outside the table: decompose and drop the combining marks.
  if (rest) out = out.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return out.replace(/\s+/g, ' ').trim();
}

/** `text` cut to the register's length for it (names, addresses, numbers; `LONG_TEXT_MAX` for notes). */
/** The first part of a text that is written as a date ("Wieczysta z SA do 14.03.2028 (zakończona)" → "14.03.2028"), or '' (for `parseDate`). */
export const dateWrittenIn = (text: string): string => /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}/.exec(text)?.[0] ?? '';

export const clipText = (text: string, max: number = SHORT_TEXT_MAX): string => (text.length > max ? text.slice(0, max) : text);

/**
 * Whether `value` is an e-mail address the register takes for a person (the pattern of
 * `personInputSchema`'s e-mail, zod's): "jan.kowalski@firma,pl" or a UPN like "jkowalski@FIRMA" is
 * not. An address the register would refuse, once stored, makes every later edit of the person fail.
 */
export const isEmailAddress = (value: string): boolean => z.regexes.email.test(value.trim());
