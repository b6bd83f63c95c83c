/**
 * After a save the Register screen sorted every person again with the collator (about 330 ms at 50,000 people for
 * one person edited, left or back, a CAL released). It now places the changed person in the list it had sorted.
 * The collator's compares are counted here, not the time: a full sort of 2,000 people is tens of thousands.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sortPeople } from '../../../renderer/features/register/filter';
import { useRegisterStore } from '../../../renderer/features/register/store';
import type { PersonRow } from '../../../shared/contracts/ledger';
import { anna, installLedgerFake, lukasz, peopleListOf } from './ledgerFake';
import { renderLedgerScreen } from './renderLedger';

// The virtual table renders the rows that fit its scroll box; jsdom reports every box as 0×0, and rows 0 px high would all fit.
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight');
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 61 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
  if (offsetHeight) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight);
});
afterEach(() => vi.restoreAllMocks());

const count = 2_000;
// Łukasz (one CAL) and 1,999 Nowaks numbered out of order, so the list shown is sorted by the screen, not by main.
const people: PersonRow[] = [
  lukasz,
  ...Array.from({ length: count - 1 }, (_, i): PersonRow => {
    const n = String((i * 7919) % count).padStart(4, '0');
    return { ...anna, id: `p-${n}`, givenName: 'Jan', surname: `Nowak ${n}`, email: `jan.nowak${n}@przyklad.pl`, login: `jnowak${n}` };
  }),
];
// One compare of two people asks the collator at most six times (the sort key’s parts, then the name’s three).
const oneBinarySearch = 6 * Math.ceil(Math.log2(count + 1));

/** The ids of the rows the table shows, top first. */
const shownIds = (table: HTMLElement) => within(table).getAllByTestId('person-row').map((row) => row.querySelector('[data-person-actions]')?.getAttribute('data-person-actions'));
/** The rows shown are the first ones of a full sort of the people now in the store. */
function expectFullSortOrder(table: HTMLElement, sort: 'name' | 'status'): void {
  const shown = shownIds(table);
  expect(shown.length).toBeGreaterThan(5);
  expect(shown).toEqual(sortPeople(useRegisterStore.getState().people, { sort, direction: 'ascending' }, 'en-US').map((p) => p.id).slice(0, shown.length));
}

describe('the Register screen after a save, at 2,000 people', { timeout: 60_000 }, () => {
  it('puts a person edited, then one marked as left, into place with a binary search, not by sorting everyone again', async () => {
    installLedgerFake({ people });
    const { user } = await renderLedgerScreen('register');
    const table = await screen.findByRole('table', { name: /People and their CALs/ });
    await waitFor(() => expect(shownIds(table)[0]).toBe('p-0000'));

    const compares = vi.spyOn(Intl.Collator.prototype, 'compare', 'get');
    const saved = await useRegisterStore.getState().savePerson({ id: 'p-1234', givenName: 'Jan', surname: 'Abacki', email: 'jan.abacki@przyklad.pl', login: 'jabacki' });
    expect(saved.ok).toBe(true);
    await waitFor(() => expect(shownIds(table)[0]).toBe('p-1234'));
    // Sorting everyone again asked the collator tens of thousands of times.
    expect(compares.mock.calls.length).toBeLessThanOrEqual(oneBinarySearch);
    expectFullSortOrder(table, 'name');

    // By status, the person who left moves from among the active people to the end.
    await user.click(screen.getByTestId('sort-status'));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Status' }).getAttribute('aria-sort')).toBe('ascending'));
    compares.mockClear();
    useRegisterStore.getState().askLeave(useRegisterStore.getState().people.find((p) => p.id === 'p-0000')!);
    expect((await useRegisterStore.getState().confirmLeave({ leftOn: '2025-06-30', releaseCals: false })).ok).toBe(true);
    await waitFor(() => expect(shownIds(table)).not.toContain('p-0000'));
    expect(compares.mock.calls.length).toBeLessThanOrEqual(oneBinarySearch);
    expectFullSortOrder(table, 'status');
    expect(screen.getByTestId('register-count').textContent).toBe('Showing 2,000 of 2,000 people');
  });

  it('a CAL released places its holder’s row from the answer, and a list reloaded, every row a new copy from main, sorts nobody again: no sorted text changed', async () => {
    const ledger = installLedgerFake({ people });
    await renderLedgerScreen('register');
    const table = await screen.findByRole('table', { name: /People and their CALs/ });
    await waitFor(() => expect(shownIds(table)[0]).toBe('p-0000'));
    useRegisterStore.getState().askRelease({ person: lukasz, cal: lukasz.activeCals[0]!, mode: 'release' });

    const compares = vi.spyOn(Intl.Collator.prototype, 'compare', 'get');
    expect((await useRegisterStore.getState().confirmRelease({ releasedOn: '2026-01-15', reason: 'role-change', notes: '' })).ok).toBe(true);
    await waitFor(() => expect(useRegisterStore.getState().people.find((p) => p.id === lukasz.id)?.activeCals).toEqual([]));
    expect(compares).not.toHaveBeenCalled();
    expectFullSortOrder(table, 'name');

    // As main answers when the screen asks again (a return to it): every row a fresh copy.
    ledger.peopleList.mockImplementation(() => Promise.resolve({ ok: true, value: peopleListOf(useRegisterStore.getState().people.map((p) => ({ ...p }))) }));
    const before = useRegisterStore.getState().people;
    compares.mockClear();
    // Rendered within act, so that the screen has sorted the new list before the compares are counted.
    await act(() => useRegisterStore.getState().load());
    expect(useRegisterStore.getState().people).not.toBe(before);
    expect(compares).not.toHaveBeenCalled();
    expectFullSortOrder(table, 'name');
  });
});
