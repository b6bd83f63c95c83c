import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { useApp } from '../harness/app-fixture';
import { msg } from '../harness/messages';
import { AppShell } from '../harness/pages/AppShell';
import { OverviewPage } from '../harness/pages/OverviewPage';
import { saveScreenshot } from '../harness/screenshots';
import { serviceErrorText } from '../../shared/errors/messages';

/** The message bar lies inside its form: none of its text is cut off past the card's edge. */
async function withinForm(bar: Locator): Promise<boolean> {
  return bar.evaluate((element) => {
    const form = element.closest('form')!.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    return box.left >= form.left && box.right <= form.right && element.scrollWidth <= element.clientWidth;
  });
}

describe('register.json replaced by another program while the window has the register open', () => {
  const app = useApp('register-replaced');
  let shell: AppShell;
  let overview: OverviewPage;

  beforeEach(() => {
    shell = new AppShell(app.page);
    overview = new OverviewPage(app.page);
  });

  it('the next change is refused in words the user can read whole, in English and Polish; the other file stays and opens again', async () => {
    await overview.heading('en').waitFor();
    const dir = join(app.dataDir, 'registers', 'default');
    const file = join(dir, 'register.json');
    // Another computer's copy, put in place by a sync client (a new file renamed over the register).
    const theirs = JSON.parse(await readFile(file, 'utf8')) as { organization: { name: string } };
    theirs.organization.name = 'Zapisane na LAPTOP-2';
    await writeFile(`${file}.sync`, JSON.stringify(theirs));
    await rename(`${file}.sync`, file);
    const bytes = await readFile(file);

    await overview.organizationName.fill('Zmienione tutaj');
    await app.page.getByTestId('org-save').click();
    const failed = app.page.getByTestId('org-save-failed');
    await failed.waitFor();

    const [kept] = (await readdir(join(dir, 'backups'))).filter((name) => name.endsWith('-replaced.json'));
    expect(kept).toBeDefined();
    const refusal = { message: '', detail: { messageKey: 'register-replaced-on-disk', dir, backup: kept! } };
    await expect.poll(() => failed.textContent()).toBe(`${msg('en', 'organization.saveFailed')} ${serviceErrorText(refusal, 'en')}`);
    expect(await withinForm(failed)).toBe(true);
    await failed.scrollIntoViewIfNeeded();
    await saveScreenshot(app.page, 'register-replaced-refused-en');

    await shell.switchLanguage('pl');
    await app.page.getByTestId('org-save').click();
    await expect.poll(() => failed.textContent()).toBe(`${msg('pl', 'organization.saveFailed')} ${serviceErrorText(refusal, 'pl')}`);
    expect(await withinForm(failed)).toBe(true);
    await failed.scrollIntoViewIfNeeded();
    await saveScreenshot(app.page, 'register-replaced-refused-pl');
    expect(await readFile(file)).toEqual(bytes);

    // Opened again, the register is what the other program put there.
    app.bridge.dialogs.nextFolder(dir);
    await shell.fileOpen();
    await expect.poll(() => overview.summary('organization').textContent()).toBe('Zapisane na LAPTOP-2');
  });
});
