import { act, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, type Mock } from 'vitest';
import { openStatus } from '../fakeApi';
import { useAssignStore } from '../../../renderer/features/assign/store';
import { usePurchasesStore } from '../../../renderer/features/purchases/store';
import { defaultRegisterQuery } from '../../../renderer/features/register/filter';
import { useRegisterStore } from '../../../renderer/features/register/store';
import type { PurchaseView } from '../../../shared/contracts/ledger';
import type { RegisterStatus } from '../../../shared/contracts/register';
import type { Result } from '../../../shared/result';
import { anna, installLedgerFake, lukasz, purchase } from './ledgerFake';
import { renderLedgerScreen } from './renderLedger';

// The virtual table renders the rows that fit its scroll box; jsdom reports every box as 0×0.
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 600 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
});

type User = Awaited<ReturnType<typeof renderLedgerScreen>>['user'];

const nowak: RegisterStatus = { ...openStatus, path: 'D:\\Klienci\\Nowak', folderName: 'Nowak' };

/** File ▸ Open register… answered by main with the register at `status`. */
async function openRegister(user: User, status: RegisterStatus): Promise<void> {
  const registerOpen = window.calRegister!.registerOpen as unknown as Mock<() => Promise<Result<RegisterStatus>>>;
  registerOpen.mockResolvedValueOnce({ ok: true, value: status });
  await user.click(screen.getByRole('button', { name: 'File' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Open register…' }));
}

/** An answer from main that the test gives when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const nowakLot: PurchaseView = { ...purchase, id: 'lot-nowak', document: 'FV/2026/01/08' };

const searchBox = () => screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement;
const statusFilter = () => screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement;
const radio = (name: RegExp) => screen.getByRole('radio', { name }) as HTMLInputElement;

describe('Another register opened', { timeout: 60_000 }, () => {
  it('the Register screen shows the new register’s people with no search or filter left from the last one', async () => {
    installLedgerFake();
    const { user, missingKeys } = await renderLedgerScreen('register');
    const table = await screen.findByRole('table', { name: /People and their CALs/ });
    await user.selectOptions(statusFilter(), 'with-cal');
    await user.type(searchBox(), 'zolk');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    await user.click(screen.getByTestId('sort-email'));
    expect(useRegisterStore.getState().query.sort).toBe('email');

    await openRegister(user, nowak);

    await waitFor(() => expect(screen.getByTestId('register-count').textContent).toBe('Showing 2 of 2 people'));
    expect(searchBox().value).toBe('');
    expect(statusFilter().value).toBe('all');
    expect(useRegisterStore.getState().query).toEqual(defaultRegisterQuery);
    expect(missingKeys).toEqual([]);
  });

  it('the same register opened again keeps the Register screen’s search and filter', async () => {
    installLedgerFake();
    const { user } = await renderLedgerScreen('register');
    await screen.findByRole('table', { name: /People and their CALs/ });
    await user.selectOptions(statusFilter(), 'with-cal');
    await user.type(searchBox(), 'zolk');

    await openRegister(user, openStatus);

    await waitFor(() => expect(screen.getByTestId('register-count').textContent).toBe('Showing 1 of 2 people'));
    expect(searchBox().value).toBe('zolk');
    expect(statusFilter().value).toBe('with-cal');
  });

  it('a half-made assignment starts over at step 1 in the new register, with no server, lot or person of the last one', async () => {
    installLedgerFake({ people: [anna, lukasz] });
    const { user, missingKeys } = await renderLedgerScreen('assign');
    await user.click(await screen.findByRole('radio', { name: /EX01/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('radio', { name: /Exchange Server 2019 Standard User CAL/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.type(await screen.findByRole('searchbox', { name: 'Find a person' }), 'anna');
    await user.click(await screen.findByRole('radio', { name: /Anna Nowak/ }));
    expect(useAssignStore.getState()).toMatchObject({ step: 2, serverId: 'srv-1', purchaseId: 'lot-1', personId: 'p-anna', personSearch: 'anna' });

    await openRegister(user, nowak);

    expect(await screen.findByRole('heading', { level: 2, name: /^Step 1\./ })).toBeTruthy();
    expect(useAssignStore.getState()).toMatchObject({ step: 0, serverId: null, purchaseId: null, personId: null, personSearch: '' });
    expect(radio(/EX01/).checked).toBe(false);
    expect(missingKeys).toEqual([]);
  });

  it('the same register opened again keeps the wizard’s choices', async () => {
    installLedgerFake();
    const { user } = await renderLedgerScreen('assign');
    await user.click(await screen.findByRole('radio', { name: /EX01/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('radio', { name: /Exchange Server 2019 Standard User CAL/ }));

    await openRegister(user, openStatus);

    await waitFor(() => expect(screen.getByRole('button', { name: 'File' })).toBeTruthy());
    expect(useAssignStore.getState()).toMatchObject({ step: 1, serverId: 'srv-1', purchaseId: 'lot-1' });
    expect(radio(/Exchange Server 2019 Standard User CAL/).checked).toBe(true);
  });

  it('the Purchases screen shows none of the last register’s lots while the new register’s load', async () => {
    const ledger = installLedgerFake();
    const { user, missingKeys } = await renderLedgerScreen('purchases');
    expect(await screen.findByText('FV/2024/03/17')).toBeTruthy();
    const nowakLots = deferred<Result<PurchaseView[]>>();
    ledger.purchasesList.mockReturnValueOnce(nowakLots.promise);

    await openRegister(user, nowak);

    await waitFor(() => expect(ledger.purchasesList).toHaveBeenCalledTimes(2));
    expect(screen.queryByText('FV/2024/03/17')).toBeNull();
    expect(screen.getByText('Loading…')).toBeTruthy();
    await act(async () => nowakLots.resolve({ ok: true, value: [nowakLot] }));
    expect(await screen.findByText('FV/2026/01/08')).toBeTruthy();
    expect(screen.queryByText('FV/2024/03/17')).toBeNull();
    expect(missingKeys).toEqual([]);
  });

  it('the wizard offers none of the last register’s servers when the new register’s servers cannot be loaded', async () => {
    const ledger = installLedgerFake();
    const { user } = await renderLedgerScreen('assign');
    expect(await screen.findByRole('radio', { name: /EX01/ })).toBeTruthy();
    ledger.serversList.mockResolvedValueOnce({ ok: false, error: { code: 'io-error', message: 'The register folder cannot be read.' } });

    await openRegister(user, nowak);

    await waitFor(() => expect(ledger.serversList).toHaveBeenCalledTimes(2));
    expect(await screen.findByText('No server is recorded yet. Add the Exchange server this CAL gives access to.')).toBeTruthy();
    expect(screen.queryByRole('radio', { name: /EX01/ })).toBeNull();
  });

  it('the same register opened again keeps its lots on the Purchases screen, as the Register screen keeps its people', async () => {
    const ledger = installLedgerFake();
    const { user } = await renderLedgerScreen('purchases');
    expect(await screen.findByText('FV/2024/03/17')).toBeTruthy();

    await openRegister(user, openStatus);

    await waitFor(() => expect(screen.getByRole('button', { name: 'File' })).toBeTruthy());
    expect(screen.getByText('FV/2024/03/17')).toBeTruthy();
    expect(usePurchasesStore.getState()).toMatchObject({ loaded: true, purchases: [purchase] });
    expect(ledger.purchasesList).toHaveBeenCalledTimes(1);
  });
});
