import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import { createI18n } from '../../../renderer/i18n/createI18n';
import { errorText } from '../../../renderer/i18n/format';
import type { Language } from '../../../shared/contracts/register';
import { schemaHints } from '../../../shared/domain/hints';
import { isoDate } from '../../../shared/domain/model';
import { keyedError, serviceErrorText } from '../../../shared/errors/messages';
import type { AppError, Result } from '../../../shared/result';
import { tempDir } from '../register/helpers';
import { cancelledDialogs as dialogs } from './helpers';

/**
 * A core whose ids can be made longer than the schema's 64 characters once it is open: the form
 * and the IPC schema accept the server, and only main's check before the write (`commit`) refuses
 * it, with zod's own "too big" (not one of the schemas' hints).
 */
function coreWithLongIds(systemLanguage: Language, appDataDir = tempDir()) {
  let longIds = false;
  const core = createAppCore({ freezeDocuments: true, appDataDir, storeFactory: confStoreFactory, dialogs, systemLanguage, version: '0.0.0-test', actor: 'tester', newId: () => (longIds ? 'x'.repeat(65) : randomUUID()) });
  expect(core.start()).toMatchObject({ state: 'open' });
  longIds = true;
  return core;
}

const errorOf = (result: Result<unknown>): AppError => {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

const server = { name: 'EX01', product: 'Exchange Server 2019', edition: 'Standard', activation: { state: 'activated' } };

describe("zod's own refusals follow the UI language in main", () => {
  it('a change main refuses carries its reason in Polish, then in English after setLanguage', async () => {
    const core = coreWithLongIds('pl');
    const polish = errorOf(await core.invoke('serverSave', server));
    expect(polish).toMatchObject({ code: 'invalid-input', detail: { messageKey: 'change-not-valid', field: 'servers.0.id', reason: 'najwyżej 64 znaków' } });
    expect(serviceErrorText(polish, 'pl')).toBe('Zmiany nie zapisano: servers.0.id: najwyżej 64 znaków.');
    expect(errorText(createI18n('pl').t, polish)).toBe('Zmiany nie zapisano: servers.0.id: najwyżej 64 znaków.');

    expect(await core.invoke('setLanguage', { language: 'en' })).toMatchObject({ ok: true, value: { language: 'en' } });
    const english = errorOf(await core.invoke('serverSave', server));
    expect(english).toMatchObject({ detail: { messageKey: 'change-not-valid', field: 'servers.0.id', reason: 'at most 64 characters' } });
    expect(errorText(createI18n('en').t, english)).toBe('The change was not saved: servers.0.id: at most 64 characters.');

    await core.invoke('setLanguage', { language: 'pl' });
    expect(errorOf(await core.invoke('serverSave', server)).detail).toMatchObject({ reason: 'najwyżej 64 znaków' });
    core.stop();
  });

  it('at start the language chosen in the settings counts, not the system one', async () => {
    const data = tempDir();
    const first = coreWithLongIds('en', data);
    await first.invoke('setLanguage', { language: 'pl' });
    first.stop();
    const second = coreWithLongIds('en', data);
    expect(errorOf(await second.invoke('serverSave', server)).detail).toMatchObject({ reason: 'najwyżej 64 znaków' });
    second.stop();
  });

  it("the schemas' own hints still arrive as the hint text, so the renderer words them itself", async () => {
    const core = coreWithLongIds('pl');
    const refused = isoDate.safeParse('10.03.2025');
    expect(refused.success ? null : refused.error.issues[0]?.message).toBe(schemaHints.isoDate);
    const hinted = keyedError('invalid-input', 'change-not-valid', { field: 'assignments.0.assignedOn', reason: refused.error?.issues[0]?.message ?? '' });
    expect(errorText(createI18n('pl').t, hinted)).toBe('Zmiany nie zapisano: assignments.0.assignedOn: oczekiwano daty RRRR-MM-DD.');
    // Through the channel too: the IPC schema's refusal of a build number ends with the hint, unchanged.
    const build = errorOf(await core.invoke('serverSave', { ...server, build: 'najnowsza' }));
    expect(build).toMatchObject({ code: 'invalid-input' });
    expect(build.message.endsWith(`build ${schemaHints.build}`)).toBe(true);
    core.stop();
  });
});
