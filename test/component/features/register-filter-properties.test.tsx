import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PersonRow } from '../../../shared/contracts/ledger';
import { createPeopleSearch, filterSorted, peopleOrder, sortKeys, sortPeople, statusFilters, type RegisterQuery } from '../../../renderer/features/register/filter';
import { createSortedPeople, placePeople, type PeopleInOrder } from '../../../renderer/features/register/sortedPeople';

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

const emptyPerson: PersonRow = { id: '', givenName: '', surname: '', email: '', login: '', status: 'active', department: '', leftOn: null, external: false, externalNote: '', manualEnterpriseFeatures: [], directory: null, notes: '', activeCals: [] };

// Fewer values still, so that whole names tie often (the collator finds "Ą" and "a" equal) and the place in main's list decides.
const tiedText = fc.constantFrom('', 'a', 'A', 'ą', 'b');
const tiedPersonArb = fc.record({ givenName: tiedText, surname: tiedText, email: tiedText, login: tiedText, status: fc.constantFrom('active' as const, 'left' as const), cals: fc.constant([]) });
const tiedPeopleArb = fc.array(tiedPersonArb, { maxLength: 30 }).map((people) => people.map(({ cals: _cals, ...p }, i): PersonRow => ({ ...emptyPerson, ...p, id: `p${i}` })));

type PersonFields = Pick<PersonRow, 'givenName' | 'surname' | 'email' | 'login' | 'status'> & { cals: readonly string[] };

/** What a save or a reload does to the list from main: one person changed, someone added, everyone copied afresh, or the list shuffled. */
type Change = { kind: 'edit'; at: number; to: PersonFields } | { kind: 'add'; person: PersonFields } | { kind: 'reload' } | { kind: 'drop'; at: number } | { kind: 'swap'; at: number };

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), to: fc.oneof(personArb, tiedPersonArb) }),
  fc.record({ kind: fc.constant('add' as const), person: fc.oneof(personArb, tiedPersonArb) }),
  fc.constant({ kind: 'reload' as const }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
);

function applyChange(people: readonly PersonRow[], change: Change, serial: number): PersonRow[] {
  const at = 'at' in change && people.length > 0 ? change.at % people.length : -1;
  switch (change.kind) {
    case 'edit': {
      if (at < 0) return [...people];
      const { cals: _cals, ...fields } = change.to;
      return people.map((p, i) => (i === at ? { ...p, ...fields, leftOn: fields.status === 'left' ? '2025-06-30' : null } : p));
    }
    case 'add': {
      const { cals: _cals, ...fields } = change.person;
      return [...people, { ...(people[0] ?? emptyPerson), ...fields, id: `new-${serial}`, activeCals: [] }];
    }
    case 'reload':
      return people.map((p) => ({ ...p }));
    case 'drop':
      return people.filter((_p, i) => i !== at);
    case 'swap':
      return at < 0 ? [...people] : people.map((p, i) => (i === at ? people[(at + 1) % people.length]! : i === (at + 1) % people.length ? people[at]! : p));
  }
}

describe('Register order kept across saves, for any people and changes', () => {
  it('placing only the changed rows into the last sorted list gives exactly the order a full sort gives', () => {
    fc.assert(
      fc.property(fc.oneof(peopleArb, tiedPeopleArb), queryArb, fc.constantFrom('en', 'pl-PL'), fc.array(changeArb, { maxLength: 8 }), (start, query, locale, changes) => {
        const order = peopleOrder(query, locale);
        let people: readonly PersonRow[] = start;
        let last: PeopleInOrder = placePeople(null, people, order);
        expect(last.rows).toEqual(sortPeople(people, query, locale));
        changes.forEach((change, serial) => {
          people = applyChange(people, change, serial);
          last = placePeople(last, people, order);
          expect(last.rows).toEqual(sortPeople(people, query, locale));
        });
      }),
    );
  });

  it('the lists kept for several sorts at once each stay in their own order', () => {
    fc.assert(
      fc.property(fc.oneof(peopleArb, tiedPeopleArb), fc.array(fc.tuple(changeArb, queryArb, fc.constantFrom('en', 'pl-PL')), { maxLength: 10 }), (start, steps) => {
        const lists = createSortedPeople(2);
        let people: readonly PersonRow[] = start;
        steps.forEach(([change, query, locale], serial) => {
          people = applyChange(people, change, serial);
          expect(lists.sorted(people, query, locale)).toEqual(sortPeople(people, query, locale));
        });
      }),
    );
  });

  it('one person changed among 4,000 is placed with a binary search: the comparisons grow with log n, not n log n', () => {
    const people = Array.from({ length: 4_000 }, (_, i): PersonRow => ({ ...emptyPerson, id: `p${i}`, givenName: 'Jan', surname: `Nowak ${(i * 7919) % 4_000}`, email: `j${i}@przyklad.pl` }));
    const order = peopleOrder({ sort: 'name', direction: 'ascending' }, 'pl-PL');
    let calls = 0;
    const counted = { ...order, compare: (a: Parameters<typeof order.compare>[0], b: Parameters<typeof order.compare>[1]) => (calls++, order.compare(a, b)) };
    const first = placePeople(null, people, counted);
    const fullSort = calls;
    calls = 0;
    const edited = people.map((p) => (p.id === 'p123' ? { ...p, surname: 'Abacki' } : p));
    const next = placePeople(first, edited, counted);
    expect(next.rows[0]?.id).toBe('p123');
    expect(next.rows).toEqual(sortPeople(edited, { sort: 'name', direction: 'ascending' }, 'pl-PL'));
    expect(fullSort).toBeGreaterThan(30_000);
    expect(calls).toBeLessThanOrEqual(Math.ceil(Math.log2(4_000)) + 1);
  });
});

