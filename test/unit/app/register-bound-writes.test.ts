/**
 * A change the window sent while a register switch was on its way: main serves the switch first (File ▸ New, Open,
 * Recent), then the change. The window sends each register-bound channel with the `sessionId` of the register it shows,
 * and main refuses it, before any of it runs, once another opening is there: it never lands in the register just opened.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import type { Dialogs } from '../../../electron/services/app/context';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import type { RegisterStatus } from '../../../shared/contracts/register';
import { serviceErrorText } from '../../../shared/errors/messages';
import { readRegisterFile, tempDir } from '../register/helpers';
import { cancelledDialogs } from './helpers';

type Open = Extract<RegisterStatus, { state: 'open' }>;

/** A core on the register "kowalski" as the window saw it, and File ▸ New register, which creates "nowak" beside it. */
async function kowalskiThenNowak() {
  const root = tempDir();
  const kowalski = join(root, 'kowalski');
  const nowak = join(root, 'nowak');
  const folders = [kowalski, nowak];
  let saveDialogs = 0;
  const dialogs: Dialogs = {
    ...cancelledDialogs,
    chooseRegisterFolder: async () => folders.shift() ?? null,
    chooseSavePath: async () => (saveDialogs++, null),
  };
  const core = createAppCore({ freezeDocuments: true, appDataDir: tempDir(), storeFactory: confStoreFactory, dialogs, systemLanguage: 'en', version: '0.0.0-test', actor: 'tester' });
  core.start();
  const shown = (await core.invokeFromWindow('registerNew', {})) as { ok: true; value: Open };
  expect(shown.value).toMatchObject({ state: 'open', path: kowalski });
  const opened = (await core.invokeFromWindow('registerNew', {})) as { ok: true; value: Open };
  expect(opened.value).toMatchObject({ state: 'open', path: nowak });
  return { core, kowalski, nowak, kowalskiId: shown.value.sessionId, nowakId: opened.value.sessionId, saveDialogs: () => saveDialogs };
}

const registerFile = (dir: string) => readFileSync(join(dir, 'register.json'));

/** Changes the window may send, each of which the register just opened would take. */
const changes: [string, unknown][] = [
  ['organizationUpdate', { name: 'Kowalski i Syn', taxId: '', address: '', contact: '' }],
  ['personSave', { givenName: 'Anna', surname: 'Kowalska', email: 'anna@kowalski.pl' }],
  ['purchaseSave', { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document: 'FV/1' }],
  ['serverSave', { name: 'EX01', product: 'Exchange Server 2019', edition: 'Standard', build: '15.2.1544.4', activation: { state: 'activated' } }],
  ['complianceSettings', { countSharedMailboxes: true }],
];

describe('a change sent for the register the window showed, after another was opened', () => {
  it.each(changes)('%s sent for the last register is refused, naming it, and nothing is written in either register', async (channel, input) => {
    const app = await kowalskiThenNowak();
    const kowalskiBefore = registerFile(app.kowalski);
    const nowakBefore = registerFile(app.nowak);

    const sent = await app.core.invokeFromWindow(channel, { register: app.kowalskiId, input });

    expect(sent).toMatchObject({ ok: false, error: { code: 'register-not-open', detail: { messageKey: 'register-closed-meanwhile', folder: 'kowalski' } } });
    expect(registerFile(app.kowalski).equals(kowalskiBefore)).toBe(true);
    expect(registerFile(app.nowak).equals(nowakBefore)).toBe(true);
    app.core.stop();
  });

  it('the same change sent with the id of the register open now is made there', async () => {
    const app = await kowalskiThenNowak();

    const sent = await app.core.invokeFromWindow('personSave', { register: app.nowakId, input: { givenName: 'Anna', surname: 'Kowalska', email: 'anna@kowalski.pl' } });

    expect(sent).toMatchObject({ ok: true, value: { givenName: 'Anna', email: 'anna@kowalski.pl' } });
    expect(readRegisterFile(join(app.nowak, 'register.json')).people).toMatchObject([{ email: 'anna@kowalski.pl' }]);
    expect(readRegisterFile(join(app.kowalski, 'register.json')).people).toEqual([]);
    app.core.stop();
  });

  it('the audit workbook asked of the last register shows no save dialog for the one open now', async () => {
    const app = await kowalskiThenNowak();

    const sent = await app.core.invokeFromWindow('exportWorkbook', { register: app.kowalskiId, input: { lang: 'en', asOf: '2026-01-15' } });

    expect(sent).toMatchObject({ ok: false, error: { detail: { messageKey: 'register-closed-meanwhile', folder: 'kowalski' } } });
    expect(app.saveDialogs()).toBe(0);
    app.core.stop();
  });

  it('the same folder opened again (Recent) is a new opening: a change sent for the one before is refused, in English and Polish', async () => {
    const app = await kowalskiThenNowak();
    const settings = (await app.core.invokeFromWindow('appSettings', {})) as { ok: true; value: { recent: { id: string; path: string }[] } };
    const recent = settings.value.recent.find((r) => r.path === app.nowak)!;
    const again = (await app.core.invokeFromWindow('registerOpenRecent', { id: recent.id })) as { ok: true; value: Open };
    expect(again.value).toMatchObject({ state: 'open', path: app.nowak });
    expect(again.value.sessionId).not.toBe(app.nowakId);
    const before = registerFile(app.nowak);

    const sent = await app.core.invokeFromWindow('organizationUpdate', { register: app.nowakId, input: { name: 'Nowak', taxId: '', address: '', contact: '' } });

    if (sent.ok) throw new Error('made');
    expect(sent.error).toMatchObject({ code: 'register-not-open', detail: { messageKey: 'register-reopened-meanwhile', folder: 'nowak' } });
    expect(serviceErrorText(sent.error, 'en')).toBe('Register "nowak" was opened anew before this could be done, so nothing was written. Check what it holds now and try once more.');
    expect(serviceErrorText(sent.error, 'pl')).toBe('Rejestr „nowak” otwarto na nowo, zanim udało się to zrobić, więc niczego nie zapisano. Sprawdź, co teraz zawiera, i spróbuj jeszcze raz.');
    expect(registerFile(app.nowak).equals(before)).toBe(true);
    app.core.stop();
  });

  it('a register closed meanwhile is named in Polish too', async () => {
    const app = await kowalskiThenNowak();
    const sent = await app.core.invokeFromWindow('personSave', { register: app.kowalskiId, input: { givenName: 'Anna' } });
    if (sent.ok) throw new Error('made');
    expect(serviceErrorText(sent.error, 'pl')).toBe('Rejestr „kowalski” zamknięto, zanim udało się to zrobić, więc niczego nie zapisano. Otwórz go ponownie i spróbuj jeszcze raz.');
    app.core.stop();
  });

  it('an id main never gave, or none, is refused without naming a register; a change with no id at all is invalid input', async () => {
    const app = await kowalskiThenNowak();
    const before = registerFile(app.nowak);
    const input = { givenName: 'Anna' };

    for (const register of ['00000000-0000-4000-8000-000000000000', null]) {
      const sent = await app.core.invokeFromWindow('personSave', { register, input });
      if (sent.ok) throw new Error('made');
      expect(sent.error).toMatchObject({ code: 'register-not-open', detail: { messageKey: 'register-changed-meanwhile' } });
      expect(serviceErrorText(sent.error, 'pl')).toBe('Rejestr, którego to dotyczyło, nie jest już otwarty, więc niczego nie zapisano. Sprawdź rejestr otwarty teraz i spróbuj jeszcze raz.');
    }
    expect(await app.core.invokeFromWindow('personSave', input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await app.core.invokeFromWindow('personSave', { register: app.nowakId, input, extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(registerFile(app.nowak).equals(before)).toBe(true);
    app.core.stop();
  });

  it('each opening has an id of its own that is not its folder, and reads need none', async () => {
    const app = await kowalskiThenNowak();
    expect(app.kowalskiId).not.toBe(app.nowakId);
    for (const id of [app.kowalskiId, app.nowakId]) expect(id).not.toMatch(/kowalski|nowak|[\\/]/);
    expect(await app.core.invokeFromWindow('registerStatus', {})).toMatchObject({ ok: true, value: { sessionId: app.nowakId } });
    expect(await app.core.invokeFromWindow('peopleList', {})).toMatchObject({ ok: true, value: { people: [] } });
    app.core.stop();
  });
});
