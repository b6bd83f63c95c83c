import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import type { Dialogs } from '../../../electron/services/app/context';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import type { AppSettingsView, RegisterStatus } from '../../../shared/contracts/register';
import { tempDir } from '../register/helpers';
import { cancelledDialogs } from './helpers';

const coreOn = (data: string, dialogs: Dialogs = cancelledDialogs) =>
  createAppCore({ freezeDocuments: true, appDataDir: data, storeFactory: confStoreFactory, dialogs, systemLanguage: 'pl', version: '0.0.0-test', actor: 'tester' });

const openStatus = (status: RegisterStatus) => {
  if (status.state !== 'open') throw new Error(`expected an open register, got ${status.state}`);
  return status;
};

/** An app data folder whose last register is a client's on a USB stick, made with File ▸ New: the stick's folder and the app's. */
async function lastOnAStick(): Promise<{ data: string; stick: string; client: string }> {
  const data = tempDir();
  const stick = join(tempDir(), 'PENDRIVE');
  const client = join(stick, 'Klient');
  const core = coreOn(data, { ...cancelledDialogs, chooseRegisterFolder: async () => client });
  core.start();
  const made = await core.invoke('registerNew', {});
  if (!made.ok) throw new Error(made.error.message);
  core.stop();
  return { data, stick, client };
}

describe('the register open last is not there at the next start', () => {
  it('the default register opens with a notice naming the register not found, which stays in the recent list', async () => {
    const { data, stick, client } = await lastOnAStick();
    renameSync(stick, `${stick}-unplugged`);

    const core = coreOn(data);
    const status = openStatus(core.start());

    expect(status.path).toBe(join(data, 'registers', 'default'));
    expect(status.notices).toContainEqual({ code: 'last-register-missing', detail: { path: client } });
    const settings = await core.invoke('appSettings', {});
    expect(settings.ok && (settings.value as AppSettingsView).recent.map((r) => r.path)).toContain(client);
    core.stop();
  });

  it('with the stick back, it opens as before, without the notice', async () => {
    const { data, client } = await lastOnAStick();

    const core = coreOn(data);
    const status = openStatus(core.start());

    expect(status.path).toBe(client);
    expect(status.notices.map((n) => n.code)).not.toContain('last-register-missing');
    core.stop();
  });
});
