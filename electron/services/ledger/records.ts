/** Finding and replacing the register's records by id, for the services that change them. */
import { keyedError } from '../../../shared/errors/messages';

export const replaceById = <T extends { id: string }>(items: readonly T[], next: T): T[] => {
  let found = false;
  const out = items.map((item) => {
    if (item.id !== next.id) return item;
    found = true;
    return next;
  });
  return found ? out : [...out, next];
};

/** The refusal for an id the register does not hold, one key per kind so Polish can inflect the noun. */
export type NotFoundKey = 'server-id-not-found' | 'purchase-id-not-found' | 'person-id-not-found' | 'assignment-not-found';

export function find<T extends { id: string }>(items: readonly T[], id: string, notFound: NotFoundKey): T {
  const item = items.find((i) => i.id === id);
  if (!item) throw keyedError('not-found', notFound, { id });
  return item;
}

/**
 * The one record a change is made to, or a refusal. A row copied by hand in register.json gives two
 * records one id: a change by that id would replace both (`replaceById`) and start from the first
 * while the user meant the other, so nothing is changed until each has its own id again.
 */
export function findToChange<T extends { id: string }>(items: readonly T[], id: string, notFound: NotFoundKey): T {
  const item = find(items, id, notFound);
  let count = 0;
  for (const other of items) if (other.id === id) count++;
  if (count > 1) throw keyedError('conflict', 'id-repeated', { id, count });
  return item;
}
