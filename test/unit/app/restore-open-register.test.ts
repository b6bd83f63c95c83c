import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import { writeBackup } from '../../../electron/services/register/backups';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import { lockHolderOf } from '../../../electron/services/register/lock';
import { openRegister } from '../../../electron/services/register/register-store';
import type { BackupInfo, RegisterStatus } from '../../../shared/contracts/register';
import { tempDir } from '../register/helpers';
import { cancelledDialogs } from './helpers';

const makeCore = (appDataDir: string) =>
  createAppCore({ freezeDocuments: true, appDataDir, storeFactory: confStoreFactory, dialogs: cancelledDialogs, systemLanguage: 'en', version: '0.0.0-test', actor: 'tester' });

const organization = (name: string) => ({ name, taxId: '', address: '', contact: '' });

function opened(status: RegisterStatus): Extract<RegisterStatus, { state: 'open' }> {
  if (status.state !== 'open') throw new Error(`not open: ${status.state}`);
  return status;
}

/** A register open in the app, saved as 'Before' and kept in a manual backup, then renamed 'Now'. */
async function openWithBackup() {
  const core = makeCore(tempDir());
  const start = opened(core.start());
  await core.invoke('organizationUpdate', organization('Before'));
  const kept = writeBackup(start.path, join(start.path, 'register.json'), 'manual', new Date());
  const now = await core.invoke('organizationUpdate', organization('Now'));
  if (!now.ok) throw new Error('not saved');
  return { core, status: opened(now.value as RegisterStatus), kept };
}

describe('restoring a backup of the register that is open', () => {
  it('registerBackups lists the open register’s backups newest first, each with its kind', async () => {
    const { core, status, kept } = await openWithBackup();
    writeBackup(status.path, join(status.path, 'register.json'), 'replaced', new Date(Date.now() + 1000));
    const listed = await core.invoke('registerBackups', {});
    if (!listed.ok) throw new Error(listed.error.message);
    const backups = listed.value as BackupInfo[];
    expect(backups[0]).toMatchObject({ kind: 'replaced' });
    expect(backups).toContainEqual({ ...kept, kind: 'manual' });
    expect(backups.map((b) => b.createdAt)).toEqual([...backups.map((b) => b.createdAt)].sort().reverse());
    core.stop();
  });

  it('goes through the session’s switch: the backup’s data open, the lock still this app’s, a new session id, the register before it kept as a backup', async () => {
    const { core, status, kept } = await openWithBackup();
    const restored = await core.invoke('registerRestoreBackup', { backupId: kept.id });
    if (!restored.ok) throw new Error(restored.error.message);
    const after = opened(restored.value as RegisterStatus);
    expect(after.organization.name).toBe('Before');
    expect(after.sessionId).not.toBe(status.sessionId);
    expect(lockHolderOf(status.path)).toMatchObject({ pid: process.pid });
    const notice = after.notices.find((n) => n.code === 'restored-from-backup');
    expect(notice?.detail.backup).toBe(kept.id);
    const keptAs = notice?.detail.keptAs;
    expect(keptAs).toMatch(/-before-restore\.json$/);
    const previous = JSON.parse(readFileSync(join(status.path, 'backups', keptAs!), 'utf8')) as { organization: { name: string } };
    expect(previous.organization.name).toBe('Now');
    // What the window sent for the register it showed before the restore is refused: it may not be there now.
    const stale = await core.invokeFromWindow('organizationUpdate', { register: status.sessionId, input: organization('Late') });
    expect(stale).toMatchObject({ ok: false, error: { code: 'register-not-open' } });
    core.stop();
  });

  it('is refused while the register is open read-only, and nothing is written', async () => {
    const { core, status, kept } = await openWithBackup();
    const session = core.context.session;
    session.switchTo(status.path, () => openRegister(status.path, core.context.registerDeps, { readOnly: true }));
    const file = join(status.path, 'register.json');
    const bytes = readFileSync(file);
    expect(await core.invoke('registerRestoreBackup', { backupId: kept.id })).toMatchObject({ ok: false, error: { code: 'register-locked' } });
    expect(readFileSync(file).equals(bytes)).toBe(true);
    core.stop();
  });
});
