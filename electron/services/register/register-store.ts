/**
 * Opening, creating and restoring a register folder: the lock, the read, refusing newer or broken
 * files, migrations with a backup first, the schema check. What an open register does is
 * open-register.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CURRENT_SCHEMA_VERSION, registerDocumentSchema, type Organization, type RegisterDocument } from '../../../shared/domain/model';
import type { BackupInfo, RegisterNotice } from '../../../shared/contracts/register';
import { isReadOnlyFileError, keyedError, osErrorCode } from '../../../shared/errors/messages';
import { DomainError } from '../../../shared/result';
import { verifyAuditChain } from './audit';
import { checkedInChunks, ListPrecheck } from './check-in-chunks';
import type { ChunkPlace } from './json-pieces';
import { expandTables, isRecord } from './disk-tables';
import { BACKUP_DIR, backupFailedNotice, backupPath, dailyBackupDue, identicalBackup, listBackups, writeBackup } from './backups';
import { isAtomicTemp, removeLeftovers, writeFileAtomic, writtenPath } from './json-store';
import { acquireLock, LOCK_FILE, type HeldLock, type LockOwner } from './lock';
import { readStamp } from './validation-stamp';
import { parseInChunks, parseInLines } from './parse-in-chunks';
import { type ReadBytes, readReusing } from './read-buffer';
import { registerText } from './register-text';
import { migrateDocument, registerMigrations } from './migrations';
import { namesOfProofFiles, proofFilesOf, type ProofFileRecord, unattachedProofFiles, unattachedProofsNotice } from './unattached-proofs';
import { documentSchemaAt, OpenRegister, PROOFS_DIR, REGISTER_FILE, REGISTER_NAME, upgradeAudit, upgradeNotice, type RegisterDeps } from './open-register';

export type OpenProblemCode = 'register-corrupt' | 'register-missing' | 'register-too-new' | 'register-locked' | 'io-error';

/** Opening failed in a way the user must see; nothing of the file was lost. */
export class RegisterOpenError extends DomainError {
  constructor(
    readonly problem: OpenProblemCode,
    message: string,
    readonly dir: string,
    readonly movedTo: string | null,
    readonly backups: BackupInfo[],
    detail?: DomainError['detail'],
  ) {
    super(problem, message, detail);
    this.name = 'RegisterOpenError';
  }
}

const timeTag = (at: Date) => at.toISOString().replace(/[:.]/g, '-');

export function emptyRegister(organization: Organization, id: string, at: Date): RegisterDocument {
  return registerDocumentSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, registerId: id, createdAt: at.toISOString(), organization });
}

/** Refuses a folder that holds a register, or what is left of an earlier one. */
function assertNoRegister(dir: string): void {
  if (existsSync(join(dir, REGISTER_FILE))) throw keyedError('conflict', 'register-exists', { dir });
  // What is left of an earlier register (its backups, a file an open moved aside) is the user's way back to it:
  // a new, empty register must not quietly take its place.
  if (hasRemains(dir)) throw keyedError('conflict', 'register-remains', { dir });
}

/** Creates a new register in `dir` (which may exist but must not hold a register). */
export function createRegister(dir: string, organization: Organization, deps: RegisterDeps): OpenRegister {
  try {
    return createIn(dir, organization, deps);
  } catch (error) {
    // A folder that cannot be made or written (EACCES, EROFS…) is said with its OS code, never as a stack or the OS text.
    throw error instanceof DomainError ? error : keyedError('io-error', 'register-folder-unusable', { dir, osCode: osErrorCode(error) });
  }
}

function createIn(dir: string, organization: Organization, deps: RegisterDeps): OpenRegister {
  mkdirSync(dir, { recursive: true });
  assertNoRegister(dir);
  const lock = acquireLock(dir, deps.instance, deps.lockEnv);
  try {
    // Asked again under the lock: another program's init may have created a register between the first look and the lock.
    assertNoRegister(dir);
    mkdirSync(join(dir, PROOFS_DIR), { recursive: true });
    const store = deps.storeFactory(dir, REGISTER_NAME);
    const handle = new OpenRegister(dir, emptyRegister(organization, deps.newId(), deps.now()), store, lock, deps, [{ code: 'created', detail: {} }]);
    handle.commit(handle.document, { action: 'register.create', subject: organization.name, after: organization });
    return handle;
  } catch (error) {
    lock.release();
    throw error;
  }
}

type Parsed = { kind: 'ok'; value: Record<string, unknown> } | { kind: 'unreadable'; reason: string };

/** The register file's text as a document: parsed, with its tables back as lists of objects (disk-tables.ts). */
function parseRegisterText(text: string): Parsed {
  try {
    const value: unknown = JSON.parse(text);
    if (!isRecord(value)) return { kind: 'unreadable', reason: 'not a JSON object' };
    return { kind: 'ok', value: expandTables(value) };
  } catch (error) {
    return { kind: 'unreadable', reason: (error as Error).message };
  }
}

/** How a register is opened (`openRegister`). */
export interface OpenOptions {
  /** The user confirmed the program holding the lock is gone; its lock is replaced and the open says so (notice `lock-taken-over`). */
  takeOverLock?: boolean;
  /** No lock, nothing written (see `readOnlyLock`). */
  readOnly?: boolean;
  /**
   * Opened for one change (a CLI command): an older register's upgrade and its backup, and the day's
   * backup, are written with the first change (`OpenRegister.writeAtFirstChange`), so a command
   * refused after the open (a person not found) writes nothing. The app's open writes them at once.
   */
  writeAtFirstChange?: boolean;
}

/** How `openLocked` reads and what it may write at once. */
type OpenMode = { takenOver: boolean; readOnly: boolean; writeAtFirstChange: boolean };

/** Opens the register in `dir`: lock, read, refuse newer files, migrate with a backup, validate. */
export function openRegister(dir: string, deps: RegisterDeps, options: OpenOptions = {}): OpenRegister {
  const file = join(dir, REGISTER_FILE);
  if (!existsSync(file)) throw missingRegister(dir);
  if (options.readOnly) {
    try {
      return openLocked(dir, file, readOnlyLock(dir), deps, { takenOver: false, readOnly: true, writeAtFirstChange: false });
    } catch (error) {
      throw error instanceof DomainError ? error : ioProblem(dir, error);
    }
  }
  let lock: HeldLock;
  try {
    lock = acquireLock(dir, deps.instance, deps.lockEnv, options.takeOverLock === true);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'register-locked') {
      throw new RegisterOpenError('register-locked', error.message, dir, null, listBackups(dir), error.detail);
    }
    throw ioProblem(dir, error);
  }
  try {
    return openLocked(dir, file, lock, deps, { takenOver: options.takeOverLock === true, readOnly: false, writeAtFirstChange: options.writeAtFirstChange === true });
  } catch (error) {
    lock.release();
    throw error instanceof DomainError ? error : ioProblem(dir, error);
  }
}

/**
 * No lock for a reader: a report or an export reads the register while the app has it open, or
 * from a write-protected stick. Saves write atomically (a rename), so a read sees a whole file.
 * Any write through it is refused.
 */
function readOnlyLock(dir: string): HeldLock {
  return {
    path: join(dir, LOCK_FILE),
    owner: { pid: process.pid, host: '', at: '', instance: '' },
    replaced: null,
    assertHeld: () => {
      throw keyedError('register-locked', 'register-read-only');
    },
    release: () => undefined,
  };
}

/** The OS code, never the OS text: that names the lock or a temp file, and becomes the status the renderer gets. */
function ioProblem(dir: string, error: unknown): RegisterOpenError {
  // register.json made read-only (a restore refused to replace it) is the file's doing, not the folder's.
  const keyed = keyedError('io-error', isReadOnlyFileError(error) ? 'register-file-read-only' : 'register-folder-unusable', { dir, osCode: osErrorCode(error) });
  return new RegisterOpenError('io-error', keyed.message, dir, null, listBackups(dir), keyed.detail);
}

/** What the user is told about a lock that was replaced: left by a program no longer running, or taken over at their word. */
function lockNotice(replaced: LockOwner, takenOver: boolean): RegisterNotice {
  // A lock file left empty or unreadable names no one: no "Process: 0".
  const detail: Record<string, string> = {};
  if (replaced.pid > 0) detail.pid = String(replaced.pid);
  if (replaced.host) detail.host = replaced.host;
  if (replaced.at) detail.since = replaced.at;
  return { code: takenOver ? 'lock-taken-over' : 'stale-lock-taken', detail };
}

/** register.json in `dir` is a folder: what an open says of it (with the backups there), and `cal-register verify` too. */
export function registerFileIsFolder(dir: string): RegisterOpenError {
  const keyed = keyedError('io-error', 'register-file-is-folder', { dir, osCode: 'EISDIR' });
  return new RegisterOpenError('io-error', keyed.message, dir, null, listBackups(dir), keyed.detail);
}

const NOT_REGULAR = { reason: 'register.json is not a regular file.', technical: 'not a regular file' } as const;

/**
 * register.json in `dir` is no regular file (a pipe, a device): what a read-only open says of it, leaving it in place, and
 * `cal-register verify` too. Such a file is never read: reading a pipe waits for a writer that may never come.
 */
export function registerFileNotRegular(dir: string, deps: RegisterDeps): RegisterOpenError {
  return keepInPlace(dir, join(dir, REGISTER_FILE), deps, NOT_REGULAR.reason, NOT_REGULAR.technical);
}

function openLocked(dir: string, file: string, lock: HeldLock, deps: RegisterDeps, mode: OpenMode): OpenRegister {
  const { takenOver, readOnly } = mode;
  const notices: RegisterNotice[] = [];
  // A reader neither cleans, nor moves aside, nor upgrades on disk, nor backs up: all of that is the writer's.
  const moveAside = readOnly ? keepInPlace : moveAsideAndReport;
  if (!readOnly) removeStaleTemps(dir);
  if (lock.replaced) notices.push(lockNotice(lock.replaced, takenOver));
  // A pipe or a device in its place (a folder from someone else) would hang the read or fill memory: never read, set aside like a damaged file.
  const kind = statSync(file);
  // A folder of that name is never moved: it is someone's files, not a register. The user is told what it is.
  if (kind.isDirectory()) throw registerFileIsFolder(dir);
  if (!kind.isFile()) throw moveAside(dir, file, deps, NOT_REGULAR.reason, NOT_REGULAR.technical);
  // Into the memory the last open gave back, if it is large enough (read-buffer.ts); given back below unless the register keeps it.
  const read = readReusing(file);
  let kept = false;
  try {
    const opened = fromBytes(dir, file, read, lock, deps, notices, moveAside, mode);
    if (opened.places) {
      opened.register.keepChunksFrom(read, opened.places);
      kept = true;
    }
    return opened.register;
  } finally {
    if (!kept) read.release();
  }
}

type Opened = { register: OpenRegister; places: readonly ChunkPlace[] | null };
/** The rest of `openLocked`, from the bytes read: the register, and the places of its chunks if its stamp vouches for them. */
function fromBytes(dir: string, file: string, read: ReadBytes, lock: HeldLock, deps: RegisterDeps, notices: RegisterNotice[], moveAside: typeof keepInPlace, mode: OpenMode): Opened {
  const { readOnly, writeAtFirstChange } = mode;
  const { bytes } = read;
  // What this open writes at once: the app's open upgrades and backs up now; a reader never; a command with its first change.
  const writesNow = !readOnly && !writeAtFirstChange;
  const target = deps.schemaVersion ?? CURRENT_SCHEMA_VERSION;
  // Bytes this installation wrote, stamped at close, are parsed a chunk at a time where the stamp says its chunks are; any other
  // file where its line breaks say they are (parse-in-chunks.ts).
  const stamped = deps.stampKey === undefined ? null : readStamp(dir, deps.stampKey, bytes, target);
  // A file no stamp vouches for gets the full check; its long lists are checked while they are parsed, if nothing migrates them first.
  const schema = documentSchemaAt(target);
  const precheck = stamped ? null : new ListPrecheck(schema);
  const inChunks = (stamped ? parseInChunks(bytes, stamped) : null) ?? parseInLines(bytes, (root) => (root.schemaVersion === target ? precheck : null));
  // Otherwise decoded with TextDecoder: a third faster than readFileSync(…, 'utf8') at 60 MB, and a byte-order mark is dropped.
  const parsed: Parsed = inChunks ? { kind: 'ok', value: expandTables(inChunks) } : parseRegisterText(registerText(bytes));
  if (parsed.kind === 'unreadable') throw moveAside(dir, file, deps, `register.json cannot be read (${parsed.reason}).`, parsed.reason);

  const version = parsed.value.schemaVersion;
  if (typeof version === 'number' && version > target) {
    throw new RegisterOpenError(
      'register-too-new',
      `register.json was written by a newer CAL Register (schema ${version}; this app reads up to ${target}). Nothing was changed.`,
      dir,
      null,
      listBackups(dir),
    );
  }

  let raw = parsed.value;
  let migrated = false;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 1 && version < target) {
    const backup = writesNow ? writeBackup(dir, file, 'migration', deps.now()) : null;
    try {
      const result = migrateDocument(raw, deps.migrations ?? registerMigrations, target);
      raw = result.document;
      if (backup) notices.push(upgradeNotice(version, target, backup.id));
      migrated = true;
    } catch (error) {
      throw moveAside(dir, file, deps, `register.json could not be upgraded: ${(error as Error).message}`, (error as Error).message);
    }
  }

  // Bytes this installation wrote from a checked document with a verified trail, stamped at close, need no second check.
  const places = !migrated && version === target ? stamped : null;
  const trusted = places !== null;
  // A file parsed whole after all (its lines gave up half way) is checked whole too.
  const passed = inChunks && precheck ? precheck : undefined;
  const checked = trusted ? { success: true as const, data: raw as RegisterDocument } : checkedInChunks(schema, raw, passed);
  if (!checked.success) {
    const where = `${checked.problem.path.join('.') || '(root)'}: ${checked.problem.message}`;
    throw moveAside(dir, file, deps, `register.json does not have the shape of a register (${where}).`, where);
  }

  // A hand-edited trail still opens (the register is the user's), but the user is told where it breaks.
  const chain = trusted ? null : verifyAuditChain(checked.data.audit);
  if (chain && !chain.ok) notices.push({ code: 'audit-chain-broken', detail: { brokenAt: String(chain.brokenAt), events: String(chain.count) } });

  if (writesNow && !migrated && dailyBackupDue(dir, deps.now())) {
    try {
      writeBackup(dir, file, 'daily', deps.now());
    } catch (error) {
      // A full disk must not hide the register; the next save retries the daily copy. But the user is told.
      notices.push(backupFailedNotice(error));
    }
  }
  const handle = new OpenRegister(dir, checked.data, deps.storeFactory(dir, REGISTER_NAME), lock, deps, notices, readOnly, read.stats);
  if (migrated && writesNow) handle.commit(checked.data, upgradeAudit(version as number, target));
  if (writeAtFirstChange) handle.writeAtFirstChange(migrated ? (version as number) : null);
  // With the places, the bytes just read (the JSON of this very document) are kept: its first save writes them again where nothing changed.
  return { register: handle, places };
}

/** Temp files of writes cut short by a crash; with the lock held no one else is writing them. */
function removeStaleTemps(dir: string): void {
  removeLeftovers(dir, (name) => name.startsWith(`${REGISTER_FILE}.tmp-`) || /^\.register\.restore-\d+\.tmp$/.test(name) || /^register\.lock\..+\.tmp$/.test(name));
  // A proof or a backup copied when the program was killed (writeFileAtomic's and copyFileAtomic's temp names).
  removeLeftovers(join(dir, PROOFS_DIR), isAtomicTemp);
  removeLeftovers(join(dir, BACKUP_DIR), isAtomicTemp);
  // register.json a symbolic link to a file in another folder: its writes' temp files are beside that file.
  const written = writtenPath(join(dir, REGISTER_FILE));
  if (written !== join(dir, REGISTER_FILE)) removeLeftovers(dirname(written), (name) => name.startsWith(`${basename(written)}.tmp-`) && isAtomicTemp(name));
}

/** An unreadable register as a reader reports it: left where it is, for the next writer to set aside. */
function keepInPlace(dir: string, _file: string, _deps: RegisterDeps, reason: string, technical: string): RegisterOpenError {
  return new RegisterOpenError('register-corrupt', `${reason} Nothing was changed.`, dir, null, listBackups(dir), { reason: technical });
}

/** Keeps an unreadable register under a new name (never deletes it) and reports it; `technical` is what the reader said (shown as the technical detail). */
function moveAsideAndReport(dir: string, file: string, deps: RegisterDeps, reason: string, technical: string): RegisterOpenError {
  const target = join(dir, `register.corrupt-${timeTag(deps.now())}.json`);
  renameSync(file, target);
  return new RegisterOpenError('register-corrupt', `${reason} It was moved aside to ${target} and kept.`, dir, target, listBackups(dir), { reason: technical });
}

/**
 * Puts a backup back as register.json. Whatever register.json holds now is first kept as a
 * backup (or left moved aside), so a restore never loses bytes; one written by a newer CAL Register
 * is refused instead, with nothing written.
 */
export function restoreBackup(dir: string, backupId: string, deps: RegisterDeps, options: { takeOverLock?: boolean } = {}): OpenRegister {
  const source = backupPath(dir, backupId);
  // Held from before the write: a restore under a register open elsewhere would be overwritten by it.
  let lock: HeldLock;
  try {
    lock = acquireLock(dir, deps.instance, deps.lockEnv, options.takeOverLock === true);
  } catch (error) {
    throw error instanceof DomainError ? error : ioProblem(dir, error);
  }
  try {
    const handle = restoreLocked(dir, source, backupId, deps);
    if (lock.replaced) handle.notices.push(lockNotice(lock.replaced, options.takeOverLock === true));
    return handle;
  } catch (error) {
    lock.release();
    // A full disk or a refused copy in words and the OS code; the OS text names temp files.
    throw error instanceof DomainError ? error : ioProblem(dir, error);
  }
}

/** A register file's text as an open reads it (`registerText`), for readers that do not keep the bytes. */
export function readRegisterText(path: string): string {
  return registerText(readFileSync(path));
}

function restoreLocked(dir: string, source: string, backupId: string, deps: RegisterDeps): OpenRegister {
  // Only a regular file is read: a pipe under a backup's name would hang the restore (as register.json, in openLocked).
  if (!statSync(source).isFile()) throw keyedError('register-corrupt', 'backup-unreadable', { backup: backupId });
  const text = readRegisterText(source);
  const parsed = parseRegisterText(text);
  const unreadable = () => keyedError('register-corrupt', 'backup-unreadable', { backup: backupId });
  if (parsed.kind === 'unreadable') throw unreadable();
  const target = deps.schemaVersion ?? CURRENT_SCHEMA_VERSION;
  const version = parsed.value.schemaVersion;
  if (typeof version === 'number' && version > target) throw keyedError('register-too-new', 'backup-too-new', { backup: backupId, version: String(version) });
  // An older backup is upgraded in memory and checked as the open will check it, before anything is written: a
  // damaged one must not replace the register and then be set aside, leaving only the copy taken before the restore.
  let candidate: Record<string, unknown> = parsed.value;
  if (typeof version === 'number' && version < target) {
    try {
      candidate = migrateDocument(candidate, deps.migrations ?? registerMigrations, target).document;
    } catch {
      throw unreadable();
    }
  }
  if (!documentSchemaAt(target).safeParse(candidate).success) throw unreadable();
  const file = join(dir, REGISTER_FILE);
  const replaced = existsSync(file) ? looselyParsed(file) : null;
  // A register a newer CAL Register wrote is never replaced: this app could not open its copy kept before the restore.
  // A damaged one is (it parses to nothing): its bytes are kept as that copy, as they were found.
  const replacedVersion = (replaced as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof replacedVersion === 'number' && replacedVersion > target) {
    throw keyedError('register-too-new', 'register-too-new-not-restored', { dir, version: replacedVersion, supported: target });
  }
  // The proofs the register being replaced lists, by file: attached since the backup, they stay in proofs/ but no lot names them.
  const replacedProofs = replaced ? proofFilesOf(replaced) : new Map<string, ProofFileRecord>();
  const keptBefore = existsSync(file) ? (identicalBackup(dir, file) ?? writeBackup(dir, file, 'before-restore', deps.now()).id) : null;
  // Durable like every save: a power cut right after a restore must not leave a half-written register.
  writeFileAtomic(file, text);
  const handle = openRegister(dir, deps);
  // `keptAs`: where the register it replaced went, so the window can say how to go back (none when there was no file).
  handle.notices.push({ code: 'restored-from-backup', detail: { backup: backupId, ...(keptBefore ? { keptAs: keptBefore } : {}) } });
  const unattached = unattachedProofFiles(join(dir, PROOFS_DIR), handle.document);
  const notice = unattachedProofsNotice(unattached, namesOfProofFiles(unattached.slice(0, 5), proofSources(dir, replacedProofs, [backupId, keptBefore])));
  if (notice) handle.notices.push(notice);
  return handle;
}

/**
 * Where a restore finds the names of the proofs the restored register no longer lists: the register
 * it replaced; where that was gone or unreadable, the newest other backup (`skip`: the one restored
 * and the copy of the replaced register), then the newest file an earlier open set aside. An older
 * backup knows no proof the newest does not (proofs are added, never taken off a register), and
 * each is a whole register to read: at 50,000 people, half a second.
 */
function* proofSources(dir: string, replaced: ReadonlyMap<string, ProofFileRecord>, skip: readonly (string | null)[]): Generator<() => ReadonlyMap<string, ProofFileRecord>> {
  yield () => replaced;
  const backup = listBackups(dir).find((b) => !skip.includes(b.id));
  if (backup) yield () => proofFilesOf(looselyParsed(join(dir, BACKUP_DIR, backup.id)));
  const setAside = listCorruptCopies(dir).at(-1);
  if (setAside) yield () => proofFilesOf(looselyParsed(join(dir, setAside)));
}

/** The document in a register file as far as it parses (no schema check), or nothing. */
function looselyParsed(file: string): Partial<RegisterDocument> {
  try {
    const parsed = parseRegisterText(readRegisterText(file));
    return parsed.kind === 'ok' ? (parsed.value as Partial<RegisterDocument>) : {};
  } catch {
    return {};
  }
}

/** Backups or a file an earlier open moved aside: what is left of a register whose register.json is gone. */
function hasRemains(dir: string): boolean {
  return listBackups(dir).length > 0 || listCorruptCopies(dir).length > 0;
}

/** Whether `dir` is a register to open: its register.json, or what is left of it (`missingRegister` offers the backups). */
export function holdsRegister(dir: string): boolean {
  return existsSync(join(dir, REGISTER_FILE)) || hasRemains(dir);
}

/**
 * The refusal to open a folder without register.json. Where backups or a file set aside earlier
 * are left (a damaged register moved aside by an earlier open, a file deleted by hand), it is a
 * problem that offers them, as a damaged file does; nothing is written.
 */
function missingRegister(dir: string): DomainError {
  if (!existsSync(dir) || !hasRemains(dir)) return keyedError('not-found', 'register-missing', { dir });
  const setAside = listCorruptCopies(dir).at(-1);
  const movedTo = setAside ? join(dir, setAside) : null;
  const kept = movedTo ? `its backups and the file set aside as ${movedTo} are kept` : 'its backups are kept';
  return new RegisterOpenError('register-missing', `register.json is missing from ${dir}; ${kept}. Restore a backup to go on; nothing was changed.`, dir, movedTo, listBackups(dir));
}

/** Files moved aside by earlier opens, so the user can be reminded they exist. */
export function listCorruptCopies(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => n.startsWith('register.corrupt-')).sort();
  } catch {
    return []; // no folder there, a file given as the folder, or one that cannot be listed: nothing set aside to offer
  }
}
