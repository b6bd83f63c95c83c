import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../harness/bridge';
import { gotoApp, launchApp, type AppBrowser } from '../harness/browser';
import { AppShell } from '../harness/pages/AppShell';
import { ExportPage } from '../harness/pages/ExportPage';

describe('export of the audit workbook from the Export screen', () => {
  let dataDir: string;
  let bridge: Bridge;
  let app: AppBrowser;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cal-e2e-export-'));
    bridge = await startBridge({ dataDir });
    const saved = await bridge.core.invoke('purchaseSave', { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document: 'FV/2024/03/17' });
    expect(saved.ok).toBe(true);
    app = await launchApp();
    await gotoApp(app.page, bridge.url);
  });

  afterEach(async () => {
    try {
      app.assertNoProblems();
    } finally {
      await app.close();
      await bridge.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('writes a Polish workbook with the chosen sheets through the save dialog and shows it in its folder', async () => {
    const shell = new AppShell(app.page);
    const exportPage = new ExportPage(app.page);
    const out = join(dataDir, 'audyt.xlsx');
    await shell.goTo('export');
    await exportPage.heading.waitFor();

    await exportPage.workbookLanguage('pl');
    await exportPage.preparedBy.fill('Anna Nowak');
    await exportPage.asOf.fill('2026-11-20');
    await exportPage.sheet('history').uncheck();
    await exportPage.sheet('checklist').uncheck();
    bridge.dialogs.nextSavePath(out);
    await exportPage.save();
    await exportPage.done.waitFor();

    expect((await stat(out)).size).toBeGreaterThan(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Podsumowanie', 'Rejestr', 'Zakupy i dowody', 'Serwery', 'Ustalenia']);
    expect(await exportPage.done.textContent()).toContain('audyt.xlsx');
    const call = bridge.calls.find((c) => c.channel === 'exportWorkbook');
    expect(call?.input).toEqual({ lang: 'pl', preparedBy: 'Anna Nowak', asOf: '2026-11-20', sheets: ['summary', 'register', 'purchases', 'servers', 'findings'] });

    await exportPage.showInFolder();
    await expect.poll(() => bridge.dialogs.shownInFolder).toEqual([out]);
  });

  it('a cancelled save dialog writes nothing and shows no error', async () => {
    const shell = new AppShell(app.page);
    const exportPage = new ExportPage(app.page);
    await shell.goTo('export');

    await exportPage.save();

    await expect.poll(() => bridge.dialogs.asked.filter((a) => a.dialog === 'save').length).toBe(1);
    expect(await app.page.getByTestId('export-failed').count()).toBe(0);
    expect(await exportPage.done.count()).toBe(0);
  });
});
