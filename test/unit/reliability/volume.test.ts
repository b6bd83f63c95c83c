import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/services/register/backups';
import { confStoreFactory, type JsonStoreFactory } from '../../../electron/services/register/json-store';
import { createRegister, openRegister } from '../../../electron/services/register/register-store';
import { DomainError } from '../../../shared/result';
import { expectNoByteLost, mountTmpfs, openProblem, org, registerPath, snapshot, tempDir, testDeps } from './helpers';

/** A store whose writes fail like the OS would (`code` set), while `failing()` says so. */
function faultyStore(code: string, failing: () => boolean): JsonStoreFactory {
  return (dir, name) => {
    const real = confStoreFactory(dir, name);
    return {
      path: real.path,
      replace: (value, texts) => {
        if (!failing()) return real.replace(value, texts);
        throw Object.assign(new Error(`${code}: simulated, write '${real.path}'`), { code });
      },
    };
  };
}

// chmod 555 does not stop root (the tests run as root here), so a refused write is injected.
describe.each([
  ['a read-only folder', 'EACCES', 'register-save-denied'],
  ['a read-only volume', 'EROFS', 'register-save-read-only'],
  ['a full disk', 'ENOSPC', 'register-save-disk-full'],
])('%s (injected %s on write)', (_what, code, messageKey) => {
  it('a save fails with io-error naming the cause; memory and every byte on disk stay as they were; the next save works', () => {
    let fail = false;
    const dir = tempDir('calrel-');
    const register = createRegister(dir, org(), testDeps({ storeFactory: faultyStore(code, () => fail) }));
    const before = snapshot(dir);
    const inMemory = register.document;
    fail = true;
    let error: unknown;
    try {
      register.updateOrganization(org('Zmieniona'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('io-error');
    // The cause by its key and OS code; never the OS text, which names the temp file.
    expect((error as DomainError).detail).toEqual({ osCode: code, messageKey });
    expect((error as DomainError).message).toMatch(new RegExp(`could not be saved: .*\\(${code}\\)\\. Nothing was changed\\.$`));
    expect((error as DomainError).message).not.toContain(dir);
    expect(register.document).toBe(inMemory);
    expect(snapshot(dir)).toEqual(before);
    fail = false;
    register.updateOrganization(org('Zmieniona'));
    register.close();
    const reopened = openRegister(dir, testDeps());
    expect(reopened.document.organization.name).toBe('Zmieniona');
    expect(reopened.document.audit.map((e) => e.action)).toEqual(['register.create', 'organization.update']);
    reopened.close();
  });
});

const volumes: Array<{ unmount(): void }> = [];
afterAll(() => {
  for (const v of volumes) v.unmount();
});

/** Fills the volume until the OS says ENOSPC; returns the filler's path. */
function fillUp(dir: string): string {
  const filler = join(dir, 'filler.bin');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
  } finally {
    closeSync(fd);
  }
  return filler;
}

const tmpfsProbe = mountTmpfs('4k');

/** A fresh tmpfs for one test, unmounted after the file. */
function ownVolume(size: string) {
  const vol = mountTmpfs(size)!;
  volumes.push(vol);
  return vol;
}
if (tmpfsProbe) volumes.push(tmpfsProbe);

// Real volumes need mount(8), i.e. root; the injected faults above cover every other machine.
describe.runIf(tmpfsProbe !== null)('on a real 64 KB tmpfs', () => {
  it('when the disk fills up, a save fails with io-error, register.json keeps every byte, and saving works again once space is freed', async () => {
    const vol = ownVolume('64k');
    const dir = join(vol.dir, 'full');
    const deps = testDeps();
    const register = createRegister(dir, org(), deps);
    const filler = fillUp(vol.dir);
    const before = readFileSync(registerPath(dir));
    let message = '';
    try {
      register.updateOrganization({ ...org(), address: 'ul. Pełna 8' });
    } catch (error) {
      expect((error as DomainError).code).toBe('io-error');
      message = (error as Error).message;
    }
    expect(message).toMatch(/could not be saved.*ENOSPC|no space/i);
    expect(readFileSync(registerPath(dir)).equals(before)).toBe(true);
    expect(register.document.organization.address).toBe('');
    expect(register.document.audit).toHaveLength(1);
    rmSync(filler);
    register.updateOrganization({ ...org(), address: 'ul. Długa 1' });
    register.close();
    // The writer removes its temp file in the background; give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
    const reopened = openRegister(dir, deps);
    expect(reopened.document.organization.address).toBe('ul. Długa 1');
    reopened.close();
  });

  it('a register on a disk with no room for the lock is io-error naming the full disk, leaves no empty lock, and opens once space is freed', () => {
    const vol = ownVolume('64k');
    const dir = join(vol.dir, 'open-full');
    const deps = testDeps();
    createRegister(dir, org(), deps).close();
    const before = snapshot(dir);
    const filler = fillUp(vol.dir);
    try {
      const problem = openProblem(() => openRegister(dir, deps));
      expect(problem.problem).toBe('io-error');
      expect(problem.message).toMatch(/ENOSPC|no space/);
      expect(snapshot(dir)).toEqual(before);
    } finally {
      rmSync(filler);
    }
    const register = openRegister(dir, deps);
    expect(register.notices.map((n) => n.code)).not.toContain('stale-lock-taken');
    register.close();
  });

  it('a save on a nearly full disk fails with io-error and never puts a cut-short file in place of the register', () => {
    const vol = ownVolume('128k');
    const dir = join(vol.dir, 'nearly-full');
    const register = createRegister(dir, org(), testDeps());
    for (let i = 0; i < 40; i++) register.updateOrganization({ ...org(), address: `ul. Długa ${i} `.padEnd(200, 'x') });
    const before = readFileSync(registerPath(dir));
    // Leave one page free: less than the next register.json needs, so the write is cut short by the OS.
    const reserve = join(vol.dir, 'reserve.bin');
    writeFileSync(reserve, Buffer.alloc(4096));
    fillUp(vol.dir);
    rmSync(reserve);
    expect(() => register.updateOrganization({ ...org(), contact: 'after' })).toThrow(/could not be saved: the disk is full \(ENOSPC\)/);
    expect(readFileSync(registerPath(dir)).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
    register.close();
  });

  it('a register whose daily backup does not fit still opens (the copy is retried on the next save); nothing is lost', () => {
    const vol = ownVolume('128k');
    const dir = join(vol.dir, 'backup-full');
    const deps = testDeps();
    const register = createRegister(dir, org(), deps);
    // About 12 KB of history, so the backup copy needs more room than the lock.
    for (let i = 0; i < 40; i++) register.updateOrganization({ ...org(), address: `ul. Długa ${i} `.padEnd(200, 'x') });
    register.close();
    deps.clock.now = new Date(deps.clock.now.getTime() + 3 * 86_400_000);
    const reserve = join(vol.dir, 'reserve.bin');
    writeFileSync(reserve, Buffer.alloc(4096));
    fillUp(vol.dir);
    rmSync(reserve);
    const before = snapshot(dir);
    const backupsBefore = listBackups(dir).length;
    const reopened = openRegister(dir, deps);
    expect(reopened.document.audit).toHaveLength(41);
    reopened.close();
    expect(listBackups(dir)).toHaveLength(backupsBefore);
    expectNoByteLost(before, dir);
  });

  it('a register on a read-only volume is reported as io-error (not corrupt): nothing is moved or changed', () => {
    const ro = ownVolume('256k');
    const dir = join(ro.dir, 'reg');
    mkdirSync(dir);
    createRegister(dir, org(), testDeps()).close();
    const before = snapshot(dir);
    ro.remount('ro');
    const problem = openProblem(() => openRegister(dir, testDeps()));
    expect(problem.problem).toBe('io-error');
    expect(problem.message).toMatch(/EROFS|read-only/);
    expect(problem.movedTo).toBeNull();
    expect(snapshot(dir)).toEqual(before);
  });
});
