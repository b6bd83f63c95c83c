import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DomainError } from '../../../shared/result';
import { listBackups, readBackups } from '../../services/register/backups';
import { listCorruptCopies, RegisterOpenError, restoreBackup } from '../../services/register/register-store';
import { REGISTER_FILE, type OpenRegister } from '../../services/register/open-register';
import { cliDeps, onlyRegisterDir, ownArgs, takeOverLockChosen, UsageError, type Io } from '../context';
import { localTime, msg, noticeLine } from '../messages';

export const backupsHelp = (): string => msg('helpBackups');
export const restoreHelp = (): string => msg('helpRestore');

function parse(args: string[], options: { backup?: { type: 'string' } } = {}) {
  const all = { ...options, json: { type: 'boolean', default: false } } as const;
  const { values, positionals } = parseArgs({ args: ownArgs(args, all), allowPositionals: true, options: all });
  const dir = onlyRegisterDir(positionals);
  if (!existsSync(dir)) throw new UsageError(msg('dirMissing', { dir }));
  if (!statSync(dir).isDirectory()) throw new UsageError(msg('notAFolder', { dir }));
  return { values: values as { json?: boolean; backup?: string }, dir };
}

const kib = (bytes: number): string => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/**
 * Read-only: lists backups and files moved aside, so a user can choose what to restore. The list is the result, on stdout
 * as `people` prints its list (`backups <dir> | head -1` is the newest); with --json, the JSON document is.
 */
export function runBackups(args: string[], io: Io): number {
  const { values, dir } = parse(args);
  const backups = readBackups(dir);
  const corrupt = listCorruptCopies(dir);
  if (values.json) io.out(JSON.stringify({ backups, movedAside: corrupt }));
  if (backups.length === 0) io.err(msg('noBackups', { dir }));
  for (const b of backups) (values.json ? io.err : io.out)(`${b.id}  ${localTime(b.createdAt)}  ${kib(b.size)}`);
  if (corrupt.length) io.err(msg('movedAside', { files: corrupt.join(', ') }));
  if (backups.length) io.err(msg('restoreHint', { dir: shellArg(dir) }));
  return 0;
}

export function runRestore(args: string[], io: Io): number {
  const { values, dir } = parse(args, { backup: { type: 'string' } });
  const id = values.backup;
  if (!id) throw new UsageError(msg('backupRequired'));
  // Only a backup the folder lists: a path, a typo or another folder's backup gets one line that says where to look.
  if (!listBackups(dir).some((b) => b.id === id)) throw new UsageError(msg('backupNotFound', { id, dir: shellArg(dir) }));
  const hadRegister = existsSync(join(dir, REGISTER_FILE));
  const register = restoreUnlessUnreadable(dir, id);
  try {
    const doc = register.document;
    if (values.json) io.out(JSON.stringify({ restored: id, registerId: doc.registerId, organization: doc.organization.name, auditEvents: doc.audit.length, notices: register.notices }));
    io.err(msg(hadRegister ? 'restored' : 'restoredNoPrevious', { id, name: doc.organization.name }));
    // The restore itself was just said; an upgrade of an older backup or a lock taken over was not.
    for (const notice of register.notices) if (notice.code !== 'restored-from-backup') io.err(noticeLine(notice));
  } finally {
    register.close();
  }
  return 0;
}

function restoreUnlessUnreadable(dir: string, id: string): OpenRegister {
  try {
    return restoreBackup(dir, id, cliDeps(), { takeOverLock: takeOverLockChosen() });
  } catch (error) {
    // The backup itself is refused before anything is written; a register that then fails to open says so itself.
    if (error instanceof DomainError && !(error instanceof RegisterOpenError) && error.code === 'register-corrupt') throw new UsageError(msg('backupUnreadable', { id }));
    throw error;
  }
}

/** What a CLI user can do next when a register does not open. */
export function openProblemHint(error: unknown, dir: string | undefined): string | null {
  if (!(error instanceof DomainError)) return null;
  // Locked when opening (RegisterOpenError) or when restoring (the lock's own error): the same way out.
  if (error.code === 'register-locked') return msg(error.detail?.runningHere === true ? 'lockedHereHint' : 'lockedHint');
  // `init` in a folder with what is left of an earlier register: where to see it and how to bring it back.
  if (error.detail?.messageKey === 'register-remains') return msg('remainsHint', { dir: dir ? shellArg(dir) : msg('placeholderDir') });
  // A folder that cannot be read or written: a backup would not help (it could not be written either, and is older).
  if (error.detail?.messageKey === 'register-folder-unusable') return msg('folderUnusableHint');
  if (!(error instanceof RegisterOpenError)) return null;
  if (error.problem === 'register-too-new') return msg('tooNewHint');
  if (error.backups.length === 0) return null;
  return msg('backupsHint', { count: error.backups.length, newest: error.backups[0]!.id, dir: dir ? shellArg(dir) : msg('placeholderDir') });
}

/** A folder as a command line needs it: quoted when it holds spaces, quotes or shell characters (a hint is copied into a terminal). */
export function shellArg(path: string, platform: NodeJS.Platform = process.platform): string {
  if (/^[\w@%+=:,./\\-]+$/.test(path)) return path;
  // cmd.exe takes a quoted path as it is; a POSIX shell needs ", \, $ and ` escaped inside quotes.
  return platform === 'win32' ? `"${path}"` : `"${path.replace(/(["\\$`])/g, '\\$1')}"`;
}
