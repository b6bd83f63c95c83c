/**
 * A register held open: its folder's layout, what it depends on (`RegisterDeps`), and
 * `OpenRegister`, the document in memory that every change is committed through. Opening,
 * creating and restoring a register is register-store.ts.
 */
import { createHash } from 'node:crypto';
import { type BigIntStats, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, registerDocumentSchema, type Organization, type RegisterDocument } from '../../../shared/domain/model';
import type { RegisterNotice } from '../../../shared/contracts/register';
import { keyedError, replacedNotKeptError, writeFailedError } from '../../../shared/errors/messages';
import { DomainError } from '../../../shared/result';
import { nextAuditEvent, type AuditInput } from './audit';
import { checkInChunks, type DocumentArray } from './check-in-chunks';
import { uncheckedEntries } from './unchecked-entries';
import { type ChunkPlace, ChunkTexts } from './json-pieces';
import { tablesForDisk } from './disk-tables';
import { backupFailedNotice, lastBackupTime, writeBackup, writeBackupOf } from './backups';
import type { JsonFileStore, JsonStoreFactory } from './json-store';
import type { HeldLock, LockEnvironment } from './lock';
import { writeStamp } from './validation-stamp';
import { type ReadBytes, readInBlocks } from './read-buffer';
import { FileDigests } from './file-digests';
import type { Migration } from './migrations';

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

/** The register schema with the version this app writes (tests may run one version ahead). */
export const documentSchemaAt = (version: number) =>
  (version === CURRENT_SCHEMA_VERSION
    ? registerDocumentSchema
    : registerDocumentSchema.extend({ schemaVersion: z.literal(version) })) as unknown as typeof registerDocumentSchema;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The audit event of an upgrade to this app's schema. */
export const upgradeAudit = (from: number, to: number): AuditInput => ({ action: 'register.migrate', subject: `schema ${from} → ${to}` });

/** What the user is told of an upgrade written to disk: from and to which schema, and the backup of the file before it. */
export const upgradeNotice = (from: number, to: number, backup: string): RegisterNotice => ({ code: 'migrated', detail: { fromVersion: String(from), toVersion: String(to), backup } });

/**
 * The same file at a path as one read or written before: its size and modification time. A file another program puts in
 * its place (a sync client, a copy from another computer) brings its own time, and an editor's save sets the time anew.
 * The file id is left out: Linux gives the files of a FAT stick new ones at every mount.
 */
const sameFile = (now: BigIntStats, before: BigIntStats): boolean => now.size === before.size && now.mtimeNs === before.mtimeNs;

function statOrNull(path: string): BigIntStats | null {
  try {
    return statSync(path, { bigint: true });
  } catch {
    return null;
  }
}

/** Whether `file` holds exactly the bytes whose SHA-256 is `digest`. */
function holdsBytes(file: string, digest: Uint8Array): boolean {
  const hash = createHash('sha256');
  readInBlocks(file, (block) => hash.update(block));
  return hash.digest().equals(digest);
}

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
  /**
   * What an open for one command (`writeAtFirstChange`) left to the first change: the upgrade of an older
   * file (`upgradeFrom`, its schema on disk) or the day's backup. Null once written, or when the open wrote them.
   */
  #atFirstChange: { upgradeFrom: number | null } | null = null;
  /** The digests of proof files this register read for its screens (proofs.ts, `{ rehash: false }`); forgotten when it closes. */
  readonly proofDigests = new FileDigests();
  /** register.json as this register last read or wrote it (its stat); null before the first write of a new register. */
  #onDisk: BigIntStats | null;
  /** The backup of this register kept when another program was found to have replaced its file (`#assertFileIsOurs`). */
  #keptFromReplaced: string | null = null;

  constructor(
    readonly dir: string,
    document: RegisterDocument,
    store: JsonFileStore,
    lock: HeldLock,
    deps: RegisterDeps,
    readonly notices: RegisterNotice[],
    /** Opened only to be read: no lock is held, every commit is refused, nothing is written at close. */
    readonly readOnly = false,
    /** The stat of the register.json the document was read from (`ReadBytes.stats`); null for a register not written yet. */
    readFrom: BigIntStats | null = null,
  ) {
    this.#deps = deps;
    this.#onDisk = readFrom;
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
    const time = this.#deps.now().toISOString();
    const upgradeFrom = this.#atFirstChange?.upgradeFrom ?? null;
    // An upgrade left to the first change is recorded just before it, as an open records it.
    const upgrade = upgradeFrom === null ? [] : [nextAuditEvent(this.#document.audit.at(-1), upgradeAudit(upgradeFrom, this.#schemaVersion), time, this.#deps.actor)];
    const event = nextAuditEvent(upgrade[0] ?? this.#document.audit.at(-1), audit, time, this.#deps.actor);
    const withAudit: RegisterDocument = { ...next, audit: [...this.#document.audit, ...upgrade, event] };
    // Never write a file the next open would move aside as corrupt.
    const { partial, positions } = uncheckedEntries(withAudit, this.#document);
    const problem = checkInChunks(documentSchemaAt(this.#schemaVersion), partial);
    if (problem) {
      const [head, index, ...rest] = problem.path;
      const at = typeof index === 'number' ? positions[head as DocumentArray]?.[index] : undefined;
      const path = at === undefined ? problem.path : [head, at, ...rest];
      // The reason is zod's own text, in the language zod was set to (the app's UI language, the CLI's: shared/domain/zod-language.ts), carried as a value of the keyed sentence.
      throw keyedError('invalid-input', 'change-not-valid', { field: path.map(String).join('.'), reason: problem.message });
    }
    this.#assertFolderThere();
    // Another program that took the lock over may have written since: never write over its changes.
    this.#lock.assertHeld();
    this.#assertFileIsOurs();
    const upgradeBackup = this.#backupBeforeFirstChange(upgradeFrom);
    const writes = this.#texts.writes();
    try {
      this.#store.replace(tablesForDisk(withAudit), this.#texts);
    } catch (error) {
      // The reason in words and the OS code; the OS text names the temp file and would reach the renderer.
      throw writeFailedError('register', error);
    }
    // A store that wrote the file without the kept chunks leaves their places stale: never stamp or reuse them.
    if (this.#texts.writes() === writes) this.#texts.forget();
    // Unknown if the stat fails: the next change then compares the file's bytes with these (`#assertFileIsOurs`).
    this.#onDisk = statOrNull(this.filePath);
    this.#document = this.#held(withAudit);
    this.#wrote = true;
    if (upgradeBackup !== null) this.notices.push(upgradeNotice(upgradeFrom!, this.#schemaVersion, upgradeBackup));
    this.#atFirstChange = null;
    this.#backupIfDue();
    return withAudit;
  }

  /**
   * A register folder that is gone (a stick taken out) is said as such, not as a lock another program holds (its lock
   * file is gone with it); nothing is written, not even a folder made anew in its place. Put back, the change can be made.
   */
  #assertFolderThere(): void {
    try {
      statSync(this.dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw keyedError('io-error', 'register-folder-gone', { dir: this.dir });
    }
  }

  /**
   * Refuses to write over a register.json another program put in place of the one this register read or last wrote: a
   * sync client bringing another computer's copy, an editor, a copy put over it. That file stays as it is, and the
   * register as this app last saved it is kept in backups/ (once), so neither is lost; the user opens the register again
   * to see what the file holds. A file that is gone is written again: there is nothing to overwrite.
   */
  #assertFileIsOurs(): void {
    let ours: boolean;
    try {
      ours = this.#fileIsOurs();
    } catch (error) {
      throw writeFailedError('register', error);
    }
    if (ours) return;
    try {
      this.#keptFromReplaced ??= writeBackupOf(this.dir, tablesForDisk(this.#document), 'replaced', this.#deps.now()).id;
    } catch (error) {
      // Not kept this time: the next change tries again, and says the backup once it is written.
      throw replacedNotKeptError(this.dir, error);
    }
    throw keyedError('conflict', 'register-replaced-on-disk', { dir: this.dir, backup: this.#keptFromReplaced });
  }

  /** register.json is the file this register read or last wrote, or gone. */
  #fileIsOurs(): boolean {
    const now = statSync(this.filePath, { bigint: true, throwIfNoEntry: false });
    if (!now || (this.#onDisk !== null && sameFile(now, this.#onDisk))) return true;
    // The very bytes of the last save (put back by a sync client, or times a network drive reports differently): ours.
    const written = this.#texts.writtenDigest();
    if (!written || !holdsBytes(this.filePath, written)) return false;
    this.#onDisk = now;
    return true;
  }

  get #schemaVersion(): number {
    return this.#deps.schemaVersion ?? CURRENT_SCHEMA_VERSION;
  }

  /**
   * Opened to write only with a change (`writeAtFirstChange`): the register is upgraded on disk, or
   * the day's backup written, only now that something changes, so a command that changes nothing
   * writes nothing. Returns the id of the upgrade's backup: written before the upgrade, or the
   * change is refused, as an open refuses.
   */
  #backupBeforeFirstChange(upgradeFrom: number | null): string | null {
    if (this.#atFirstChange === null) return null;
    if (upgradeFrom === null) {
      this.#backupIfDue();
      return null;
    }
    const now = this.#deps.now();
    try {
      const { id } = writeBackup(this.dir, this.filePath, 'migration', now);
      this.#lastBackupAt = now.getTime();
      return id;
    } catch (error) {
      throw writeFailedError('register', error);
    }
  }

  /**
   * An older register read for a command, upgraded in memory: its upgrade and its backup are written
   * with the first change; without one, neither is (see `commit`). The same for the day's backup.
   */
  writeAtFirstChange(upgradeFrom: number | null): void {
    this.#atFirstChange = { upgradeFrom };
  }

  #backupIfDue(): void {
    const now = this.#deps.now();
    if (now.getTime() - this.#lastBackupAt < DAY_MS) return;
    try {
      writeBackup(this.dir, this.filePath, 'daily', now);
      this.#lastBackupAt = now.getTime();
    } catch (error) {
      // A missed daily copy must not fail the save that was just written; the next commit retries. But the user is told, once.
      if (!this.notices.some((n) => n.code === 'backup-failed')) this.notices.push(backupFailedNotice(error));
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
      this.proofDigests.clear();
      this.#read?.release();
      this.#read = null;
    }
  }
}
