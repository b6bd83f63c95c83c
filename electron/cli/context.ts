import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { statSync, type Stats } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { FIRST_YEAR, isCalendarDate, isPlausibleDate, LAST_YEAR } from '../../shared/licensing/dates';
import { DomainError } from '../../shared/result';
import { msg, noticeLine } from './messages';
import { registerFileStore } from '../services/register/json-store';
import { openRegister } from '../services/register/register-store';
import { REGISTER_FILE, type OpenRegister, type RegisterDeps } from '../services/register/open-register';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/**
 * A reader that stops early (`cal-register check <dir> | head -3`) closes the pipe, and the next
 * write fails with EPIPE: end quietly, as Unix tools do, instead of an uncaught error with a stack
 * trace. Any other stream error is thrown on as before.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.EventEmitter, exit: (code: number) => void = (code) => process.exit(code)): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

let takeOverLock = false;

/**
 * `--take-over-lock`: the user says the CAL Register holding the register's lock is gone (its
 * computer crashed), so the command opens it anyway, as the app's Open anyway does.
 */
export function setTakeOverLock(value: boolean): void {
  takeOverLock = value;
}

export const takeOverLockChosen = (): boolean => takeOverLock;

/** Bad usage or bad input: exit 2 with a one-line message, nothing written. */
export class UsageError extends Error {}

/**
 * `-h` or `--help` among a command's own options, found by a command that reads its help request
 * itself (after it has taken each option's value): its help on stdout, exit 0, nothing done.
 */
export class HelpAsked extends Error {}

/** Whether `args`, each option's value already taken, ask for help. */
export function throwIfHelpAsked(args: readonly string[]): void {
  if (args.includes('--help') || args.includes('-h')) throw new HelpAsked();
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * A value that starts with one dash after an option that takes a value is that value: a negative
 * number (`--quantity -5`, which its own check then refuses by name), a note ("- pilne"), a name
 * ("-Anna", `--org "- Firma"`), a date mistyped (`--on -1`, refused as a date). Node's parser would take
 * it for an option and say the value is missing. Only `--…` names an option of ours, so a single dash
 * there never does.
 */
export function joinDashValues(args: readonly string[], options: OptionsConfig): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (arg.startsWith('--') && options[arg.slice(2)]?.type === 'string' && next !== undefined && /^-(?!-)/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/**
 * A command's arguments with dash values joined to their options (`joinDashValues`); `-h` or `--help` left
 * standing asks for the command's help (`--notes -h` is a note). Every command that takes a value reads its
 * arguments so; their entries in cli/index.ts say `ownHelp`.
 */
export function ownArgs(args: readonly string[], options: OptionsConfig): string[] {
  const joined = joinDashValues(args, options);
  throwIfHelpAsked(joined);
  return joined;
}

export function cliDeps(): RegisterDeps {
  let actor = 'unknown';
  try {
    actor = userInfo().username;
  } catch {
    // no passwd entry (containers): keep "unknown"
  }
  return { storeFactory: registerFileStore, now: () => new Date(), actor: `${actor} (cli)`, instance: randomUUID(), newId: () => randomUUID() };
}

export const registerDir = (dir: string | undefined): string => {
  if (!dir) throw new UsageError(msg('folderMissing'));
  const path = resolve(dir);
  // The register's own file named instead of its folder (`check ./acme/register.json`, a path copied from Explorer): its folder.
  return basename(path) === REGISTER_FILE && isFile(path) ? dirname(path) : path;
};

/** Whether `path` is a regular file; false for anything that cannot be looked at (a parent that is a file: ENOTDIR). */
const isFile = (path: string): boolean => statOf(path)?.isFile() === true;

/** Whether `path` is a folder; false for anything that cannot be looked at. */
export const isFolder = (path: string): boolean => statOf(path)?.isDirectory() === true;

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The register folder of a command that takes nothing else before its options; a stray word is refused, not ignored. */
export function onlyRegisterDir(positionals: readonly string[]): string {
  const dir = registerDir(positionals[0]);
  if (positionals.length > 1) throw new UsageError(msg('unexpectedArgument', { arg: positionals[1]! }));
  return dir;
}

/**
 * Opens a register for one command and always releases its lock. What the open did on its own
 * (a lock taken over, a change history that no longer verifies) is said on stderr first, as the
 * app says it on its overview: a script's stdout stays its output. An older register is upgraded
 * on disk, after its backup, only with the command's change (and the day's backup written only
 * then): a command refused after the open, such as one naming a person who is not there, writes
 * nothing. What the change wrote on its own (the upgrade, a backup that failed) is said after it.
 * `readOnly` (check, export): no lock, nothing written, so they run while the app has the register
 * open or from a write-protected stick; an older register is upgraded in memory only.
 */
export async function withRegister<T>(dir: string, io: Io, run: (register: OpenRegister) => Promise<T> | T, options: { readOnly?: boolean } = {}): Promise<T> {
  const register = openRegister(dir, cliDeps(), options.readOnly ? { readOnly: true } : { takeOverLock, writeAtFirstChange: true });
  let said = 0;
  const sayNotices = (): void => {
    for (const notice of register.notices.slice(said)) io.err(noticeLine(notice));
    said = register.notices.length;
  };
  sayNotices();
  try {
    return await run(register);
  } finally {
    sayNotices();
    register.close();
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

/**
 * The values of the options given, checked by their fields' schemas before the register is opened, as
 * `person add` and `server add` check theirs: a refused edit writes nothing (no upgrade, no daily
 * backup, no lock), and a bad value is named whichever record the command names. A ZodError, which
 * the CLI words by option (`--email`, `--by`). The record's own rules are checked when it is saved.
 */
export function checkGiven(shape: Readonly<Record<string, z.ZodType>>, given: Readonly<Record<string, unknown>>): void {
  const fields = Object.keys(given).filter((key) => given[key] !== undefined);
  z.object(Object.fromEntries(fields.map((key) => [key, shape[key]!]))).parse(Object.fromEntries(fields.map((key) => [key, given[key]])));
}

/**
 * A date given on the command line (`--date`, `--as-of`, `--on`, `--until`), by every command: a real day of a year
 * from 1990 to 2099, else refused by its option and said why: not written YYYY-MM-DD; a day the calendar does not
 * have (2026-02-30, 2024-13-01); a typo of a year like 0224 or 2204, never a date someone means (`isPlausibleDate`).
 */
export function givenDate(value: string, flag: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(msg('badDate', { flag, value }));
  if (!isCalendarDate(value)) throw new UsageError(msg('noSuchDay', { flag, value }));
  if (!isPlausibleDate(value)) throw new UsageError(msg('badYear', { flag, value, first: FIRST_YEAR, last: LAST_YEAR }));
  return value;
}
