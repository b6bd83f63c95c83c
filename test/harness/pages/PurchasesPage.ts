import type { Locator, Page } from 'playwright-core';
import type { UiLanguage } from '../../../shared/i18n';
import { msg } from '../messages';

/** A message with i18next plural forms (`key_one`, `key_few`…), picked as the renderer picks them. */
export function pluralMsg(language: UiLanguage, key: string, count: number, params: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(language).select(count);
  return msg(language, `${key}_${form}`, { count, ...params });
}

/** The Purchases & proof screen: lots with seats used/free, their proof files and each row's actions. */
export class PurchasesPage {
  constructor(
    readonly page: Page,
    readonly language: UiLanguage = 'en',
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: msg(this.language, 'nav.purchases') });
  }

  get table(): Locator {
    return this.page.getByTestId('purchases-table');
  }

  /** A lot's row, by its invoice or order number. */
  row(document: string): Locator {
    return this.page.getByTestId(`purchase-row-${document}`);
  }

  seats(document: string): Locator {
    return this.row(document).getByTestId('purchase-seats');
  }

  free(document: string): Locator {
    return this.row(document).getByTestId('purchase-free');
  }

  /** The "n of m assigned" and "k free" texts the row must show. */
  seatTexts(used: number, quantity: number): { seats: string; free: string } {
    const free = quantity - used;
    return {
      seats: msg(this.language, 'purchases.seatsUsed', { used, quantity }),
      free: pluralMsg(this.language, 'purchases.seatsFree', free, { formatted: free }),
    };
  }

  proofItems(document: string): Locator {
    return this.row(document).getByTestId('proof-item');
  }

  /** Opens the row's actions menu, named after the product and document. */
  async openActions(product: string, document: string): Promise<void> {
    await this.page.getByRole('button', { name: msg(this.language, 'purchases.actionsFor', { name: product, document }) }).click();
  }

  /** Row menu ▸ Void purchase…; resolves once the dialog is open. */
  async openVoidDialog(product: string, document: string): Promise<Locator> {
    await this.openActions(product, document);
    await this.page.getByRole('menuitem', { name: msg(this.language, 'purchases.voidAction') }).click();
    const dialog = this.voidDialog;
    await dialog.waitFor();
    return dialog;
  }

  get voidDialog(): Locator {
    return this.page.getByTestId('void-purchase-dialog');
  }

  /** A proof's Remove button in a lot's row, named after the file. */
  removeProofButton(document: string, fileName: string): Locator {
    return this.row(document).getByRole('button', { name: msg(this.language, 'purchases.proof.removeNamed', { name: fileName }) });
  }

  /** The confirmation a proof's Remove opens, by its role and title. */
  get removeProofDialog(): Locator {
    return this.page.getByRole('alertdialog', { name: msg(this.language, 'purchases.removeProof.title') });
  }
}
