import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../shared/i18n';
import { useApp } from '../harness/app-fixture';
import { describeViolations, focusedTestId, seriousAxeViolations, VIEWPORT } from '../harness/browser';
import { msg } from '../harness/messages';
import { AppShell } from '../harness/pages/AppShell';
import { AssignWizard, checklistPointIds, escapeRegExp, productName, type WizardStepId } from '../harness/pages/AssignWizard';
import { pluralMsg, PurchasesPage } from '../harness/pages/PurchasesPage';
import { RegisterPage } from '../harness/pages/RegisterPage';
import { ServersPage } from '../harness/pages/ServersPage';
import { saveScreenshot } from '../harness/screenshots';

const DOCUMENT = 'FV/2024/03/17';
const PROOF_NAME = 'faktura-FV-2024-03-17.pdf';
const person = { givenName: 'Łukasz', surname: 'Żółkiewski', email: 'l.zolkiewski@przyklad.pl', login: 'lzolkiewski' };
const fullName = `${person.givenName} ${person.surname}`;

/** Presses Tab until the element with the test id has focus (a bounded walk, so a lost focus fails fast). */
async function tabTo(page: Page, testId: string, limit = 15): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focusedTestId(page)) === testId) return;
    await page.keyboard.press('Tab');
  }
  expect(await focusedTestId(page), `Tab never reached ${testId}`).toBe(testId);
}

describe('Assign a CAL: the whole wizard for a new person, in Chromium', () => {
  const app = useApp('wizard', {
    // Only the name shown in the top bar of the screenshots; the register is otherwise the fresh default one.
    seed: async ({ bridge }) => {
      const named = await bridge.core.invoke('organizationUpdate', { name: 'Przykład Sp. z o.o.' });
      expect(named.ok).toBe(true);
    },
  });

  it.each(['en', 'pl'] as const)(
    'adds server, purchase and person inside the wizard, records the CAL with proof, and the Register and Purchases show it (%s)',
    async (language: UiLanguage) => {
      const page = app.page;
      const shell = new AppShell(page);
      const wizard = new AssignWizard(page, language);
      const product = productName(language, '2019', 'standard', 'user');
      const axeFailures: string[] = [];
      const axe = async (where: WizardStepId | 'checklist' | 'person-dialog') => {
        const violations = await seriousAxeViolations(page);
        if (violations.length) axeFailures.push(`${where}:\n${describeViolations(violations)}`);
      };

      if (language !== 'en') await shell.switchLanguage(language);
      await shell.goTo('assign');
      await page.getByRole('heading', { level: 1, name: msg(language, 'nav.assign') }).waitFor();
      await wizard.waitForStep('server');
      expect(await wizard.steps.getByRole('listitem').count()).toBe(6);
      await expect.poll(() => wizard.nextButton.isDisabled()).toBe(true);

      // Step 1: a fresh register has no server; add an activated Exchange 2019 Standard and check it.
      await page.getByText(msg(language, 'assign.server.none')).waitFor();
      await wizard.command('Get-ExchangeServer | Format-List').waitFor();
      await wizard.addServer({ name: 'EX01', product: 'Exchange Server 2019', edition: 'Standard', build: '15.2.1544.4', activation: 'activated', partialKey: 'XY7QZ' });
      await expect.poll(() => wizard.serverOption('EX01').isChecked()).toBe(true);
      await wizard.command('Set-ExchangeServer -Identity EX01 -ProductKey').waitFor();
      await wizard.markServerVerified('Anna Admin');
      await axe('server');
      await wizard.next('purchase');

      // Step 2: no purchase yet; a lot of five 2019 Standard User CALs, chosen on save, with all seats free.
      await page.getByText(msg(language, 'assign.purchase.noKeyTitle')).waitFor();
      await wizard.addPurchase({ productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document: DOCUMENT, vendor: 'KluczeSoft' });
      const lot = wizard.purchaseOptions.getByRole('radio', { name: new RegExp(escapeRegExp(product)) });
      await expect.poll(() => lot.isChecked()).toBe(true);
      await wizard.purchaseOptions.getByText(msg(language, 'assign.purchase.seatsFree', { free: 5, quantity: 5 })).waitFor();
      await axe('purchase');
      await wizard.next('person');

      // Step 3: the register is empty; add the person (the search text prefills the dialog's name).
      await page.getByText(msg(language, 'assign.person.none')).waitFor();
      await wizard.personSearch.fill(fullName);
      await wizard.addPerson(person, () => axe('person-dialog'));
      await expect.poll(() => wizard.personOption(fullName).isChecked()).toBe(true);
      await axe('person');
      await wizard.next('record');

      // Step 4: main's licensing check allows it; notes survive a Back and Next.
      await wizard.checkOk.filter({ hasText: msg(language, 'assign.record.allowed') }).waitFor();
      await page.getByText(`${DOCUMENT}, `).waitFor();
      await wizard.notes.fill('Zgłoszenie #4711');
      await axe('record');
      await wizard.back('person');
      await expect.poll(() => wizard.personOption(fullName).isChecked()).toBe(true);
      await wizard.next('record');
      expect(await wizard.notes.inputValue()).toBe('Zgłoszenie #4711');
      await wizard.checkOk.waitFor();
      await wizard.next('verify');

      // Step 5 by keyboard only: focus lands on the step heading; Tab + Space tick both boxes, Enter records.
      await expect.poll(() => focusedTestId(page)).toBe('wizard-step-heading');
      await wizard.command(`Get-ADUser ${person.login} | Select Enabled`).waitFor();
      await wizard.command(`Get-Mailbox ${person.email} | Select RecipientTypeDetails`).waitFor();
      await tabTo(page, 'wizard-account-enabled');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      expect(await focusedTestId(page)).toBe('wizard-has-mailbox');
      await page.keyboard.press('Space');
      await expect.poll(() => wizard.accountEnabled.isChecked()).toBe(true);
      await expect.poll(() => wizard.hasMailbox.isChecked()).toBe(true);
      await expect.poll(() => wizard.nextButton.textContent()).toBe(msg(language, 'assign.recordAssignment'));
      await axe('verify');
      if (language === 'en') {
        await page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1);
        await saveScreenshot(page, 'assign-en');
      }
      await tabTo(page, 'wizard-next');
      await page.keyboard.press('Enter');
      await wizard.waitForStep('proof');

      // Step 6: the assignment is saved and can no longer be undone by Back; attach the invoice.
      await wizard.recorded.getByText(msg(language, 'assign.proof.recordedTitle')).waitFor();
      expect(await wizard.backButton.isDisabled()).toBe(true);
      await wizard.page.getByTestId('wizard-panel-proof').getByText(msg(language, 'purchases.proof.none')).waitFor();
      expect(await wizard.finishButton.textContent()).toBe(msg(language, 'assign.finishWithoutProof'));
      const inbox = join(app.dataDir, 'inbox');
      await mkdir(inbox, { recursive: true });
      await writeFile(join(inbox, PROOF_NAME), '%PDF-1.4\n% Faktura FV/2024/03/17, 5 × Exchange Server 2019 Standard User CAL\n%%EOF\n');
      app.bridge.dialogs.nextFiles([join(inbox, PROOF_NAME)]);
      await wizard.attachProof(PROOF_NAME);
      expect(app.bridge.dialogs.pending().files).toBe(0);
      expect(app.bridge.dialogs.asked.at(-1)).toEqual({ dialog: 'files', purpose: 'proof' });
      await wizard.proofItems.getByTestId('proof-status').filter({ hasText: msg(language, 'ledger.proofStatus.ok') }).waitFor();
      await expect.poll(() => wizard.finishButton.textContent()).toBe(msg(language, 'assign.finish'));
      await axe('proof');
      await wizard.finish();

      // The checklist: every point of the guide passed, each with its reason in the UI language, but users
      // against CALs: no mailbox export is imported, so the register's one person is all it knows.
      await page.getByRole('heading', { level: 2, name: msg(language, 'assign.checklist.title') }).waitFor();
      expect(await wizard.checklistStates()).toEqual(Object.fromEntries(checklistPointIds.map((id) => [id, id !== 'users-within-cals'])));
      const reasons = {
        'server-active': msg(language, 'ledger.checklist.server-activated', { server: 'EX01' }),
        'account-and-mailbox': msg(language, 'ledger.checklist.account-ok', { person: fullName }),
        'users-within-cals': msg(language, 'ledger.checklist.users-not-imported', { users: 1, cals: 5 }),
        documented: msg(language, 'ledger.checklist.documented-one', { person: fullName, document: DOCUMENT }),
        'proof-of-purchase': msg(language, 'ledger.checklist.proof-ok-lot'),
      } as const;
      for (const id of checklistPointIds) {
        const point = wizard.checklistPoint(id);
        const state = msg(language, id === 'users-within-cals' ? 'assign.checklist.failed' : 'assign.checklist.passed');
        await expect.poll(() => point.textContent()).toBe(`${state}${msg(language, `assign.checklist.points.${id}`)}${reasons[id]}`);
      }
      expect(await wizard.steps.locator('[aria-current="step"]').count()).toBe(0);
      await axe('checklist');
      if (language === 'pl') {
        await page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1);
        await saveScreenshot(page, 'assign-checklist-pl');
      }
      expect(axeFailures, axeFailures.join('\n')).toEqual([]);

      // The Register: the person holds the CAL from that document (search folds the diacritics).
      await page.getByTestId('wizard-open-register').click();
      const register = new RegisterPage(page, language);
      await register.heading.waitFor();
      await register.searchFor('zolkiewski');
      const row = register.row(fullName);
      await row.waitFor();
      await row.getByText(product, { exact: true }).waitFor();
      await row.getByText(new RegExp(`· ${escapeRegExp(DOCUMENT)}$`)).waitFor();
      await row.getByText(person.email).waitFor();
      await register.count.filter({ hasText: pluralMsg(language, 'register.showing', 1, { shown: 1, total: 1 }) }).waitFor();
      expect(await register.rows.count()).toBe(1);

      // Purchases & proof: one seat used, four free, the invoice listed and intact.
      await shell.goTo('purchases');
      const purchases = new PurchasesPage(page, language);
      await purchases.heading.waitFor();
      const expected = purchases.seatTexts(1, 5);
      await expect.poll(() => purchases.seats(DOCUMENT).textContent()).toBe(expected.seats);
      await expect.poll(() => purchases.free(DOCUMENT).textContent()).toBe(expected.free);
      const proof = purchases.proofItems(DOCUMENT);
      expect(await proof.count()).toBe(1);
      await proof.getByText(PROOF_NAME).waitFor();
      expect(await proof.getByTestId('proof-status').textContent()).toBe(msg(language, 'ledger.proofStatus.ok'));

      // Servers: EX01 activated and verified by the name given in step 1.
      await shell.goTo('servers');
      const servers = new ServersPage(page, language);
      await servers.heading.waitFor();
      expect(await servers.activation('EX01').textContent()).toBe(msg(language, 'ledger.activation.activated'));
      await servers.row('EX01').getByText(msg(language, 'servers.verifiedBy', { name: 'Anna Admin' })).waitFor();

      app.assertNoProblems();
    },
  );
});
