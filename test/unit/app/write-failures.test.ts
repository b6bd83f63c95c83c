import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import type { Dialogs } from '../../../electron/services/app/context';
import { confStoreFactory, type JsonStoreFactory, registerFileStore } from '../../../electron/services/register/json-store';
import { osErrorCode, serviceErrorText, writeFailedError } from '../../../shared/errors/messages';
import type { Result } from '../../../shared/result';
import { tempDir } from '../register/helpers';

/** An error as Node's fs gives it: the code, and a text naming the temp file. */
const osError = (code: string, path: string): Error =>
  Object.assign(new Error(`${code}: simulated failure, open '${path}'`), { code, errno: -1, syscall: 'open', path });

/** register.json writes fail like the OS would while `failing()` says so; the settings file keeps working. */
function failingRegisterStore(code: string, failing: () => boolean): JsonStoreFactory {
  return (dir, name) => {
    const real = registerFileStore(dir, name);
    return {
      path: real.path,
      replace: (value, texts) => {
        if (failing()) throw osError(code, `${real.path}.tmp-4242`);
        real.replace(value, texts);
      },
    };
  };
}

function dialogs(savePath: string | null = null): Dialogs {
  return {
    chooseRegisterFolder: async () => null,
    chooseFiles: async () => [],
    chooseSavePath: async () => savePath,
    showInFolder: async () => undefined,
    openPath: async () => undefined,
  };
}

const errorOf = (result: Result<unknown>) => {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
};

describe('a failed write is worded by its reason, with the OS code as detail', () => {
  it.each([
    ['EACCES', 'register-save-denied', 'The register could not be saved: permission denied (EACCES). Nothing was changed.'],
    ['EPERM', 'register-save-denied', 'The register could not be saved: permission denied (EPERM). Nothing was changed.'],
    ['ENOSPC', 'register-save-disk-full', 'The register could not be saved: the disk is full (ENOSPC). Nothing was changed.'],
    ['EROFS', 'register-save-read-only', 'The register could not be saved: the disk is read-only (EROFS). Nothing was changed.'],
    ['EIO', 'register-save-failed', 'The register could not be saved (EIO). Nothing was changed.'],
  ])('%s saving the register', (code, messageKey, message) => {
    const error = writeFailedError('register', osError(code, '/home/anna/Klient/register.json.tmp-99'));
    expect(error).toMatchObject({ code: 'io-error', message, detail: { osCode: code, messageKey } });
  });

  it('says it in Polish from the same key', () => {
    const error = writeFailedError('export', osError('ENOSPC', '/tmp/.audyt.xlsx.1-ab.tmp'));
    expect(serviceErrorText(error, 'pl')).toBe('Nie udało się zapisać skoroszytu audytu: dysk jest pełny (ENOSPC). Nic nie zapisano.');
  });

  it('takes the code from the error, else from a leading "ECODE:" of its text, else says UNKNOWN', () => {
    expect(osErrorCode(osError('EACCES', '/x'))).toBe('EACCES');
    expect(osErrorCode(new Error('ENOSPC: no space left on device'))).toBe('ENOSPC');
    expect(osErrorCode(new Error('workbook writer broke'))).toBe('UNKNOWN');
    expect(osErrorCode('not an error')).toBe('UNKNOWN');
    expect(osErrorCode(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBe('UNKNOWN');
  });
});

describe('what the renderer receives for a failed save or export', () => {
  it('a register save refused by the OS: a message key and the OS code, no file path and no OS text', async () => {
    let failing = false;
    const data = tempDir();
    const core = createAppCore({ freezeDocuments: true, appDataDir: data, storeFactory: confStoreFactory, registerStoreFactory: failingRegisterStore('EACCES', () => failing), dialogs: dialogs(), systemLanguage: 'pl', version: '0.0.0-test', actor: 'tester' });
    core.start();
    failing = true;
    const error = errorOf(await core.invoke('organizationUpdate', { name: 'Przykład Sp. z o.o.', taxId: '', address: '', contact: '' }));
    expect(error).toEqual({
      code: 'io-error',
      message: 'The register could not be saved: permission denied (EACCES). Nothing was changed.',
      detail: { osCode: 'EACCES', messageKey: 'register-save-denied' },
    });
    core.stop();
  });

  it.each([
    ['a folder that is gone', (dir: string) => join(dir, 'usunięty folder', 'audyt.xlsx'), 'ENOENT'],
    ['a folder where the file should be', (dir: string) => (mkdirSync(join(dir, 'audyt.xlsx', 'w środku'), { recursive: true }), join(dir, 'audyt.xlsx')), /^E[A-Z]+$/],
  ])('an export into %s: a message key, the OS code and the file name, never the temp file or the folder', async (_what, target, osCode) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'inny.txt'), '');
    const core = createAppCore({ freezeDocuments: true, appDataDir: tempDir(), storeFactory: confStoreFactory, dialogs: dialogs(target(dir)), systemLanguage: 'pl', version: '0.0.0-test', actor: 'tester' });
    core.start();
    const error = errorOf(await core.invoke('exportWorkbook', { lang: 'pl', asOf: '2025-03-10' }));
    expect(error.code).toBe('io-error');
    expect(error.detail).toEqual({ osCode: expect.stringMatching(osCode), messageKey: expect.stringMatching(/^export-save-/), fileName: 'audyt.xlsx' });
    expect(JSON.stringify(error)).not.toContain(dir);
    expect(JSON.stringify(error)).not.toMatch(/\.tmp/);
    core.stop();
  });

  it('the save dialog suggests a file name in the workbook’s language', async () => {
    const suggested: string[] = [];
    const core = createAppCore({
      freezeDocuments: true,
      appDataDir: tempDir(),
      storeFactory: confStoreFactory,
      dialogs: { ...dialogs(), chooseSavePath: async (_kind, name) => (suggested.push(name), null) },
      systemLanguage: 'pl',
      version: '0.0.0-test',
      actor: 'tester',
    });
    core.start();
    for (const lang of ['pl', 'en'] as const) await core.invoke('exportWorkbook', { lang, asOf: '2025-03-10' });
    expect(suggested.map((name) => name.replace(/^.* – /, ''))).toEqual(['audyt licencji CAL 2025-03-10.xlsx', 'CAL audit 2025-03-10.xlsx']);
    core.stop();
  });
});
