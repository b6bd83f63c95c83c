import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from '../harness/app-fixture';
import { describeViolations, seriousAxeViolations } from '../harness/browser';
import { msg } from '../harness/messages';
import { AppShell } from '../harness/pages/AppShell';
import { OverviewPage } from '../harness/pages/OverviewPage';
import { saveScreenshot } from '../harness/screenshots';

const stillAnimations = (page: Page) => page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));

async function noSeriousViolations(page: Page): Promise<void> {
  await stillAnimations(page);
  const violations = await seriousAxeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

const organizationOf = async (file: string): Promise<string> => (JSON.parse(await readFile(file, 'utf8')) as { organization: { name: string } }).organization.name;

describe('File ▸ Restore from a backup… of the register that is open', () => {
  const app = useApp('restore-backup');
  let shell: AppShell;
  let overview: OverviewPage;

  beforeEach(() => {
    shell = new AppShell(app.page);
    overview = new OverviewPage(app.page);
  });

  it('brings back, keyboard only, the copy kept when another program replaced register.json, keeps the register it replaces, and goes back to it in Polish', async () => {
    const { page } = app;
    await overview.heading('en').waitFor();
    await overview.saveOrganizationName('Nasza wersja');
    const dir = join(app.dataDir, 'registers', 'default');
    const file = join(dir, 'register.json');
    // A sync client puts another computer's copy in place; the next save is refused and the app's last save kept (-replaced).
    const theirs = JSON.parse(await readFile(file, 'utf8')) as { organization: { name: string } };
    theirs.organization.name = 'Zapisane na LAPTOP-2';
    await writeFile(`${file}.sync`, JSON.stringify(theirs));
    await rename(`${file}.sync`, file);
    await overview.organizationName.fill('Zmienione tutaj');
    await page.getByTestId('org-save').click();
    await page.getByTestId('org-save-failed').waitFor();
    const [replaced] = (await readdir(join(dir, 'backups'))).filter((name) => name.endsWith('-replaced.json'));
    expect(await organizationOf(join(dir, 'backups', replaced!))).toBe('Nasza wersja');

    // File ▸ Restore from a backup…, keyboard only: the menu, the list, the question.
    await shell.fileMenu.focus();
    await page.keyboard.press('Enter');
    const item = page.getByTestId('file-restore');
    await item.waitFor();
    await page.keyboard.press('End');
    await expect.poll(() => item.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: msg('en', 'restoreDialog.title') });
    const row = dialog.getByTestId(`backup-${replaced}`);
    await row.waitFor();
    expect(await row.textContent()).toContain(msg('en', 'problem.backupKinds.replaced'));
    await noSeriousViolations(page);
    await saveScreenshot(page, 'restore-backup-list-en');

    // Escape closes the list; nothing was restored.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await shell.fileMenu.focus();
    await page.keyboard.press('Enter');
    await item.waitFor();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await row.waitFor();
    const restore = row.getByRole('button');
    await restore.focus();
    await page.keyboard.press('Enter');
    const question = page.getByRole('alertdialog', { name: msg('en', 'problem.confirmTitle') });
    await question.getByTestId('restore-keeps-current').waitFor();
    expect(await question.getByTestId('restore-keeps-current').textContent()).toBe(msg('en', 'problem.confirmKeepsCurrent'));
    await noSeriousViolations(page);
    await saveScreenshot(page, 'restore-backup-confirm-en');
    // Cancel comes first and has the focus; Tab reaches Restore.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('restore-confirm');
    await page.keyboard.press('Enter');

    // The restored data on screen, and the notice of what was restored and where the register before it went.
    await expect.poll(() => overview.summary('organization').textContent()).toBe('Nasza wersja');
    const notice = page.getByTestId('notice-restored-from-backup');
    const [keptAs] = (await readdir(join(dir, 'backups'))).filter((name) => name.endsWith('-before-restore.json'));
    expect(await organizationOf(join(dir, 'backups', keptAs!))).toBe('Zapisane na LAPTOP-2');
    expect(await notice.textContent()).toContain(`${msg('en', 'notices.detail.backup')}: ${replaced}`);
    expect(await notice.textContent()).toContain(`${msg('en', 'notices.detail.keptAs')}: ${keptAs}`);
    expect(await organizationOf(file)).toBe('Nasza wersja');
    expect(JSON.parse(await readFile(join(dir, 'register.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    // Fluent hides the screen from assistive technology while a dialog is open, until the closed one is gone.
    await page.locator('#root:not([aria-hidden])').waitFor();
    await noSeriousViolations(page);
    // Focus on the Overview's title, not left on the page body (the menu item that opened the dialog is gone), and the
    // notice in view under it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent)).toBe(msg('en', 'overview.title'));
    const box = (await notice.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    await saveScreenshot(page, 'restore-backup-notice-en');
    // The register restored takes changes again.
    await overview.saveOrganizationName('Nasza wersja 2');

    // In Polish: back to the register the restore replaced, by its copy kept before the restore.
    await shell.switchLanguage('pl');
    await shell.fileMenu.click();
    await page.getByRole('menuitem', { name: new RegExp(`^${msg('pl', 'fileMenu.restoreBackup')}`) }).click();
    const lista = page.getByRole('dialog', { name: msg('pl', 'restoreDialog.title') });
    const kopia = lista.getByTestId(`backup-${keptAs}`);
    await kopia.waitFor();
    expect(await kopia.textContent()).toContain(msg('pl', 'problem.backupKinds.before-restore'));
    await noSeriousViolations(page);
    await saveScreenshot(page, 'restore-backup-list-pl');
    await kopia.getByRole('button').click();
    const pytanie = page.getByRole('alertdialog', { name: msg('pl', 'problem.confirmTitle') });
    expect(await pytanie.getByTestId('restore-keeps-current').textContent()).toBe(msg('pl', 'problem.confirmKeepsCurrent'));
    await saveScreenshot(page, 'restore-backup-confirm-pl');
    await pytanie.getByTestId('restore-confirm').click();
    await expect.poll(() => overview.summary('organization').textContent()).toBe('Zapisane na LAPTOP-2');
    const powiadomienie = page.getByTestId('notice-restored-from-backup');
    expect(await powiadomienie.textContent()).toContain(msg('pl', 'notices.restored-from-backup'));
    expect(await powiadomienie.textContent()).toContain(`${msg('pl', 'notices.detail.keptAs')}: `);
    await powiadomienie.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'restore-backup-notice-pl');
    const copies = (await readdir(join(dir, 'backups'))).filter((name) => name.endsWith('-before-restore.json'));
    expect(copies).toHaveLength(2);
    const second = copies.find((name) => name !== keptAs)!;
    expect(await organizationOf(join(dir, 'backups', second))).toBe('Nasza wersja 2');
  });
});
