import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invokeOk, useApp } from '../harness/app-fixture';
import { describeViolations, seriousAxeViolations, VIEWPORT } from '../harness/browser';
import { AppShell } from '../harness/pages/AppShell';
import { RegisterPage } from '../harness/pages/RegisterPage';
import { SCREENSHOT_DIR } from '../harness/screenshots';

describe('a wide table in a narrow window', () => {
  const app = useApp('sideways', { browser: 'blank' });

  it('shades the edge with more columns beyond it, and moves the shade as the table is scrolled to its end and back', async () => {
    await invokeOk(app.bridge, 'personSave', { givenName: 'Małgorzata', surname: 'Wiśniewska-Grzybowska', email: 'malgorzata.wisniewska-grzybowska@przyklad.pl', login: 'mwisniewska', department: 'Księgowość' });
    await invokeOk(app.bridge, 'personSave', { givenName: 'Jan', surname: 'Kowalski', email: 'j.kowalski@przyklad.pl', login: 'jkowalski' });
    const page = app.page;
    await page.setViewportSize({ width: 900, height: VIEWPORT.height });
    await app.open();
    const shell = new AppShell(page);
    await shell.goTo('register');
    await new RegisterPage(page).row('Jan Kowalski').waitFor();

    // The Register's frame: its table is wider than the room beside the navigation at 900 px.
    const frame = page.getByTestId('sideways-scroll');
    await page.locator('[data-more-right]').waitFor();
    const scroller = frame.locator('> div');
    const shade = (pseudo: '::before' | '::after') => frame.evaluate((element, which) => getComputedStyle(element, which).backgroundImage, pseudo);
    expect(await frame.getAttribute('data-more-left')).toBeNull();
    expect(await shade('::after')).toContain('linear-gradient');
    expect(await shade('::before')).toBe('none');
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'register-narrow-window.png'), animations: 'disabled', caret: 'hide' });

    // Scrolled to the end (the actions column): the shade is on the left only.
    await scroller.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await page.locator('[data-more-left]:not([data-more-right])').waitFor();
    expect(await shade('::before')).toContain('linear-gradient');
    expect(await shade('::after')).toBe('none');

    // Halfway: both edges.
    await scroller.evaluate((element) => element.scrollTo({ left: (element.scrollWidth - element.clientWidth) / 2 }));
    await page.locator('[data-more-left][data-more-right]').waitFor();

    // A window wide enough for every column: no shade at all, without a scroll to tell it.
    await page.setViewportSize({ width: 1600, height: VIEWPORT.height });
    await page.waitForFunction(() => document.querySelector('[data-more-left], [data-more-right]') === null);
  });
});
