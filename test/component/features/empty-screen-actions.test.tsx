import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installLedgerFake } from './ledgerFake';
import { renderLedgerScreen } from './renderLedger';

// Found in review (12-07): an empty screen showed its header's button and the empty card's with one test id, so a
// test or a tool addressing "the Add button" by id found two controls.
describe('an empty ledger screen’s two buttons', { timeout: 60_000 }, () => {
  it.each([
    ['servers', 'server-add', 'server-dialog'],
    ['purchases', 'purchase-add', 'purchase-dialog'],
  ] as const)('%s: the header’s and the empty card’s buttons have an id each, and the card’s opens the form', async (screenId, id, dialogId) => {
    installLedgerFake({ servers: [], purchases: [], people: [], assignments: [] });
    const { user } = await renderLedgerScreen(screenId);
    const card = await screen.findByTestId(`${id}-empty`);
    expect(screen.getAllByTestId(id)).toHaveLength(1);
    expect(card.textContent).toBe(screen.getByTestId(id).textContent);
    await user.click(card);
    expect(await screen.findByTestId(dialogId)).toBeTruthy();
  });

  it('register: the header’s and the empty card’s “Assign a CAL” have an id each', async () => {
    installLedgerFake({ people: [], assignments: [] });
    await renderLedgerScreen('register');
    const card = await screen.findByTestId('register-assign-empty');
    expect(screen.getAllByTestId('register-assign')).toHaveLength(1);
    expect(card.textContent).toBe(screen.getByTestId('register-assign').textContent);
  });
});
