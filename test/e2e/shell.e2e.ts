import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../shared/domain/model';
import { useApp } from '../harness/app-fixture';
import { describeViolations, reloadApp, seriousAxeViolations } from '../harness/browser';
import { msg } from '../harness/messages';
import { AppShell } from '../harness/pages/AppShell';
import { ExportPage } from '../harness/pages/ExportPage';
import { OverviewPage } from '../harness/pages/OverviewPage';
import { ServersPage } from '../harness/pages/ServersPage';
import { saveScreenshot } from '../harness/screenshots';

const ORGANIZATION = 'Przykład Sp. z o.o.';

describe('app shell and overview', () => {
  const app = useApp('shell');
  let shell: AppShell;
  let overview: OverviewPage;

  beforeEach(() => {
    shell = new AppShell(app.page);
    overview = new OverviewPage(app.page);
  });

  /** A copy of the default register in `name`, locked an hour ago by CAL Register on another computer: live, as a foreign lock is taken over only after 12 hours. */
  async function lockedByAnotherComputer(name: string): Promise<string> {
    await overview.heading('en').waitFor();
    const clientDir = join(app.dataDir, name);
    await cp(join(app.dataDir, 'registers', 'default'), clientDir, { recursive: true });
    const since = new Date(Date.now() - 60 * 60 * 1000).toISOString();
    await writeFile(join(clientDir, 'register.lock'), JSON.stringify({ pid: 4242, host: 'BIURO-PC', at: since, instance: 'other' }));
    return clientDir;
  }

  /** File ▸ Open of `dir`, which another computer holds: the overview shows the locked problem. */
  async function openLocked(dir: string, language: 'en' | 'pl' = 'en'): Promise<void> {
    app.bridge.dialogs.nextFolder(dir);
    await shell.fileOpen();
    await overview.problem.getByText(msg(language, 'problem.register-locked')).waitFor();
  }

  it('opens the default register in the app data folder on first start, in English', async () => {
    await overview.heading('en').waitFor();
    const defaultDir = join(app.dataDir, 'registers', 'default');
    expect(existsSync(join(defaultDir, 'register.json'))).toBe(true);
    await expect.poll(() => overview.summary('folder').textContent()).toBe(defaultDir);
    await expect.poll(() => overview.summary('organization').textContent()).toBe('My organization');
    expect(await overview.count('people')).toBe(0);
    expect(await shell.navigation('en').getByText(msg('en', 'nav.purchases')).isVisible()).toBe(true);
  });

  it('switches the whole UI to Polish and back to English', async () => {
    await shell.switchLanguage('pl');
    await shell.navigation('pl').getByText(msg('pl', 'nav.overview')).waitFor();
    await overview.heading('pl').waitFor();
    await shell.navigation('pl').getByText(msg('pl', 'nav.purchases')).waitFor();
    await app.page.getByText(msg('pl', 'overview.countsCard'), { exact: true }).waitFor();

    await shell.switchLanguage('en');
    await overview.heading('en').waitFor();
    await shell.navigation('en').getByText(msg('en', 'nav.purchases')).waitFor();
    expect(await app.page.getByText(msg('pl', 'nav.purchases')).count()).toBe(0);
  });

  it('keeps the organization name with its diacritics and the language choice across an app restart', async () => {
    await overview.saveOrganizationName(ORGANIZATION);
    await expect.poll(() => shell.organization.textContent()).toContain(ORGANIZATION);
    await shell.switchLanguage('pl');

    await app.bridge.restart();
    await reloadApp(app.page);

    await overview.heading('pl').waitFor();
    expect(await shell.language()).toBe('pl');
    await expect.poll(() => overview.summary('organization').textContent()).toBe(ORGANIZATION);
    expect(await overview.organizationName.inputValue()).toBe(ORGANIZATION);
    const onDisk = JSON.parse(await readFile(join(app.dataDir, 'registers', 'default', 'register.json'), 'utf8')) as { organization: { name: string } };
    expect(onDisk.organization.name).toBe(ORGANIZATION);
  });

  it('has no serious or critical accessibility violations on the Overview in English and in Polish', async () => {
    await overview.heading('en').waitFor();
    const english = await seriousAxeViolations(app.page);
    expect(english, describeViolations(english)).toEqual([]);

    await shell.switchLanguage('pl');
    await overview.heading('pl').waitFor();
    const polish = await seriousAxeViolations(app.page);
    expect(polish, describeViolations(polish)).toEqual([]);
  });

  it('opens a register the previous release wrote (schema 1) from File ▸ Open: told it was upgraded, backup first, people and CALs as before', async () => {
    await overview.heading('en').waitFor();
    const clientDir = join(app.dataDir, 'client-v1');
    const fixture = join(import.meta.dirname, '../fixtures/registers/v1/register.json');
    await mkdir(clientDir);
    await cp(fixture, join(clientDir, 'register.json'));

    app.bridge.dialogs.nextFolder(clientDir);
    await shell.fileOpen();

    const notice = app.page.getByTestId('notice-migrated');
    await notice.getByText(msg('en', 'notices.migrated')).waitFor();
    await expect.poll(() => notice.textContent()).toContain(`${msg('en', 'notices.detail.fromVersion')}: 1`);
    await expect.poll(() => overview.summary('organization').textContent()).toBe(ORGANIZATION);
    expect(await overview.count('people')).toBe(3);
    const backups = await readdir(join(clientDir, 'backups'));
    const migration = backups.find((name) => name.endsWith('-migration.json'));
    expect(migration).toBeDefined();
    expect(await readFile(join(clientDir, 'backups', migration!))).toEqual(await readFile(fixture));
    const saved = JSON.parse(await readFile(join(clientDir, 'register.json'), 'utf8')) as { schemaVersion: number; people: { rows: unknown[] } };
    expect(saved.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(saved.people.rows).toHaveLength(3);
    const violations = await seriousAxeViolations(app.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await saveScreenshot(app.page, 'overview-upgraded-register-en');
  });

  it('shows the problem state for a truncated register opened from File ▸ Open and keeps its bytes aside', async () => {
    await overview.heading('en').waitFor();
    const good = await readFile(join(app.dataDir, 'registers', 'default', 'register.json'));
    const clientDir = join(app.dataDir, 'client-b');
    await mkdir(clientDir);
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    await writeFile(join(clientDir, 'register.json'), truncated);
    // A good copy in backups/, as the store writes daily, so the problem state offers a way forward.
    await mkdir(join(clientDir, 'backups'));
    await writeFile(join(clientDir, 'backups', 'register-20261124T090000000Z-daily.json'), good);

    app.bridge.dialogs.nextFolder(clientDir);
    await shell.fileOpen();

    await overview.problem.waitFor();
    await overview.problem.getByText(msg('en', 'problem.register-corrupt')).waitFor();
    const aside = (await readdir(clientDir)).filter((name) => /^register\.corrupt-.*\.json$/.test(name));
    expect(aside).toHaveLength(1);
    const movedTo = join(clientDir, aside[0]!);
    await expect.poll(() => overview.movedTo.textContent()).toBe(msg('en', 'problem.movedTo', { path: movedTo }));
    // The parser's failure in the UI's words (cut off, or where the JSON breaks), not quoted in its English.
    expect(await app.page.getByTestId('register-problem-reason').textContent()).toMatch(/^Detail: the file(’s text is not valid JSON at (line|character) \d|\s+ends in the middle)/);
    expect(await readFile(movedTo)).toEqual(truncated);
    expect(existsSync(join(clientDir, 'register.json'))).toBe(false);
    expect(app.bridge.dialogs.pending().folders).toBe(0);
    const violations = await seriousAxeViolations(app.page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // The way forward: restore the newest backup, after a confirmation that is itself accessible.
    await overview.backupList.getByRole('button', { name: /^Restore backup from / }).first().click();
    const confirm = app.page.getByRole('alertdialog');
    await confirm.waitFor();
    await app.page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    const dialogViolations = await seriousAxeViolations(app.page);
    expect(dialogViolations, describeViolations(dialogViolations)).toEqual([]);
    await app.page.getByTestId('restore-confirm').click();
    await app.page.getByTestId('register-organization').waitFor();
    expect(existsSync(join(clientDir, 'register.json'))).toBe(true);
    expect(await readFile(movedTo)).toEqual(truncated);
  });
  it('names who holds a locked register, in Polish, and opens it with Try again once the lock is gone', async () => {
    const clientDir = await lockedByAnotherComputer('client-c');
    await shell.switchLanguage('pl');

    await openLocked(clientDir, 'pl');
    const holder = await app.page.getByTestId('register-lock-holder').textContent();
    expect(holder).toMatch(/^Jest otwarty w CAL Register na komputerze BIURO-PC \(proces 4242\) od \d{2}\.\d{2}\.\d{4}/);
    const violations = await seriousAxeViolations(app.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await saveScreenshot(app.page, 'register-locked-pl');

    // Still held: Try again keeps the problem and takes nothing over.
    await app.page.getByTestId('problem-retry').click();
    await overview.problem.getByText(msg('pl', 'problem.register-locked')).waitFor();
    expect(JSON.parse(await readFile(join(clientDir, 'register.lock'), 'utf8'))).toMatchObject({ host: 'BIURO-PC' });

    await rm(join(clientDir, 'register.lock'));
    await app.page.getByTestId('problem-retry').press('Enter');
    await app.page.getByTestId('register-organization').waitFor();
    await expect.poll(() => overview.summary('folder').textContent()).toBe(clientDir);
  });
  it('opens a locked register read-only from the keyboard: every screen reads, nothing can change it, the workbook exports, and Open for editing takes it back', async () => {
    // The sample register, closed again, then locked by another computer.
    await app.page.getByTestId('nav-help').click();
    await app.page.getByTestId('help-open-sample').click();
    await app.page.getByTestId('topbar-organization').filter({ hasText: 'BudMax' }).waitFor({ timeout: 30_000 });
    const sampleDir = join(app.dataDir, 'registers', 'sample');
    app.bridge.dialogs.nextFolder(join(app.dataDir, 'registers', 'default'));
    await shell.fileOpen();
    await app.page.getByTestId('topbar-organization').filter({ hasNotText: 'BudMax' }).waitFor();
    const since = new Date(Date.now() - 60 * 60 * 1000).toISOString();
    const foreignLock = JSON.stringify({ pid: 4242, host: 'BIURO-PC', at: since, instance: 'other' });
    await writeFile(join(sampleDir, 'register.lock'), foreignLock);
    const bytes = await readFile(join(sampleDir, 'register.json'));

    await openLocked(sampleDir);
    await app.page.getByTestId('problem-open-read-only').focus();
    await app.page.keyboard.press('Enter');
    const banner = app.page.getByTestId('read-only-banner');
    await banner.getByText(msg('en', 'readOnly.body')).waitFor();
    await app.page.getByTestId('topbar-organization').filter({ hasText: 'BudMax' }).waitFor();
    const violations = await seriousAxeViolations(app.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await saveScreenshot(app.page, 'register-read-only-en');

    // Every screen shows the register; no control that would change it is enabled.
    expect(await app.page.getByTestId('org-save').isDisabled()).toBe(true);
    await shell.goTo('register');
    await app.page.locator('[data-person-actions]').first().click();
    const leave = app.page.getByRole('menuitem', { name: msg('en', 'register.leaveAction') });
    await expect.poll(() => leave.getAttribute('aria-disabled')).toBe('true');
    await app.page.keyboard.press('Escape');
    expect(await app.page.getByTestId('register-assign').isDisabled()).toBe(true);
    await shell.goTo('servers');
    expect(await app.page.getByTestId('server-add').isDisabled()).toBe(true);
    // A row's icon buttons stay reachable, so their names show as tooltips, but do nothing.
    const verify = new ServersPage(app.page, 'en').row('EX01').getByRole('button', { name: msg('en', 'servers.markVerifiedFor', { name: 'EX01' }) });
    expect(await verify.getAttribute('aria-disabled')).toBe('true');
    await verify.focus();
    await app.page.getByRole('tooltip', { name: msg('en', 'servers.markVerified') }).waitFor();
    await verify.click({ force: true });
    await app.page.keyboard.press('Enter');
    expect(await app.page.getByTestId('verify-by').count()).toBe(0);
    await shell.goTo('purchases');
    expect(await app.page.getByTestId('purchase-add').isDisabled()).toBe(true);
    await shell.goTo('assign');
    await app.page.getByTestId('assign-read-only').waitFor();
    await banner.waitFor();
    // The audit workbook is read from the register: it exports.
    const exportPage = new ExportPage(app.page);
    await shell.goTo('export');
    app.bridge.dialogs.nextSavePath(join(app.dataDir, 'read-only-audit.xlsx'));
    await exportPage.save();
    await exportPage.done.waitFor();
    expect(existsSync(join(app.dataDir, 'read-only-audit.xlsx'))).toBe(true);
    // The register is as it was: not a byte written, the lock still the other computer's.
    expect((await readFile(join(sampleDir, 'register.json'))).equals(bytes)).toBe(true);
    expect(await readFile(join(sampleDir, 'register.lock'), 'utf8')).toBe(foreignLock);

    // Still locked: Open for editing keeps it read-only and says why; once the lock is gone it opens for editing.
    await banner.getByTestId('read-only-edit').click();
    await shell.error.getByText(/open elsewhere|BIURO-PC/).first().waitFor();
    await banner.waitFor();
    await rm(join(sampleDir, 'register.lock'));
    await banner.getByTestId('read-only-edit').press('Enter');
    await banner.waitFor({ state: 'detached' });
    expect(JSON.parse(await readFile(join(sampleDir, 'register.lock'), 'utf8'))).not.toMatchObject({ host: 'BIURO-PC' });
    await shell.goTo('overview');
    expect(await app.page.getByTestId('org-save').isEnabled()).toBe(true);
  });

  it('opens a locked register anyway only after asking, from the keyboard, and says the lock was taken over', async () => {
    const clientDir = await lockedByAnotherComputer('client-d');

    await openLocked(clientDir);

    await app.page.getByTestId('problem-take-over').focus();
    await app.page.keyboard.press('Enter');
    const confirm = app.page.getByRole('alertdialog');
    await confirm.getByText(msg('en', 'problem.takeOverTitle')).waitFor();
    await app.page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    const violations = await seriousAxeViolations(app.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await saveScreenshot(app.page, 'register-take-over-en');
    // Escape answers no: the lock is still the other computer's.
    await app.page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(JSON.parse(await readFile(join(clientDir, 'register.lock'), 'utf8'))).toMatchObject({ host: 'BIURO-PC' });

    await app.page.getByTestId('problem-take-over').press('Enter');
    await app.page.getByTestId('take-over-confirm').press('Enter');
    await app.page.getByTestId('notice-lock-taken-over').waitFor();
    await saveScreenshot(app.page, 'register-taken-over-en');
    await expect.poll(() => overview.summary('folder').textContent()).toBe(clientDir);
    expect(JSON.parse(await readFile(join(clientDir, 'register.lock'), 'utf8'))).not.toMatchObject({ host: 'BIURO-PC' });
  });
});
