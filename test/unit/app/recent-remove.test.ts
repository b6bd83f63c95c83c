import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import type { Dialogs } from '../../../electron/services/app/context';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import type { AppSettingsView, RegisterStatus } from '../../../shared/contracts/register';
import { serviceErrorText } from '../../../shared/errors/messages';
import { tempDir } from '../register/helpers';
import { cancelledDialogs, valueOf } from './helpers';

const coreOn = (data: string, dialogs: Dialogs = cancelledDialogs) =>
  createAppCore({ freezeDocuments: true, appDataDir: data, storeFactory: confStoreFactory, dialogs, systemLanguage: 'en', version: '0.0.0-test', actor: 'tester' });

/** The app with a client's register on a USB stick made (File ▸ New) and the stick then taken away: its recent entry. */
async function recentOnAStickTakenAway() {
  const data = tempDir();
  const stick = join(tempDir(), 'PENDRIVE');
  const client = join(stick, 'Klient');
  const core = coreOn(data, { ...cancelledDialogs, chooseRegisterFolder: async () => client });
  core.start();
  valueOf<RegisterStatus>(await core.invoke('registerNew', {}));
  // Back to the default register, so the client's is only a recent one.
  valueOf<RegisterStatus>(await core.invoke('registerOpenRecent', { id: valueOf<AppSettingsView>(await core.invoke('appSettings', {})).recent[1]!.id }));
  const entry = valueOf<AppSettingsView>(await core.invoke('appSettings', {})).recent.find((r) => r.path === client)!;
  renameSync(stick, `${stick}-unplugged`);
  return { data, core, client, entry };
}

describe('a recent entry whose folder is gone', () => {
  it('is refused naming the entry, and stays in the list until the user removes it', async () => {
    const { core, client, entry } = await recentOnAStickTakenAway();

    const refused = await core.invoke('registerOpenRecent', { id: entry.id });

    expect(refused.ok === false && refused.error).toMatchObject({ code: 'not-found', detail: { messageKey: 'register-gone', dir: client, recentId: entry.id } });
    if (refused.ok) return;
    expect(serviceErrorText(refused.error, 'en')).toBe(
      `${client} holds no register any more, or is not there now (a USB stick not plugged in, a network drive not connected). Connect it and choose it again, or, if it is gone for good, remove it from the recent list.`,
    );
    expect(serviceErrorText(refused.error, 'pl')).toBe(
      `Folder ${client} nie zawiera już rejestru albo nie jest teraz dostępny (niepodłączony pendrive, odłączony dysk sieciowy). Podłącz go i wybierz ponownie albo, jeśli zniknął na dobre, usuń go z listy ostatnich rejestrów.`,
    );
    expect(valueOf<AppSettingsView>(await core.invoke('appSettings', {})).recent.map((r) => r.id)).toContain(entry.id);
    core.stop();
  });

  it('removed on the user’s word, it is gone from the list, at the next start too; the register open is not touched', async () => {
    const { data, core, entry } = await recentOnAStickTakenAway();
    const open = core.context.session.current!.dir;

    const settings = valueOf<AppSettingsView>(await core.invoke('recentRemove', { id: entry.id }));

    expect(settings.recent.map((r) => r.id)).not.toContain(entry.id);
    expect(core.context.session.current?.dir).toBe(open);
    core.stop();
    const next = coreOn(data);
    next.start();
    expect(valueOf<AppSettingsView>(await next.invoke('appSettings', {})).recent.map((r) => r.id)).not.toContain(entry.id);
    next.stop();
  });

  it('the register last open, removed, is no longer looked for at the next start (no notice that it is missing)', async () => {
    const data = tempDir();
    const stick = join(tempDir(), 'PENDRIVE');
    const client = join(stick, 'Klient');
    const first = coreOn(data, { ...cancelledDialogs, chooseRegisterFolder: async () => client });
    first.start();
    valueOf<RegisterStatus>(await first.invoke('registerNew', {}));
    first.stop();
    renameSync(stick, `${stick}-unplugged`);
    const core = coreOn(data);
    const started = core.start();
    expect(started.state === 'open' && started.notices.map((n) => n.code)).toContain('last-register-missing');
    const entry = valueOf<AppSettingsView>(await core.invoke('appSettings', {})).recent.find((r) => r.path === client)!;

    valueOf<AppSettingsView>(await core.invoke('recentRemove', { id: entry.id }));
    core.stop();

    const next = coreOn(data).start();
    expect(next.state === 'open' && next.notices.map((n) => n.code)).not.toContain('last-register-missing');
  });

  it('an id that is no recent entry is refused', async () => {
    const core = coreOn(tempDir());
    core.start();

    const result = await core.invoke('recentRemove', { id: '0000000000000000' });

    expect(result.ok === false && result.error.detail).toMatchObject({ messageKey: 'recent-register-unknown' });
    core.stop();
  });
});
