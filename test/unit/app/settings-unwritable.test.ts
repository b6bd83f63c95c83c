import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import { confStoreFactory, type JsonStoreFactory } from '../../../electron/services/register/json-store';
import { serviceErrorText } from '../../../shared/errors/messages';
import type { AppSettingsView, RegisterStatus } from '../../../shared/contracts/register';
import { tempDir } from '../register/helpers';
import { cancelledDialogs, openStatus, valueOf } from './helpers';

/** The app's settings file (app-settings.json) on a disk that is full while `full()` says so; registers elsewhere are written as usual. */
function settingsOnFullDisk(full: () => boolean): JsonStoreFactory {
  return (dir, name) => {
    const real = confStoreFactory(dir, name);
    return {
      path: real.path,
      replace: (value, texts) => {
        if (full()) throw Object.assign(new Error(`ENOSPC: no space left on device, open '${real.path}.tmp-77'`), { code: 'ENOSPC' });
        real.replace(value, texts);
      },
    };
  };
}

function coreOn(data: string, full: () => boolean) {
  return createAppCore({ freezeDocuments: true, appDataDir: data, storeFactory: settingsOnFullDisk(full), dialogs: cancelledDialogs, systemLanguage: 'en', version: '0.0.0-test', actor: 'tester' });
}

describe('the app’s settings file cannot be written (its disk full or write-protected)', () => {
  it('the app still starts with its register open, and a notice says the settings hold only for this session', () => {
    const core = coreOn(tempDir(), () => true);

    const status = openStatus(core.start());

    expect(status.notices).toContainEqual({ code: 'settings-not-saved', detail: { osCode: 'ENOSPC' } });
    core.stop();
  });

  it('a change of the register is reported as saved, as it was, and the notice is given once', async () => {
    const data = tempDir();
    let full = false;
    const core = coreOn(data, () => full);
    const started = openStatus(core.start());
    full = true;

    const first = openStatus(valueOf<RegisterStatus>(await core.invoke('organizationUpdate', { name: 'Przykład Sp. z o.o.', taxId: '', address: '', contact: '' })));
    const second = openStatus(valueOf<RegisterStatus>(await core.invoke('organizationUpdate', { name: 'Przykład S.A.', taxId: '', address: '', contact: '' })));

    expect(first.organization.name).toBe('Przykład Sp. z o.o.');
    expect(JSON.parse(readFileSync(join(started.path, 'register.json'), 'utf8')).organization.name).toBe('Przykład S.A.');
    expect(second.notices.filter((n) => n.code === 'settings-not-saved')).toEqual([{ code: 'settings-not-saved', detail: { osCode: 'ENOSPC' } }]);
    // Remembered for this session all the same: the recent list names the register as it is now.
    expect(valueOf<AppSettingsView>(await core.invoke('appSettings', {})).recent[0]?.name).toBe('Przykład S.A.');
    core.stop();
  });

  it('a language that cannot be saved is used for this session, as the window shows it, and the refusal says it was not saved, with the system’s code', async () => {
    let full = false;
    const core = coreOn(tempDir(), () => full);
    core.start();
    full = true;

    const result = await core.invoke('setLanguage', { language: 'pl' });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'io-error', detail: { messageKey: 'language-not-saved', osCode: 'ENOSPC' } });
    expect(serviceErrorText(result.error, 'en')).toBe(
      'The language is switched until CAL Register is closed, but it could not be saved for the next start (ENOSPC). Free some space on the disk of the app’s data folder or make that folder writable.',
    );
    expect(serviceErrorText(result.error, 'pl')).toBe(
      'Język zmieniono do zamknięcia CAL Register, ale nie udało się go zapisać na następne uruchomienie (ENOSPC). Zwolnij miejsce na dysku folderu danych aplikacji albo umożliw zapis w tym folderze.',
    );
    expect(valueOf<AppSettingsView>(await core.invoke('appSettings', {})).language).toBe('pl');
    core.stop();
  });
});
