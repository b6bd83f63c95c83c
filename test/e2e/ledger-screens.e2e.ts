import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleProblemView } from '../../shared/contracts/ledger';
import { formatLicensingMessage, licensingEn } from '../../shared/licensing/messages';
import { invokeOk, useApp } from '../harness/app-fixture';
import type { Bridge } from '../harness/bridge';
import { describeViolations, seriousAxeViolations, VIEWPORT } from '../harness/browser';
import { msg } from '../harness/messages';
import { AppShell } from '../harness/pages/AppShell';
import { AssignWizard, escapeRegExp, productName } from '../harness/pages/AssignWizard';
import { pluralMsg, PurchasesPage } from '../harness/pages/PurchasesPage';
import { RegisterPage } from '../harness/pages/RegisterPage';
import { ServersPage } from '../harness/pages/ServersPage';
import { saveScreenshot } from '../harness/screenshots';

const standard2019 = 'exchange-2019-standard-user-cal';
const enterprise2019 = 'exchange-2019-enterprise-user-cal';
const standardName = productName('en', '2019', 'standard', 'user');
const verified = { accountEnabled: true, hasMailbox: true };

const addPerson = (bridge: Bridge, givenName: string, surname: string, email: string, department = '') =>
  invokeOk(bridge, 'personSave', { givenName, surname, email, login: email.split('@')[0]!.replace('.', ''), department });

/** A small PDF-like invoice in the test's folder, attached to the lot through the fake file dialog. */
async function attachProof(bridge: Bridge, dir: string, purchaseId: string, name: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  const content = `%PDF-1.4\n% ${name}\n%%EOF\n`;
  await writeFile(path, content);
  bridge.dialogs.nextFiles([path]);
  await invokeOk(bridge, 'proofAttach', { purchaseId });
  return Buffer.byteLength(content);
}

describe('ledger screens: full lot, release, void', () => {
  const app = useApp('ledger', { browser: 'blank' });

  it('a lot with its one seat taken blocks the wizard at step 4; releasing the holder from the Register after confirming frees the seat', async () => {
    await invokeOk(app.bridge, 'serverSave', { name: 'EX01', product: 'Exchange Server 2019', edition: 'Standard', build: '15.2.1544.4', activation: { state: 'activated' } });
    const lot = await invokeOk(app.bridge, 'purchaseSave', { productId: standard2019, quantity: 1, date: '2024-05-02', vendor: 'KluczeSoft', document: 'FV/2024/05/02' });
    const anna = await addPerson(app.bridge, 'Anna', 'Nowak', 'a.nowak@przyklad.pl');
    const jan = await addPerson(app.bridge, 'Jan', 'Kowalski', 'j.kowalski@przyklad.pl');
    await invokeOk(app.bridge, 'assignmentCreate', { personId: anna.id, purchaseId: lot.id, assignedOn: '2024-05-06', verification: verified });
    const now = new Date();
    // The wizard's default date: the local calendar day.
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const expected = await invokeOk<{ blocking: RuleProblemView[] }>(app.bridge, 'assignmentCheck', { personId: jan.id, purchaseId: lot.id, assignedOn: today });
    expect(expected.blocking.map((p) => p.code)).toEqual(['lot-full']);

    const page = app.page;
    await app.open();
    const shell = new AppShell(page);
    const wizard = new AssignWizard(page);
    await shell.goTo('assign');
    await wizard.serverOption('EX01').check();
    await wizard.next('purchase');
    const lotOption = wizard.purchaseOptions.getByRole('radio', { name: new RegExp(escapeRegExp(standardName)) });
    await wizard.purchaseOptions.getByText(msg('en', 'assign.purchase.seatsFree', { free: 0, quantity: 1 })).waitFor();
    await lotOption.check();
    await wizard.next('person');
    await wizard.personSearch.fill('kowalski');
    await wizard.personOption('Jan Kowalski').check();
    await wizard.next('record');

    // The rule from main, in its words, and no way forward.
    await wizard.blocking.getByText(msg('en', 'assign.record.blockedTitle')).waitFor();
    expect(await wizard.blocking.getByRole('listitem').allTextContents()).toEqual([formatLicensingMessage(expected.blocking[0]!.messageKey, expected.blocking[0]!.params, licensingEn)]);
    expect(await wizard.nextButton.isDisabled()).toBe(true);
    await wizard.nextButton.click({ force: true });
    expect(await wizard.currentStep()).toBe('record');
    expect(app.bridge.calls.filter((c) => c.channel === 'assignmentCreate')).toEqual([]);
    const blockedViolations = await seriousAxeViolations(page);
    expect(blockedViolations, describeViolations(blockedViolations)).toEqual([]);

    // Release Anna's CAL from the Register: nothing is written until the confirmation.
    await shell.goTo('register');
    const register = new RegisterPage(page);
    await register.row('Anna Nowak').getByText(standardName, { exact: true }).waitFor();
    await register.releaseCal('Anna Nowak', standardName, {
      reason: 'role-change',
      beforeConfirm: async () => {
        const question = await register.releaseDialog.getByTestId('release-confirm-text').textContent();
        expect(question).toContain('Anna Nowak');
        expect(app.bridge.calls.some((c) => c.channel === 'assignmentRelease')).toBe(false);
        const violations = await seriousAxeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
      },
    });
    await register.row('Anna Nowak').getByText(msg('en', 'register.noCal')).waitFor();
    expect(app.bridge.calls.filter((c) => c.channel === 'assignmentRelease')).toHaveLength(1);

    await shell.goTo('purchases');
    const purchases = new PurchasesPage(page);
    const seats = purchases.seatTexts(0, 1);
    await expect.poll(() => purchases.seats('FV/2024/05/02').textContent()).toBe(seats.seats);
    expect(await purchases.free('FV/2024/05/02').textContent()).toBe(seats.free);

    // Back in the wizard, which kept its answers, the check now lets Jan have the seat.
    await shell.goTo('assign');
    await wizard.waitForStep('record');
    await wizard.back('person');
    await wizard.next('record');
    await wizard.checkOk.waitFor();
    expect(await wizard.nextButton.isEnabled()).toBe(true);
  });

  it('the Void purchase dialog from the row menu is a named alert dialog, axe clean, its buttons reachable by role; voiding needs a reason and keeps the lot', async () => {
    await invokeOk(app.bridge, 'purchaseSave', { productId: standard2019, quantity: 5, date: '2024-05-02', vendor: 'KluczeSoft', document: 'FV/2024/05/02' });
    await invokeOk(app.bridge, 'purchaseSave', { productId: standard2019, quantity: 5, date: '2024-05-02', vendor: 'KluczeSoft', document: 'FV/2024/05/02-BIS' });
    const page = app.page;
    await app.open();
    const shell = new AppShell(page);
    await shell.goTo('purchases');
    const purchases = new PurchasesPage(page);
    await purchases.row('FV/2024/05/02-BIS').waitFor();

    await purchases.openVoidDialog(standardName, 'FV/2024/05/02-BIS');
    const dialog = page.getByRole('alertdialog', { name: msg('en', 'purchases.void.title') });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-hidden')).toBeNull();
    expect(await dialog.getByRole('heading', { name: msg('en', 'purchases.void.title') }).count()).toBe(1);
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    const confirm = dialog.getByRole('button', { name: msg('en', 'purchases.void.confirm') });
    const cancel = dialog.getByRole('button', { name: msg('en', 'common.cancel') });
    expect(await confirm.isDisabled()).toBe(true);
    expect(await cancel.isEnabled()).toBe(true);
    await dialog.getByRole('textbox', { name: msg('en', 'purchases.void.reason') }).fill('Entered twice');
    expect(await confirm.isEnabled()).toBe(true);
    // By keyboard: Tab from the reason reaches Cancel, then the confirm button.
    await page.keyboard.press('Tab');
    await expect.poll(() => cancel.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    // The lot is voided, not deleted: hidden by default, listed with its reason on demand.
    await purchases.row('FV/2024/05/02-BIS').waitFor({ state: 'detached' });
    await purchases.row('FV/2024/05/02').waitFor();
    await page.getByRole('switch', { name: pluralMsg('en', 'purchases.showVoided', 1) }).check();
    const voided = purchases.row('FV/2024/05/02-BIS');
    await voided.getByText(msg('en', 'purchases.voided'), { exact: true }).waitFor();
    await voided.getByText('Entered twice').waitFor();
  });

  it('Enter in the Release date goes to the confirmation step without releasing, and Enter on its button releases; Enter in the Void reason voids', async () => {
    const lot = await invokeOk(app.bridge, 'purchaseSave', { productId: standard2019, quantity: 5, date: '2024-05-02', vendor: 'KluczeSoft', document: 'FV/2024/05/02' });
    await invokeOk(app.bridge, 'purchaseSave', { productId: standard2019, quantity: 5, date: '2024-05-02', vendor: 'KluczeSoft', document: 'FV/2024/05/02-BIS' });
    const anna = await addPerson(app.bridge, 'Anna', 'Nowak', 'a.nowak@przyklad.pl');
    await invokeOk(app.bridge, 'assignmentCreate', { personId: anna.id, purchaseId: lot.id, assignedOn: '2024-05-06', verification: verified });
    const page = app.page;
    await app.open();
    const shell = new AppShell(page);
    const released = () => app.bridge.calls.filter((c) => c.channel === 'assignmentRelease');

    await shell.goTo('register');
    const register = new RegisterPage(page);
    await register.openActions('Anna Nowak');
    await page.getByRole('menuitem', { name: msg('en', 'register.releaseAction', { product: standardName }) }).click();
    const dialog = register.releaseDialog;
    const date = dialog.getByTestId('release-date');
    await date.fill('2024-06-28');
    await date.press('Enter');
    await dialog.getByTestId('release-confirm-text').waitFor();
    expect(released()).toEqual([]);
    const confirm = dialog.getByTestId('release-confirm');
    await expect.poll(() => confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(released().map((c) => c.input)).toEqual([{ register: app.bridge.core.context.session.id, input: expect.objectContaining({ releasedOn: '2024-06-28' }) }]);

    await shell.goTo('purchases');
    const purchases = new PurchasesPage(page);
    const voiding = await purchases.openVoidDialog(standardName, 'FV/2024/05/02-BIS');
    await voiding.getByRole('textbox', { name: msg('en', 'purchases.void.reason') }).press('Enter');
    expect(app.bridge.calls.filter((c) => c.channel === 'purchaseVoid')).toEqual([]);
    await voiding.getByRole('textbox', { name: msg('en', 'purchases.void.reason') }).fill('Entered twice');
    await page.keyboard.press('Enter');
    await voiding.waitFor({ state: 'detached' });
    await purchases.row('FV/2024/05/02-BIS').waitFor({ state: 'detached' });
  });

  it('a dialog closed with Escape gives focus back to the button that opened it: Add purchase, a row menu, Add server, Edit server', async () => {
    await invokeOk(app.bridge, 'serverSave', { name: 'EX01', product: 'Exchange Server 2019', edition: 'Standard', build: '15.2.1544.4', activation: { state: 'activated' } });
    await invokeOk(app.bridge, 'purchaseSave', { productId: standard2019, quantity: 5, date: '2024-05-02', vendor: 'KluczeSoft', document: 'FV/2024/05/02' });
    const page = app.page;
    await app.open();
    const shell = new AppShell(page);
    const focused = (button: ReturnType<typeof page.getByRole>) => button.evaluate((el) => el === document.activeElement);
    /** Opens a dialog from `opener` by keyboard, closes it with Escape and checks where focus went. */
    const openAndEscape = async (opener: ReturnType<typeof page.getByRole>, open: () => Promise<void>) => {
      await opener.focus();
      await open();
      const dialog = page.getByRole('dialog').or(page.getByRole('alertdialog'));
      await dialog.first().waitFor();
      await page.keyboard.press('Escape');
      await dialog.first().waitFor({ state: 'detached' });
      await expect.poll(() => focused(opener)).toBe(true);
    };

    await shell.goTo('purchases');
    const purchases = new PurchasesPage(page);
    await purchases.row('FV/2024/05/02').waitFor();
    const add = page.getByTestId('purchase-add');
    await openAndEscape(add, () => page.keyboard.press('Enter'));
    const rowMenu = page.getByRole('button', { name: msg('en', 'purchases.actionsFor', { name: standardName, document: 'FV/2024/05/02' }) });
    await openAndEscape(rowMenu, async () => {
      await page.keyboard.press('Enter');
      await page.getByRole('menuitem', { name: msg('en', 'purchases.voidAction') }).click();
    });

    await shell.goTo('servers');
    const addServer = page.getByTestId('server-add');
    await addServer.waitFor();
    await openAndEscape(addServer, () => page.keyboard.press('Enter'));
    const edit = page.getByRole('button', { name: msg('en', 'servers.editFor', { name: 'EX01' }) });
    await openAndEscape(edit, () => page.keyboard.press('Enter'));
  });

  it('a save the register refuses keeps keyboard focus in the dialog, where its error is read, and Escape still closes it; an empty name is worded by the app, not the browser', async () => {
    await invokeOk(app.bridge, 'serverSave', { name: 'EX01', product: 'Exchange Server 2019', edition: 'Standard', build: '15.2.1544.4', activation: { state: 'activated' } });
    const page = app.page;
    await app.open();
    await new AppShell(page).goTo('servers');
    const addServer = page.getByTestId('server-add');
    await addServer.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('server-dialog');
    await dialog.waitFor();
    const focusInDialog = () => dialog.evaluate((el) => el.contains(document.activeElement));

    // Empty name: the form's own message, no native validation bubble (which follows the OS language, not the app's).
    await page.getByTestId('server-save').focus();
    await page.keyboard.press('Enter');
    await dialog.getByText(msg('en', 'ledger.invalid.required')).waitFor();

    await page.getByTestId('server-name').fill('EX02');
    await page.getByTestId('server-build').fill('15.1.2507.6');
    await page.getByTestId('server-save').focus();
    await page.keyboard.press('Enter');
    await dialog.getByText(/Build 15\.1\.2507\.6 is Exchange Server 2016, not Exchange Server 2019/).waitFor();
    await expect.poll(focusInDialog).toBe(true);
    expect(await page.locator('[aria-hidden="true"] [data-testid="server-dialog"]').count()).toBe(0);
    // What was typed is not thrown away at one key: Escape asks, with focus on the answer that keeps it.
    await page.keyboard.press('Escape');
    const question = dialog.getByTestId('discard-changes');
    await question.getByText(msg('en', 'common.discardQuestion')).waitFor();
    await expect.poll(() => page.getByTestId('discard-keep').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await question.waitFor({ state: 'detached' });
    expect(await page.getByTestId('server-name').inputValue()).toBe('EX02');
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('discard-confirm').focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => addServer.evaluate((el) => el === document.activeElement)).toBe(true);
    // Opened again, the form is empty; with nothing typed, Escape closes it at once.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    expect(await page.getByTestId('server-name').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});

describe('README screenshots of the Register, Purchases and Servers', () => {
  const app = useApp('ledger-shots', { browser: 'blank', now: () => new Date('2026-11-25T09:00:00Z') });

  it('the Register lists several people with their CALs, Purchases the seats and proofs of each lot, Servers their activation', async () => {
    await invokeOk(app.bridge, 'organizationUpdate', { name: 'Przykład Sp. z o.o.', taxId: '5250001009' });
    const ex01 = await invokeOk(app.bridge, 'serverSave', { name: 'EX01', product: 'Exchange Server 2019', edition: 'Standard', build: '15.2.1544.4', activation: { state: 'activated' }, partialProductKey: 'XY7QZ' });
    await invokeOk(app.bridge, 'serverVerify', { id: ex01.id, verifiedBy: 'Anna Nowak' });
    // The trial's days were read today as the browser's clock has it: the screen counts them down to its own today.
    const now = new Date();
    const browserToday = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    await invokeOk(app.bridge, 'serverSave', { name: 'EX02', product: 'Exchange Server 2019', edition: 'Standard', build: '15.2.1544.4', activation: { state: 'trial', daysLeft: 41, asOf: browserToday } });
    const standard = await invokeOk(app.bridge, 'purchaseSave', { productId: standard2019, quantity: 10, date: '2024-03-01', vendor: 'KluczeSoft', document: 'FV/2024/03/17' });
    const enterprise = await invokeOk(app.bridge, 'purchaseSave', { productId: enterprise2019, quantity: 2, date: '2024-06-05', vendor: 'KluczeSoft', document: 'FV/2024/06/05', program: 'volume' });
    await invokeOk(app.bridge, 'purchaseSave', {
      productId: standard2019,
      quantity: 5,
      date: '2025-01-20',
      vendor: 'Soft-Serwis',
      document: 'ZAM/2025/01/20',
      program: 'volume',
      coverage: { kind: 'software-assurance', until: '2028-01-31' },
    });
    const proofs = join(app.dataDir, 'inbox');
    const invoiceSize = await attachProof(app.bridge, proofs, standard.id, 'faktura-FV-2024-03-17.pdf');
    await attachProof(app.bridge, proofs, enterprise.id, 'faktura-FV-2024-06-05.pdf');

    const people: [string, string, string, string][] = [
      ['Anna', 'Nowak', 'a.nowak@przyklad.pl', 'Księgowość'],
      ['Piotr', 'Wiśniewski', 'p.wisniewski@przyklad.pl', 'Sprzedaż'],
      ['Katarzyna', 'Wójcik', 'k.wojcik@przyklad.pl', 'Zarząd'],
      ['Tomasz', 'Kamiński', 't.kaminski@przyklad.pl', 'IT'],
      ['Magdalena', 'Lewandowska', 'm.lewandowska@przyklad.pl', 'Sprzedaż'],
      ['Agnieszka', 'Szymańska', 'a.szymanska@przyklad.pl', 'Kadry'],
      ['Łukasz', 'Żółkiewski', 'l.zolkiewski@przyklad.pl', 'IT'],
      ['Jan', 'Kowalski', 'j.kowalski@przyklad.pl', 'Magazyn'],
    ];
    const ids: string[] = [];
    for (const [given, surname, email, department] of people) ids.push((await addPerson(app.bridge, given, surname, email, department)).id);
    for (const [index, id] of ids.slice(0, 7).entries()) {
      await invokeOk(app.bridge, 'assignmentCreate', { personId: id, purchaseId: standard.id, assignedOn: `2024-03-${String(4 + index).padStart(2, '0')}`, verification: verified });
    }
    await invokeOk(app.bridge, 'assignmentCreate', { personId: ids[2], purchaseId: enterprise.id, assignedOn: '2024-06-10', verification: verified });

    const page = app.page;
    await app.open();
    const shell = new AppShell(page);
    await shell.organization.filter({ hasText: 'Przykład Sp. z o.o.' }).waitFor();
    const park = () => page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1);

    await shell.goTo('register');
    const register = new RegisterPage(page);
    await register.count.filter({ hasText: pluralMsg('en', 'register.showing', 8, { shown: 8, total: 8 }) }).waitFor();
    expect(await register.rows.count()).toBe(8);
    await register.row('Katarzyna Wójcik').getByText(productName('en', '2019', 'enterprise', 'user'), { exact: true }).waitFor();
    await register.row('Jan Kowalski').getByText(msg('en', 'register.noCal')).waitFor();
    await park();
    await saveScreenshot(page, 'register-en');

    await shell.goTo('purchases');
    const purchases = new PurchasesPage(page);
    await expect.poll(() => purchases.seats('FV/2024/03/17').textContent()).toBe(purchases.seatTexts(7, 10).seats);
    expect(await purchases.free('FV/2024/03/17').textContent()).toBe(purchases.seatTexts(7, 10).free);
    expect(await purchases.seats('FV/2024/06/05').textContent()).toBe(purchases.seatTexts(1, 2).seats);
    expect(await purchases.proofItems('FV/2024/03/17').getByTestId('proof-status').allTextContents()).toEqual([msg('en', 'ledger.proofStatus.ok')]);
    await purchases.proofItems('FV/2024/03/17').getByText(`${invoiceSize} bytes`, { exact: true }).waitFor();
    await purchases.row('ZAM/2025/01/20').getByText(msg('en', 'purchases.proof.none')).waitFor();
    await park();
    await saveScreenshot(page, 'purchases-en');

    await shell.goTo('servers');
    const servers = new ServersPage(page);
    expect(await servers.activation('EX01').textContent()).toBe(msg('en', 'ledger.activation.activated'));
    expect(await servers.activation('EX02').textContent()).toBe(pluralMsg('en', 'ledger.activation.trialDays', 41));
    await park();
    await saveScreenshot(page, 'servers-en');
  });
});
