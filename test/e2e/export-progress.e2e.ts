import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../bench/generate';
import { AS_OF, generateRegister } from '../bench/generate-register';
import { writeRegisterFolder } from '../bench/steps';
import { useApp } from '../harness/app-fixture';
import { fillDate } from '../harness/browser';
import { AppShell } from '../harness/pages/AppShell';
import { ExportPage } from '../harness/pages/ExportPage';

describe('export progress on a large register', () => {
  const app = useApp('export-progress', {
    seed: async ({ bridge, dataDir }) => {
      const dir = join(dataDir, 'ten-thousand');
      writeRegisterFolder(dir, generateRegister(generateDirectory(10_000)));
      bridge.dialogs.nextFolder(dir);
      expect(await bridge.core.invoke('registerOpen', {})).toMatchObject({ ok: true, value: { state: 'open' } });
    },
  });

  it('the bar moves while main writes the rows: the sheet and the rows written so far, out of all of them, before the last row', async () => {
    const shell = new AppShell(app.page);
    const exportPage = new ExportPage(app.page);
    await shell.goTo('export');
    await exportPage.heading.waitFor();
    await fillDate(exportPage.asOf, AS_OF);
    app.bridge.dialogs.nextSavePath(join(app.dataDir, 'audit.xlsx'));
    await exportPage.save();

    // What the bar's caption says, read as often as the page lets us until the export is done.
    const captions = new Set<string>();
    const progress = app.page.getByTestId('export-progress');
    const counts = /Sheet \d of 7 · ([\d,]+) of ([\d,]+) rows/;
    while ((await exportPage.done.count()) === 0) {
      const caption = await progress.evaluate((bar) => bar.closest('[class*="fui-Field"]')?.textContent ?? '').catch(() => '');
      const [, written, total] = counts.exec(caption) ?? [];
      if (written && written !== total) captions.add(caption);
    }
    // About 26,000 rows in about a second here, polled every 200 ms: two or three counts before the last (none before main gave the event loop turns).
    expect(captions.size, [...captions].join(' | ')).toBeGreaterThanOrEqual(1);
    expect(await exportPage.done.textContent()).toContain('audit.xlsx');
  }, 120_000);
});
