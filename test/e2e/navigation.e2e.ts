import { describe, expect, it } from 'vitest';
import { useApp } from '../harness/app-fixture';
import { describeViolations, seriousAxeViolations } from '../harness/browser';
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
});
