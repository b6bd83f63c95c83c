import { randomBytes } from 'node:crypto';
import type * as Fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegisterSession } from '../../../electron/services/app/session';
import { keptBytes } from '../../../electron/services/register/read-buffer';
import { openRegister } from '../../../electron/services/register/register-store';
import { org, stampedRegister } from './helpers';

/** Removing a lock file fails while this is set, as on a stick pulled out or a share gone away. */
const failing = vi.hoisted(() => ({ lockRemoval: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  const rmSync: typeof fs.rmSync = (path, options) => {
    if (failing.lockRemoval && String(path).endsWith('register.lock')) throw Object.assign(new Error('EIO: i/o error, unlink'), { code: 'EIO' });
    fs.rmSync(path, options);
  };
  return { ...fs, default: { ...fs, rmSync }, rmSync };
});

afterEach(() => {
  failing.lockRemoval = false;
});

describe('closing a register whose lock file cannot be removed', () => {
  it('still gives back the memory of the file it read, says what failed, and is closed', () => {
    const { dir, deps } = stampedRegister(new Uint8Array(randomBytes(32)), 150);
    const register = openRegister(dir, deps);
    expect(keptBytes()).toBe(0);
    failing.lockRemoval = true;
    expect(() => register.close()).toThrow(/EIO/);
    expect(keptBytes()).toBeGreaterThan(0);
    expect(() => register.updateOrganization({ ...org(), taxId: '1' })).toThrow(/closed/);
    expect(() => register.close()).not.toThrow();
  });

  it('the session shows no register open afterwards, and the failure reaches the caller', () => {
    const { dir, deps } = stampedRegister(new Uint8Array(randomBytes(32)), 150);
    const session = new RegisterSession(deps);
    session.open(dir);
    expect(session.current).not.toBeNull();
    failing.lockRemoval = true;
    expect(() => session.close()).toThrow(/EIO/);
    expect(session.current).toBeNull();
    expect(session.status()).toMatchObject({ state: 'none' });
  });
});
