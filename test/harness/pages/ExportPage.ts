import type { Locator, Page } from 'playwright-core';
import type { SheetId } from '../../../shared/export/types';
import type { UiLanguage } from '../../../shared/i18n';
import { msg } from '../messages';

/** The Export screen: workbook options, "Save workbook…" (the fake save dialog answers), progress and result. */
export class ExportPage {
  constructor(
    readonly page: Page,
    readonly language: UiLanguage = 'en',
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: msg(this.language, 'nav.export') });
  }

  /** Picks the workbook language (each language is named in the UI language's catalog). */
  async workbookLanguage(lang: UiLanguage): Promise<void> {
    await this.page.getByRole('radio', { name: msg(this.language, `languages.${lang}`) }).check();
  }

  get preparedBy(): Locator {
    return this.page.getByRole('textbox', { name: msg(this.language, 'exportScreen.preparedBy') });
  }

  get asOf(): Locator {
    return this.page.getByTestId('export-as-of');
  }

  sheet(id: SheetId): Locator {
    // Fluent puts the test id on the checkbox input itself.
    return this.page.getByTestId(`export-sheet-${id}`);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: msg(this.language, 'exportScreen.save') }).click();
  }

  get done(): Locator {
    return this.page.getByTestId('export-done');
  }

  async showInFolder(): Promise<void> {
    await this.done.getByRole('button', { name: msg(this.language, 'exportScreen.showInFolder') }).click();
  }
}
