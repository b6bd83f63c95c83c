import type * as Fs from 'node:fs';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import type { Dialogs } from '../../../electron/services/app/context';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import type { AppSettingsView, RegisterStatus } from '../../../shared/contracts/register';
import { tempDir } from '../register/helpers';
import { cancelledDialogs, openStatus, valueOf } from './helpers';

/** Renaming app-settings.json fails while this is set, as in an app data folder made read-only. */
const failing = vi.hoisted(() => ({ settingsMove: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  const renameSync: typeof fs.renameSync = (from, to) => {
    if (failing.settingsMove && String(from).endsWith('app-settings.json')) throw Object.assign(new Error(`EROFS: read-only file system, rename '${String(from)}'`), { code: 'EROFS' });
    fs.renameSync(from, to);
  };
  return { ...fs, default: { ...fs, renameSync }, renameSync };
});

afterEach(() => {
  failing.settingsMove = false;
});

const coreOn = (data: string, dialogs: Dialogs = cancelledDialogs) =>
  createAppCore({ freezeDocuments: true, appDataDir: data, storeFactory: confStoreFactory, dialogs, systemLanguage: 'en', version: '0.0.0-test', actor: 'tester' });

/** An app data folder whose app-settings.json was cut short (a crash while an older release wrote it in place). */
function dataWithDamagedSettings(): { data: string; file: string; bytes: string } {
  const data = tempDir();
  const file = join(data, 'app-settings.json');
  const bytes = '{"language":"pl","recent":[{"path":"E:\\\\Klient","na';
  writeFileSync(file, bytes);
  return { data, file, bytes };
}

describe('an app-settings.json that cannot be read at start', () => {
  it('is kept under a new name, and the register opened says so, naming where it was kept', () => {
    const { data, bytes } = dataWithDamagedSettings();

    const status = openStatus(coreOn(data).start());

    const [kept] = readdirSync(data).filter((name) => /^app-settings\.corrupt-\d+\.json$/.test(name));
    expect(kept).toBeDefined();
    expect(readFileSync(join(data, kept!), 'utf8')).toBe(bytes);
    expect(status.notices).toContainEqual({ code: 'settings-reset', detail: { movedTo: join(data, kept!) } });
  });

  it('the notice is given once: a register opened next does not repeat it', async () => {
    const { data } = dataWithDamagedSettings();
    const client = join(tempDir(), 'Klient');
    const core = coreOn(data, { ...cancelledDialogs, chooseRegisterFolder: async () => client });
    expect(openStatus(core.start()).notices.map((n) => n.code)).toContain('settings-reset');

    const next = openStatus(valueOf<RegisterStatus>(await core.invoke('registerNew', {})));

    expect(next.path).toBe(client);
    expect(next.notices.map((n) => n.code)).not.toContain('settings-reset');
    core.stop();
  });

  it('in a data folder where it cannot be moved aside, the app starts all the same, on the defaults, says so, and writes nothing over the file', async () => {
    const { data, file, bytes } = dataWithDamagedSettings();
    failing.settingsMove = true;

    const core = coreOn(data);
    const status = openStatus(core.start());

    expect(status.notices).toContainEqual({ code: 'settings-unreadable', detail: { path: file, osCode: 'EROFS' } });
    expect(status.notices.map((n) => n.code)).not.toContain('settings-not-saved');
    const language = await core.invoke('setLanguage', { language: 'pl' });
    expect(language.ok === false && language.error.detail).toMatchObject({ messageKey: 'language-not-saved', osCode: 'EROFS' });
    expect(valueOf<AppSettingsView>(await core.invoke('appSettings', {})).language).toBe('pl');
    expect(readFileSync(file, 'utf8')).toBe(bytes);
    core.stop();
    expect(readFileSync(file, 'utf8')).toBe(bytes);
  });
});

describe('temp files of a settings write cut short by a crash', () => {
  it('are removed at the next start; other files beside them are not', () => {
    const data = tempDir();
    const leftover = join(data, 'app-settings.json.tmp-4242-0badf00d');
    const notATemp = join(data, 'app-settings.json.tmp-notes.txt');
    writeFileSync(leftover, '{"language":"p');
    writeFileSync(notATemp, 'mine');

    const core = coreOn(data);

    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(notATemp)).toBe(true);
    core.stop();
  });
});
