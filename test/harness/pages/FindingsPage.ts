import type { Locator, Page } from 'playwright-core';
import type { UiLanguage } from '../../../shared/i18n';
import type { RuleId, Severity } from '../../../shared/licensing/types';
import { msg } from '../messages';

/** The Findings screen: filters, the findings table and each finding's fix. */
export class FindingsPage {
  constructor(
    readonly page: Page,
    readonly language: UiLanguage = 'en',
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: msg(this.language, 'nav.findings') });
  }

  get table(): Locator {
    return this.page.getByTestId('findings-table');
  }

  get rows(): Locator {
    return this.page.getByTestId('finding-row');
  }

  /** Rows of one rule, optionally about one subject. */
  rowsOf(rule: RuleId, subject?: string): Locator {
    const rows = this.page.locator(`[data-testid="finding-row"][data-rule="${rule}"]`);
    return subject ? rows.filter({ hasText: subject }) : rows;
  }

  async filterSeverity(severity: Severity | 'all'): Promise<void> {
    await this.page.getByRole('combobox', { name: msg(this.language, 'findings.filters.severity') }).selectOption(severity);
  }

  async filterRule(rule: RuleId | 'all'): Promise<void> {
    await this.page.getByRole('combobox', { name: msg(this.language, 'findings.filters.rule') }).selectOption(rule);
  }

  async exportFindings(): Promise<void> {
    await this.page.getByRole('button', { name: msg(this.language, 'findings.exportFindings') }).click();
  }
}
