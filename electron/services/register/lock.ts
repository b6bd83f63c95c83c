import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '../../../shared/result';

export const LOCK_FILE = 'register.lock';

export interface LockOwner {
  pid: number;
  host: string;
  at: string;
  instance: string;
}

export interface LockEnvironment {
  pid: number;
  host: string;
  now: () => Date;
  /** True when a process with this pid runs on this host. */
  isAlive: (pid: number) => boolean;
}

export const processIsAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export const defaultLockEnvironment = (): LockEnvironment => ({
  pid: process.pid,
  host: hostname(),
  now: () => new Date(),
  isAlive: processIsAlive,
});

/** A lock on another host cannot be probed; after this long we treat it as abandoned. */
const FOREIGN_LOCK_STALE_MS = 12 * 60 * 60 * 1000;

function readOwner(path: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.at === 'string') {
      return { pid: parsed.pid, host: parsed.host, at: parsed.at, instance: String(parsed.instance ?? '') };
    }
  } catch {
    // unreadable or half-written lock: treated as stale below
  }
  return null;
}

/** Decides whether an existing lock belongs to a live holder; pure given the environment. */
export function lockIsStale(owner: LockOwner | null, env: LockEnvironment): boolean {
  if (!owner) return true;
  if (owner.host === env.host) return owner.pid === env.pid ? false : !env.isAlive(owner.pid);
  return env.now().getTime() - Date.parse(owner.at) > FOREIGN_LOCK_STALE_MS;
}

export interface HeldLock {
  path: string;
  owner: LockOwner;
  /** The stale lock this one replaced, if any. */
  replaced: LockOwner | null;
  release(): void;
}

/**
 * Takes `register.lock` in `dir` with an exclusive create; a live holder elsewhere refuses, unless
 * `takeOver`: the user said that holder is gone (its computer crashed) and chose to open anyway.
 */
export function acquireLock(dir: string, instance: string, env: LockEnvironment = defaultLockEnvironment(), takeOver = false): HeldLock {
  const path = join(dir, LOCK_FILE);
  const owner: LockOwner = { pid: env.pid, host: env.host, at: env.now().toISOString(), instance };
  let replaced: LockOwner | null = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, JSON.stringify(owner));
      } catch (error) {
        // An empty lock (disk full) would later read as a crashed holder: leave none.
        closeSync(fd);
        rmSync(path, { force: true });
        throw error;
      }
      closeSync(fd);
      return {
        path,
        owner,
        replaced,
        release: () => {
          const current = readOwner(path);
          if (current && current.instance === instance) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const existing = readOwner(path);
      if (existing && existing.instance === instance) {
        return { path, owner: existing, replaced: null, release: () => rmSync(path, { force: true }) };
      }
      if (!takeOver && !lockIsStale(existing, env)) {
        throw new DomainError('register-locked', `The register is open in another CAL Register (process ${existing?.pid} on ${existing?.host} since ${existing?.at}).`, {
          pid: existing?.pid ?? null,
          host: existing?.host ?? null,
          since: existing?.at ?? null,
        });
      }
      replaced = existing ?? { pid: 0, host: '', at: '', instance: '' };
      rmSync(path, { force: true });
    }
  }
  throw new DomainError('register-locked', 'The register lock could not be taken.');
}
