import type { Locator, Page } from 'playwright-core';
import type { UiLanguage } from '../../../shared/i18n';
import type { Severity, SuggestedFix } from '../../../shared/licensing/types';
import { msg } from '../messages';

/** The compliance part of the Overview: position per product, open findings, servers, last import, next actions. */
export class ComplianceDashboard {
  constructor(
    readonly page: Page,
    readonly language: UiLanguage = 'en',
  ) {}

  get card(): Locator {
    return this.page.getByTestId('compliance-dashboard');
  }

  /** The text status of a product ("Shortfall: 2", "Surplus: 3", "Covered"). */
  positionStatus(productId: string): Locator {
    return this.page.getByTestId(`position-${productId}`).getByTestId('position-status');
  }

  positionNumber(productId: string, which: 'purchased' | 'required' | 'assigned'): Locator {
    return this.page.getByTestId(`position-${productId}`).getByTestId(`position-${which}`);
  }

  severityCount(severity: Severity): Locator {
    return this.page.getByTestId(`open-findings-${severity}`);
  }

  nextAction(fix: SuggestedFix): Locator {
    return this.page.getByTestId(`next-action-${fix}`);
  }

  /** Follows a "what to do next" action to the screen where the fix is made. */
  async follow(fix: SuggestedFix): Promise<void> {
    await this.nextAction(fix).getByRole('button', { name: msg(this.language, `findings.fixes.${fix}`) }).click();
  }

  get lastImport(): Locator {
    return this.page.getByTestId('last-import');
  }

  get countSharedMailboxes(): Locator {
    return this.page.getByRole('switch', { name: msg(this.language, 'compliance.shared.label') });
  }
}
