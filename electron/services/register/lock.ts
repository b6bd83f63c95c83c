import { closeSync, existsSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
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
  /** When this computer last started (ms since the epoch); a lock written before then has no live holder. */
  bootedAt?: () => number;
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
  bootedAt: () => Date.now() - uptime() * 1000,
});

/** A lock on another host cannot be probed; after this long we treat it as abandoned. */
const FOREIGN_LOCK_STALE_MS = 12 * 60 * 60 * 1000;

/**
 * An empty or unreadable lock this young is being written by its holder (a file system without
 * hard links creates it first and writes it next): held, not abandoned.
 */
const UNREADABLE_LOCK_GRACE_MS = 10_000;

/** A lock this app writes is a line of JSON; anything much larger is no lock of ours. */
const LOCK_MAX_BYTES = 64 * 1024;

function readOwner(path: string): LockOwner | null {
  try {
    // Only a small regular file is read: a pipe under the lock's name would hang every open, a device (/dev/zero) exhaust memory.
    const stats = statSync(path);
    if (!stats.isFile() || stats.size > LOCK_MAX_BYTES) return null;
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.at === 'string') {
      return { pid: parsed.pid, host: parsed.host, at: parsed.at, instance: String(parsed.instance ?? '') };
    }
  } catch {
    // unreadable or half-written lock: treated as stale below
  }
  return null;
}

/** Who holds the register in `dir`, as its lock file says (null when there is none, or it cannot be read). */
export function lockHolderOf(dir: string): LockOwner | null {
  return readOwner(join(dir, LOCK_FILE));
}

/** A lock this much older than the computer's start is from before it; the margin allows for a clock set right since. */
const BOOT_MARGIN_MS = 10 * 60 * 1000;

/**
 * Whether the holder a lock names runs on this computer now. Its pid alone does not say so after a
 * restart: another program may have that pid by then (common on Windows), and the lock could then
 * never be taken over. A lock written before this computer started has no live holder.
 */
export function holderRunsHere(owner: LockOwner, env: LockEnvironment): boolean {
  if (owner.host !== env.host || owner.pid === env.pid) return false;
  const at = Date.parse(owner.at);
  const booted = env.bootedAt?.();
  if (booted !== undefined && Number.isFinite(at) && at < booted - BOOT_MARGIN_MS) return false;
  return env.isAlive(owner.pid);
}

/** Decides whether an existing lock belongs to a live holder; pure given the environment. */
export function lockIsStale(owner: LockOwner | null, env: LockEnvironment): boolean {
  if (!owner) return true;
  if (owner.host === env.host) return owner.pid === env.pid ? false : !holderRunsHere(owner, env);
  const at = Date.parse(owner.at);
  // A lock whose time cannot be read can never be aged: not a live holder's (which writes the time).
  return !Number.isFinite(at) || env.now().getTime() - at > FOREIGN_LOCK_STALE_MS;
}

export interface HeldLock {
  path: string;
  owner: LockOwner;
  /** The stale lock this one replaced, if any. */
  replaced: LockOwner | null;
  /** Throws `register-locked` when the lock file no longer names this holder (another program took it over). */
  assertHeld(): void;
  release(): void;
}

/** `runningHere`: the holder's process runs on this computer now, so the lock is never taken over (`acquireLock`). */
const lockedError = (existing: LockOwner | null, runningHere = false): DomainError =>
  new DomainError('register-locked', `The register is open in another CAL Register${existing ? ` (process ${existing.pid} on ${existing.host} since ${existing.at})` : ''}.`, {
    pid: existing?.pid ?? null,
    host: existing?.host ?? null,
    since: existing?.at ?? null,
    runningHere,
  });

/**
 * Creates the lock with its owner already in it: written to a file of this holder's own, then
 * hard-linked into place, which fails if a lock exists. A contender never sees an empty lock (it
 * would take it for a crashed holder's and replace it). Where the file system has no hard links
 * (FAT32 and exFAT sticks), an exclusive create, then the write.
 */
function createLock(path: string, owner: LockOwner): void {
  const own = `${path}.${owner.instance}.tmp`;
  let linked = false;
  try {
    writeFileSync(own, JSON.stringify(owner), { flag: 'w' });
    linkSync(own, path);
    linked = true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOSPC' || code === 'EACCES' || code === 'EROFS') throw error;
  } finally {
    rmSync(own, { force: true });
  }
  if (linked) return;
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
}

/** An unreadable lock written in the last few seconds: its holder is still writing it. */
function beingWritten(path: string, env: LockEnvironment): boolean {
  try {
    const stats = statSync(path);
    return stats.isFile() && Math.abs(env.now().getTime() - stats.mtimeMs) < UNREADABLE_LOCK_GRACE_MS;
  } catch {
    return false;
  }
}

const sameOwner = (a: LockOwner | null, b: LockOwner | null): boolean =>
  a === null || b === null ? a === b : a.instance === b.instance && a.at === b.at && a.pid === b.pid && a.host === b.host;

/**
 * Removes the lock judged stale, and only that one: a compare-and-swap on a file system. Another
 * program taking the same stale lock over at the same moment may already have replaced it with its
 * own, live lock; deleting by name would then delete that one, and both would think they held the
 * register. So the lock is first renamed aside (atomic), then read: if it is not the lock that was
 * judged, it is put back where it was and false is returned. (Should a third program have made a
 * lock in the meantime, the one moved aside is not put back, and its holder learns at its next
 * write that it holds nothing: `assertHeld`.)
 */
function removeJudgedLock(path: string, judged: LockOwner | null, instance: string): boolean {
  const aside = `${path}.${instance}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    // Already gone (its holder closed): nothing was replaced, and the next create decides.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    const moved = readOwner(aside);
    if (sameOwner(moved, judged)) return true;
    try {
      linkSync(aside, path);
    } catch {
      // A third lock is in place (EEXIST), or no hard links (FAT): put it back only where nothing is.
      if (!existsSync(path)) renameSync(aside, path);
    }
    return false;
  } finally {
    rmSync(aside, { force: true });
  }
}

/**
 * Takes `register.lock` in `dir` with an exclusive create; a live holder elsewhere refuses, unless
 * `takeOver`: the user said that holder is gone (its computer crashed) and chose to open anyway.
 * A holder seen running on this computer is never taken over.
 */
export function acquireLock(dir: string, instance: string, env: LockEnvironment = defaultLockEnvironment(), takeOver = false): HeldLock {
  const path = join(dir, LOCK_FILE);
  const owner: LockOwner = { pid: env.pid, host: env.host, at: env.now().toISOString(), instance };
  let replaced: LockOwner | null = null;
  const assertHeld = (): void => {
    const current = readOwner(path);
    if (current?.instance !== instance) throw lockedError(current);
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      createLock(path, owner);
      return {
        path,
        owner,
        replaced,
        assertHeld,
        release: () => {
          const current = readOwner(path);
          if (current && current.instance === instance) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const existing = readOwner(path);
      if (existing && existing.instance === instance) {
        return {
          path,
          owner: existing,
          replaced: null,
          assertHeld,
          release: () => rmSync(path, { force: true }),
        };
      }
      // Released between the create and the read: nobody to replace, try again.
      if (!existing && !existsSync(path)) continue;
      if (!existing && beingWritten(path, env)) throw lockedError(null);
      const runsHere = existing !== null && holderRunsHere(existing, env);
      if ((!takeOver || runsHere) && !lockIsStale(existing, env)) throw lockedError(existing, runsHere);
      // Replaced only if it is still the lock judged here; otherwise the next attempt judges the one in its place.
      if (removeJudgedLock(path, existing, instance)) replaced = existing ?? { pid: 0, host: '', at: '', instance: '' };
    }
  }
  throw new DomainError('register-locked', 'The register lock could not be taken.');
}
