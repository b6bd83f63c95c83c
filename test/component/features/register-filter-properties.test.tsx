import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PersonRow } from '../../../shared/contracts/ledger';
import { createPeopleSearch, filterSorted, sortKeys, sortPeople, statusFilters, type RegisterQuery } from '../../../renderer/features/register/filter';

// Few letters, with diacritics and case, so that names tie, prefixes overlap and searches match.
const letter = fc.constantFrom('a', 'A', 'ą', 'l', 'ł', 'Ł', 'o', 'ó', 'z', 'ż', 'Ż', 'n', '1', '.');
const text = (maxLength: number) => fc.string({ unit: letter, maxLength });
const products = ['exchange-2019-standard-user-cal', 'exchange-2019-enterprise-user-cal', 'exchange-2016-standard-user-cal'];

const personArb = fc.record({
  givenName: text(4),
  surname: text(5),
  email: text(6),
  login: text(4),
  status: fc.constantFrom('active' as const, 'left' as const),
  cals: fc.subarray(products),
});

const peopleArb = fc.array(personArb, { maxLength: 40 }).map((people) =>
  people.map(
    ({ cals, ...p }, i): PersonRow => ({
      id: `p${i}`,
      ...p,
      department: '',
      leftOn: p.status === 'left' ? '2025-06-30' : null,
      external: false,
      externalNote: '',
      manualEnterpriseFeatures: [],
      directory: null,
      notes: '',
      activeCals: cals.map((productId) => ({ assignmentId: `a${i}-${productId}`, purchaseId: 'lot', productId, productName: productId, assignedOn: '2025-01-01', document: '' })),
    }),
  ),
);

const queryArb: fc.Arbitrary<RegisterQuery> = fc.record({
  search: fc.string({ unit: fc.constantFrom('a', 'Ą', 'l', 'ł', 'o', 'z', 'ż', ' '), maxLength: 4 }),
  status: fc.constantFrom(...statusFilters),
  productId: fc.constantFrom('all', ...products),
  sort: fc.constantFrom(...sortKeys),
  direction: fc.constantFrom('ascending' as const, 'descending' as const),
});

/** A search typed one key at a time and then erased, as someone at the search box does. */
const typedArb = fc.tuple(queryArb, fc.string({ unit: fc.constantFrom('a', 'ł', 'o', 'ż', 'Z', ' '), maxLength: 5 })).map(([base, typed]) => {
  const prefixes = Array.from({ length: typed.length + 1 }, (_, n) => typed.slice(0, n));
  return [...prefixes, ...prefixes.slice(0, -1).reverse()].map((search) => ({ ...base, search }));
});

describe('Register filter, for any people and query', () => {
  it('filtering the sorted list gives the same people in the same order as sorting the filtered list', () => {
    fc.assert(
      fc.property(peopleArb, queryArb, fc.constantFrom('en', 'pl-PL'), (people, query, locale) => {
        const filteredThenSorted = sortPeople(filterSorted(people, query), query, locale);
        const sortedThenFiltered = filterSorted(sortPeople(people, query, locale), query);
        expect(sortedThenFiltered).toEqual(filteredThenSorted);
      }),
    );
  });

  it('the screen search, narrowing from one keystroke to the next, finds exactly what filtering from scratch finds', () => {
    fc.assert(
      fc.property(peopleArb, fc.array(fc.oneof(typedArb, queryArb.map((q) => [q])), { maxLength: 6 }), (people, runs) => {
        const sorted = sortPeople(people, { sort: 'name', direction: 'ascending' });
        const search = createPeopleSearch(sorted);
        for (const query of runs.flat()) expect(search.filter(query)).toEqual(filterSorted(sorted, query));
      }),
    );
  });

  it('folding ahead stopped part way changes nothing the search finds', () => {
    fc.assert(
      fc.property(peopleArb, queryArb, fc.nat({ max: 3 }), (people, query, slices) => {
        // Enough people for folding to take more than one slice.
        const many = Array.from({ length: 30 }, (_, copy) => people.map((p) => ({ ...p, id: `${p.id}-${copy}` }))).flat();
        const search = createPeopleSearch(many);
        let left = slices;
        search.prepare(() => left-- > 0);
        expect(search.filter(query)).toEqual(filterSorted(many, query));
      }),
    );
  });
});
