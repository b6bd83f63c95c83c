import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installLedgerFake } from './ledgerFake';
import { renderLedgerScreen } from './renderLedger';

// Rows of the Register are laid out only in a box with a height.
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
beforeAll(() => Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 600 }));
afterAll(() => {
  if (clientHeight) Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
});

describe('a save in progress', { timeout: 60_000 }, () => {
  it('is not started again by a second click on Save or by Enter in a field (the button is only aria-disabled, and a form still submits)', async () => {
    const api = installLedgerFake();
    api.personSave.mockImplementation(() => new Promise(() => {}) as never);
    const { user } = await renderLedgerScreen('register');
    await user.click(await screen.findByRole('button', { name: 'Actions for Łukasz Żółkiewski' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit…' }));
    const dialog = await screen.findByTestId('person-dialog');
    const save = within(dialog).getByTestId('person-save');
    await user.click(save);
    await waitFor(() => expect(save.getAttribute('aria-disabled')).toBe('true'));
    await user.click(save);
    await user.type(within(dialog).getByTestId('person-department'), '{Enter}');
    expect(api.personSave).toHaveBeenCalledTimes(1);
  });
});
