import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProofView, PurchaseView } from '../../../shared/contracts/ledger';
import { tabTo, withLayoutForTabbing } from './keyboard';
import { installLedgerFake, purchase } from './ledgerFake';
import { renderLedgerScreen } from './renderLedger';

withLayoutForTabbing();

const invoice = purchase.proofs[0]!;
const scan: ProofView = { ...invoice, id: 'proof-2', sha256: 'b'.repeat(64), originalName: 'skan-licencji.png', extension: 'png', mediaType: 'image/png' };
/** FV/2024/03/18, which the invoice of FV/2024/03/17 was attached to as well. */
const second: PurchaseView = { ...purchase, id: 'lot-2', document: 'FV/2024/03/18' };

const removeButton = (name: string, language: 'en' | 'pl' = 'en') =>
  screen.findByRole('button', { name: language === 'en' ? `Remove ${name} from this purchase` : `Usuń ${name} z tego zakupu` });

describe('removing a proof on the Purchases & proof screen', { timeout: 60_000 }, () => {
  it('each proof’s Remove names its file, asks first, and the lot then shows it has no proof; the removal is said', async () => {
    const api = installLedgerFake();
    const { user, missingKeys } = await renderLedgerScreen('purchases');

    await user.click(await removeButton('faktura-FV-2024-03-17.pdf'));
    const dialog = await screen.findByTestId('remove-proof-dialog');
    expect(within(dialog).getByText('Remove this proof of purchase?')).toBeTruthy();
    expect(dialog.textContent).toContain(
      'faktura-FV-2024-03-17.pdf will no longer be a proof of the purchase Exchange Server 2019 Standard User CAL (FV/2024/03/17). The file stays in the register folder (proofs) and the removal is recorded in the change history; attach the file again to undo it.',
    );
    // Its only proof: what the screen will then show is said before it is done.
    expect(within(dialog).getByTestId('remove-proof-last').textContent).toBe('It is the only proof of this purchase: the purchase will be listed without proof of purchase.');
    expect(api.proofDetach).not.toHaveBeenCalled();

    await user.click(within(dialog).getByText('Remove proof', { selector: 'button' }));

    expect(api.proofDetach).toHaveBeenCalledExactlyOnceWith({ purchaseId: 'lot-1', proofId: 'proof-1' });
    await waitFor(() => expect(screen.queryByTestId('remove-proof-dialog')).toBeNull());
    const row = screen.getByTestId('purchase-row-FV/2024/03/17');
    await within(row).findByText('No proof attached');
    expect(within(row).queryByTestId('proof-item')).toBeNull();
    expect(screen.getByTestId('proof-removed').textContent).toBe('faktura-FV-2024-03-17.pdf is no longer a proof of purchase FV/2024/03/17. The file stays in the register folder.');
    expect(missingKeys).toEqual([]);
  });

  it('from the keyboard: Tab reaches Remove, Enter asks, Escape cancels with focus back on it, and Enter on Remove proof removes', async () => {
    const api = installLedgerFake();
    const { user } = await renderLedgerScreen('purchases');
    const remove = (await removeButton('faktura-FV-2024-03-17.pdf')) as HTMLButtonElement;

    await tabTo(user, remove);
    await user.keyboard('{Enter}');
    await screen.findByTestId('remove-proof-dialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('remove-proof-dialog')).toBeNull());
    expect(api.proofDetach).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(remove));

    await user.keyboard('{Enter}');
    const dialog = await screen.findByTestId('remove-proof-dialog');
    await tabTo(user, within(dialog).getByText('Remove proof', { selector: 'button' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(api.proofDetach).toHaveBeenCalledExactlyOnceWith({ purchaseId: 'lot-1', proofId: 'proof-1' }));
    await within(screen.getByTestId('purchase-row-FV/2024/03/17')).findByText('No proof attached');
  });

  it('in Polish, a file that also proves another lot says it stays its proof, and the lot keeps its other file', async () => {
    const api = installLedgerFake({ language: 'pl', purchases: [{ ...purchase, proofIds: ['proof-1', 'proof-2'], proofs: [invoice, scan] }, second] });
    const { user, missingKeys } = await renderLedgerScreen('purchases', { language: 'pl' });

    const row = await screen.findByTestId('purchase-row-FV/2024/03/17');
    await user.click(within(row).getByRole('button', { name: 'Usuń faktura-FV-2024-03-17.pdf z tego zakupu' }));
    const dialog = await screen.findByTestId('remove-proof-dialog');
    expect(within(dialog).getByText('Usunąć ten dowód zakupu?')).toBeTruthy();
    expect(dialog.textContent).toContain('faktura-FV-2024-03-17.pdf nie będzie już dowodem zakupu Exchange Server 2019 Standard — CAL na użytkownika (FV/2024/03/17).');
    expect(dialog.textContent).toContain('Pozostaje dowodem zakupu FV/2024/03/18.');
    expect(within(dialog).queryByTestId('remove-proof-last')).toBeNull();

    await user.click(within(dialog).getByText('Usuń dowód', { selector: 'button' }));
    await waitFor(() => expect(api.proofDetach).toHaveBeenCalledExactlyOnceWith({ purchaseId: 'lot-1', proofId: 'proof-1' }));
    await waitFor(() => expect(within(row).getAllByTestId('proof-item').map((item) => item.textContent)).toEqual([expect.stringContaining('skan-licencji.png')]));
    // The other lot keeps the invoice, no longer named as the proof of FV/2024/03/17 too.
    const other = screen.getByTestId('purchase-row-FV/2024/03/18');
    expect(within(other).getByText('faktura-FV-2024-03-17.pdf')).toBeTruthy();
    expect(within(other).queryByTestId('proof-also-of')).toBeNull();
    expect(screen.getByTestId('proof-removed').textContent).toBe('faktura-FV-2024-03-17.pdf nie jest już dowodem zakupu FV/2024/03/17. Plik pozostaje w folderze rejestru.');
    expect(missingKeys).toEqual([]);
  });

  it('a refusal from main stays in the dialog, worded from its message key, and the proof stays listed', async () => {
    const api = installLedgerFake({ language: 'pl' });
    api.proofDetach.mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'conflict',
        message: 'Purchase FV/2024/03/17 is voided (recorded in error): …',
        detail: { messageKey: 'purchase-voided-proof-kept', purchase: 'FV/2024/03/17' },
      },
    });
    const { user } = await renderLedgerScreen('purchases', { language: 'pl' });

    await user.click(await removeButton('faktura-FV-2024-03-17.pdf', 'pl'));
    const dialog = await screen.findByTestId('remove-proof-dialog');
    await user.click(within(dialog).getByText('Usuń dowód', { selector: 'button' }));

    expect((await within(dialog).findByRole('alert', { hidden: true })).textContent).toBe(
      'Zakup FV/2024/03/17 jest unieważniony (wpisany omyłkowo): zostaje taki, jaki był w chwili unieważnienia, razem z plikami dowodu zakupu, więc nie można z niego usunąć żadnego z nich; niczego nie zmieniono.',
    );
    expect(screen.getByTestId('remove-proof-dialog')).toBeTruthy();
    expect(within(screen.getByTestId('purchase-row-FV/2024/03/17')).getAllByTestId('proof-item')).toHaveLength(1);
  });

  it('a voided lot’s proof cannot be removed: it is kept as it was voided', async () => {
    const voided: PurchaseView = { ...second, voidedAt: '2025-01-01T00:00:00.000Z', voidReason: 'wpisany dwa razy' };
    installLedgerFake({ purchases: [purchase, voided] });
    const { user } = await renderLedgerScreen('purchases');
    await user.click(await screen.findByRole('switch', { name: 'Show the voided purchase (1)' }));
    const buttons = () => ['FV/2024/03/17', 'FV/2024/03/18'].map((document) => within(screen.getByTestId(`purchase-row-${document}`)).getByTestId('proof-remove') as HTMLButtonElement);
    await waitFor(() => expect(buttons().map((b) => b.disabled)).toEqual([false, true]));
  });

  it('no proof can be removed while the register is open read-only', async () => {
    installLedgerFake({ readOnly: true });
    await renderLedgerScreen('purchases');
    const readOnly = (await screen.findAllByTestId('proof-remove')) as HTMLButtonElement[];
    await waitFor(() => expect(readOnly.map((b) => b.disabled)).toEqual([true]));
  });
});
