import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, registerDocumentSchema, type Organization, type RegisterDocument } from '../../../shared/domain/model';
import type { BackupInfo, RegisterNotice } from '../../../shared/contracts/register';
import { isReadOnlyFileError, keyedError, osErrorCode, writeFailedError } from '../../../shared/errors/messages';
import { DomainError } from '../../../shared/result';
import { nextAuditEvent, verifyAuditChain, type AuditInput } from './audit';
import { checkedInChunks, checkInChunks, type DocumentArray, ListPrecheck } from './check-in-chunks';
import { uncheckedEntries } from './unchecked-entries';
import { type ChunkPlace, ChunkTexts } from './json-pieces';
import { expandTables, isRecord, tablesForDisk } from './disk-tables';
import { BACKUP_DIR, backupPath, dailyBackupDue, lastBackupTime, listBackups, writeBackup } from './backups';
import { writeFileAtomic, writtenPath, type JsonFileStore, type JsonStoreFactory } from './json-store';
import { acquireLock, LOCK_FILE, type HeldLock, type LockEnvironment, type LockOwner } from './lock';
import { readStamp, writeStamp } from './validation-stamp';
import { parseInChunks, parseInLines } from './parse-in-chunks';
import { type ReadBytes, readReusing } from './read-buffer';
import { migrateDocument, registerMigrations, type Migration } from './migrations';
import { proofFilesOf, type ProofFileRecord, unattachedProofsNotice } from './unattached-proofs';

export const REGISTER_FILE = 'register.json';
export const REGISTER_NAME = 'register';
export const PROOFS_DIR = 'proofs';

export interface RegisterDeps {
  /** Writes register.json: `registerFileStore`, or a failing disk in tests. Made at every open, so it must not read the file. */
  storeFactory: JsonStoreFactory;
  now: () => Date;
  /** OS user name written into every audit event. */
  actor: string;
  /** Identifies this process's hold on the lock file. */
  instance: string;
  newId: () => string;
  lockEnv?: LockEnvironment;
  migrations?: readonly Migration[];
  /** The schema version this app writes; tests raise it to exercise a migration. */
  schemaVersion?: number;
  /** This installation's key for `register.stamp` (validation-stamp.ts); without it every open checks the whole schema. */
  stampKey?: Uint8Array;
  /**
   * Freeze every document the register holds (`freezeDeep`), so that code changing one in place
   * throws instead of going unnoticed. The tests set it: the commit check and the kept chunks of a
   * save (json-pieces.ts `ChunkTexts`) trust that an entry that is the same object is unchanged, and
   * an entry changed in place would be saved as its old bytes. The app leaves it off: freezing the
   * 220,000 objects of a 50,000-person register adds 80–150 ms to its open.
   */
  freezeDocuments?: boolean;
}

/**
 * Freezes `value` and all it holds that is not frozen yet. What is frozen already is not walked
 * again: a document shares all a change did not touch with the one before it, so freezing the next
 * document walks only what the change built (and the arrays that hold it).
 */
export function freezeDeep(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) freezeDeep(value[i]);
    return;
  }
  for (const key of Object.keys(value)) freezeDeep((value as Record<string, unknown>)[key]);
}

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

/** The register schema with the version this app writes (tests may run one version ahead). */
const documentSchemaAt = (version: number) =>
  (version === CURRENT_SCHEMA_VERSION
    ? registerDocumentSchema
    : registerDocumentSchema.extend({ schemaVersion: z.literal(version) })) as unknown as typeof registerDocumentSchema;

const DAY_MS = 24 * 60 * 60 * 1000;

const timeTag = (at: Date) => at.toISOString().replace(/[:.]/g, '-');

/** An open register folder: the document in memory, written atomically on every change. */
export class OpenRegister {
  #document: RegisterDocument;
  readonly #store: JsonFileStore;
  readonly #lock: HeldLock;
  readonly #deps: RegisterDeps;
  #closed = false;
  /** A commit wrote the file, so closing stamps it (see validation-stamp.ts). */
  #wrote = false;
  /** The audit trail verified at open (commits only append to it); a broken one is never stamped. */
  readonly #trailIntact: boolean;
  /** When the newest backup was written; a commit a day later writes the next one. */
  #lastBackupAt: number;
  /** The JSON of the last write a chunk at a time, so a commit stringifies only what it changed. */
  readonly #texts = new ChunkTexts();
  /** The file a stamped open read, whose chunks a save may write again (`keepChunksFrom`): held until close, then given back (read-buffer.ts). */
  #read: ReadBytes | null = null;

  constructor(
    readonly dir: string,
    document: RegisterDocument,
    store: JsonFileStore,
    lock: HeldLock,
    deps: RegisterDeps,
    readonly notices: RegisterNotice[],
    /** Opened only to be read: no lock is held, every commit is refused, nothing is written at close. */
    readonly readOnly = false,
  ) {
    this.#deps = deps;
    this.#document = this.#held(document);
    this.#trailIntact = !notices.some((n) => n.code === 'audit-chain-broken');
    this.#store = store;
    this.#lock = lock;
    this.#lastBackupAt = lastBackupTime(dir, deps.now());
  }

  get document(): RegisterDocument {
    return this.#document;
  }

  /** `document`, frozen if the deps ask for it (`RegisterDeps.freezeDocuments`). */
  #held(document: RegisterDocument): RegisterDocument {
    if (this.#deps.freezeDocuments) freezeDeep(document);
    return document;
  }

  get filePath(): string {
    return this.#store.path;
  }

  get proofsDir(): string {
    return join(this.dir, PROOFS_DIR);
  }

  get actor(): string {
    return this.#deps.actor;
  }

  now(): Date {
    return this.#deps.now();
  }

  newId(): string {
    return this.#deps.newId();
  }

  /**
   * Records a change: `next` is the new document (built without mutating the current one),
   * an audit event is appended, and the file is replaced atomically. If the write fails the
   * register in memory stays as it was, so memory never claims what the disk does not hold.
   */
  commit(next: RegisterDocument, audit: AuditInput): RegisterDocument {
    if (this.#closed) throw new DomainError('register-not-open', 'The register is closed.');
    const event = nextAuditEvent(this.#document.audit.at(-1), audit, this.#deps.now().toISOString(), this.#deps.actor);
    const withAudit: RegisterDocument = { ...next, audit: [...this.#document.audit, event] };
    // Never write a file the next open would move aside as corrupt.
    const { partial, positions } = uncheckedEntries(withAudit, this.#document);
    const problem = checkInChunks(documentSchemaAt(this.#deps.schemaVersion ?? CURRENT_SCHEMA_VERSION), partial);
    if (problem) {
      const [head, index, ...rest] = problem.path;
      const at = typeof index === 'number' ? positions[head as DocumentArray]?.[index] : undefined;
      const path = at === undefined ? problem.path : [head, at, ...rest];
      // The reason is zod's own text, in the language zod was set to (the app's UI language, the CLI's: shared/domain/zod-language.ts), carried as a value of the keyed sentence.
      throw keyedError('invalid-input', 'change-not-valid', { field: path.map(String).join('.'), reason: problem.message });
    }
    // Another program that took the lock over may have written since: never write over its changes.
    this.#lock.assertHeld();
    const writes = this.#texts.writes();
    try {
      this.#store.replace(tablesForDisk(withAudit), this.#texts);
    } catch (error) {
      // The reason in words and the OS code; the OS text names the temp file and would reach the renderer.
      throw writeFailedError('register', error);
    }
    // A store that wrote the file without the kept chunks leaves their places stale: never stamp or reuse them.
    if (this.#texts.writes() === writes) this.#texts.forget();
    this.#document = this.#held(withAudit);
    this.#wrote = true;
    this.#backupIfDue();
    return withAudit;
  }

  #backupIfDue(): void {
    const now = this.#deps.now();
    if (now.getTime() - this.#lastBackupAt < DAY_MS) return;
    try {
      writeBackup(this.dir, this.filePath, 'daily', now);
      this.#lastBackupAt = now.getTime();
    } catch {
      // A missed daily copy must not fail the save that was just written; the next commit retries.
    }
  }

  updateOrganization(organization: Organization): RegisterDocument {
    const before = this.#document.organization;
    return this.commit({ ...this.#document, organization }, { action: 'organization.update', subject: organization.name, before, after: organization });
  }

  /**
   * The file the open read and the places of its chunks (from its stamp), for the first save
   * (json-pieces.ts `ChunkTexts`). The register holds `read` until it is closed, then gives it back
   * for the next open (read-buffer.ts).
   */
  keepChunksFrom(read: ReadBytes, places: readonly ChunkPlace[]): void {
    this.#read = read;
    this.#texts.seed(this.#document, read.bytes, places);
  }

  #holdsLock(): boolean {
    try {
      this.#lock.assertHeld();
      return true;
    } catch {
      return false;
    }
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    // Written while the lock is still held, so no other process can change the file in between.
    const digest = this.#texts.writtenDigest();
    if (this.#wrote && digest && this.#trailIntact && this.#deps.stampKey && this.#holdsLock()) {
      writeStamp(this.dir, this.filePath, this.#deps.stampKey, this.#deps.schemaVersion ?? CURRENT_SCHEMA_VERSION, { digest, places: this.#texts.places() });
    }
    try {
      this.#lock.release();
    } finally {
      // Nothing of a closed register is written again (commit refuses), so no chunk of the file it read is used after this;
      // given back even when the lock file could not be removed (a stick pulled out).
      this.#texts.forget();
      this.#read?.release();
      this.#read = null;
    }
  }
}

export function emptyRegister(organization: Organization, id: string, at: Date): RegisterDocument {
  return registerDocumentSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, registerId: id, createdAt: at.toISOString(), organization });
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
  if (existsSync(join(dir, REGISTER_FILE))) {
    throw keyedError('conflict', 'register-exists', { dir });
  }
  // What is left of an earlier register (its backups, a file an open moved aside) is the user's way back to it:
  // a new, empty register must not quietly take its place.
  if (hasRemains(dir)) throw keyedError('conflict', 'register-remains', { dir });
  const lock = acquireLock(dir, deps.instance, deps.lockEnv);
  try {
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

/**
 * Opens the register in `dir`: lock, read, refuse newer files, migrate with a backup, validate.
 * `takeOverLock`: the user confirmed the program holding the lock is gone; its lock is replaced and
 * the open says so (notice `lock-taken-over`).
 */
export function openRegister(dir: string, deps: RegisterDeps, options: { takeOverLock?: boolean; readOnly?: boolean } = {}): OpenRegister {
  const file = join(dir, REGISTER_FILE);
  if (!existsSync(file)) throw missingRegister(dir);
  if (options.readOnly) {
    try {
      return openLocked(dir, file, readOnlyLock(dir), deps, false, true);
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
    return openLocked(dir, file, lock, deps, options.takeOverLock === true);
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

function openLocked(dir: string, file: string, lock: HeldLock, deps: RegisterDeps, takenOver = false, readOnly = false): OpenRegister {
  const notices: RegisterNotice[] = [];
  // A reader neither cleans, nor moves aside, nor upgrades on disk, nor backs up: all of that is the writer's.
  const moveAside = readOnly ? keepInPlace : moveAsideAndReport;
  if (!readOnly) removeStaleTemps(dir);
  if (lock.replaced) notices.push(lockNotice(lock.replaced, takenOver));
  // A pipe or a device in its place (a folder from someone else) would hang the read or fill memory: never read, set aside like a damaged file.
  // (A folder named register.json fails the read below with its OS code, as before.)
  const kind = statSync(file);
  if (!kind.isFile() && !kind.isDirectory()) throw moveAside(dir, file, deps, 'register.json is not a regular file.', 'not a regular file');
  // Into the memory the last open gave back, if it is large enough (read-buffer.ts); given back below unless the register keeps it.
  const read = readReusing(file);
  let kept = false;
  try {
    const opened = fromBytes(dir, file, read.bytes, lock, deps, notices, moveAside, readOnly);
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
function fromBytes(dir: string, file: string, bytes: Uint8Array, lock: HeldLock, deps: RegisterDeps, notices: RegisterNotice[], moveAside: typeof keepInPlace, readOnly: boolean): Opened {
  const target = deps.schemaVersion ?? CURRENT_SCHEMA_VERSION;
  // Bytes this installation wrote, stamped at close, are parsed a chunk at a time where the stamp says its chunks are; any other
  // file where its line breaks say they are (parse-in-chunks.ts).
  const stamped = deps.stampKey === undefined ? null : readStamp(dir, deps.stampKey, bytes, target);
  // A file no stamp vouches for gets the full check; its long lists are checked while they are parsed, if nothing migrates them first.
  const schema = documentSchemaAt(target);
  const precheck = stamped ? null : new ListPrecheck(schema);
  const inChunks = (stamped ? parseInChunks(bytes, stamped) : null) ?? parseInLines(bytes, (root) => (root.schemaVersion === target ? precheck : null));
  // Otherwise decoded with TextDecoder: a third faster than readFileSync(…, 'utf8') at 60 MB, and a byte-order mark is dropped.
  const parsed: Parsed = inChunks ? { kind: 'ok', value: expandTables(inChunks) } : parseRegisterText(new TextDecoder().decode(bytes));
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
    const backup = readOnly ? { id: '' } : writeBackup(dir, file, 'migration', deps.now());
    try {
      const result = migrateDocument(raw, deps.migrations ?? registerMigrations, target);
      raw = result.document;
      if (!readOnly) notices.push({ code: 'migrated', detail: { fromVersion: String(version), toVersion: String(target), backup: backup.id } });
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

  if (!readOnly && !migrated && dailyBackupDue(dir, deps.now())) {
    try {
      writeBackup(dir, file, 'daily', deps.now());
    } catch {
      // A full disk must not hide the register; the next save retries the daily copy.
    }
  }
  const handle = new OpenRegister(dir, checked.data, deps.storeFactory(dir, REGISTER_NAME), lock, deps, notices, readOnly);
  if (migrated && !readOnly) handle.commit(checked.data, { action: 'register.migrate', subject: `schema ${version} → ${target}` });
  // With the places, the bytes just read (the JSON of this very document) are kept: its first save writes them again where nothing changed.
  return { register: handle, places };
}

/** Temp files of writes cut short by a crash; with the lock held no one else is writing them. */
function removeStaleTemps(dir: string): void {
  const remove = (folder: string, isTemp: (name: string) => boolean): void => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return; // no proofs/ or backups/ yet
    }
    for (const name of names) {
      if (!isTemp(name)) continue;
      try {
        rmSync(join(folder, name), { force: true });
      } catch {
        // Leftovers are harmless; never let them keep the register from opening.
      }
    }
  };
  remove(dir, (name) => name.startsWith(`${REGISTER_FILE}.tmp-`) || /^\.register\.restore-\d+\.tmp$/.test(name) || /^register\.lock\..+\.tmp$/.test(name));
  // A proof or a backup copied when the program was killed (writeFileAtomic's and copyFileAtomic's temp names).
  const atomicTemp = (name: string): boolean => /\.tmp-\d+-[0-9a-f]{8}$/.test(name);
  remove(join(dir, PROOFS_DIR), atomicTemp);
  remove(join(dir, BACKUP_DIR), atomicTemp);
  // register.json a symbolic link to a file in another folder: its writes' temp files are beside that file.
  const written = writtenPath(join(dir, REGISTER_FILE));
  if (written !== join(dir, REGISTER_FILE)) remove(dirname(written), (name) => name.startsWith(`${basename(written)}.tmp-`) && atomicTemp(name));
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
 * backup (or left moved aside), so a restore never loses bytes.
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

/**
 * A register file's text as an open reads it (TextDecoder): a byte-order mark, left by a register
 * once saved in Notepad and by its backups, is dropped. For readers that do not keep the bytes.
 */
export function readRegisterText(path: string): string {
  return new TextDecoder().decode(readFileSync(path));
}

function restoreLocked(dir: string, source: string, backupId: string, deps: RegisterDeps): OpenRegister {
  // Only a regular file is read: a pipe under a backup's name would hang the restore (as register.json, in openLocked).
  if (!statSync(source).isFile()) throw keyedError('register-corrupt', 'backup-unreadable', { backup: backupId });
  const text = readRegisterText(source);
  const parsed = parseRegisterText(text);
  if (parsed.kind === 'unreadable' || !registerDocumentSchema.safeParse(parsed.value).success) {
    const version = parsed.kind === 'ok' ? parsed.value.schemaVersion : undefined;
    if (typeof version === 'number' && version > (deps.schemaVersion ?? CURRENT_SCHEMA_VERSION)) {
      throw keyedError('register-too-new', 'backup-too-new', { backup: backupId, version: String(version) });
    }
    if (!(typeof version === 'number' && version < CURRENT_SCHEMA_VERSION)) {
      throw keyedError('register-corrupt', 'backup-unreadable', { backup: backupId });
    }
  }
  const file = join(dir, REGISTER_FILE);
  // The proofs the register being replaced lists, by file: attached since the backup, they stay in proofs/ but no lot names them.
  const replacedProofs = existsSync(file) ? proofFilesOf(looselyParsed(file)) : new Map<string, ProofFileRecord>();
  if (existsSync(file)) writeBackup(dir, file, 'before-restore', deps.now());
  // Durable like every save: a power cut right after a restore must not leave a half-written register.
  writeFileAtomic(file, text);
  const handle = openRegister(dir, deps);
  handle.notices.push({ code: 'restored-from-backup', detail: { backup: backupId } });
  const unattached = unattachedProofsNotice(join(dir, PROOFS_DIR), handle.document, replacedProofs);
  if (unattached) handle.notices.push(unattached);
  return handle;
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
