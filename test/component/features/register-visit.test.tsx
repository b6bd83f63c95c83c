/**
 * At 50,000 people every visit to the Register screen or to the wizard asked main for the whole people list again (built
 * in 250–460 ms, copied over IPC in 0.7–1.6 s), though the window held every row: a Register → wizard → Register round
 * trip after one CAL assigned cost seconds of loading. A visit now keeps the list held while main's rows are the ones it
 * holds (`RowsAt` in the register status), and loads it again otherwise, showing none of the old rows meanwhile.
 * The loads of the list are counted, never timed.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usePurchasesStore } from '../../../renderer/features/purchases/store';
import { useImportStore } from '../../../renderer/features/import/store';
import { todayIso } from '../../../renderer/components/ledgerLabels';
import { fakeImport, preview } from './import/importFake';
import { anna, deferred, installLedgerFake, purchase, type LedgerFake } from './ledgerFake';
import { chooseServerLotAndAnna, renderLedgerScreen } from './renderLedger';
import type { PeopleList } from '../../../shared/contracts/ledger';

// The virtual table renders the rows that fit its scroll box; jsdom reports every box as 0×0.
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 600 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
});

const personRows = () => screen.queryAllByTestId('person-row');
const rowOf = async (name: string) => {
  const table = await screen.findByRole('table', { name: /People and their CALs|Osoby i ich licencje CAL/ });
  let row: HTMLElement | undefined;
  await waitFor(() => {
    row = within(table).getAllByTestId('person-row').find((r) => r.textContent?.includes(name));
    expect(row).toBeTruthy();
  });
  return row!;
};

/**
 * The next load of the people list waits until the test answers it (`answer`), with what the fake holds then (`change`d,
 * for what the fake does not work out itself), so the test can look at the screen while the list loads.
 */
function heldReload(ledger: LedgerFake, change: (list: PeopleList) => PeopleList = (list) => list) {
  const gate = deferred<void>();
  const answer = ledger.peopleList.getMockImplementation()!;
  ledger.peopleList.mockImplementationOnce(async (input) => {
    await gate.promise;
    const list = await answer(input);
    return list.ok ? { ok: true, value: change(list.value) } : list;
  });
  return { answer: () => act(async () => gate.resolve()) };
}

describe('a visit to the Register screen or the wizard', { timeout: 90_000 }, () => {
  it('the wizard’s person step and the Register after one CAL assigned use the list loaded once, the row showing the new CAL', async () => {
    const ledger = installLedgerFake();
    const { user } = await renderLedgerScreen('register');
    expect((await rowOf('Anna Nowak')).textContent).toContain('No CAL');

    await user.click(screen.getByTestId('register-assign'));
    await chooseServerLotAndAnna(user);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('The licensing rules allow this assignment.');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Record the assignment' }));
    await screen.findByTestId('wizard-recorded');
    await user.click(screen.getByTestId('nav-register'));

    const row = await rowOf('Anna Nowak');
    expect(row.textContent).toContain('Exchange Server 2019 Standard User CAL');
    expect(row.textContent).toContain('FV/2024/03/17');
    // Asked each time whether main's rows are still those held: the register status, not the list.
    expect(ledger.peopleList).toHaveBeenCalledTimes(1);
  });

  it('after a lot’s document was edited on the Purchases screen, the Register loads its list again and shows no row with the old document meanwhile', async () => {
    const ledger = installLedgerFake();
    const { user } = await renderLedgerScreen('register');
    expect((await rowOf('Łukasz Żółkiewski')).textContent).toContain('FV/2024/03/17');
    await user.click(screen.getByTestId('nav-purchases'));
    await screen.findByText('FV/2024/03/17');
    const { id, productId, quantity, date, vendor, program, coverage, notes } = purchase;
    expect((await act(() => usePurchasesStore.getState().save({ id, productId, quantity, date, vendor, program, coverage, notes, document: 'FV/2024/03/17/K' }))).ok).toBe(true);

    const reload = heldReload(ledger);
    await user.click(screen.getByTestId('nav-register'));
    await waitFor(() => expect(ledger.peopleList).toHaveBeenCalledTimes(2));
    expect(personRows()).toEqual([]);
    expect(screen.getByText('Loading…')).toBeTruthy();
    await reload.answer();

    expect((await rowOf('Łukasz Żółkiewski')).textContent).toContain('FV/2024/03/17/K');
  });

  it('after an import, the Register loads its list again, showing the imported names and none of the old rows meanwhile', async () => {
    const ledger = installLedgerFake();
    const imports = fakeImport({ token: 'token-123456', preview, errors: [] });
    // As main does: the import changed a person (main's rows moved on), and its answer carries no row.
    const committed = imports.importCommit.getMockImplementation()!;
    imports.importCommit.mockImplementation(async () => {
      await ledger.personSave({ id: anna.id, givenName: 'Anna', surname: 'Kowalska', email: anna.email, login: anna.login, department: '' });
      return committed();
    });
    const { user } = await renderLedgerScreen('register');
    await rowOf('Anna Nowak');
    await user.click(screen.getByTestId('nav-import'));
    await act(() => useImportStore.getState().pick());
    await act(() => useImportStore.getState().commit());
    expect(useImportStore.getState().phase).toBe('done');

    const reload = heldReload(ledger);
    await user.click(screen.getByTestId('nav-register'));
    await waitFor(() => expect(ledger.peopleList).toHaveBeenCalledTimes(2));
    expect(personRows()).toEqual([]);
    await reload.answer();

    await rowOf('Anna Kowalska');
    expect(screen.queryByText('Anna Nowak')).toBeNull();
    expect(ledger.peopleList).toHaveBeenCalledTimes(2);
  });

  it('a change main made without this window (its menu, a test through the app core) is shown at the next visit, no old row meanwhile', async () => {
    const ledger = installLedgerFake();
    const { user } = await renderLedgerScreen('register');
    await rowOf('Anna Nowak');
    await user.click(screen.getByTestId('nav-overview'));
    // Main itself changes Anna: nothing of it reaches this window, whose status still says the rows it holds.
    await ledger.personSave({ id: anna.id, givenName: 'Anna', surname: 'Kowalska', email: anna.email, login: anna.login, department: '' });

    const reload = heldReload(ledger);
    await user.click(screen.getByTestId('nav-register'));
    await waitFor(() => expect(ledger.peopleList).toHaveBeenCalledTimes(2));
    expect(personRows()).toEqual([]);
    await reload.answer();

    await rowOf('Anna Kowalska');
    expect(screen.queryByText('Anna Nowak')).toBeNull();
  });

  it('past midnight the wizard’s person step loads the list again: a leaving date reached shows the person as left (pl)', async () => {
    const tomorrow = (() => {
      const next = new Date();
      next.setDate(next.getDate() + 1);
      return todayIso(next);
    })();
    const ledger = installLedgerFake({ language: 'pl', people: [{ ...anna, leftOn: tomorrow }] });
    const { user } = await renderLedgerScreen('register', { language: 'pl' });
    expect((await rowOf('Anna Nowak')).textContent).toContain('Aktywny(\u2011a)');
    await user.click(screen.getByTestId('nav-overview'));

    // Main's rows for the next day: the same revision, another day, on which Anna's leaving date has come.
    ledger.rowsAt.day = tomorrow;
    const reload = heldReload(ledger, (list) => ({ ...list, people: list.people.map((p) => ({ ...p, status: 'left' as const })) }));
    await user.click(screen.getByTestId('nav-assign'));
    await user.click(await screen.findByRole('radio', { name: /EX01/ }));
    await user.click(screen.getByRole('button', { name: 'Dalej' }));
    await user.click(await screen.findByRole('radio', { name: /FV\/2024\/03\/17/ }));
    await user.click(screen.getByRole('button', { name: 'Dalej' }));
    expect(await screen.findByTestId('wizard-list-loading')).toBeTruthy();
    expect(screen.queryByRole('radio', { name: /Anna Nowak/ })).toBeNull();
    await reload.answer();

    await user.type(await screen.findByRole('searchbox', { name: 'Znajdź osobę' }), 'anna');
    expect(((await screen.findByRole('radio', { name: /Anna Nowak/ })) as HTMLInputElement).labels?.[0]?.textContent).toContain('Odszedł(\u2011a)');
    expect(ledger.peopleList).toHaveBeenCalledTimes(2);
  });
});
