import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups, writeBackup } from '../../../electron/services/register/backups';
import { writeFileAtomic } from '../../../electron/services/register/json-store';
import { openRegister, restoreBackup } from '../../../electron/services/register/register-store';
import { closedRegister, org, registerPath, tempDir } from './helpers';

const mode = (path: string) => statSync(path).mode & 0o777;

// Found in review: every save made register.json 644 (readable by every local user), wrote over a file made
// read-only, and replaced a symbolic link with a plain file, so the file it pointed to stopped getting changes.
describe.skipIf(process.platform === 'win32')('a save keeps the register file as the user set it up', () => {
  it('keeps its permission bits', () => {
    const { dir, deps } = closedRegister();
    chmodSync(registerPath(dir), 0o600);
    const register = openRegister(dir, deps);
    register.updateOrganization({ ...org(), contact: 'biuro@przyklad.pl' });
    register.close();
    expect(mode(registerPath(dir))).toBe(0o600);
  });

  it('refuses to save over a file made read-only (EACCES), leaving its bytes and its mode as they were', () => {
    const { dir, deps } = closedRegister();
    chmodSync(registerPath(dir), 0o444);
    const before = readFileSync(registerPath(dir));
    const register = openRegister(dir, deps);
    expect(() => register.updateOrganization({ ...org(), contact: 'biuro@przyklad.pl' })).toThrow(expect.objectContaining({ detail: expect.objectContaining({ messageKey: 'register-save-file-read-only', osCode: 'EACCES' }) }));
    // The refused change is not in the register either.
    expect(register.document.organization.contact).not.toBe('biuro@przyklad.pl');
    register.close();
    expect(readFileSync(registerPath(dir)).equals(before)).toBe(true);
    expect(mode(registerPath(dir))).toBe(0o444);
  });

  it('writes through a symbolic link to the file it points to, and the link stays', () => {
    const { dir, deps } = closedRegister();
    const elsewhere = tempDir('calreal-');
    mkdirSync(elsewhere, { recursive: true });
    renameSync(registerPath(dir), join(elsewhere, 'register.json'));
    symlinkSync(join(elsewhere, 'register.json'), registerPath(dir));
    const register = openRegister(dir, deps);
    register.updateOrganization({ ...org(), contact: 'biuro@przyklad.pl' });
    register.close();
    expect(lstatSync(registerPath(dir)).isSymbolicLink()).toBe(true);
    expect(readlinkSync(registerPath(dir))).toBe(join(elsewhere, 'register.json'));
    expect(JSON.parse(readFileSync(join(elsewhere, 'register.json'), 'utf8')).organization.contact).toBe('biuro@przyklad.pl');
  });

  // Found in the review of the change above.
  it('restoring a backup over a read-only register.json says the file is read-only, not that the folder is unusable', () => {
    const { dir, deps } = closedRegister();
    writeBackup(dir, registerPath(dir), 'daily', new Date('2026-01-02T00:00:00Z'));
    const [backup] = listBackups(dir);
    chmodSync(registerPath(dir), 0o444);
    expect(() => restoreBackup(dir, backup!.id, deps)).toThrow(expect.objectContaining({ detail: expect.objectContaining({ messageKey: 'register-file-read-only', osCode: 'EACCES' }) }));
    expect(mode(registerPath(dir))).toBe(0o444);
    // The backup written before the restore keeps the register's bits but not its read-only flag, so rotation can remove it.
    for (const b of listBackups(dir)) expect(mode(join(dir, 'backups', b.id)) & 0o200).toBe(0o200);
  });

  it('a save through a link to a file not there yet creates that file, the link kept; a link into a missing folder fails (ENOENT)', () => {
    const dir = tempDir('calnew-');
    const elsewhere = tempDir('calreal-');
    mkdirSync(dir, { recursive: true });
    mkdirSync(elsewhere, { recursive: true });
    symlinkSync(join(elsewhere, 'register.json'), join(dir, 'settings.json'));
    writeFileAtomic(join(dir, 'settings.json'), '{"a":1}');
    expect(lstatSync(join(dir, 'settings.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(elsewhere, 'register.json'), 'utf8')).toBe('{"a":1}');
    symlinkSync(join(elsewhere, 'not-mounted', 'register.json'), join(dir, 'other.json'));
    expect(() => writeFileAtomic(join(dir, 'other.json'), '{}')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(existsSync(join(elsewhere, 'not-mounted'))).toBe(false);
  });

  it('temp files a crash left beside the file a link points to are removed at the next open', () => {
    const { dir, deps } = closedRegister();
    const elsewhere = tempDir('calreal-');
    mkdirSync(elsewhere, { recursive: true });
    renameSync(registerPath(dir), join(elsewhere, 'klient.json'));
    symlinkSync(join(elsewhere, 'klient.json'), registerPath(dir));
    writeFileSync(join(elsewhere, 'klient.json.tmp-123-deadbeef'), 'x');
    writeFileSync(join(elsewhere, 'notes.txt.tmp-123-deadbeef'), 'not ours');
    openRegister(dir, deps).close();
    expect(readdirSync(elsewhere).sort()).toEqual(['klient.json', 'notes.txt.tmp-123-deadbeef']);
  });
});
