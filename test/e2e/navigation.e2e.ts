import { describe, expect, it } from 'vitest';
import { invokeOk, useApp } from '../harness/app-fixture';
import { describeViolations, focusedTestId, reloadApp, seriousAxeViolations } from '../harness/browser';
import { msg } from '../harness/messages';
import { AppShell, screenIds } from '../harness/pages/AppShell';

describe('navigation between the eight screens', () => {
  const app = useApp('nav');

  it.each(['en', 'pl'] as const)('every screen opens from the navigation with one title and no serious accessibility violations (%s)', async (language) => {
    const shell = new AppShell(app.page);
    if (language !== 'en') await shell.switchLanguage(language);
    const failures: string[] = [];
    for (const screen of screenIds) {
      await shell.goTo(screen);
      await shell.navigation(language).getByText(msg(language, `nav.${screen}`), { exact: true }).waitFor();
      await shell.screenHeading.waitFor();
      expect(await shell.screenHeading.count(), `${screen} has one h1`).toBe(1);
      const violations = await seriousAxeViolations(app.page);
      if (violations.length) failures.push(`${screen}:\n${describeViolations(violations)}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('the first Tab shows a skip link that moves the keyboard past the title bar and the navigation, into the screen', async () => {
    const page = app.page;
    // A fresh window: the first Tab starts at the top of the page.
    await page.reload();
    await page.locator('body[data-app-state="loaded"]').waitFor();
    await new AppShell(page).screenHeading.waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByTestId('skip-to-content');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const language = (await page.evaluate(() => document.documentElement.lang)) === 'pl' ? 'pl' : 'en';
    expect(await skip.textContent()).toBe(msg(language, 'app.skipToContent'));
    // Visible while focused: inside the window, not parked above it.
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    // The next stop is the screen's own first control, inside <main>.
    expect(await page.evaluate(() => document.getElementById('main')!.contains(document.activeElement) && document.activeElement!.id !== 'main')).toBe(true);
  });

  // Found in review: Fluent's list remembered the item the arrow keys last reached, so Tab came back to an item never
  // opened, or to the screen before a button inside a screen changed it.
  it('Tab into the navigation lands on the screen shown, not on the item the arrow keys last reached; arrows move, Enter and Space open', async () => {
    const page = app.page;
    await invokeOk(app.bridge, 'personSave', { givenName: 'Anna', surname: 'Nowak', email: 'a.nowak@przyklad.pl' });
    await reloadApp(page);
    const shell = new AppShell(page);
    const current = () => page.locator('[data-testid^="nav-"][aria-current="page"]').getAttribute('data-testid');
    const inNavigation = () => page.evaluate(() => document.querySelector('nav')!.contains(document.activeElement));

    // From the title bar's last control, Tab enters at the screen shown.
    await page.getByTestId('language-menu').focus();
    await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('nav-overview');
    // The arrows move without opening.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedTestId(page)).toBe('nav-register');
    expect(await current()).toBe('nav-overview');
    // Tab away (a bounded walk, so a stuck focus fails fast) and back: the screen shown, not Register.
    for (let i = 0; i < 12 && (await inNavigation()); i++) await page.keyboard.press('Tab');
    expect(await inNavigation()).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedTestId(page)).toBe('nav-overview');

    // Enter opens the item the arrows reached.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(current).toBe('nav-register');
    await shell.screenHeading.filter({ hasText: msg('en', 'nav.register') }).waitFor();
    // A button inside the screen changes it: the navigation follows, Shift+Tab from the new title lands on Assign.
    await page.getByTestId('register-assign').focus();
    await page.keyboard.press('Enter');
    await expect.poll(current).toBe('nav-assign');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedTestId(page)).toBe('nav-assign');

    // Space opens too; one Tab leaves the navigation for the screen (one Tab stop), Shift+Tab comes back to it.
    await page.keyboard.press('ArrowUp');
    expect(await focusedTestId(page)).toBe('nav-overview');
    await page.keyboard.press('Space');
    await expect.poll(current).toBe('nav-overview');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.getElementById('main')!.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedTestId(page)).toBe('nav-overview');
  });
});
