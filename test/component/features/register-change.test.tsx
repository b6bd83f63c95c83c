import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, type Mock } from 'vitest';
import { openStatus } from '../fakeApi';
import { useAssignStore } from '../../../renderer/features/assign/store';
import { defaultRegisterQuery } from '../../../renderer/features/register/filter';
import { useRegisterStore } from '../../../renderer/features/register/store';
import type { RegisterStatus } from '../../../shared/contracts/register';
import type { Result } from '../../../shared/result';
import { anna, installLedgerFake, lukasz } from './ledgerFake';
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
});
