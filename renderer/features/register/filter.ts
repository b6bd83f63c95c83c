/** The Register table's search, filters and sort: pure, so they are tested without a DOM and stay fast at 50,000 people. */
import type { PersonRow } from '../../../shared/contracts/ledger';
import { catalogOrder } from '../../../shared/licensing/catalog';

export const statusFilters = ['all', 'active', 'left', 'with-cal', 'without-cal'] as const;
export type StatusFilter = (typeof statusFilters)[number];
export const sortKeys = ['name', 'email', 'status'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = 'ascending' | 'descending';

export interface RegisterQuery {
  search: string;
  status: StatusFilter;
  /** A catalog product id, or 'all'. */
  productId: string;
  sort: SortKey;
  direction: SortDirection;
}

export const defaultRegisterQuery: RegisterQuery = { search: '', status: 'all', productId: 'all', sort: 'name', direction: 'ascending' };

// Letters NFD does not decompose (ł, đ, ø…): folded by hand so "lukasz" finds "Łukasz".
const extraFolds: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

/** Lower case without diacritics: "Żółkiewski" → "zolkiewski". */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łđøßæœı]/g, (c) => extraFolds[c] ?? c);
}

// Rows are immutable snapshots from main, so their folded text can be cached by identity.
const haystacks = new WeakMap<PersonRow, string>();
function haystackOf(row: PersonRow): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = foldForSearch(`${row.givenName} ${row.surname}\n${row.surname} ${row.givenName}\n${row.email}\n${row.login}`);
    haystacks.set(row, text);
  }
  return text;
}

const searchWords = (search: string): string[] => foldForSearch(search).split(/\s+/).filter(Boolean);

function matchesWords(row: PersonRow, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = haystackOf(row);
  return words.every((word) => haystack.includes(word));
}

/** Every word of the search must appear in the name, e-mail or login. */
export function matchesSearch(row: PersonRow, search: string): boolean {
  return matchesWords(row, searchWords(search));
}

export function matchesStatus(row: PersonRow, status: StatusFilter): boolean {
  switch (status) {
    case 'all':
      return true;
    case 'active':
    case 'left':
      return row.status === status;
    case 'with-cal':
      return row.activeCals.length > 0;
    case 'without-cal':
      return row.activeCals.length === 0;
  }
}

const matchesProduct = (row: PersonRow, productId: string) => productId === 'all' || row.activeCals.some((cal) => cal.productId === productId);

function sortParts(row: PersonRow, key: SortKey): string[] {
  if (key === 'email') return [row.email || row.login];
  if (key === 'status') return [row.status];
  // Someone known only by given name or e-mail sorts by that, not before everyone else.
  return [row.surname || row.givenName || row.email || row.login, row.givenName, row.email || row.login];
}

/** Whether two rows give the same sort parts for every key: `sortParts` reads these fields only. */
const sortsTheSame = (a: PersonRow, b: PersonRow) => a === b || (a.surname === b.surname && a.givenName === b.givenName && a.email === b.email && a.login === b.login && a.status === b.status);

function compareParts(collator: Intl.Collator, a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const order = collator.compare(a[i] ?? '', b[i] ?? '');
    if (order !== 0) return order;
  }
  return 0;
}

/** A row with what the sort compares, worked out once per row. */
export interface SortEntry {
  row: PersonRow;
  key: readonly string[];
  name: readonly string[];
  empty: boolean;
  /** The row's place in the list from main: rows the collator finds equal keep that order, as a stable sort keeps them. */
  index: number;
}

/** The Register's order of people for one sort, direction and locale. */
export interface PeopleOrder {
  entry(row: PersonRow, index: number): SortEntry;
  /** A total order: what the sort finds equal falls back to the place in main's list. */
  compare(a: SortEntry, b: SortEntry): number;
  /** Whether the row still sorts as the entry says (the text the sort reads is unchanged). */
  sortsAs(entry: SortEntry, row: PersonRow): boolean;
}

/** Empty values sort last in either direction, ties fall back to the name, then to the place in main's list. */
export function peopleOrder(query: Pick<RegisterQuery, 'sort' | 'direction'>, locale = 'en'): PeopleOrder {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = query.direction === 'ascending' ? 1 : -1;
  const parts = (row: PersonRow) => {
    const name = sortParts(row, 'name');
    return { key: query.sort === 'name' ? name : sortParts(row, query.sort), name };
  };
  return {
    entry(row, index) {
      const { key, name } = parts(row);
      return { row, key, name, empty: key.every((part) => part === ''), index };
    },
    compare(a, b) {
      if (a.empty !== b.empty) return a.empty ? 1 : -1;
      return sign * compareParts(collator, a.key, b.key) || compareParts(collator, a.name, b.name) || a.index - b.index;
    },
    sortsAs(entry, row) {
      return sortsTheSame(entry.row, row);
    },
  };
}

/** People in the query's sort order; empty values sort last in either direction, ties fall back to the name. */
export function sortPeople(rows: readonly PersonRow[], query: Pick<RegisterQuery, 'sort' | 'direction'>, locale = 'en'): PersonRow[] {
  const order = peopleOrder(query, locale);
  return rows
    .map((row, index) => order.entry(row, index))
    .sort(order.compare)
    .map((entry) => entry.row);
}

/**
 * The people the search and filters match, in the order given. The sort is stable, so filtering
 * a sorted list gives the same rows as sorting the filtered ones, and a keystroke need not sort
 * 50,000 people again with the collator.
 */
export function filterSorted(sorted: readonly PersonRow[], query: RegisterQuery): PersonRow[] {
  // Folded once per query, not once per row.
  const words = searchWords(query.search);
  return sorted.filter((row) => matchesStatus(row, query.status) && matchesProduct(row, query.productId) && matchesWords(row, words));
}

/** Filters, then sorts what is left (for one-off lists; the Register screen keeps its sorted list). */
export function filterPeople(rows: readonly PersonRow[], query: RegisterQuery, locale = 'en'): PersonRow[] {
  return sortPeople(filterSorted(rows, query), query, locale);
}

/** Filters a sorted list; built once per sorted list, called once per query. */
export interface PeopleSearch {
  filter(query: RegisterQuery): readonly PersonRow[];
  /**
   * Folds the rows' search text ahead of the first search, a slice at a time while `hasTime()`
   * says so; true once every row is done. Optional: `filter` folds what is missing itself.
   */
  prepare(hasTime: () => boolean): boolean;
}

interface LastSearch {
  words: readonly string[];
  status: StatusFilter;
  productId: string;
  /** Indices into the sorted list of the rows that matched, ascending. */
  matches: readonly number[];
}

// Each word of the previous search lies inside a word of this one, so nothing the previous search dropped can match now.
const narrows = (previous: readonly string[], next: readonly string[]) => previous.every((word) => next.some((n) => n.includes(word)));

/**
 * The Register screen's search over one sorted list: the folded text of every row is kept in an
 * array by index, and a query that narrows the previous one (the usual next keystroke) only
 * re-checks the rows that matched before. Gives the same rows as `filterSorted`.
 */
export function createPeopleSearch(sorted: readonly PersonRow[]): PeopleSearch {
  const texts: string[] = [];
  let last: LastSearch | null = null;

  function prepare(hasTime: () => boolean): boolean {
    while (texts.length < sorted.length) {
      const end = Math.min(sorted.length, texts.length + 500);
      for (let i = texts.length; i < end; i++) texts.push(haystackOf(sorted[i] as PersonRow));
      if (!hasTime()) break;
    }
    return texts.length === sorted.length;
  }

  function filter(query: RegisterQuery): readonly PersonRow[] {
    const words = searchWords(query.search);
    const { status, productId } = query;
    if (words.length === 0 && status === 'all' && productId === 'all') {
      last = null;
      return sorted;
    }
    if (words.length > 0) prepare(() => true);
    const reuse = last !== null && last.status === status && last.productId === productId && narrows(last.words, words);
    const candidates = reuse && last ? last.matches : null;
    const size = candidates ? candidates.length : sorted.length;
    const matches: number[] = [];
    for (let k = 0; k < size; k++) {
      const i = candidates ? (candidates[k] as number) : k;
      const row = sorted[i] as PersonRow;
      // Rows carried over from the previous result already passed the same status and product filters.
      if (!reuse && !(matchesStatus(row, status) && matchesProduct(row, productId))) continue;
      if (words.length > 0 && !containsAll(texts[i] as string, words)) continue;
      matches.push(i);
    }
    last = { words, status, productId, matches };
    return matches.map((i) => sorted[i] as PersonRow);
  }

  return { filter, prepare };
}

function containsAll(text: string, words: readonly string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}

/** The products people hold, in catalog order, for the product filter. */
export function productsHeld(rows: readonly PersonRow[]): string[] {
  const ids = new Set<string>();
  for (const row of rows) for (const cal of row.activeCals) if (cal.productId) ids.add(cal.productId);
  return [...ids].sort((a, b) => catalogOrder(a) - catalogOrder(b));
}
