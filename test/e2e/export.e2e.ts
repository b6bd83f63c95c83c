import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useApp } from '../harness/app-fixture';
import { fillDate } from '../harness/browser';
import { AppShell } from '../harness/pages/AppShell';
import { ExportPage } from '../harness/pages/ExportPage';

describe('export of the audit workbook from the Export screen', () => {
  const app = useApp('export', {
    seed: async ({ bridge }) => {
      const saved = await bridge.core.invoke('purchaseSave', { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document: 'FV/2024/03/17' });
      expect(saved.ok).toBe(true);
    },
  });

  it('writes a Polish workbook with the chosen sheets through the save dialog and shows it in its folder', async () => {
    const shell = new AppShell(app.page);
    const exportPage = new ExportPage(app.page);
    const out = join(app.dataDir, 'audyt.xlsx');
    await shell.goTo('export');
    await exportPage.heading.waitFor();

    await exportPage.workbookLanguage('pl');
    await exportPage.preparedBy.fill('Anna Nowak');
    await fillDate(exportPage.asOf, '2026-11-20');
    await exportPage.sheet('history').uncheck();
    await exportPage.sheet('checklist').uncheck();
    app.bridge.dialogs.nextSavePath(out);
    await exportPage.save();
    await exportPage.done.waitFor();

    expect((await stat(out)).size).toBeGreaterThan(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Podsumowanie', 'Rejestr', 'Zakupy i dowody', 'Serwery', 'Ustalenia']);
    expect(await exportPage.done.textContent()).toContain('audyt.xlsx');
    const call = app.bridge.calls.find((c) => c.channel === 'exportWorkbook');
    expect(call?.input).toEqual({ register: app.bridge.core.context.session.id, input: { lang: 'pl', preparedBy: 'Anna Nowak', asOf: '2026-11-20', sheets: ['summary', 'register', 'purchases', 'servers', 'findings'] } });

    await exportPage.showInFolder();
    await expect.poll(() => app.bridge.dialogs.shownInFolder).toEqual([out]);
  });

  it('a cancelled save dialog writes nothing and shows no error', async () => {
    const shell = new AppShell(app.page);
    const exportPage = new ExportPage(app.page);
    await shell.goTo('export');

    await exportPage.save();

    await expect.poll(() => app.bridge.dialogs.asked.filter((a) => a.dialog === 'save').length).toBe(1);
    expect(await app.page.getByTestId('export-failed').count()).toBe(0);
    expect(await exportPage.done.count()).toBe(0);
  });
});
