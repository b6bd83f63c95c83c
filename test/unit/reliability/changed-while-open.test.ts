import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegister, openRegister } from '../../../electron/services/register/register-store';
import { BACKUP_DIR } from '../../../electron/services/register/backups';
import { serviceErrorText } from '../../../shared/errors/messages';
import { caught, readRegisterFile } from '../register/helpers';
import { org, registerPath, tempDir, testDeps } from './helpers';

/** An open register with one change saved: what the app has open when another program steps in. */
function openWithAChange() {
  const dir = tempDir('calrel-');
  const deps = testDeps();
  const register = createRegister(dir, org(), deps);
  register.updateOrganization({ ...org(), contact: 'saved here' });
  return { dir, deps, register };
}

/** register.json as another computer saved it, put in place the way a sync client does (a new file renamed over it). */
function replaceFromElsewhere(dir: string, contact: string): Buffer {
  const other = readRegisterFile(registerPath(dir));
  other.organization.contact = contact;
  const bytes = Buffer.from(JSON.stringify(other));
  writeFileSync(join(dir, 'incoming.tmp'), bytes);
  renameSync(join(dir, 'incoming.tmp'), registerPath(dir));
  return bytes;
}

const backupsOf = (dir: string, reason: string) => readdirSync(join(dir, BACKUP_DIR)).filter((name) => name.endsWith(`-${reason}.json`));

describe('register.json replaced by another program while the register is open', () => {
  it('a copy synced in from another computer is not written over: the change is refused, and the app’s own last save is kept as a backup', () => {
    const { dir, register } = openWithAChange();
    const theirs = replaceFromElsewhere(dir, 'saved on the other computer');

    const error = caught(() => register.updateOrganization({ ...org(), contact: 'a change made here' }));

    expect(error.code).toBe('conflict');
    expect(error.detail?.messageKey).toBe('register-replaced-on-disk');
    expect(readFileSync(registerPath(dir)).equals(theirs)).toBe(true);
    expect(register.document.organization.contact).toBe('saved here');
    const [kept] = backupsOf(dir, 'replaced');
    expect(error.detail?.backup).toBe(kept);
    expect(readRegisterFile(join(dir, BACKUP_DIR, kept!)).organization.contact).toBe('saved here');
    register.close();
    // Opened again, the register is the file the other program put there.
    const again = openRegister(dir, testDeps());
    expect(again.document.organization.contact).toBe('saved on the other computer');
    again.close();
  });

  it('a file saved in place by an editor is not written over either, and trying again keeps one backup, not one a try', () => {
    const { dir, register } = openWithAChange();
    const edited = readFileSync(registerPath(dir), 'utf8').replace('"saved here"', '"edit by me"');
    writeFileSync(registerPath(dir), edited);
    utimesSync(registerPath(dir), new Date(), new Date(Date.now() + 5_000));

    const first = caught(() => register.updateOrganization({ ...org(), contact: 'try 1' }));
    const second = caught(() => register.updateOrganization({ ...org(), contact: 'try 2' }));

    expect(first.detail?.messageKey).toBe('register-replaced-on-disk');
    expect(second.detail?.backup).toBe(first.detail?.backup);
    expect(backupsOf(dir, 'replaced')).toHaveLength(1);
    expect(readFileSync(registerPath(dir), 'utf8')).toBe(edited);
    register.close();
  });

  it('a register opened, then replaced before its first change, is not written over', () => {
    const { dir, deps, register } = openWithAChange();
    register.close();
    const opened = openRegister(dir, deps);
    const theirs = replaceFromElsewhere(dir, 'saved on the other computer');

    expect(caught(() => opened.updateOrganization({ ...org(), contact: 'a change made here' })).detail?.messageKey).toBe('register-replaced-on-disk');
    expect(readFileSync(registerPath(dir)).equals(theirs)).toBe(true);
    opened.close();
  });

  it('the same bytes put back (a sync client downloading the app’s own save again) are no conflict: the change is saved', () => {
    const { dir, register } = openWithAChange();
    copyFileSync(registerPath(dir), join(dir, 'same.tmp'));
    utimesSync(join(dir, 'same.tmp'), new Date(), new Date(Date.now() + 5_000));
    renameSync(join(dir, 'same.tmp'), registerPath(dir));

    register.updateOrganization({ ...org(), contact: 'saved again' });

    expect(readRegisterFile(registerPath(dir)).organization.contact).toBe('saved again');
    register.updateOrganization({ ...org(), contact: 'and again' });
    expect(readRegisterFile(registerPath(dir)).organization.contact).toBe('and again');
    register.close();
  });

  it('a register.json deleted while open is written again with the change (there is nothing to overwrite)', () => {
    const { dir, register } = openWithAChange();
    rmSync(registerPath(dir));

    register.updateOrganization({ ...org(), contact: 'written again' });

    expect(readRegisterFile(registerPath(dir)).organization.contact).toBe('written again');
    register.close();
  });

  it('the refusal names the folder and the backup in English and in Polish', () => {
    const { dir, register } = openWithAChange();
    replaceFromElsewhere(dir, 'elsewhere');
    const error = caught(() => register.updateOrganization({ ...org(), contact: 'here' }));
    const backup = String(error.detail?.backup);

    expect(serviceErrorText(error, 'en')).toBe(
      `register.json in ${dir} was replaced by another program while CAL Register had it open (a sync service such as OneDrive or Dropbox, a copy from another computer, an editor). Your change was not saved, so that file was not overwritten; the register as CAL Register last saved it is kept as backup ${backup}. Open the register again to work on what the file holds now.`,
    );
    expect(serviceErrorText(error, 'pl')).toContain(`Zmiany nie zapisano, aby nie nadpisać tamtego pliku; rejestr w postaci ostatnio zapisanej przez CAL Register zachowano jako kopię zapasową ${backup}.`);
    register.close();
  });
});

describe('the register folder taken away while the register is open (a USB stick pulled out)', () => {
  it('a change is refused as a folder no longer there, not as a register open elsewhere; nothing is made in its place; put back, the change is saved', () => {
    const { dir, register } = openWithAChange();
    renameSync(dir, `${dir}-unplugged`);

    const error = caught(() => register.updateOrganization({ ...org(), contact: 'while unplugged' }));

    expect(error).toMatchObject({ code: 'io-error', detail: { messageKey: 'register-folder-gone', dir } });
    expect(serviceErrorText(error, 'en')).toBe(
      `The register folder ${dir} is not there any more (a USB stick taken out, a network drive disconnected, the folder moved or renamed), so the change was not saved. Put it back where it was and try again.`,
    );
    expect(serviceErrorText(error, 'pl')).toBe(
      `Folderu rejestru ${dir} już nie ma (wyjęto pendrive, odłączono dysk sieciowy, folder przeniesiono lub zmieniono jego nazwę), więc zmiany nie zapisano. Przywróć go na dawne miejsce i spróbuj ponownie.`,
    );
    expect(existsSync(dir)).toBe(false);

    renameSync(`${dir}-unplugged`, dir);
    register.updateOrganization({ ...org(), contact: 'plugged in again' });
    expect(readRegisterFile(registerPath(dir)).organization.contact).toBe('plugged in again');
    register.close();
  });
});
