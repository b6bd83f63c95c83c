import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, lockIsStale, type LockEnvironment } from '../../../electron/services/register/lock';
import { caught, tempDir } from './helpers';

const env = (over: Partial<LockEnvironment> = {}): LockEnvironment => ({
  pid: 100,
  host: 'laptop',
  now: () => new Date('2026-11-25T12:00:00Z'),
  isAlive: () => false,
  ...over,
});

describe('register lock', () => {
  it('a lock of a process that is not running on this host is stale', () => {
    expect(lockIsStale({ pid: 5, host: 'laptop', at: '2026-11-25T11:00:00Z', instance: 'x' }, env())).toBe(true);
  });

  it('a lock of a live process on this host is not stale', () => {
    expect(lockIsStale({ pid: 5, host: 'laptop', at: '2026-11-25T11:00:00Z', instance: 'x' }, env({ isAlive: () => true }))).toBe(false);
  });

  it('a lock from another computer is respected for 12 hours, then treated as abandoned', () => {
    expect(lockIsStale({ pid: 5, host: 'desktop', at: '2026-11-25T01:00:00Z', instance: 'x' }, env())).toBe(false);
    expect(lockIsStale({ pid: 5, host: 'desktop', at: '2026-11-24T23:00:00Z', instance: 'x' }, env())).toBe(true);
  });

  // Found in review: after a restart another program may run under the holder's pid, and the lock could never be taken over.
  it('a lock written before this computer started is stale, whatever now runs under its pid; one written since is not', () => {
    const booted = () => Date.parse('2026-11-25T09:00:00Z');
    const live = env({ isAlive: () => true, bootedAt: booted });
    expect(lockIsStale({ pid: 5, host: 'laptop', at: '2026-11-24T17:00:00Z', instance: 'x' }, live)).toBe(true);
    expect(lockIsStale({ pid: 5, host: 'laptop', at: '2026-11-25T09:05:00Z', instance: 'x' }, live)).toBe(false);
    // Minutes before the start (a clock set right since) are not enough to call it stale.
    expect(lockIsStale({ pid: 5, host: 'laptop', at: '2026-11-25T08:55:00Z', instance: 'x' }, live)).toBe(false);
    const dir = tempDir();
    writeFileSync(join(dir, 'register.lock'), JSON.stringify({ pid: 5, host: 'laptop', at: '2026-11-24T17:00:00Z', instance: 'before-restart' }));
    const held = acquireLock(dir, 'after-restart', live);
    expect(held.replaced?.instance).toBe('before-restart');
    held.release();
  });

  it('a lock from another computer whose time cannot be read is stale', () => {
    expect(lockIsStale({ pid: 5, host: 'desktop', at: 'garbage', instance: 'x' }, env())).toBe(true);
  });

  it('an unreadable lock file is stale', () => {
    expect(lockIsStale(null, env())).toBe(true);
  });

  it('taking a held lock fails with register-locked and the holder is named', () => {
    const dir = tempDir();
    const held = acquireLock(dir, 'first', env({ pid: 1 }));
    expect(() => acquireLock(dir, 'second', env({ pid: 2, isAlive: () => true }))).toThrow(/process 1 on laptop/);
    held.release();
    expect(existsSync(join(dir, 'register.lock'))).toBe(false);
  });

  it('a half-written lock file is replaced', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'register.lock'), '{"pid":');
    const lock = acquireLock(dir, 'me', env());
    expect(lock.replaced).not.toBeNull();
    lock.release();
  });

  it('an empty lock written just now is its holder\'s, still being written: refused, not replaced', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'register.lock'), '');
    expect(() => acquireLock(dir, 'me', env({ now: () => new Date() }))).toThrow(/open in another CAL Register/);
    expect(readFileSync(join(dir, 'register.lock'), 'utf8')).toBe('');
  });

  it('the lock is never seen empty: it is written whole before it appears, and leaves no file of its own behind', () => {
    const dir = tempDir();
    const lock = acquireLock(dir, 'me', env());
    expect(JSON.parse(readFileSync(join(dir, 'register.lock'), 'utf8'))).toMatchObject({ instance: 'me', pid: 100 });
    expect(readdirSync(dir)).toEqual(['register.lock']);
    lock.release();
  });

  // Found in review: a pipe under the lock's name hung every open, and a link to /dev/zero crashed it.
  it('a pipe or a device under the lock’s name is no holder: it is replaced, not read', () => {
    const dir = tempDir();
    const path = join(dir, 'register.lock');
    execFileSync('mkfifo', [path]);
    const first = acquireLock(dir, 'me', env());
    expect(first.replaced).not.toBeNull();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ instance: 'me' });
    first.release();
    symlinkSync('/dev/zero', path);
    const second = acquireLock(dir, 'me', env());
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ instance: 'me' });
    second.release();
    expect(existsSync(path)).toBe(false);
  });

  it('a holder running on this computer is not taken over even when asked', () => {
    const dir = tempDir();
    const cli = acquireLock(dir, 'cli', env({ pid: 77 }));
    expect(() => acquireLock(dir, 'app', env({ isAlive: (pid) => pid === 77 }), true)).toThrow(/process 77 on laptop/);
    // The refusal says so, for the way out it offers: not "take it over", which is refused.
    expect(caught(() => acquireLock(dir, 'app', env({ isAlive: (pid) => pid === 77 }), true)).detail).toMatchObject({ pid: 77, runningHere: true });
    expect(caught(() => acquireLock(dir, 'app', env({ host: 'desktop', isAlive: () => true }))).detail).toMatchObject({ pid: 77, runningHere: false });
    cli.release();
  });

  it('a holder whose lock was taken over knows it before writing', () => {
    const dir = tempDir();
    const desktop = acquireLock(dir, 'desktop-app', env({ host: 'desktop', pid: 7 }));
    expect(() => desktop.assertHeld()).not.toThrow();
    const laptop = acquireLock(dir, 'laptop-app', env(), true);
    expect(() => desktop.assertHeld()).toThrow(/open in another CAL Register/);
    expect(() => laptop.assertHeld()).not.toThrow();
    laptop.release();
  });

  it('a live lock from another computer is replaced only when the user takes it over, and the old holder cannot remove the new lock', () => {
    const dir = tempDir();
    const desktop = acquireLock(dir, 'desktop-app', env({ host: 'desktop', pid: 7 }));
    expect(() => acquireLock(dir, 'laptop-app', env())).toThrow(/process 7 on desktop/);

    const mine = acquireLock(dir, 'laptop-app', env(), true);
    expect(mine.replaced).toMatchObject({ host: 'desktop', pid: 7, instance: 'desktop-app' });
    // The desktop's program, if it was still running, leaves the laptop's lock alone when it closes.
    desktop.release();
    expect(JSON.parse(readFileSync(join(dir, 'register.lock'), 'utf8'))).toMatchObject({ host: 'laptop', instance: 'laptop-app' });
    mine.release();
    expect(existsSync(join(dir, 'register.lock'))).toBe(false);
  });

  it('two programs taking over one stale lock at once: the second never deletes the lock the first has just made', () => {
    const dir = tempDir();
    const path = join(dir, 'register.lock');
    writeFileSync(path, JSON.stringify({ pid: 5, host: 'laptop', at: '2026-11-25T08:00:00Z', instance: 'crashed-app' }));
    const first = { pid: 6, host: 'laptop', at: '2026-11-25T12:00:00Z', instance: 'first-app' };
    let raced = false;
    // While this program judges the crashed holder's lock, another one removes it and makes its own.
    const isAlive = (pid: number): boolean => {
      if (pid === 5 && !raced) {
        raced = true;
        writeFileSync(path, JSON.stringify(first));
      }
      return pid === first.pid;
    };
    const refused = caught(() => acquireLock(dir, 'second-app', env({ isAlive })));
    expect(refused).toMatchObject({ code: 'register-locked', detail: { pid: 6, runningHere: true } });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(first);
    expect(readdirSync(dir)).toEqual(['register.lock']);
  });

  it('a stale lock its holder removes while it is judged is not reported as taken over', () => {
    const dir = tempDir();
    const path = join(dir, 'register.lock');
    writeFileSync(path, JSON.stringify({ pid: 5, host: 'laptop', at: '2026-11-25T08:00:00Z', instance: 'closing-app' }));
    const lock = acquireLock(dir, 'me', env({ isAlive: () => (rmSync(path, { force: true }), false) }));
    expect(lock.replaced).toBeNull();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ instance: 'me' });
    lock.release();
  });
});
