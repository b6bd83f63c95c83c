import type { Locator, Page } from 'playwright-core';
import type { UiLanguage } from '../../../shared/i18n';
import { msg } from '../messages';

/** The Servers screen: each server's version, activation and verification, and the commands to copy. */
export class ServersPage {
  constructor(
    readonly page: Page,
    readonly language: UiLanguage = 'en',
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: msg(this.language, 'nav.servers') });
  }

  get table(): Locator {
    return this.page.getByTestId('servers-table');
  }

  row(name: string): Locator {
    return this.page.getByTestId(`server-row-${name}`);
  }

  activation(name: string): Locator {
    return this.row(name).getByTestId('server-activation-status');
  }
}
