import type * as Fs from 'node:fs';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRegister } from '../../../electron/services/register/register-store';
import { BACKUP_DIR } from '../../../electron/services/register/backups';
import { serviceErrorText } from '../../../shared/errors/messages';
import { caught, readRegisterFile } from '../register/helpers';
import { org, registerPath, tempDir, testDeps } from './helpers';

/** Files made in backups/ fail with this code while it is set: the register's disk full, or its backups folder write-protected. */
const failing = vi.hoisted(() => ({ backups: null as string | null }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  const openSync = ((path: Fs.PathLike, ...rest: unknown[]) => {
    const code = failing.backups;
    if (code && String(path).includes(`${sep}backups${sep}`)) throw Object.assign(new Error(`${code}: cannot write, open '${String(path)}'`), { code });
    return (fs.openSync as (...args: unknown[]) => number)(path, ...rest);
  }) as typeof fs.openSync;
  return { ...fs, default: { ...fs, openSync }, openSync };
});

afterEach(() => {
  failing.backups = null;
});

/** An open register with a change saved, whose register.json a sync client then replaced with another computer's copy. */
function replacedWhileOpen() {
  const dir = tempDir('calrel-');
  const register = createRegister(dir, org(), testDeps());
  register.updateOrganization({ ...org(), contact: 'saved here' });
  const other = readRegisterFile(registerPath(dir));
  other.organization.contact = 'saved on the other computer';
  const theirs = Buffer.from(JSON.stringify(other));
  writeFileSync(join(dir, 'incoming.tmp'), theirs);
  renameSync(join(dir, 'incoming.tmp'), registerPath(dir));
  return { dir, register, theirs };
}

const replacedBackups = (dir: string) => readdirSync(join(dir, BACKUP_DIR)).filter((name) => name.endsWith('-replaced.json'));

describe('register.json replaced by another program, on a disk where the app’s last save cannot be kept as a backup', () => {
  it('the refusal says both: the file was replaced and not written over, and the last save was not kept because the disk is full, in English and Polish', () => {
    const { dir, register, theirs } = replacedWhileOpen();
    failing.backups = 'ENOSPC';

    const error = caught(() => register.updateOrganization({ ...org(), contact: 'a change made here' }));

    expect(error).toMatchObject({ code: 'conflict', detail: { messageKey: 'register-replaced-not-kept-disk-full', dir, osCode: 'ENOSPC' } });
    expect(serviceErrorText(error, 'en')).toBe(
      `register.json in ${dir} was replaced by another program while CAL Register had it open (a sync service such as OneDrive or Dropbox, a copy from another computer, an editor). Your change was not saved, so that file was not overwritten. The register as CAL Register last saved it could not be kept as a backup either: the disk is full (ENOSPC). CAL Register still holds it: once the register’s backups folder can be written, make the change again, and it is kept as a backup first. Opening the register again instead shows what the file holds now, and that last save is not kept.`,
    );
    expect(serviceErrorText(error, 'pl')).toBe(
      `Plik register.json w ${dir} został zastąpiony przez inny program, gdy był otwarty w CAL Register (usługę synchronizacji, np. OneDrive lub Dropbox, kopię z innego komputera, edytor). Zmiany nie zapisano, aby nie nadpisać tamtego pliku. Nie udało się też zachować jako kopii zapasowej rejestru w postaci ostatnio zapisanej przez CAL Register: dysk jest pełny (ENOSPC). CAL Register nadal go przechowuje: gdy do folderu kopii zapasowych rejestru znów będzie można zapisywać, wprowadź zmianę ponownie, a najpierw zostanie on zachowany jako kopia zapasowa. Ponowne otwarcie rejestru pokaże zamiast tego, co plik zawiera teraz, a tamten ostatni zapis nie zostanie zachowany.`,
    );
    expect(readFileSync(registerPath(dir)).equals(theirs)).toBe(true);
    register.close();
  });

  it('a write-protected backups folder is said as such, and once it can be written the change is refused as before, with the last save kept', () => {
    const { dir, register, theirs } = replacedWhileOpen();
    failing.backups = 'EROFS';

    const first = caught(() => register.updateOrganization({ ...org(), contact: 'try 1' }));
    failing.backups = null;
    const second = caught(() => register.updateOrganization({ ...org(), contact: 'try 2' }));

    expect(first.detail).toMatchObject({ messageKey: 'register-replaced-not-kept-read-only', osCode: 'EROFS' });
    expect(serviceErrorText(first, 'en')).toContain('could not be kept as a backup either: the disk is read-only (EROFS).');
    expect(serviceErrorText(first, 'pl')).toContain('dysk jest tylko do odczytu (EROFS).');
    const [kept] = replacedBackups(dir);
    expect(second.detail).toMatchObject({ messageKey: 'register-replaced-on-disk', backup: kept });
    expect(readRegisterFile(join(dir, BACKUP_DIR, kept!)).organization.contact).toBe('saved here');
    expect(readFileSync(registerPath(dir)).equals(theirs)).toBe(true);
    register.close();
  });
});
