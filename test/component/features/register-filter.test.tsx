import { describe, expect, it } from 'vitest';
import type { PersonRow } from '../../../shared/contracts/ledger';
import { defaultRegisterQuery, filterPeople, foldForSearch, productsHeld, type RegisterQuery } from '../../../renderer/features/register/filter';

let seq = 0;
function person(givenName: string, surname: string, extra: Partial<PersonRow> = {}): PersonRow {
  seq++;
  return {
    id: `p${seq}`,
    givenName,
    surname,
    email: `${foldForSearch(givenName)}.${foldForSearch(surname)}@przyklad.pl`.replace(/\s/g, ''),
    login: `${foldForSearch(givenName).slice(0, 1)}${foldForSearch(surname)}`,
    department: '',
    leftOn: null,
    external: false,
    externalNote: '',
    manualEnterpriseFeatures: [],
    directory: null,
    notes: '',
    activeCals: [],
    status: 'active',
    ...extra,
  };
}

const cal = (productId: string) => ({ assignmentId: `a-${productId}-${seq}`, purchaseId: 'lot', productId, productName: productId, assignedOn: '2025-01-01', document: 'FV/1' });
const std2019 = 'exchange-2019-standard-user-cal';
const ent2019 = 'exchange-2019-enterprise-user-cal';

const lukasz = person('Łukasz', 'Żółkiewski', { activeCals: [cal(std2019), cal(ent2019)] });
const zofia = person('Zofia', 'Łęcka', { activeCals: [cal(std2019)] });
const lech = person('Lech', 'Lis', { status: 'left', leftOn: '2025-06-30' });
const adam = person('Adam', 'Nowak', { email: '', login: 'anowak2' });
const people = [lukasz, zofia, lech, adam];
const names = (rows: PersonRow[]) => rows.map((r) => `${r.givenName} ${r.surname}`);
const query = (patch: Partial<RegisterQuery>): RegisterQuery => ({ ...defaultRegisterQuery, ...patch });

describe('Register filter', () => {
  it('folds Polish letters, including ł which Unicode does not decompose', () => {
    expect(foldForSearch('Żółkiewski Łukasz ĄĘŚĆŃ')).toBe('zolkiewski lukasz aescn');
  });

  it('search ignores diacritics and case in either direction', () => {
    expect(names(filterPeople(people, query({ search: 'lukasz ZOLK' })))).toEqual(['Łukasz Żółkiewski']);
    expect(names(filterPeople(people, query({ search: 'łęck' })))).toEqual(['Zofia Łęcka']);
    expect(names(filterPeople(people, query({ search: 'lecka' })))).toEqual(['Zofia Łęcka']);
  });

  it('search finds people by e-mail and by login, and every word must match', () => {
    expect(names(filterPeople(people, query({ search: 'zofia.lecka@' })))).toEqual(['Zofia Łęcka']);
    expect(names(filterPeople(people, query({ search: 'anowak2' })))).toEqual(['Adam Nowak']);
    expect(filterPeople(people, query({ search: 'zofia nowak' }))).toEqual([]);
  });

  it('status filters keep active, left, with a CAL and without a CAL', () => {
    expect(names(filterPeople(people, query({ status: 'left' })))).toEqual(['Lech Lis']);
    expect(names(filterPeople(people, query({ status: 'active' })))).toEqual(['Zofia Łęcka', 'Adam Nowak', 'Łukasz Żółkiewski']);
    expect(names(filterPeople(people, query({ status: 'with-cal' })))).toEqual(['Zofia Łęcka', 'Łukasz Żółkiewski']);
    expect(names(filterPeople(people, query({ status: 'without-cal' })))).toEqual(['Lech Lis', 'Adam Nowak']);
  });

  it('the product filter keeps people holding an active CAL of that product', () => {
    expect(names(filterPeople(people, query({ productId: ent2019 })))).toEqual(['Łukasz Żółkiewski']);
    expect(productsHeld(people)).toEqual([std2019, ent2019]);
  });

  it('sorts by surname in Polish alphabetical order, both directions', () => {
    // Polish order: L < Ł < N < Z < Ż.
    expect(names(filterPeople(people, query({ sort: 'name' }), 'pl-PL'))).toEqual(['Lech Lis', 'Zofia Łęcka', 'Adam Nowak', 'Łukasz Żółkiewski']);
    expect(names(filterPeople(people, query({ sort: 'name', direction: 'descending' }), 'pl-PL'))).toEqual(['Łukasz Żółkiewski', 'Adam Nowak', 'Zofia Łęcka', 'Lech Lis']);
  });

  it('sorts by e-mail (login when there is none) and by status, ties by name', () => {
    expect(names(filterPeople(people, query({ sort: 'email' }), 'pl-PL'))).toEqual(['Adam Nowak', 'Lech Lis', 'Łukasz Żółkiewski', 'Zofia Łęcka']);
    expect(names(filterPeople(people, query({ sort: 'status' }), 'pl-PL'))).toEqual(['Zofia Łęcka', 'Adam Nowak', 'Łukasz Żółkiewski', 'Lech Lis']);
  });

  it('a surname that is a prefix of another sorts first, whatever the given names', () => {
    const rows = [person('Adam', 'Nowakowski'), person('Zenon', 'Nowak')];
    expect(names(filterPeople(rows, query({ sort: 'name' }), 'pl-PL'))).toEqual(['Zenon Nowak', 'Adam Nowakowski']);
  });

  it('filters 50,000 people by search, status and product and returns exactly the matches', () => {
    const many: PersonRow[] = [];
    for (let i = 0; i < 50_000; i++) {
      many.push(person(i % 10 === 0 ? 'Łucja' : 'Jan', `Kowalski${i}`, i % 4 === 0 ? { activeCals: [cal(std2019)] } : {}));
    }
    // Łucja every 10th person, with a CAL every 4th: both every 20th.
    const found = filterPeople(many, query({ search: 'lucja', status: 'with-cal', productId: std2019 }));
    expect(found).toHaveLength(2_500);
    expect(found.every((row) => row.givenName === 'Łucja' && row.activeCals.length === 1)).toBe(true);
  });
});
