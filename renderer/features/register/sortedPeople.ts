/**
 * The people in the Register's order, kept from one list to the next: when a save or a reload brings a new list,
 * only the rows whose sorted text changed (and the new ones) are placed again, by binary search, instead of sorting
 * everyone with the collator (about 330 ms at 50,000 people for one person edited). Pure, apart from its own memory.
 */
import type { PersonRow } from '../../../shared/contracts/ledger';
import { peopleOrder, type PeopleOrder, type RegisterQuery, type SortEntry } from './filter';

/** One list from main in one order. */
export interface PeopleInOrder {
  readonly people: readonly PersonRow[];
  readonly rows: readonly PersonRow[];
  readonly order: PeopleOrder;
  /** In sort order. */
  readonly entries: readonly SortEntry[];
  /** By place in `people`. */
  readonly atIndex: readonly SortEntry[];
}

/** `people` in `order`, as `sortPeople` gives them, sorting only what changed since `previous` (the same order's last list). */
export function placePeople(previous: PeopleInOrder | null, people: readonly PersonRow[], order: PeopleOrder): PeopleInOrder {
  if (previous?.people === people && previous.order === order) return previous;
  const same = previous?.order === order ? previous : null;
  const atIndex: SortEntry[] = new Array<SortEntry>(people.length);
  // A row that sorts as before, at the same place in main's list, keeps its order among the others kept.
  const kept: (SortEntry | undefined)[] = new Array<SortEntry | undefined>(people.length);
  const changed: SortEntry[] = [];
  for (let index = 0; index < people.length; index++) {
    const row = people[index] as PersonRow;
    const before = same?.atIndex[index];
    let entry: SortEntry;
    if (before !== undefined && before.row.id === row.id && order.sortsAs(before, row)) {
      entry = before.row === row ? before : { ...before, row };
      kept[index] = entry;
    } else {
      entry = order.entry(row, index);
      changed.push(entry);
    }
    atIndex[index] = entry;
  }
  const base: SortEntry[] = [];
  for (const before of same?.entries ?? []) {
    const entry = before.index < kept.length ? kept[before.index] : undefined;
    if (entry !== undefined) base.push(entry);
  }
  const entries = placeAll(base, changed, order.compare);
  return { people, rows: entries.map((entry) => entry.row), order, entries, atIndex };
}

/** The changed entries, sorted among themselves, each put into the sorted ones at the place a binary search finds. */
function placeAll(sorted: readonly SortEntry[], changed: SortEntry[], compare: PeopleOrder['compare']): SortEntry[] {
  if (changed.length === 0) return sorted as SortEntry[];
  changed.sort(compare);
  const placed: SortEntry[] = [];
  let from = 0;
  for (const entry of changed) {
    const at = firstAfter(sorted, entry, compare, from);
    for (let i = from; i < at; i++) placed.push(sorted[i] as SortEntry);
    placed.push(entry);
    from = at;
  }
  for (let i = from; i < sorted.length; i++) placed.push(sorted[i] as SortEntry);
  return placed;
}

/** The first place in `sorted`, from `low` on, whose entry comes after `entry`. */
function firstAfter(sorted: readonly SortEntry[], entry: SortEntry, compare: PeopleOrder['compare'], low: number): number {
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(sorted[middle] as SortEntry, entry) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The last lists in order, one for each sort, direction and locale asked for lately (the Register screen's, the wizard's). */
export interface SortedPeople {
  sorted(people: readonly PersonRow[], query: Pick<RegisterQuery, 'sort' | 'direction'>, locale: string): readonly PersonRow[];
  /** Another register is open: nothing of the last one's people is kept. */
  forget(): void;
}

export function createSortedPeople(kept = 3): SortedPeople {
  const lists = new Map<string, PeopleInOrder>();
  return {
    sorted(people, query, locale) {
      const key = `${query.sort} ${query.direction} ${locale}`;
      const last = lists.get(key) ?? null;
      const next = placePeople(last, people, last?.order ?? peopleOrder(query, locale));
      // The one used now goes last; the one used longest ago is dropped.
      lists.delete(key);
      lists.set(key, next);
      if (lists.size > kept) lists.delete(lists.keys().next().value as string);
      return next.rows;
    },
    forget() {
      lists.clear();
    },
  };
}
