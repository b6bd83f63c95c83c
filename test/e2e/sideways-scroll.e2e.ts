import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invokeOk, useApp } from '../harness/app-fixture';
import { describeViolations, seriousAxeViolations, VIEWPORT } from '../harness/browser';
import { AppShell } from '../harness/pages/AppShell';
import { msg } from '../harness/messages';
import { PurchasesPage } from '../harness/pages/PurchasesPage';
import { RegisterPage } from '../harness/pages/RegisterPage';
import { ServersPage } from '../harness/pages/ServersPage';
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

const languagesAndWidths = [
  ['en', 1024],
  ['pl', 1024],
  ['en', 1280],
  ['pl', 1280],
] as const;

/**
 * Where an element's text wraps, as the characters either side of each line break ("FV/|2024"), read from
 * the rendered characters' boxes, and how far any character reaches past `bounds` (its table cell), in px.
 */
function wrapsOf(element: Element): { breaks: string[]; overflow: number } {
  const cell = element.closest('td')!.getBoundingClientRect();
  const breaks: string[] = [];
  let overflow = 0;
  let previous: { character: string; top: number } | null = null;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let i = 0; i < node.data.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getBoundingClientRect();
      overflow = Math.max(overflow, box.right - cell.right, cell.left - box.left);
      if (previous && box.top > previous.top + 2) breaks.push(`${previous.character}|${node.data[i]}`);
      previous = { character: node.data[i]!, top: box.top };
    }
  }
  return { breaks, overflow };
}

describe('the sample register’s Servers and Purchases tables at 1024 and 1280 px', () => {
  const app = useApp('tables-fit', { scope: 'describe' });

  /** The sample register open (once), in `language`, the window `width` px wide, on `screen`. */
  async function show(language: 'en' | 'pl', width: number, screen: 'servers' | 'purchases') {
    const page = app.page;
    const shell = new AppShell(page);
    if ((await shell.organization.textContent())?.includes('BudMax') !== true) {
      await page.getByTestId('nav-help').click();
      await page.getByTestId('help-open-sample').click();
      await shell.organization.filter({ hasText: 'BudMax' }).waitFor({ timeout: 30_000 });
    }
    if ((await shell.language()) !== language) await shell.switchLanguage(language);
    await page.setViewportSize({ width, height: VIEWPORT.height });
    await shell.goTo(screen);
    return page;
  }

  it.each(languagesAndWidths)('Servers in %s at %i px: every column shown, the actions in one line inside the table’s edge, no sideways scroll', async (language, width) => {
    const page = await show(language, width, 'servers');
    const servers = new ServersPage(page, language);
    await servers.row('EX-SE').waitFor();

    const frame = page.getByTestId('sideways-scroll');
    const scroller = frame.locator('> div');
    await expect.poll(() => scroller.evaluate((element) => element.scrollWidth - element.clientWidth), { timeout: 2000 }).toBeLessThanOrEqual(1);
    expect(await frame.getAttribute('data-more-right')).toBeNull();
    const edge = (await frame.boundingBox())!;
    for (const name of ['EX01', 'EX-SE']) {
      for (const button of [
        servers.row(name).getByRole('button', { name: msg(language, 'servers.markVerifiedFor', { name }) }),
        servers.row(name).getByRole('button', { name: msg(language, 'servers.editFor', { name }) }),
      ]) {
        const box = (await button.boundingBox())!;
        expect(box.x + box.width, `${name}: a button past the table’s edge`).toBeLessThanOrEqual(edge.x + edge.width);
        // One line: a wrapped label doubles the small button's 24 px height.
        expect(box.height).toBeLessThanOrEqual(32);
      }
    }
    // The action's name shows as a tooltip on keyboard focus too.
    await servers.row('EX01').getByRole('button', { name: msg(language, 'servers.markVerifiedFor', { name: 'EX01' }) }).focus();
    await page.getByRole('tooltip', { name: msg(language, 'servers.markVerified') }).waitFor();
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it.each(languagesAndWidths)('Purchases in %s at %i px: file names and document numbers wrap only after _ - . / and stay inside their cells', async (language, width) => {
    const page = await show(language, width, 'purchases');
    const purchases = new PurchasesPage(page, language);
    await purchases.row('CSP/2025/08/0042').waitFor();
    const texts = page.getByTestId('purchases-table').locator('[data-testid="proof-name"], [data-testid="purchase-document"]');
    expect(await texts.count()).toBeGreaterThanOrEqual(7);
    for (const text of await texts.all()) {
      const { breaks, overflow } = await text.evaluate(wrapsOf);
      const name = await text.textContent();
      for (const at of breaks) expect(at[0], `${name} wraps inside a word: ${at}`).toMatch(/[_\-./\s]/);
      expect(overflow, `${name} reaches past its cell`).toBeLessThanOrEqual(0.5);
    }
    // Copied or read, the name is as stored: the break opportunities are elements, not characters.
    expect(await purchases.row('CSP/2025/08/0042').getByTestId('proof-name').textContent()).toBe('potwierdzenie-subskrypcji.eml');
    expect(await purchases.row('CSP/2025/08/0042').getByTestId('purchase-document').textContent()).toBe('CSP/2025/08/0042');
    await expect.poll(() => page.getByTestId('sideways-scroll').getAttribute('data-more-right')).toBeNull();
  });
});
