import type { Locator, Page } from 'playwright-core';
import type { UiLanguage } from '../../../shared/i18n';
import { msg } from '../messages';

/** The Import screen: choose files (the fake dialog answers), sheets read, the preview of changes, commit. */
export class ImportPage {
  constructor(
    readonly page: Page,
    readonly language: UiLanguage = 'en',
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: msg(this.language, 'nav.import') });
  }

  /** "Choose files…"; the bridge's FakeDialogs must have files queued. Waits for the preview. */
  async chooseFiles(): Promise<void> {
    await this.page.getByRole('button', { name: msg(this.language, 'importScreen.choose') }).click();
    await this.preview.waitFor();
  }

  get preview(): Locator {
    return this.page.getByTestId('import-preview');
  }

  /** The card of one file's sheet (CSV files have one, named after the file). */
  sheet(fileName: string): Locator {
    return this.page.getByTestId('import-sheet').filter({ has: this.page.getByRole('heading', { name: fileName }) });
  }

  async sheetKind(fileName: string): Promise<string> {
    return (await this.sheet(fileName).getByTestId('import-sheet-kind').textContent()) ?? '';
  }

  /** A preview section (newPeople, updatedPeople, missingPeople, servers, purchases, assignments, ambiguous). */
  section(id: string): Locator {
    return this.page.getByTestId(`import-section-${id}`);
  }

  async sectionCount(id: string): Promise<number> {
    return Number(await this.section(id).getAttribute('data-count'));
  }

  /** The tick box that keeps one change in the import, by the name shown on it. */
  includeBox(name: string): Locator {
    return this.page.getByRole('checkbox', { name: msg(this.language, 'importScreen.preview.include', { name }) });
  }

  get commitButton(): Locator {
    return this.page.getByTestId('import-commit');
  }

  /** Presses the commit button, confirms in the dialog (running `whileConfirming` first) and waits for the success message. */
  async commit(whileConfirming?: () => Promise<void>): Promise<void> {
    await this.commitButton.click();
    const confirm = this.page.getByRole('alertdialog', { name: msg(this.language, 'importScreen.commit.confirmTitle') });
    await confirm.waitFor();
    if (whileConfirming) {
      await this.page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      await whileConfirming();
    }
    await confirm.getByRole('button', { name: msg(this.language, 'importScreen.commit.confirm'), exact: true }).click();
    await this.done.waitFor();
  }

  get done(): Locator {
    return this.page.getByTestId('import-done');
  }

  async openRegister(): Promise<void> {
    await this.done.getByRole('button', { name: msg(this.language, 'importScreen.done.openRegister') }).click();
  }
}
