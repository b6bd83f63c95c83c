/** Message keys and English rendering for findings and assignment problems. */
import type { MessageCatalog } from '../i18n/catalog';
import { licensingEn } from './messages.en';

export { licensingEn } from './messages.en';
export { licensingPl } from './messages.pl';

export type MessageParams = Record<string, string | number>;

function lookup(catalog: MessageCatalog, key: string): string | null {
  let node: string | MessageCatalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return null;
    node = node[part];
  }
  return typeof node === 'string' ? node : null;
}

/** Fills `{{name}}` placeholders the way i18next does (no escaping: the output is plain text). */
export function interpolate(template: string, params: MessageParams): string {
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Parameters that hold a calendar date (`YYYY-MM-DD`) in some message. */
const DATE_PARAMS = new Set(['date', 'until', 'leftOn', 'previousStart', 'assignedOn', 'releasedOn', 'endDate', 'snapshot']);

export interface ParamFormatters {
  date(isoDate: string): string;
  number(value: number): string;
}

/**
 * `params` as a person reads them: calendar dates and counts in their locale (01.03.2025,
 * 12 000), everything else (names, document numbers, versions) as it is. The engine keeps ISO
 * dates and plain numbers, so its English text and the CLI stay stable for scripts.
 */
export function localizedParams(params: MessageParams, format: ParamFormatters): MessageParams {
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') out[name] = format.number(value);
    else out[name] = DATE_PARAMS.has(name) && /^\d{4}-\d{2}-\d{2}$/.test(value) ? format.date(value) : value;
  }
  return out;
}

/** Compiled English templates: splitting a template once makes rendering thousands of findings cheap. */
const compiledEn = new Map<string, (string | { param: string })[]>();

function compile(template: string): (string | { param: string })[] {
  const parts: (string | { param: string })[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{\{\s*([\w-]+)\s*\}\}/g)) {
    parts.push(template.slice(last, match.index), { param: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

/** Renders a licensing message (key relative to the `licensing` catalog) from a catalog, English by default. */
export function formatLicensingMessage(key: string, params: MessageParams, catalog: MessageCatalog = licensingEn): string {
  let parts = catalog === licensingEn ? compiledEn.get(key) : undefined;
  if (!parts) {
    const template = lookup(catalog, key);
    if (template === null) throw new Error(`licensing message "${key}" is missing`);
    parts = compile(template);
    if (catalog === licensingEn) compiledEn.set(key, parts);
  }
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') text += part;
    else {
      const value = params[part.param];
      text += value === undefined ? `{{${part.param}}}` : String(value);
    }
  }
  return text;
}
