import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { invokeOk, useApp } from '../harness/app-fixture';
import { reloadApp } from '../harness/browser';
import { msg } from '../harness/messages';
import { AppShell } from '../harness/pages/AppShell';

/** What has focus: "BODY" when nothing does, else the tag and the test id or text. */
const active = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'BODY';
    return `${element.tagName} ${element.getAttribute('data-testid') ?? element.textContent?.trim().slice(0, 40)}`;
  });

/** Waits for focus to leave the page body, then says where it is. */
async function focusAfter(page: Page): Promise<string> {
  await page.waitForFunction(() => document.activeElement !== null && document.activeElement !== document.body, undefined, { timeout: 5_000 }).catch(() => undefined);
  return active(page);
}

// Found in review: with the control that had focus gone, focus fell to the page body, and the keyboard started again at the top.
describe('focus when the control that had it is gone (app/useFocusRescue.ts)', () => {
  const app = useApp('focus-rescue');

  it('a button that opens another screen leaves focus on that screen\'s title', async () => {
    const page = app.page;
    await invokeOk(app.bridge, 'personSave', { givenName: 'Anna', surname: 'Nowak', email: 'a.nowak@przyklad.pl' });
    await reloadApp(page);
    const shell = new AppShell(page);
    await shell.goTo('register');
    await page.getByTestId('person-row').first().waitFor();
    await page.getByTestId('register-assign').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="nav-assign"][aria-current="page"]').waitFor();
    expect(await focusAfter(page)).toBe(`H1 ${msg('en', 'nav.assign')}`);
    // And the keyboard goes on from there, into the screen.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement))).toBe(true);

    await shell.goTo('overview');
    const next = page.getByTestId('next-actions').getByRole('button').first();
    await next.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="nav-overview"][aria-current="page"]').waitFor({ state: 'detached' });
    expect(await focusAfter(page)).toMatch(/^H1 /);
  });

  it('voiding a purchase whose row then goes leaves focus in the purchases table, not on the page body', async () => {
    const page = app.page;
    await invokeOk(app.bridge, 'purchaseSave', { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2026-11-01', document: 'FV/KEEP' });
    await invokeOk(app.bridge, 'purchaseSave', { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2026-11-02', document: 'FV/VOID' });
    await reloadApp(page);
    const shell = new AppShell(page);
    await shell.goTo('purchases');
    await page.getByTestId('purchase-row-FV/VOID').getByRole('button').last().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem').last().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('void-reason').waitFor();
    await page.keyboard.type('wpisany przez pomyłkę');
    await page.getByTestId('void-purchase-dialog').getByRole('button', { name: msg('en', 'purchases.void.confirm') }).click();
    await page.getByTestId('void-purchase-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('purchase-row-FV/VOID').waitFor({ state: 'detached' });
    const where = await focusAfter(page);
    expect(where).not.toBe('BODY');
    expect(await page.evaluate(() => document.activeElement?.closest('table') !== null)).toBe(true);
  });

  // Found in review: rows a virtual list let go of as they were scrolled away were "rescued" to a row out of view, and a
  // control left long before (by the navigation, by a click on empty space) pulled focus to the title at the next change.
  it('scrolling the virtual Register list with a row button focused leaves focus alone: no row out of view takes it', async () => {
    const page = app.page;
    for (let i = 0; i < 150; i++) await invokeOk(app.bridge, 'personSave', { givenName: 'Osoba', surname: `N${String(i).padStart(3, '0')}`, email: `o${i}@przyklad.pl` });
    await reloadApp(page);
    const shell = new AppShell(page);
    await shell.goTo('register');
    await page.getByTestId('person-row').first().getByRole('button').last().focus();
    const box = await page.getByTestId('people-table').boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    for (let k = 0; k < 8; k++) {
      await page.mouse.wheel(0, 1500);
      await page.waitForTimeout(100);
    }
    expect(await active(page)).toBe('BODY');
    await page.keyboard.press('Enter');
    expect(await page.locator('[role="menu"]').count()).toBe(0);
  });

  it('a control left for the navigation and then removed with its screen does not pull focus back later', async () => {
    const page = app.page;
    await invokeOk(app.bridge, 'personSave', { givenName: 'Anna', surname: 'Nowak', email: 'a.nowak@przyklad.pl' });
    await reloadApp(page);
    const shell = new AppShell(page);
    await shell.goTo('overview');
    await page.getByTestId('next-actions').getByRole('button').first().focus();
    await shell.goTo('register');
    await page.getByTestId('person-row').first().waitFor();
    // A click on empty space in the navigation pane: focus on the page body, on purpose.
    const nav = await page.getByRole('navigation').first().boundingBox();
    await page.mouse.click(nav!.x + 10, nav!.y + nav!.height - 10);
    expect(await active(page)).toBe('BODY');
    await page.evaluate(() => document.body.appendChild(document.createElement('div')));
    await page.waitForTimeout(200);
    expect(await active(page)).toBe('BODY');
  });
});
