import { chmodSync, lstatSync, mkdirSync, readFileSync, readlinkSync, renameSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRegister } from '../../../electron/services/register/register-store';
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
    expect(() => register.updateOrganization({ ...org(), contact: 'biuro@przyklad.pl' })).toThrow(expect.objectContaining({ detail: expect.objectContaining({ messageKey: 'register-save-denied', osCode: 'EACCES' }) }));
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
});
