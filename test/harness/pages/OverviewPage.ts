import type { Locator, Page } from 'playwright-core';
import type { UiLanguage } from '../../../shared/i18n';
import { msg } from '../messages';

export type CountKey = 'servers' | 'purchases' | 'people' | 'activeAssignments' | 'proofs' | 'auditEvents';

/** The Overview screen: register summary, counts, organization form, or the problem state. */
export class OverviewPage {
  constructor(readonly page: Page) {}

  heading(language: UiLanguage): Locator {
    return this.page.getByRole('heading', { name: msg(language, 'overview.title'), level: 1 });
  }

  /** A fact of the register summary card: organization, tax-id, folder, schema-version. */
  summary(fact: 'organization' | 'tax-id' | 'folder' | 'schema-version'): Locator {
    return this.page.getByTestId(`register-${fact}`);
  }

  /** The number shown on one count tile. */
  async count(key: CountKey): Promise<number> {
    const text = await this.page.getByTestId(`count-${key}`).locator('span').first().textContent();
    return Number((text ?? '').replace(/[^\d]/g, ''));
  }

  get organizationName(): Locator {
    return this.page.getByTestId('org-name');
  }

  get taxId(): Locator {
    return this.page.getByTestId('org-tax-id');
  }

  /** Replaces the organization name, saves, and waits for the saved confirmation. */
  async saveOrganizationName(name: string): Promise<void> {
    await this.organizationName.fill(name);
    await this.page.getByTestId('org-save').click();
    await this.page.getByTestId('org-saved').waitFor();
  }

  get problem(): Locator {
    return this.page.getByTestId('register-problem');
  }

  /** The line that names where the damaged file was moved. */
  get movedTo(): Locator {
    return this.page.getByTestId('register-moved-to');
  }

  get backupList(): Locator {
    return this.page.getByTestId('backup-list');
  }
}
