import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PurchaseView } from '../../shared/contracts/ledger';
import type { RegisterStatus } from '../../shared/contracts/register';
import { invokeOk, useApp } from '../harness/app-fixture';
import { describeViolations, seriousAxeViolations } from '../harness/browser';
import { msg } from '../harness/messages';
import { AppShell } from '../harness/pages/AppShell';
import { PurchasesPage } from '../harness/pages/PurchasesPage';

/** Presses Tab until `isTarget` holds for the focused element, as a keyboard user would; fails when it never does. */
async function tabUntil(page: Page, isTarget: () => Promise<boolean>, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await isTarget()) return;
    await page.keyboard.press('Tab');
  }
  if (!(await isTarget())) throw new Error(`Tab never reached the control in ${limit} presses`);
}

const focused = (page: Page, name: string) => () => page.evaluate((label) => document.activeElement?.getAttribute('aria-label') === label || document.activeElement?.textContent === label, name);

describe('removing a proof attached by mistake on the Purchases & proof screen', () => {
  const app = useApp('proof-remove', { browser: 'blank' });

  it('Tab reaches the proof’s Remove, Enter asks in an axe-clean dialog, and Remove proof takes it off: the lot then has no proof, the file stays', async () => {
    const lot = await invokeOk<PurchaseView>(app.bridge, 'purchaseSave', { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-05-02', vendor: 'KluczeSoft', document: 'FV/2024/05/02' });
    const files = join(app.dataDir, 'files');
    await mkdir(files, { recursive: true });
    await writeFile(join(files, 'faktura-innej-firmy.pdf'), '%PDF-1.4\n% not our invoice\n%%EOF\n');
    app.bridge.dialogs.nextFiles([join(files, 'faktura-innej-firmy.pdf')]);
    const proof = (await invokeOk<{ purchase: PurchaseView }>(app.bridge, 'proofAttach', { purchaseId: lot.id })).purchase.proofs[0]!;

    const page = app.page;
    await app.open();
    await new AppShell(page).goTo('purchases');
    const purchases = new PurchasesPage(page);
    const remove = purchases.removeProofButton('FV/2024/05/02', 'faktura-innej-firmy.pdf');
    await remove.waitFor();
    const removeName = msg('en', 'purchases.proof.removeNamed', { name: 'faktura-innej-firmy.pdf' });

    await tabUntil(page, focused(page, removeName));
    await page.keyboard.press('Enter');
    const dialog = purchases.removeProofDialog;
    await dialog.waitFor();
    await dialog.getByText(msg('en', 'purchases.removeProof.lastProof')).waitFor();
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // Nothing is written while it asks.
    expect(app.bridge.calls.some((c) => c.channel === 'proofDetach')).toBe(false);

    const confirmLabel = msg('en', 'purchases.removeProof.confirm');
    await tabUntil(page, focused(page, confirmLabel), 5);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    const row = purchases.row('FV/2024/05/02');
    await row.getByText(msg('en', 'purchases.proof.none')).waitFor();
    expect(await purchases.proofItems('FV/2024/05/02').count()).toBe(0);
    await page.getByTestId('proof-removed').getByText(msg('en', 'purchases.proof.removed', { name: 'faktura-innej-firmy.pdf', document: 'FV/2024/05/02' })).waitFor();
    // The button that had focus is gone: focus stays on the screen, not on the page body.
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    const register = app.bridge.core.context.session.id;
    expect(app.bridge.calls.filter((c) => c.channel === 'proofDetach')).toEqual([{ channel: 'proofDetach', input: { register, input: { purchaseId: lot.id, proofId: proof.id } } }]);
    const afterViolations = await seriousAxeViolations(page);
    expect(afterViolations, describeViolations(afterViolations)).toEqual([]);

    // Main took it off the lot and kept the file in the register folder.
    const lots = await invokeOk<PurchaseView[]>(app.bridge, 'purchasesList', {});
    expect(lots.map((l) => l.proofIds)).toEqual([[]]);
    const status = await invokeOk<Extract<RegisterStatus, { state: 'open' }>>(app.bridge, 'registerStatus', {});
    expect(await readdir(join(status.path, 'proofs'))).toEqual([`${proof.sha256}.pdf`]);
    expect(status.counts.proofs).toBe(0);
  });
});
