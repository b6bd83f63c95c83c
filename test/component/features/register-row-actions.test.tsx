import { screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withLayoutForTabbing } from './keyboard';
import { installLedgerFake } from './ledgerFake';
import { renderLedgerScreen } from './renderLedger';

// The virtual table renders the rows that fit its scroll box; jsdom reports every box as 0×0.
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 600 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
});
withLayoutForTabbing();

const actionsOf = (person: string) => screen.getByRole('button', { name: `Actions for ${person}` });

// The row's menu is built on first use; from the keyboard it must behave as a menu trigger always did.
describe('Register row actions from the keyboard', { timeout: 60_000 }, () => {
  it('the actions button says it opens a menu, and is collapsed before anyone opens it', async () => {
    installLedgerFake();
    await renderLedgerScreen('register');
    await screen.findByRole('button', { name: 'Actions for Łukasz Żółkiewski' });

    expect(actionsOf('Łukasz Żółkiewski').getAttribute('aria-haspopup')).toBe('menu');
    expect(actionsOf('Łukasz Żółkiewski').getAttribute('aria-expanded')).toBeNull();
  });

  it('ArrowDown opens the menu with focus on its first item, and Escape closes it with focus back on the button', async () => {
    installLedgerFake();
    const { user } = await renderLedgerScreen('register');
    (await screen.findByRole('button', { name: 'Actions for Łukasz Żółkiewski' })).focus();

    await user.keyboard('{ArrowDown}');
    const history = await screen.findByRole('menuitem', { name: 'History' });
    await waitFor(() => expect(document.activeElement).toBe(history));
    expect(actionsOf('Łukasz Żółkiewski').getAttribute('aria-expanded')).toBe('true');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menuitem', { name: 'History' })).toBeNull());
    expect(document.activeElement).toBe(actionsOf('Łukasz Żółkiewski'));
    expect(actionsOf('Łukasz Żółkiewski').getAttribute('aria-expanded')).toBeNull();
  });

  it('Enter opens the menu, and the menu opens and closes again afterwards', async () => {
    installLedgerFake();
    const { user } = await renderLedgerScreen('register');
    (await screen.findByRole('button', { name: 'Actions for Anna Nowak' })).focus();

    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'History' })));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(actionsOf('Anna Nowak')));

    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'History' })));
  });
});
