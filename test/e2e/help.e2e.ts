import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from '../harness/app-fixture';
import { describeViolations, seriousAxeViolations } from '../harness/browser';
import { msg } from '../harness/messages';
import { AppShell } from '../harness/pages/AppShell';

/** Every screen of the navigation, Help included (the shared page object lists the eight). */
const allScreens = ['overview', 'assign', 'register', 'purchases', 'servers', 'import', 'findings', 'export', 'help'] as const;

async function goTo(page: Page, screen: (typeof allScreens)[number]): Promise<void> {
  await page.getByTestId(`nav-${screen}`).click();
  await page.locator(`[data-testid="nav-${screen}"][aria-current="page"]`).waitFor();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

async function axeFailures(page: Page, where: string, options: { forcedColors?: boolean } = {}): Promise<string[]> {
  // Under forced colors the user's OS palette, not the page, decides contrast; axe cannot judge it.
  const violations = (await seriousAxeViolations(page)).filter((v) => !(options.forcedColors && v.id === 'color-contrast'));
  return violations.length ? [`${where}:\n${describeViolations(violations)}`] : [];
}

/** True when the focused element draws a focus indicator (outline, Fluent's ::after ring, or a link's double underline). */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const own = getComputedStyle(el);
    if (own.outlineStyle !== 'none' && parseFloat(own.outlineWidth) > 0) return true;
    if (own.boxShadow && own.boxShadow !== 'none') return true;
    if (own.textDecorationLine.includes('underline') && own.textDecorationStyle === 'double') return true;
    const ring = getComputedStyle(el, '::after');
    return (ring.borderStyle !== 'none' && parseFloat(ring.borderTopWidth) > 0) || (ring.outlineStyle !== 'none' && parseFloat(ring.outlineWidth) > 0);
  });
}

describe('help, sample register and accessibility', () => {
  const app = useApp('help');

  it.each(['en', 'pl'] as const)('the help page has one title, every section, and no serious accessibility violations (%s)', async (language) => {
    const shell = new AppShell(app.page);
    if (language !== 'en') await shell.switchLanguage(language);
    await goTo(app.page, 'help');
    expect(await app.page.getByRole('heading', { level: 1 }).textContent()).toBe(msg(language, 'help.title'));
    expect(await app.page.locator('section[id^="help-"]').count()).toBe(9);
    // The keys nothing else lists (the menu's Ctrl+N and Ctrl+O, the date fields', the row menus', the navigation's arrows), one row each.
    const keyboard = app.page.getByTestId('help-keyboard');
    expect(await keyboard.getByRole('heading', { level: 2 }).textContent()).toBe(msg(language, 'help.keyboard.title'));
    expect(await keyboard.getByRole('row').count()).toBe(10);
    expect(await keyboard.textContent()).toContain('Ctrl+O');
    await keyboard.screenshot({ path: `test/.artifacts/screenshots/help-keyboard-${language}.png` });
    expect(await axeFailures(app.page, `help (${language})`)).toEqual([]);
  });

  it('a contents link is reached with the keyboard, shows its focus, and Enter moves to the section', async () => {
    await goTo(app.page, 'help');
    await app.page.getByRole('link', { name: 'Proof of license' }).focus();
    await app.page.keyboard.press('Shift+Tab');
    await app.page.keyboard.press('Tab');
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Proof of license');
    expect(await focusIsVisible(app.page)).toBe(true);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.id)).toBe('help-proof-title');
  });

  it('with Windows high contrast (forced colors) the app switches to the high-contrast theme and stays axe-clean', async () => {
    await app.page.emulateMedia({ forcedColors: 'active' });
    const background = () => app.page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).getPropertyValue('--colorNeutralBackground1').trim().toLowerCase());
    // teamsHighContrastTheme paints the page black; the light theme white.
    await expect.poll(background).toBe('#000000');
    const failures: string[] = [];
    for (const screen of ['overview', 'help'] as const) {
      await goTo(app.page, screen);
      failures.push(...(await axeFailures(app.page, `${screen} (forced colors)`, { forcedColors: true })));
    }
    expect(failures).toEqual([]);
    await app.page.emulateMedia({ forcedColors: 'none' });
    await expect.poll(background).toBe('#ffffff');
  });

  it('Open the sample register fills every screen, and each one stays free of serious accessibility violations, dialogs included', async () => {
    await goTo(app.page, 'help');
    await app.page.getByTestId('help-open-sample').click();
    await app.page.locator('[data-testid="nav-overview"][aria-current="page"]').waitFor({ timeout: 30_000 });
    await app.page.getByTestId('topbar-organization').filter({ hasText: 'BudMax' }).waitFor();
    const failures: string[] = [];
    for (const screen of allScreens) {
      await goTo(app.page, screen);
      await app.page.waitForLoadState('networkidle');
      failures.push(...(await axeFailures(app.page, `${screen} (sample)`)));
    }
    const dialogs: [string, string, string][] = [
      ['purchases', 'purchase-add', 'purchase-dialog'],
      ['servers', 'server-add', 'server-dialog'],
    ];
    for (const [screen, opener, dialog] of dialogs) {
      await goTo(app.page, screen as (typeof allScreens)[number]);
      await app.page.getByTestId(opener).click();
      await app.page.getByTestId(dialog).waitFor();
      // Judge the dialog as shown, not half-way through its fade-in.
      await app.page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      failures.push(...(await axeFailures(app.page, `${dialog} (sample)`)));
      await app.page.keyboard.press('Escape');
      await app.page.getByTestId(dialog).waitFor({ state: 'detached' });
    }
    // A person's history, opened from the first row's actions menu in the Register.
    await goTo(app.page, 'register');
    await app.page.getByTestId('person-row').first().getByRole('button', { name: /^Actions for / }).click();
    await app.page.getByRole('menuitem', { name: 'History' }).click();
    await app.page.getByTestId('history-dialog').waitFor();
    await app.page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    failures.push(...(await axeFailures(app.page, 'history-dialog (sample)')));
    await app.page.keyboard.press('Escape');
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
