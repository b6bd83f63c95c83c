import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLockEnvironment } from '../../../electron/services/register/lock';
import { createRegister, openRegister } from '../../../electron/services/register/register-store';
import { caught, org, registerPath, tempDir, testDeps } from './helpers';

/** register.json's text as Notepad saves it as "Unicode": UTF-16 with its byte-order mark, little- or big-endian. */
const utf16 = (text: string, bigEndian: boolean): Buffer => {
  const body = Buffer.from(text, 'utf16le');
  return bigEndian ? Buffer.concat([Buffer.from([0xfe, 0xff]), body.swap16()]) : Buffer.concat([Buffer.from([0xff, 0xfe]), body]);
};

// Found in review: such a file was set aside as damaged, with the JSON parser's complaint about its first bytes as the reason.
describe('a register saved by Notepad as UTF-16', () => {
  for (const bigEndian of [false, true]) {
    it(`opens (${bigEndian ? 'big' : 'little'}-endian), nothing set aside, and the next save writes UTF-8`, () => {
      const dir = tempDir();
      createRegister(dir, org('Zakład Usług Łączności'), testDeps()).close();
      writeFileSync(registerPath(dir), utf16(readFileSync(registerPath(dir), 'utf8'), bigEndian));
      const register = openRegister(dir, testDeps());
      try {
        expect(register.document.organization.name).toBe('Zakład Usług Łączności');
        expect(register.notices.map((n) => n.code)).not.toContain('register-corrupt');
        expect(readdirSync(dir).filter((name) => name.includes('corrupt'))).toEqual([]);
        register.updateOrganization({ ...register.document.organization, contact: 'Żaneta' });
      } finally {
        register.close();
      }
      const saved = readFileSync(registerPath(dir));
      expect(saved[0]).toBe('{'.charCodeAt(0));
      expect(JSON.parse(saved.toString('utf8')).organization).toMatchObject({ name: 'Zakład Usług Łączności', contact: 'Żaneta' });
    });
  }
});

// Found in review: the check that the folder holds no register ran before the lock was taken, so two inits could both succeed.
describe('two inits of one folder at once', () => {
  it('the second, finding a register made while it waited for the lock, refuses and leaves it as it is', () => {
    const dir = tempDir();
    let other: string | null = null;
    // The other program's init runs to its end between this init's first look and its lock (taken with the lock clock's first reading).
    const lockEnv = {
      ...defaultLockEnvironment(),
      now: () => {
        if (other === null) {
          createRegister(dir, org('Pierwsza'), testDeps()).close();
          other = readFileSync(registerPath(dir), 'utf8');
        }
        return new Date('2026-11-25T10:00:00.000Z');
      },
    };
    const error = caught(() => createRegister(dir, org('Druga'), testDeps({ lockEnv })));
    expect(error).toMatchObject({ code: 'conflict', detail: { messageKey: 'register-exists' } });
    expect(readFileSync(registerPath(dir), 'utf8')).toBe(other);
    expect(JSON.parse(other ?? '{}').organization.name).toBe('Pierwsza');
    // The refused init took its lock and gave it back.
    expect(existsSync(`${dir}/register.lock`)).toBe(false);
  });
});
