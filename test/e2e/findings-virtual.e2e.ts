import { beforeAll, describe, expect, it } from 'vitest';
import { seedVerifiedServer, useApp } from '../harness/app-fixture';
import { describeViolations, seriousAxeViolations } from '../harness/browser';
import { AppShell } from '../harness/pages/AppShell';
import { FindingsPage } from '../harness/pages/FindingsPage';
import { ImportPage } from '../harness/pages/ImportPage';
import { saveScreenshot } from '../harness/screenshots';
import { writeSampleExports, type SamplePerson } from './ps51-exports';

/** User mailboxes without a CAL: each one is a finding, so the Findings list is long. */
const mailboxCount = 2_000;
const people: SamplePerson[] = Array.from({ length: mailboxCount }, (_, i) => ({
  given: 'Osoba',
  surname: `Numer ${i}`,
  login: `osoba${String(i).padStart(4, '0')}`,
  type: 'UserMailbox',
  enabled: true,
  department: 'Sprzedaż',
}));

describe('a long Findings list in Chromium', () => {
  const app = useApp('findings-virtual', {
    scope: 'describe',
    seed: async ({ bridge }) => {
      await seedVerifiedServer(bridge, 'Anna Admin');
    },
  });
  let findings: FindingsPage;
  let rowCount: number;

  beforeAll(async () => {
    const shell = new AppShell(app.page);
    const files = await writeSampleExports(app.dataDir, people);
    await shell.goTo('import');
    app.bridge.dialogs.nextFiles([files.mailboxes, files.adUsers]);
    const importPage = new ImportPage(app.page);
    await importPage.chooseFiles();
    await importPage.commit();
    await shell.goTo('findings');
    findings = new FindingsPage(app.page);
    await findings.rows.first().waitFor();
    rowCount = Number(await findings.table.getAttribute('aria-rowcount'));
  }, 120_000);

  it('keeps only a window of the findings in the page, with aria-rowcount counting all of them and the header', async () => {
    expect(rowCount).toBeGreaterThan(mailboxCount);
    expect(await findings.rowsOf('mailbox-without-cal').count()).toBeGreaterThan(0);
    expect(await findings.rows.count()).toBeLessThan(40);
    expect(await findings.rows.first().getAttribute('aria-rowindex')).toBe('2');
  });

  it('the header columns sit over the row cells', async () => {
    const headers = await findings.table.getByRole('columnheader').evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().left)));
    const cells = await findings.rows.first().getByRole('cell').evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().left)));
    expect(cells).toEqual(headers);
  });

  it('the list takes keyboard focus with a visible ring, End scrolls it to the last finding, and the screen stays axe-clean', async () => {
    const scroller = app.page.getByTestId('findings-scroller');
    await findings.rows.first().getByRole('button').focus();
    await app.page.keyboard.press('Shift+Tab');
    expect(await scroller.evaluate((el) => el === document.activeElement)).toBe(true);
    // The ring is the frame's ::after, drawn over the rows.
    expect(await scroller.evaluate((el) => getComputedStyle(el.parentElement!, '::after').outlineStyle)).toBe('solid');
    await app.page.keyboard.press('End');

    const last = app.page.locator(`[data-testid="finding-row"][aria-rowindex="${rowCount}"]`);
    await last.waitFor();
    await expect.poll(() => last.evaluate((row) => row.getBoundingClientRect().bottom <= row.closest('[data-testid="findings-scroller"]')!.getBoundingClientRect().bottom + 1)).toBe(true);
    expect(await findings.rows.count()).toBeLessThan(40);
    await saveScreenshot(app.page, 'findings-long-end-en');
    const violations = await seriousAxeViolations(app.page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('Tab walks the fix buttons past the first screenful, scrolling each into view', async () => {
    const scroller = app.page.getByTestId('findings-scroller');
    await scroller.focus();
    await app.page.keyboard.press('Home');
    await app.page.locator('[data-testid="finding-row"][aria-rowindex="2"]').waitFor();
    for (let i = 0; i < 12; i++) await app.page.keyboard.press('Tab');

    const focused = await app.page.evaluate(() => {
      const button = document.activeElement as HTMLElement;
      const row = button.closest<HTMLElement>('[data-testid="finding-row"]');
      const box = button.getBoundingClientRect();
      const view = document.querySelector('[data-testid="findings-scroller"]')!.getBoundingClientRect();
      return { tag: button.tagName, rowIndex: Number(row?.getAttribute('aria-rowindex')), inView: box.top >= view.top - 1 && box.bottom <= view.bottom + 1 };
    });
    expect(focused.tag).toBe('BUTTON');
    expect(focused.rowIndex).toBeGreaterThan(10);
    expect(focused.inView).toBe(true);
    await saveScreenshot(app.page, 'findings-long-tab-en');
  });
});
