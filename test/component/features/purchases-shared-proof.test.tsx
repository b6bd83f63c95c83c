/**
 * Under each proof, the Purchases screen names the other lots the same file proves. It looked for them again under
 * every lot, each time through every lot of that proof, and named them all: the screen's work grew with the square
 * of the lots sharing one proof file. The lots of each proof are now gathered once per list, and a lot names the
 * first few others and counts the rest. How often the screen reads the lots is counted here, not how long it takes.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PurchaseView } from '../../../shared/contracts/ledger';
import { installLedgerFake, purchase } from './ledgerFake';
import { renderLedgerScreen } from './renderLedger';

const LOTS = 200;

/** `LOTS` lots with one proof file in common, each a Proxy counting the reads of its fields. */
function sharedProofLots(reads: { count: number }): PurchaseView[] {
  return Array.from({ length: LOTS }, (_, i) => {
    const lot: PurchaseView = { ...purchase, id: `lot-${i + 1}`, document: `FV/${i + 1}` };
    return new Proxy(lot, {
      get(target, key, receiver) {
        reads.count++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  });
}

describe('the Purchases screen with one proof file attached to 200 lots', { timeout: 60_000 }, () => {
  it('reads each lot a fixed number of times, not once per other lot of its proof, and names the first five others', async () => {
    const reads = { count: 0 };
    installLedgerFake({ purchases: sharedProofLots(reads) });
    const { user, missingKeys } = await renderLedgerScreen('purchases');
    const row = await screen.findByTestId('purchase-row-FV/1');
    // Each lot went through the 199 others of its proof, reading their fields: 124,800 reads (624 a lot); now about 43 a lot.
    expect(reads.count / LOTS).toBeLessThan(150);
    expect(within(row).getByTestId('proof-also-of').textContent).toBe('Also the proof of FV/2, FV/3, FV/4, FV/5, FV/6 and 194 more lots');
    expect(within(screen.getByTestId('purchase-row-FV/7')).getByTestId('proof-also-of').textContent).toBe('Also the proof of FV/1, FV/2, FV/3, FV/4, FV/5 and 194 more lots');

    // Removing the proof from one lot says every lot it stays the proof of.
    await user.click(within(row).getByTestId('proof-remove'));
    const dialog = await screen.findByTestId('remove-proof-dialog');
    expect(dialog.textContent).toContain(`It stays the proof of ${Array.from({ length: LOTS - 1 }, (_, i) => `FV/${i + 2}`).join(', ')}.`);
    expect(missingKeys).toEqual([]);
  });

  it('(pl) names the others in Polish, counted', async () => {
    installLedgerFake({ language: 'pl', purchases: sharedProofLots({ count: 0 }).slice(0, 8) });
    await renderLedgerScreen('purchases', { language: 'pl' });
    const row = await screen.findByTestId('purchase-row-FV/1');
    expect(within(row).getByTestId('proof-also-of').textContent).toBe('Również dowód zakupu FV/2, FV/3, FV/4, FV/5, FV/6 i 2 innych zakupów');
    expect(within(screen.getByTestId('purchase-row-FV/8')).getByTestId('proof-also-of').textContent).toBe('Również dowód zakupu FV/1, FV/2, FV/3, FV/4, FV/5 i 2 innych zakupów');
  });
});
