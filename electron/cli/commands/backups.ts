import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { listBackups } from '../../services/register/backups';
import { listCorruptCopies, RegisterOpenError, restoreBackup } from '../../services/register/register-store';
import { cliDeps, registerDir, UsageError, type Io } from '../context';
import { msg, noticeLine } from '../messages';

export const backupsHelp = 'cal-register backups <dir> [--json]   list the register\'s backups, newest first (read-only)';
export const restoreHelp = 'cal-register restore <dir> --backup <id> [--json]   put a backup back; the current file is kept as a backup first';

function parse(args: string[], options: { backup?: { type: 'string' } } = {}) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...options, json: { type: 'boolean', default: false } } });
  const dir = registerDir(positionals[0]);
  if (positionals.length > 1) throw new UsageError(msg('unexpectedArgument', { arg: String(positionals[1]) }));
  if (!existsSync(dir)) throw new UsageError(msg('dirMissing', { dir }));
  return { values: values as { json?: boolean; backup?: string }, dir };
}

const kib = (bytes: number): string => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** Read-only: lists backups and files moved aside, so a user can choose what to restore. */
export function runBackups(args: string[], io: Io): number {
  const { values, dir } = parse(args);
  const backups = listBackups(dir);
  const corrupt = listCorruptCopies(dir);
  if (values.json) io.out(JSON.stringify({ backups, movedAside: corrupt }));
  if (backups.length === 0) io.err(msg('noBackups', { dir }));
  for (const b of backups) io.err(`${b.id}  ${b.createdAt}  ${kib(b.size)}`);
  if (corrupt.length) io.err(msg('movedAside', { files: corrupt.join(', ') }));
  if (backups.length) io.err(msg('restoreHint', { dir }));
  return 0;
}

export function runRestore(args: string[], io: Io): number {
  const { values, dir } = parse(args, { backup: { type: 'string' } });
  const id = values.backup;
  if (!id) throw new UsageError(msg('backupRequired'));
  const register = restoreBackup(dir, id, cliDeps());
  try {
    const doc = register.document;
    if (values.json) io.out(JSON.stringify({ restored: id, registerId: doc.registerId, organization: doc.organization.name, auditEvents: doc.audit.length, notices: register.notices }));
    io.err(msg('restored', { id, name: doc.organization.name }));
    // The restore itself was just said; an upgrade of an older backup or a lock taken over was not.
    for (const notice of register.notices) if (notice.code !== 'restored-from-backup') io.err(noticeLine(notice));
  } finally {
    register.close();
  }
  return 0;
}

/** What a CLI user can do next when a register does not open. */
export function openProblemHint(error: unknown, dir: string | undefined): string | null {
  if (!(error instanceof RegisterOpenError)) return null;
  if (error.problem === 'register-locked') return 'Close CAL Register where the register is open, then run the command again.';
  if (error.problem === 'register-too-new') return 'Update CAL Register to the version that wrote this register.';
  if (error.backups.length === 0) return null;
  return `Backups: ${error.backups.length}, newest ${error.backups[0]!.id}. List them with: cal-register backups ${dir ?? '<dir>'}; restore with: cal-register restore ${dir ?? '<dir>'} --backup <id>`;
}
