import type { Locator, Page } from 'playwright-core';
import type { UiLanguage } from '../../../shared/i18n';
import { fillDate } from '../browser';
import { msg } from '../messages';

/** The Register screen: the virtualized people × CALs table, its search and filters, release and history. */
export class RegisterPage {
  constructor(
    readonly page: Page,
    readonly language: UiLanguage = 'en',
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: msg(this.language, 'nav.register') });
  }

  get table(): Locator {
    return this.page.getByTestId('people-table');
  }

  get rows(): Locator {
    return this.page.getByTestId('person-row');
  }

  /** The row of one person, found by any text it shows (name, e-mail, product, document). */
  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  get search(): Locator {
    return this.page.getByTestId('register-search');
  }

  /** The "Showing n of m people" line. */
  get count(): Locator {
    return this.page.getByTestId('register-count');
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  /** Opens the row's actions menu (named after the person). */
  async openActions(person: string): Promise<void> {
    await this.page.getByRole('button', { name: msg(this.language, 'register.actionsFor', { person }) }).click();
  }

  get releaseDialog(): Locator {
    return this.page.getByTestId('release-dialog');
  }

  /**
   * Release ▸ reason ▸ confirm: the two-stage confirmation before anything is written.
   * `beforeConfirm` runs while the confirmation question is shown.
   */
  async releaseCal(person: string, product: string, options: { releasedOn?: string; reason?: string; beforeConfirm?: () => Promise<void> } = {}): Promise<void> {
    await this.openActions(person);
    await this.page.getByRole('menuitem', { name: msg(this.language, 'register.releaseAction', { product }) }).click();
    const dialog = this.releaseDialog;
    await dialog.waitFor();
    if (options.releasedOn) await fillDate(dialog.getByTestId('release-date'), options.releasedOn);
    if (options.reason) await dialog.getByTestId('release-reason').selectOption(options.reason);
    await dialog.getByTestId('release-next').click();
    await dialog.getByTestId('release-confirm-text').waitFor();
    await options.beforeConfirm?.();
    await dialog.getByTestId('release-confirm').click();
    await dialog.waitFor({ state: 'detached' });
  }
}
