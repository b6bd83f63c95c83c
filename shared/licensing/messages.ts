/** Message keys and English rendering for findings and assignment problems. */
import type { MessageCatalog } from '../i18n/catalog';
import { catalog } from './catalog';
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
const DATE_PARAMS = new Set(['date', 'until', 'leftOn', 'previousStart', 'assignedOn', 'releasedOn', 'endDate', 'snapshot', 'today', 'earliest']);

/** Parameters that may name a catalog product, alone or as a purchase without a document ("<product>, <date>"). */
const PRODUCT_PARAMS = new Set(['product', 'held', 'license', 'purchase', 'subject']);

export interface ParamFormatters {
  date(isoDate: string): string;
  number(value: number): string;
  /** A catalog product's name in the reader's language, by product id; without it product names stay as the engine wrote them. */
  product?(productId: string): string;
  /** Enterprise feature ids ("archive, hold") in the reader's words (feature-names.ts). */
  features?(ids: string): string;
}

const productIdByName = new Map(catalog.map((product) => [product.name, product.id]));
const PRODUCT_AND_DATE = /^(.+), (\d{4}-\d{2}-\d{2})$/;

/**
 * A label the engine built from a catalog product in the reader's language: the product's own
 * name ("Exchange Server 2019 Standard User CAL"), or a purchase without a document number named
 * by product and date ("…, 2024-03-01", `purchaseLabel`). Anything else (a person, a document
 * number, a file) is returned as it is.
 */
export function localizedLabel(value: string, format: ParamFormatters): string {
  if (!format.product) return value;
  const id = productIdByName.get(value);
  if (id) return format.product(id);
  const match = PRODUCT_AND_DATE.exec(value);
  const datedId = match ? productIdByName.get(match[1]!) : undefined;
  return datedId ? `${format.product(datedId)}, ${format.date(match![2]!)}` : value;
}

/** A list of catalog product names ("A, B", `heldTogether`) in the reader's language, each as `localizedLabel` names it. */
export function localizedLabels(value: string, format: ParamFormatters): string {
  return format.product ? value.split(', ').map((one) => localizedLabel(one, format)).join(', ') : value;
}

/**
 * A lot without a document number is named by its product and date (`purchaseLabel`); where a
 * message names the product beside it ("Purchase {{purchase}} ({{product}}) …"), the lot is named
 * by its date alone, so the product is not printed twice.
 */
function withoutRepeatedProduct(params: MessageParams): MessageParams {
  const { purchase, product } = params;
  if (typeof purchase !== 'string' || typeof product !== 'string' || product === '' || !purchase.startsWith(`${product}, `)) return params;
  return { ...params, purchase: purchase.slice(product.length + 2) };
}

/**
 * `params` as a person reads them: calendar dates and counts in their locale (01.03.2025,
 * 12 000), catalog product names in their language when `format.product` is given
 * (`localizedLabel`, `localizedLabels` for a list), everything else (names, document numbers, versions) as it is. The engine keeps ISO
 * dates and plain numbers, so its English text and the CLI stay stable for scripts.
 */
export function localizedParams(params: MessageParams, format: ParamFormatters): MessageParams {
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') out[name] = format.number(value);
    else if (DATE_PARAMS.has(name) && /^\d{4}-\d{2}-\d{2}$/.test(value)) out[name] = format.date(value);
    else if (name === 'features' && format.features) out[name] = format.features(value);
    else if (name === 'products') out[name] = localizedLabels(value, format);
    else out[name] = PRODUCT_PARAMS.has(name) ? localizedLabel(value, format) : value;
  }
  return withoutRepeatedProduct(out);
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
export function formatLicensingMessage(key: string, messageParams: MessageParams, catalog: MessageCatalog = licensingEn): string {
  const params = withoutRepeatedProduct(messageParams);
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
