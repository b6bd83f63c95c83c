import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import { confStoreFactory, type JsonStoreFactory, registerFileStore } from '../../../electron/services/register/json-store';
import type { RegisterStatus } from '../../../shared/contracts/register';
import { copyOfFixture, tempDir } from '../register/helpers';
import { cancelledDialogs } from './helpers';

/** register.json written to a disk that is full while `full()` says so (the app's settings file is written as usual). */
function registersOnFullDisk(full: () => boolean): JsonStoreFactory {
  return (dir, name) => {
    const real = registerFileStore(dir, name);
    return {
      path: real.path,
      replace: (value, texts) => {
        if (full()) throw Object.assign(new Error(`ENOSPC: no space left on device, open '${real.path}.tmp-31'`), { code: 'ENOSPC' });
        real.replace(value, texts);
      },
    };
  };
}

function coreOn(data: string, full: () => boolean) {
  return createAppCore({ freezeDocuments: true, appDataDir: data, storeFactory: confStoreFactory, registerStoreFactory: registersOnFullDisk(full), dialogs: cancelledDialogs, systemLanguage: 'pl', version: '0.0.0-test', actor: 'tester' });
}

const valueOf = (result: { ok: boolean; value?: unknown; error?: { message: string } }): RegisterStatus => {
  if (!result.ok) throw new Error(`expected success, got ${result.error?.message}`);
  return result.value as RegisterStatus;
};

describe('the app started on a full disk', () => {
  it('the first start, whose default register cannot be written, shows that problem with the system’s code; Try again makes it once there is room', async () => {
    const data = tempDir();
    let full = true;
    const core = coreOn(data, () => full);

    const started = core.start();

    const dir = join(data, 'registers', 'default');
    expect(started).toMatchObject({ state: 'problem', code: 'io-error', path: dir, osCode: 'ENOSPC' });
    expect(existsSync(join(dir, 'register.json'))).toBe(false);
    full = false;
    const retried = valueOf(await core.invoke('registerRetry', {}));
    expect(retried).toMatchObject({ state: 'open', path: dir, organization: { name: 'Moja organizacja' } });
    core.stop();
  });

  it('the default register that could not be made is no register to read: Open read-only is not offered, and not tried if asked', async () => {
    const data = tempDir();
    const core = coreOn(data, () => true);

    const started = core.start();
    const asked = valueOf(await core.invoke('registerOpenReadOnly', {}));

    expect(started).toMatchObject({ state: 'problem', code: 'io-error', notMade: true, backups: [] });
    expect(asked).toEqual(started);
    core.stop();
  });

  it('a register of an earlier version opened at start, whose upgrade cannot be saved, shows that problem and keeps the file and its backup; Try again upgrades it', async () => {
    const data = tempDir();
    const client = copyOfFixture(join(import.meta.dirname, '../../fixtures/registers/v1'));
    const before = readFileSync(join(client, 'register.json'));
    // The client's register is the one open last, as an earlier release left it.
    const earlier = coreOn(data, () => false);
    earlier.context.settings.rememberRegister(client, 'Klient', new Date());
    let full = true;
    const core = coreOn(data, () => full);

    const started = core.start();

    expect(started).toMatchObject({ state: 'problem', code: 'io-error', path: client, osCode: 'ENOSPC' });
    // A register is there: it can be read meanwhile.
    expect(started).not.toHaveProperty('notMade');
    expect(readFileSync(join(client, 'register.json')).equals(before)).toBe(true);
    const [backup] = readdirSync(join(client, 'backups')).filter((name) => name.endsWith('-migration.json'));
    expect(readFileSync(join(client, 'backups', backup!)).equals(before)).toBe(true);
    full = false;
    const retried = valueOf(await core.invoke('registerRetry', {}));
    expect(retried).toMatchObject({ state: 'open', path: client });
    expect(retried.state === 'open' && retried.notices.map((n) => n.code)).toContain('migrated');
    core.stop();
  });
});
