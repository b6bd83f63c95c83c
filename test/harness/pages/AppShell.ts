import type { Locator, Page } from 'playwright-core';
import type { UiLanguage } from '../../../shared/i18n';
import { msg } from '../messages';

export const screenIds = ['overview', 'assign', 'register', 'purchases', 'servers', 'import', 'findings', 'export'] as const;
export type ScreenId = (typeof screenIds)[number];

/** The frame around every screen: top bar (File menu, organization, language) and the navigation. */
export class AppShell {
  constructor(readonly page: Page) {}

  /** The language the renderer says it shows (`<html lang>`). */
  async language(): Promise<UiLanguage> {
    return (await this.page.locator('html').getAttribute('lang')) === 'pl' ? 'pl' : 'en';
  }

  get banner(): Locator {
    return this.page.getByRole('banner');
  }

  /** The organization name shown in the top bar. */
  get organization(): Locator {
    return this.page.getByTestId('topbar-organization');
  }

  navigation(language: UiLanguage): Locator {
    return this.page.getByRole('navigation', { name: msg(language, 'nav.label') });
  }

  navItem(screen: ScreenId): Locator {
    return this.page.getByTestId(`nav-${screen}`);
  }

  /** The current screen's title (its one h1). */
  get screenHeading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async goTo(screen: ScreenId): Promise<void> {
    await this.navItem(screen).click();
    await this.page.locator(`[data-testid="nav-${screen}"][aria-current="page"]`).waitFor();
  }

  /** Picks a language from the language menu and waits until the page is shown in it. */
  async switchLanguage(language: UiLanguage): Promise<void> {
    await this.page.getByTestId('language-menu').click();
    // Each language is named in itself, so the item's name does not depend on the current language.
    await this.page.getByRole('menuitemradio', { name: msg(language, `languages.${language}`) }).click();
    await this.page.locator(`html[lang="${language}"]`).waitFor();
    await this.page.getByTestId('language-menu').filter({ hasText: msg(language, `languages.${language}`) }).waitFor();
  }

  get fileMenu(): Locator {
    return this.page.getByTestId('file-menu');
  }

  /** File ▸ Open register… (the folder comes from the bridge's fake dialog). */
  async fileOpen(): Promise<void> {
    await this.fileMenu.click();
    await this.page.getByTestId('file-open').click();
  }

  /** File ▸ New register… (the folder comes from the bridge's fake dialog). */
  async fileNew(): Promise<void> {
    await this.fileMenu.click();
    await this.page.getByTestId('file-new').click();
  }

  /** The shell's error bar (a failed open, new, language change…). */
  get error(): Locator {
    return this.page.getByTestId('app-error');
  }
}
