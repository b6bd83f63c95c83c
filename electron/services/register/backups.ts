import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { backupKindSchema, type BackupInfo, type BackupKind, type RegisterNotice } from '../../../shared/contracts/register';
import type { AuditEvent } from '../../../shared/domain/model';
import { keyedError, osErrorCode } from '../../../shared/errors/messages';
import { verifyAuditChain } from './audit';
import { copyFileAtomic, writeJsonAtomic } from './json-store';
import { registerText } from './register-text';

export const BACKUP_DIR = 'backups';
export const DEFAULT_BACKUPS_KEPT = 14;
const BACKUP_NAME = /^register-(\d{8}T\d{6}\d{3}Z)-([a-z-]+)\.json$/;

/** `replaced`: the register as this app last saved it, when another program had put another file in its place (open-register.ts). */
export type BackupReason = BackupKind;

const stamp = (at: Date): string => at.toISOString().replace(/[-:.]/g, '');

function parseStamp(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : value;
}

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Backups of a register folder, newest first; none where backups/ is missing, not a folder or
 * cannot be read (the message about why a register cannot be opened lists them, and must not
 * itself fail on a folder it may not list).
 */
export function listBackups(dir: string): BackupInfo[] {
  try {
    return readBackups(dir);
  } catch {
    return [];
  }
}

/**
 * Backups of a register folder, newest first, for whoever asked to see them (`cal-register backups`): a backups/ folder
 * that exists but cannot be listed is an io-error naming the system's code, never "no backups".
 */
export function readBackups(dir: string): BackupInfo[] {
  const folder = join(dir, BACKUP_DIR);
  if (!isFolder(folder)) return [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    throw keyedError('io-error', 'backups-unreadable', { folder, osCode: osErrorCode(error) });
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    const match = BACKUP_NAME.exec(name);
    if (!match) continue;
    try {
      // A pipe or a device under a backup's name would hang the restore that reads it: not a backup.
      const stats = statSync(join(folder, name));
      const kind = backupKindSchema.safeParse(match[2]);
      if (stats.isFile()) backups.push({ id: name, createdAt: parseStamp(match[1]!), size: stats.size, kind: kind.success ? kind.data : null });
    } catch {
      // Removed meanwhile, or not readable: not a backup anyone can restore.
    }
  }
  return backups.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** Copies `source` into backups/ (temp, fsync, rename), then keeps only the newest `keep`. */
export function writeBackup(dir: string, source: string, reason: BackupReason, at: Date, keep = DEFAULT_BACKUPS_KEPT): BackupInfo {
  return backupInto(dir, reason, at, keep, (target) => copyFileAtomic(source, target));
}

/** Writes `value`, a register document as it goes to disk, into backups/ as `writeBackup` copies a file there. */
export function writeBackupOf(dir: string, value: object, reason: BackupReason, at: Date, keep = DEFAULT_BACKUPS_KEPT): BackupInfo {
  return backupInto(dir, reason, at, keep, (target) => writeJsonAtomic(target, value));
}

function backupInto(dir: string, reason: BackupReason, at: Date, keep: number, write: (target: string) => void): BackupInfo {
  const folder = join(dir, BACKUP_DIR);
  mkdirSync(folder, { recursive: true });
  let name = `register-${stamp(at)}-${reason}.json`;
  for (let n = 1; existsSync(join(folder, name)); n++) name = `register-${stamp(new Date(at.getTime() + n))}-${reason}.json`;
  write(join(folder, name));
  pruneBackups(dir, keep, name, at, reason);
  return listBackups(dir).find((b) => b.id === name)!;
}

/** The newest copies of these kinds are kept whatever their number: each is the way back from a restore, an upgrade or a file another program put in place. */
const WAYS_BACK: readonly BackupReason[] = ['before-restore', 'migration', 'replaced'];
const WAYS_BACK_KEPT = 3;

const reasonOf = (id: string): string | undefined => BACKUP_NAME.exec(id)?.[2];

/**
 * Keeps the `keep` newest daily and manual backups (the register's history), and besides them the
 * `WAYS_BACK_KEPT` newest of each way back: trying backups one after another must not push the older
 * history out, which it did while the copies taken before each restore counted among the `keep`. A
 * backup dated after `now` (written while the computer's clock was ahead) counts as the oldest, not
 * the newest: otherwise, once the clock is right again, every real backup, the copy kept before a
 * restore too, would be first in line for deletion behind it. Older copies from before a restore are
 * weighed only when a restore writes one (`restoreCopiesKept`); no other backup removes them.
 */
function pruneBackups(dir: string, keep: number, protect: string, now: Date, reason: BackupReason): void {
  const future = (b: BackupInfo) => Date.parse(b.createdAt) > now.getTime();
  const all = listBackups(dir);
  const byAge = [...all.filter((b) => !future(b)), ...all.filter(future)];
  const history = byAge.filter((b) => !WAYS_BACK.some((way) => way === reasonOf(b.id)));
  const kept = new Set([protect, ...history.slice(0, Math.max(keep, 1)).map((b) => b.id)]);
  for (const way of ['migration', 'replaced']) for (const b of byAge.filter((x) => reasonOf(x.id) === way).slice(0, WAYS_BACK_KEPT)) kept.add(b.id);
  const restoreCopies = byAge.filter((x) => reasonOf(x.id) === 'before-restore');
  for (const id of reason === 'before-restore' ? restoreCopiesKept(dir, restoreCopies) : restoreCopies.map((b) => b.id)) kept.add(id);
  for (const old of all) {
    if (!kept.has(old.id)) rmSync(join(dir, BACKUP_DIR, old.id), { force: true });
  }
}

/** What a copy from before a restore holds: its bytes' digest, and the hashes of its audit trail where that is intact. */
type RestoreCopy = { id: string; digest: string; trail: readonly string[] };

/**
 * The copies from before a restore to keep (`copies` newest first): the `WAYS_BACK_KEPT` newest, and
 * each older one whose data no other copy holds. Each copy is the register as it was when a restore
 * replaced it, often the only copy of the work done since the backup restored: restore, change,
 * restore again a few times, and the oldest, the register before the first restore, was removed
 * while every restore said the previous file was kept. A copy is held by another with the same bytes
 * (the newer of the two stays), or by one whose intact trail continues its intact trail: every change
 * it recorded, and more. Neither relation goes round, so every copy removed has one kept that holds it.
 */
function restoreCopiesKept(dir: string, copies: readonly BackupInfo[]): string[] {
  if (copies.length <= WAYS_BACK_KEPT) return copies.map((b) => b.id);
  const read = copies.map((b) => restoreCopy(dir, b.id));
  const holds = (other: RestoreCopy, copy: RestoreCopy): boolean => {
    if (other.digest === copy.digest) return other.id > copy.id;
    const length = copy.trail.length;
    return length > 0 && other.trail.length > length && other.trail[length - 1] === copy.trail[length - 1];
  };
  return read.filter((copy, index) => index < WAYS_BACK_KEPT || !read.some((other) => other !== copy && holds(other, copy))).map((c) => c.id);
}

function restoreCopy(dir: string, id: string): RestoreCopy {
  const bytes = readFileSync(join(dir, BACKUP_DIR, id));
  const digest = createHash('sha256').update(bytes).digest('hex');
  try {
    const value: unknown = JSON.parse(registerText(bytes));
    const audit = (value as { audit?: unknown } | null)?.audit;
    // A trail edited by hand (its chain broken) vouches for nothing: such a copy is held only by its very bytes.
    if (!Array.isArray(audit) || !verifyAuditChain(audit as AuditEvent[]).ok) return { id, digest, trail: [] };
    return { id, digest, trail: audit.map((event: AuditEvent) => event.hash) };
  } catch {
    return { id, digest, trail: [] }; // a damaged register kept before a restore: held only by its very bytes
  }
}

/**
 * A copy from before an earlier restore holding exactly the bytes of `file`, if any: a register
 * restored from such a copy and not changed since needs no second copy before the next restore.
 * A daily or manual backup with the same bytes does not count: the history keeps only the newest
 * (`pruneBackups`), so after two more weeks of work it would be gone while the restore had said
 * the register it replaced was kept there; a copy from before a restore stays while no other copy
 * holds its data (`restoreCopiesKept`).
 */
export function identicalBackup(dir: string, file: string): string | null {
  const size = statSync(file).size;
  const same = listBackups(dir).filter((b) => b.size === size && reasonOf(b.id) === 'before-restore');
  if (same.length === 0) return null;
  const bytes = readFileSync(file);
  return same.find((b) => readFileSync(join(dir, BACKUP_DIR, b.id)).equals(bytes))?.id ?? null;
}

/** The notice that the daily backup could not be written, with the system's error code where there is one (EACCES, ENOSPC…). */
export function backupFailedNotice(error: unknown): RegisterNotice {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return { code: 'backup-failed', detail: typeof code === 'string' ? { osCode: code } : {} };
}

/** Resolves a backup id given by the UI to a path inside backups/ (no traversal). */
export function backupPath(dir: string, backupId: string): string {
  if (basename(backupId) !== backupId || !BACKUP_NAME.test(backupId)) {
    throw keyedError('invalid-input', 'backup-id-invalid', { backup: backupId });
  }
  const path = join(dir, BACKUP_DIR, backupId);
  if (!existsSync(path)) throw keyedError('not-found', 'backup-not-found', { backup: backupId });
  return path;
}

/**
 * When the newest backup was written, leaving out backups dated after `now` (written on a computer
 * whose clock was ahead): those would stop the daily copies until their date.
 */
export function lastBackupTime(dir: string, now: Date): number {
  const newest = listBackups(dir).find((b) => Date.parse(b.createdAt) <= now.getTime());
  return newest ? Date.parse(newest.createdAt) : Number.NEGATIVE_INFINITY;
}

/** True when no backup was written in the last day. */
export function dailyBackupDue(dir: string, now: Date): boolean {
  return now.getTime() - lastBackupTime(dir, now) >= 24 * 60 * 60 * 1000;
}
