import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import type { Dialogs } from '../../../electron/services/app/context';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import { tempDir } from '../register/helpers';

function fakeDialogs(folders: (string | null)[] = []): Dialogs {
  return {
    chooseRegisterFolder: async () => folders.shift() ?? null,
    chooseFiles: async () => [],
    chooseSavePath: async () => null,
    showInFolder: async () => undefined,
    openPath: async () => undefined,
  };
}

const makeCore = (appDataDir: string, dialogs = fakeDialogs()) =>
  createAppCore({ appDataDir, storeFactory: confStoreFactory, dialogs, systemLanguage: 'pl', version: '0.0.0-test', actor: 'tester' });

describe('app core', () => {
  it('the first start creates and opens a default register in the app data folder', async () => {
    const data = tempDir();
    const core = makeCore(data);
    const status = core.start();
    expect(status).toMatchObject({ state: 'open', organization: { name: 'Moja organizacja' } });
    expect(existsSync(join(data, 'registers', 'default', 'register.json'))).toBe(true);
    core.stop();
  });

  it('the organization name and language survive a restart', async () => {
    const data = tempDir();
    const first = makeCore(data);
    first.start();
    await first.invoke('organizationUpdate', { name: 'Przykład Sp. z o.o.', taxId: '5250001009', address: '', contact: '' });
    await first.invoke('setLanguage', { language: 'en' });
    first.stop();
    const second = makeCore(data);
    expect(second.start()).toMatchObject({ state: 'open', organization: { name: 'Przykład Sp. z o.o.', taxId: '5250001009' } });
    expect(await second.invoke('appSettings', {})).toMatchObject({ ok: true, value: { language: 'en' } });
    second.stop();
  });

  it('New register creates one in the chosen folder and lists it among the recent ones by id, not path', async () => {
    const data = tempDir();
    const target = join(tempDir(), 'Klient Ćma');
    const core = makeCore(data, fakeDialogs([target]));
    core.start();
    const created = await core.invoke('registerNew', {});
    expect(created).toMatchObject({ ok: true, value: { state: 'open', path: target, organization: { name: 'Klient Ćma' } } });
    const settings = await core.invoke('appSettings', {});
    if (!settings.ok) throw new Error('settings');
    const recent = (settings.value as { recent: { id: string; path: string }[] }).recent;
    expect(recent[0]!.path).toBe(target);
    expect(recent[0]!.id).toMatch(/^[0-9a-f]{16}$/);
    core.stop();
  });

  it('a cancelled folder dialog is reported as cancelled and changes nothing', async () => {
    const core = makeCore(tempDir());
    core.start();
    expect(await core.invoke('registerOpen', {})).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    core.stop();
  });

  it('opening a corrupt register gives a problem status with the moved-aside file, and a backup can be restored', async () => {
    const data = tempDir();
    const core = makeCore(data);
    const opened = core.start();
    if (opened.state !== 'open') throw new Error('not open');
    await core.invoke('organizationUpdate', { name: 'Firma', taxId: '', address: '', contact: '' });
    core.stop();
    const file = join(opened.path, 'register.json');
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    const again = makeCore(data);
    const status = again.start();
    expect(status).toMatchObject({ state: 'problem', code: 'register-corrupt' });
    if (status.state !== 'problem') throw new Error('no problem');
    expect(readFileSync(status.movedTo!).equals(bytes.subarray(0, bytes.length >> 1))).toBe(true);
    expect(status.backups.length).toBeGreaterThan(0);
    const restored = await again.invoke('registerRestoreBackup', { backupId: status.backups[0]!.id });
    expect(restored).toMatchObject({ ok: true, value: { state: 'open' } });
    again.stop();
  });

  it('organizationUpdate with an empty name is invalid-input', async () => {
    const core = makeCore(tempDir());
    core.start();
    expect(await core.invoke('organizationUpdate', { name: '  ', taxId: '', address: '', contact: '' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    core.stop();
  });
});
