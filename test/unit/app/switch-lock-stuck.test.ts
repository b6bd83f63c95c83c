import type * as Fs from 'node:fs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import type { Dialogs } from '../../../electron/services/app/context';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import type { AppSettingsView, RegisterStatus } from '../../../shared/contracts/register';
import { tempDir } from '../register/helpers';
import { cancelledDialogs, openStatus, valueOf } from './helpers';

/** Removing a lock file fails while this is set, as on a stick whose write-protect switch was flipped while the app had it open. */
const failing = vi.hoisted(() => ({ lockRemoval: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  const rmSync: typeof fs.rmSync = (path, options) => {
    if (failing.lockRemoval && String(path).endsWith('register.lock')) throw Object.assign(new Error(`EROFS: read-only file system, unlink '${String(path)}'`), { code: 'EROFS' });
    fs.rmSync(path, options);
  };
  return { ...fs, default: { ...fs, rmSync }, rmSync };
});

afterEach(() => {
  failing.lockRemoval = false;
});

/** The app started on its default register, with the client's register `next` the folder File ▸ New / Open chooses. */
function started(next: () => string) {
  const data = tempDir();
  const dialogs: Dialogs = { ...cancelledDialogs, chooseRegisterFolder: async () => next() };
  const core = createAppCore({ freezeDocuments: true, appDataDir: data, storeFactory: confStoreFactory, dialogs, systemLanguage: 'en', version: '0.0.0-test', actor: 'tester' });
  const first = openStatus(core.start());
  return { core, defaultDir: first.path };
}

describe('switching registers while the open register’s lock file cannot be removed (its stick made read-only)', () => {
  it('File ▸ New opens the new register, with a notice naming the register whose lock was left and the system’s code', async () => {
    const client = join(tempDir(), 'Klient');
    const { core, defaultDir } = started(() => client);
    failing.lockRemoval = true;

    const status = openStatus(valueOf<RegisterStatus>(await core.invoke('registerNew', {})));

    expect(status.path).toBe(client);
    expect(status.notices).toContainEqual({ code: 'lock-not-removed', detail: { path: defaultDir, osCode: 'EROFS' } });
    expect(core.context.session.current?.dir).toBe(client);
    // Left behind, this session's own: nothing else was done to it.
    expect(existsSync(join(defaultDir, 'register.lock'))).toBe(true);
    expect(valueOf<AppSettingsView>(await core.invoke('appSettings', {})).recent[0]?.path).toBe(client);
    failing.lockRemoval = false;
    core.stop();
  });

  it('the register left opens here again for editing, taking back its own lock, without the notice', async () => {
    const client = join(tempDir(), 'Klient');
    let chosen = client;
    const { core, defaultDir } = started(() => chosen);
    failing.lockRemoval = true;
    openStatus(valueOf<RegisterStatus>(await core.invoke('registerNew', {})));
    failing.lockRemoval = false;

    chosen = defaultDir;
    const back = openStatus(valueOf<RegisterStatus>(await core.invoke('registerOpen', {})));

    expect(back).toMatchObject({ path: defaultDir, readOnly: false });
    expect(back.notices.map((n) => n.code)).not.toContain('lock-not-removed');
    core.stop();
    expect(existsSync(join(defaultDir, 'register.lock'))).toBe(false);
  });
});
