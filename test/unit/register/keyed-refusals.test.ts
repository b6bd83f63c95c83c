import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RegisterSession } from '../../../electron/services/app/session';
import { listBackups } from '../../../electron/services/register/backups';
import { defaultLockEnvironment } from '../../../electron/services/register/lock';
import { createRegister, openRegister, RegisterOpenError, restoreBackup } from '../../../electron/services/register/register-store';
import { serviceErrorText } from '../../../shared/errors/messages';
import { caught, org, registerPath, tempDir, testDeps } from './helpers';

/** An error as Node's fs gives it: the code, and a text naming a temp file next to the register. */
const osError = (code: string, path: string): Error => Object.assign(new Error(`${code}: permission denied, open '${path}'`), { code, errno: -13, syscall: 'open', path });

describe('a register folder that cannot be used is told by its OS code, never the OS text', () => {
  it('taking the lock fails with EACCES: an io-error problem keyed with the code, naming no temp file', () => {
    const dir = tempDir();
    createRegister(dir, org(), testDeps()).close();
    const tempFile = join(dir, 'register.lock.tmp-4242');
    const lockEnv = { ...defaultLockEnvironment(), now: () => { throw osError('EACCES', tempFile); } };
    const error = caught(() => openRegister(dir, testDeps({ lockEnv })));
    expect(error).toBeInstanceOf(RegisterOpenError);
    expect(error).toMatchObject({
      problem: 'io-error',
      message: `The register folder ${dir} could not be read or written (EACCES).`,
      detail: { messageKey: 'register-folder-unusable', osCode: 'EACCES', dir },
    });
    expect(error.message).not.toMatch(/tmp-4242|permission denied/);
    expect(serviceErrorText(error, 'pl')).toBe(`Nie udało się odczytać ani zapisać folderu rejestru ${dir} (EACCES).`);
  });

  it('a folder the lock cannot be written in still opens read-only, with no lock and nothing written', () => {
    const dir = tempDir();
    createRegister(dir, org(), testDeps()).close();
    const lockEnv = { ...defaultLockEnvironment(), now: () => { throw osError('EROFS', join(dir, 'register.lock.tmp-1')); } };
    const session = new RegisterSession(testDeps({ lockEnv }));
    expect(session.open(dir)).toMatchObject({ state: 'problem', code: 'io-error', osCode: 'EROFS' });
    expect(session.readableDir()).toBe(dir);
    const status = session.switchTo(dir, () => openRegister(dir, testDeps({ lockEnv }), { readOnly: true }));
    expect(status).toMatchObject({ state: 'open', readOnly: true, path: dir });
    expect(session.readableDir()).toBeNull();
    expect(caught(() => session.require().updateOrganization(org()))).toMatchObject({ detail: { messageKey: 'register-read-only' } });
    // Open for editing: still not writable, so it stays open read-only and says why.
    expect(caught(() => session.openForEditing())).toMatchObject({ code: 'io-error', detail: { osCode: 'EROFS' } });
    expect(session.status()).toMatchObject({ state: 'open', readOnly: true, path: dir });
    session.close();
  });

  // Found in review: it said "could not be read or written (EISDIR)" and advised checking the folder's permissions.
  it('a register.json that is a folder is said to be one, and is left where it is', () => {
    const dir = tempDir();
    createRegister(dir, org(), testDeps()).close();
    rmSync(registerPath(dir));
    mkdirSync(registerPath(dir));
    writeFileSync(join(registerPath(dir), 'notatki.txt'), 'someone’s files');
    const status = new RegisterSession(testDeps()).open(dir);
    expect(status).toMatchObject({
      state: 'problem',
      code: 'io-error',
      message: `In ${dir}, register.json is a folder, not the register file; nothing was changed. Rename or move that folder, then open the register again or restore a backup.`,
      messageKey: 'register-file-is-folder',
      osCode: 'EISDIR',
      movedTo: null,
      lock: null,
    });
    expect(readFileSync(join(registerPath(dir), 'notatki.txt'), 'utf8')).toBe('someone’s files');
    expect(serviceErrorText(caught(() => openRegister(dir, testDeps())), 'pl')).toMatch(/^W .+ register\.json jest folderem, a nie plikiem rejestru; niczego nie zmieniono\./);
  });
});

describe('backups and saves refused by key', () => {
  it('a backup that is not a readable register is register-corrupt with its key; nothing is changed', () => {
    const dir = tempDir();
    createRegister(dir, org(), testDeps()).close();
    const id = 'register-20200101T000000000Z-manual.json';
    mkdirSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(join(dir, 'backups', id), '{"broken":');
    const error = caught(() => restoreBackup(dir, id, testDeps()));
    expect(error).toMatchObject({ code: 'register-corrupt', message: `Backup ${id} is not a readable register; nothing was changed.`, detail: { messageKey: 'backup-unreadable', backup: id } });
    expect(error).not.toBeInstanceOf(RegisterOpenError);
    expect(serviceErrorText(error, 'pl')).toBe(`Kopia zapasowa ${id} nie jest czytelnym rejestrem; niczego nie zmieniono.`);
  });

  // Found in review: a pipe under a backup's name hung the restore that read it.
  it('a pipe under a backup\'s name is not listed, and restoring it is refused unread; the register is untouched', () => {
    const dir = tempDir();
    createRegister(dir, org(), testDeps()).close();
    const before = readFileSync(registerPath(dir));
    const id = 'register-20200101T000000000Z-manual.json';
    mkdirSync(join(dir, 'backups'), { recursive: true });
    execFileSync('mkfifo', [join(dir, 'backups', id)]);
    expect(listBackups(dir).map((b) => b.id)).not.toContain(id);
    expect(caught(() => restoreBackup(dir, id, testDeps()))).toMatchObject({ code: 'register-corrupt', detail: { messageKey: 'backup-unreadable', backup: id } });
    expect(readFileSync(registerPath(dir)).equals(before)).toBe(true);
  });

  it('a backup name that does not exist is not-found with its key', () => {
    const dir = tempDir();
    createRegister(dir, org(), testDeps()).close();
    const error = caught(() => restoreBackup(dir, 'register-20200101T000000000Z-daily.json', testDeps()));
    expect(error).toMatchObject({ code: 'not-found', detail: { messageKey: 'backup-not-found', backup: 'register-20200101T000000000Z-daily.json' } });
  });

  it('a list entry that is null, where an entry with an id was, is refused by the schema with its key, not a TypeError', () => {
    const dir = tempDir();
    const register = createRegister(dir, org(), testDeps());
    register.commit({ ...register.document, servers: [{ id: 'srv-1', name: 'EX01', product: 'Exchange Server 2019', edition: 'Standard', activation: { state: 'activated' } } as never] }, { action: 'server.add' });
    const error = caught(() => register.commit({ ...register.document, servers: [null as never] }, { action: 'server.update' }));
    expect(error).toMatchObject({ code: 'invalid-input', detail: { messageKey: 'change-not-valid', field: 'servers.0' } });
    expect(register.document.servers).toHaveLength(1);
    register.close();
  });

  it('a change the schema refuses names the field as a value of its key; the reason is zod’s text', () => {
    const dir = tempDir();
    const register = createRegister(dir, org(), testDeps());
    const error = caught(() => register.commit({ ...register.document, organization: { ...register.document.organization, name: '' } }, { action: 'organization.update' }));
    expect(error).toMatchObject({ code: 'invalid-input', detail: { messageKey: 'change-not-valid', field: 'organization.name' } });
    expect(error.message).toBe(`The change was not saved: organization.name: ${String(error.detail?.reason)}.`);
    expect(serviceErrorText(error, 'pl')).toBe(`Zmiany nie zapisano: organization.name: ${String(error.detail?.reason)}.`);
    register.close();
  });
});
