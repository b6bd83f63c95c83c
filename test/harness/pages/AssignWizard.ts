import type { Locator, Page } from 'playwright-core';
import type { UiLanguage } from '../../../shared/i18n';
import { fillDate } from '../browser';
import { msg } from '../messages';

export const wizardStepIds = ['server', 'purchase', 'person', 'record', 'verify', 'proof'] as const;
export type WizardStepId = (typeof wizardStepIds)[number];
export type ChecklistPointId = 'server-active' | 'account-and-mailbox' | 'users-within-cals' | 'documented' | 'proof-of-purchase';
export const checklistPointIds: readonly ChecklistPointId[] = ['server-active', 'account-and-mailbox', 'users-within-cals', 'documented', 'proof-of-purchase'];

export interface ServerEntry {
  name: string;
  product: 'Exchange Server 2016' | 'Exchange Server 2019' | 'Exchange Server SE';
  edition: 'Standard' | 'Enterprise';
  build?: string;
  activation: 'activated' | 'trial' | 'trial-expired' | 'unknown';
  daysLeft?: number;
  partialKey?: string;
}

export interface PurchaseEntry {
  productId: string;
  quantity: number;
  document: string;
  date?: string;
  vendor?: string;
}

export interface PersonEntry {
  givenName: string;
  surname: string;
  email: string;
  login?: string;
  department?: string;
}

/** A catalog product's name as the UI shows it ("Exchange Server 2019 Standard User CAL"). */
export function productName(language: UiLanguage, version: string, tier: 'standard' | 'enterprise', kind: 'user' | 'device'): string {
  return msg(language, 'ledger.product', { version, tier: msg(language, `ledger.tier.${tier}`), kind: msg(language, `ledger.kind.${kind}`) });
}

/** The "Assign a CAL" wizard: its step indicator, each step's controls, the add dialogs and the closing checklist. */
export class AssignWizard {
  constructor(
    readonly page: Page,
    readonly language: UiLanguage = 'en',
  ) {}

  get steps(): Locator {
    return this.page.getByTestId('wizard-steps');
  }

  step(id: WizardStepId): Locator {
    return this.page.getByTestId(`wizard-step-${id}`);
  }

  /** The step the indicator marks with aria-current="step". */
  async currentStep(): Promise<WizardStepId | null> {
    const id = await this.page.locator('[data-testid^="wizard-step-"][aria-current="step"]').getAttribute('data-testid');
    return (id?.replace('wizard-step-', '') as WizardStepId | undefined) ?? null;
  }

  /** Waits until the indicator and the panel's h2 both show the step. */
  async waitForStep(id: WizardStepId): Promise<void> {
    await this.page.locator(`[data-testid="wizard-step-${id}"][aria-current="step"]`).waitFor();
    const number = wizardStepIds.indexOf(id) + 1;
    await this.stepHeading.filter({ hasText: msg(this.language, 'assign.stepHeading', { number, title: msg(this.language, `assign.steps.${id}.title`) }) }).waitFor();
  }

  /** The current step's title (h2), which receives focus when the step changes. */
  get stepHeading(): Locator {
    return this.page.getByRole('heading', { level: 2 }).and(this.page.locator('#wizard-step-heading'));
  }

  get nextButton(): Locator {
    return this.page.getByTestId('wizard-next');
  }

  get backButton(): Locator {
    return this.page.getByTestId('wizard-back');
  }

  get finishButton(): Locator {
    return this.page.getByTestId('wizard-finish');
  }

  async next(then: WizardStepId): Promise<void> {
    await this.nextButton.click();
    await this.waitForStep(then);
  }

  async back(then: WizardStepId): Promise<void> {
    await this.backButton.click();
    await this.waitForStep(then);
  }

  /** A PowerShell snippet shown on the current step, found by its code text. */
  command(text: string | RegExp): Locator {
    return this.page.locator('pre code').filter({ hasText: text });
  }

  // Step 1: server

  async addServer(server: ServerEntry): Promise<void> {
    await this.page.getByTestId('wizard-server-add').click();
    const dialog = this.page.getByTestId('server-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('server-name').fill(server.name);
    await dialog.getByTestId('server-product').selectOption(server.product);
    await dialog.getByTestId('server-edition').selectOption(server.edition);
    if (server.build) await dialog.getByTestId('server-build').fill(server.build);
    await dialog.getByTestId('server-activation').selectOption(server.activation);
    if (server.daysLeft !== undefined) await dialog.getByTestId('server-days-left').fill(String(server.daysLeft));
    if (server.partialKey) await dialog.getByTestId('server-partial-key').fill(server.partialKey);
    await dialog.getByTestId('server-save').click();
    await dialog.waitFor({ state: 'detached' });
  }

  serverOption(name: string): Locator {
    return this.page.getByTestId('wizard-server-options').getByRole('radio', { name: new RegExp(`^${escapeRegExp(name)}\\b`) });
  }

  /** Records who checked the server, and waits until the verification is shown. */
  async markServerVerified(by: string): Promise<void> {
    await this.page.getByTestId('wizard-verified-by').fill(by);
    await this.page.getByTestId('wizard-mark-verified').click();
    await this.page.getByTestId('wizard-server-verified').filter({ hasText: by }).waitFor();
  }

  // Step 2: purchase

  async addPurchase(purchase: PurchaseEntry): Promise<void> {
    await this.page.getByTestId('wizard-purchase-add').click();
    const dialog = this.page.getByTestId('purchase-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('purchase-product').selectOption(purchase.productId);
    await dialog.getByTestId('purchase-quantity').fill(String(purchase.quantity));
    if (purchase.date) await fillDate(dialog.getByTestId('purchase-date'), purchase.date);
    await dialog.getByTestId('purchase-document').fill(purchase.document);
    if (purchase.vendor) await dialog.getByTestId('purchase-vendor').fill(purchase.vendor);
    await dialog.getByTestId('purchase-save').click();
    await dialog.waitFor({ state: 'detached' });
  }

  get purchaseOptions(): Locator {
    return this.page.getByTestId('wizard-purchase-options');
  }

  // Step 3: person

  get personSearch(): Locator {
    return this.page.getByTestId('wizard-person-search');
  }

  /** Adds a person through the step's dialog (what was typed in the search prefills it). */
  /** Adds a person through the dialog; `whileOpen` runs once the dialog has settled (e.g. an axe check). */
  async addPerson(person: PersonEntry, whileOpen?: () => Promise<void>): Promise<void> {
    await this.page.getByTestId('wizard-person-add').click();
    const dialog = this.page.getByTestId('person-dialog');
    await dialog.waitFor();
    if (whileOpen) {
      await this.page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      await whileOpen();
    }
    await dialog.getByTestId('person-given-name').fill(person.givenName);
    await dialog.getByTestId('person-surname').fill(person.surname);
    await dialog.getByTestId('person-email').fill(person.email);
    if (person.login) await dialog.getByTestId('person-login').fill(person.login);
    if (person.department) await dialog.getByTestId('person-department').fill(person.department);
    await dialog.getByTestId('person-save').click();
    await dialog.waitFor({ state: 'detached' });
  }

  personOption(name: string): Locator {
    return this.page.getByTestId('wizard-person-options').getByRole('radio', { name: new RegExp(`^${escapeRegExp(name)}`) });
  }

  // Step 4: record

  get assignedOn(): Locator {
    return this.page.getByTestId('wizard-assigned-on');
  }

  get notes(): Locator {
    return this.page.getByTestId('wizard-notes');
  }

  get checkOk(): Locator {
    return this.page.getByTestId('wizard-check-ok');
  }

  get blocking(): Locator {
    return this.page.getByTestId('wizard-blocking');
  }

  get warnings(): Locator {
    return this.page.getByTestId('wizard-warnings');
  }

  // Step 5: verify

  get accountEnabled(): Locator {
    return this.page.getByTestId('wizard-account-enabled');
  }

  get hasMailbox(): Locator {
    return this.page.getByTestId('wizard-has-mailbox');
  }

  // Step 6: proof

  get recorded(): Locator {
    return this.page.getByTestId('wizard-recorded');
  }

  get attachButton(): Locator {
    return this.page.getByTestId('wizard-proof-attach');
  }

  get proofItems(): Locator {
    return this.page.getByTestId('wizard-panel-proof').getByTestId('proof-item');
  }

  /** Attaches the file the test queued in the bridge's fake dialog, and waits until it is listed. */
  async attachProof(fileName: string): Promise<void> {
    await this.attachButton.click();
    await this.proofItems.filter({ hasText: fileName }).waitFor();
  }

  // The checklist

  get checklist(): Locator {
    return this.page.getByTestId('wizard-checklist');
  }

  checklistPoint(id: ChecklistPointId): Locator {
    return this.page.getByTestId(`checklist-${id}`);
  }

  /** Every point's passed state, as the page marks it. */
  async checklistStates(): Promise<Record<string, boolean>> {
    const states: Record<string, boolean> = {};
    for (const item of await this.checklist.locator('[data-testid^="checklist-"]').all()) {
      const id = (await item.getAttribute('data-testid'))!.replace('checklist-', '');
      states[id] = (await item.getAttribute('data-passed')) === 'true';
    }
    return states;
  }

  async finish(): Promise<void> {
    await this.finishButton.click();
    await this.checklist.waitFor();
  }
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
