import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from '../harness/app-fixture';
import { VIEWPORT } from '../harness/browser';
import { AppShell } from '../harness/pages/AppShell';
import { OverviewPage } from '../harness/pages/OverviewPage';
import { saveScreenshot } from '../harness/screenshots';

/** A PNG's width and height from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

// Regenerates the README screenshots from the real renderer on every e2e run.
describe('documentation screenshots', () => {
  const app = useApp('shots', { scope: 'describe', now: () => new Date('2026-11-25T09:00:00Z') });

  beforeAll(async () => {
    await new OverviewPage(app.page).saveOrganizationName('Przykład Sp. z o.o.');
    // Reload so the screenshot shows the saved state, not the form's confirmation bar.
    await app.open();
  });

  it.each(['en', 'pl'] as const)('saves the Overview in %s as a 1280×800 docs screenshot', async (language) => {
    const shell = new AppShell(app.page);
    if ((await shell.language()) !== language) await shell.switchLanguage(language);
    await new OverviewPage(app.page).heading(language).waitFor();
    // Move the pointer off the menus so no hover state is captured.
    await app.page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1);
    const path = await saveScreenshot(app.page, `overview-${language}`);
    expect(pngSize(await readFile(path))).toEqual(VIEWPORT);
  });
});
