import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { RegisterDocument } from '../../../shared/domain/model';
import type { RowsAt } from '../../../shared/contracts/ledger';
import type { LockHolder, RegisterStatus } from '../../../shared/contracts/register';
import { attachedProofIds } from '../../../shared/ledger/proofs';
import { localDate } from '../../../shared/licensing/dates';
import { keyedError, osErrorCode } from '../../../shared/errors/messages';
import { DomainError } from '../../../shared/result';
import { listBackups } from '../register/backups';
import { defaultLockEnvironment, holderRunsHere, lockHolderOf, type LockEnvironment } from '../register/lock';
import { holdsRegister, type OpenProblemCode, openRegister, RegisterOpenError } from '../register/register-store';
import { type OpenRegister, type RegisterDeps } from '../register/open-register';
import { RowsRevision } from './rows-revision';

/** Who holds a register opened read-only, from its lock file (read at each status: the holder may have closed it since). */
function holderOf(dir: string, env: LockEnvironment): LockHolder | null {
  const owner = lockHolderOf(dir);
  if (!owner) return null;
  // Its process running here, the lock is never taken over: the banner offers no Open anyway.
  return { host: owner.host, pid: owner.pid, since: owner.at, ...(holderRunsHere(owner, env) ? { runningHere: true } : {}) };
}

/** The holder a lock refusal names (lock.ts puts it in the error's detail), if the lock file said who. */
function lockHolder(detail: DomainError['detail']): LockHolder | null {
  const host = detail?.host;
  const since = detail?.since;
  const pid = detail?.pid;
  if (typeof host !== 'string' || typeof since !== 'string') return null;
  return { host, since, pid: typeof pid === 'number' && Number.isInteger(pid) ? pid : null, ...(detail?.runningHere === true ? { runningHere: true } : {}) };
}

/** A problem as the session keeps it; each status gives it the id of its opening. */
type Problem = Omit<Extract<RegisterStatus, { state: 'problem' }>, 'sessionId'>;

/** What the user had before a switch: the open register's folder, or the problem on screen. */
export interface Before {
  dir: string | null;
  /** The register was open read-only, and is opened so again. */
  readOnly: boolean;
  problem: Problem | null;
  /** The id of that opening: a problem shown again is the same opening, and keeps it. */
  id: string | null;
}

/** A register left whose lock file could not be removed (its folder made read-only): said on the register opened next. */
interface LockLeft {
  path: string;
  osCode: string;
}

function problemStatus(dir: string, error: RegisterOpenError): Problem {
  const lock = error.problem === 'register-locked' ? lockHolder(error.detail) : null;
  const osCode = typeof error.detail?.osCode === 'string' ? error.detail.osCode : null;
  const reason = error.problem === 'register-corrupt' && typeof error.detail?.reason === 'string' ? error.detail.reason : null;
  const messageKey = typeof error.detail?.messageKey === 'string' ? error.detail.messageKey : null;
  return { state: 'problem', path: dir, code: error.problem, message: error.message, movedTo: error.movedTo, lock, osCode, reason, messageKey, backups: error.backups };
}

const PROBLEM_CODES: readonly OpenProblemCode[] = ['register-corrupt', 'register-missing', 'register-too-new', 'register-locked', 'io-error'];

/** How many past openings `refusalFor` can still name by their folder. */
const REMEMBERED_OPENINGS = 32;

/** The register the app has open now, or the problem that kept it from opening. */
export class RegisterSession {
  #open: OpenRegister | null = null;
  #problem: Problem | null = null;
  /** The id of this opening of `#open` (or of `#problem`): new at each, so the window can say which one it meant. */
  #id: string | null = null;
  /** The folders of the last openings, by id, to name the register in a refusal. */
  #folders = new Map<string, string>();
  /** The revision of the open register's people's rows (`RowsAt`), running on across openings. */
  readonly #rows = new RowsRevision();
  /** The lock a switch left behind, until a register opens to say so on (`#opened`). */
  #lockLeft: LockLeft | null = null;

  constructor(readonly deps: RegisterDeps) {}

  /** The revision of `register`'s people's rows now (`RowsRevision`); `register` is the one a handler took (`require`). */
  rowsRevision(register: OpenRegister): number {
    return this.#rows.of(register);
  }

  get current(): OpenRegister | null {
    return this.#open;
  }

  /** The id of what the window is shown now (`RegisterStatus.sessionId`): the open register, or the problem; null when neither. */
  get id(): string | null {
    return this.#id;
  }

  /** `#open` or `#problem` was just set, for the register in `dir`: this is a new opening, with an id of its own. */
  #opened(dir: string): void {
    this.#id = this.#newId(dir);
    const left = this.#lockLeft;
    if (!left || !this.#open) return;
    this.#lockLeft = null;
    // The same register opened again took its lock back (acquireLock: the lock names this session's instance).
    if (this.#open.dir !== left.path) this.#open.notices.push({ code: 'lock-not-removed', detail: { path: left.path, osCode: left.osCode } });
  }

  /** A new opening's id, remembered with its folder. */
  #newId(dir: string): string {
    const id = randomUUID();
    this.#folders.set(id, dir);
    if (this.#folders.size > REMEMBERED_OPENINGS) this.#folders.delete(this.#folders.keys().next().value!);
    return id;
  }

  /**
   * A register-bound channel the window sent for `meant` (the `sessionId` it had, null when it had none): the refusal,
   * when another opening is there now, for dispatch to give before anything of the channel runs; null when it is the
   * one. Another register opened, or none, is `register-closed-meanwhile`; the same folder opened again (Recent, a backup
   * restored, the lock taken over) is `register-reopened-meanwhile`, as what the window showed may not be there now.
   */
  refusalFor(meant: string | null): DomainError | null {
    if (meant === this.#id) return null;
    const dir = meant === null ? undefined : this.#folders.get(meant);
    if (dir === undefined) return keyedError('register-not-open', 'register-changed-meanwhile');
    const now = this.#open?.dir ?? this.#problem?.path;
    if (now === dir) return keyedError('register-not-open', 'register-reopened-meanwhile', { folder: basename(dir) });
    return keyedError('register-not-open', 'register-closed-meanwhile', { folder: basename(dir) });
  }

  /** The open register, or a `register-not-open` error for handlers that need one. */
  require(): OpenRegister {
    if (!this.#open) throw new DomainError('register-not-open', 'No register is open.');
    return this.#open;
  }

  /**
   * The register a handler took (`require`) before it awaited something (a file dialog, files read), as it may be used
   * now. Its folder opened again meanwhile is the register the user acted in, held by this session again: that one is
   * given (the window keeps that register's lists and choices too, sessionStore.ts `onRegisterChange`), and what the
   * handler checked of the taken document is checked again by the service it calls. Another register opened meanwhile, or
   * none open, is refused, as is the folder opened again read-only when the handler `writes`: nothing goes into a closed
   * register's folder, whose lock was released (another CAL Register may hold it now), nor into the register open instead.
   */
  stillOpen(taken: OpenRegister, { writes }: { writes: boolean }): OpenRegister {
    const now = this.#open;
    if (now === null || now.dir !== taken.dir) throw keyedError('register-not-open', 'register-closed-meanwhile', { folder: basename(taken.dir) });
    if (writes && now.readOnly) throw keyedError('register-locked', 'register-open-read-only');
    return now;
  }

  /**
   * Replaces the current register with the outcome of `opening`. A refusal that is not a problem of
   * the register itself (a backup that is gone, a lock that refuses a restore, a folder that cannot
   * take a new register) leaves the user with what they had: the register is opened again, or its
   * problem shown again, and the refusal is passed on.
   */
  switchTo(dir: string, opening: () => OpenRegister): RegisterStatus {
    const before = this.leave();
    try {
      this.#open = opening();
    } catch (error) {
      if (!(error instanceof RegisterOpenError)) {
        this.reinstate(before);
        throw error;
      }
      this.#problem = problemStatus(dir, error);
    }
    this.#opened(dir);
    return this.status();
  }

  /**
   * Closes what is open and returns it, for `reinstate` if what replaces it is refused. A lock file that cannot be removed
   * (a stick made read-only, EROFS; its folder's permissions changed, EACCES) does not keep the user in a register they
   * are leaving, which could not be written anyway: the lock is this session's own (the same folder opened here again takes
   * it back; after the app quits, lock.ts judges it stale and takes it over), and the register opened next says so.
   */
  leave(): Before {
    const before = { dir: this.#open?.dir ?? null, readOnly: this.#open?.readOnly === true, problem: this.#problem, id: this.#id };
    try {
      this.close();
    } catch (error) {
      if (before.dir === null) throw error;
      this.#lockLeft = { path: before.dir, osCode: osErrorCode(error) };
    }
    return before;
  }

  /**
   * Puts back what `leave` returned: the register opened again from disk (so a refusal that changed
   * it shows what is there now), or the problem shown again. Never throws: the caller passes on the
   * refusal that brought it here, and a register that no longer opens shows its problem or nothing.
   */
  reinstate(before: Before): void {
    this.close();
    if (!before.dir) {
      this.#problem = before.problem;
      // The same problem on screen as before the refused switch: what the window sends for it still stands.
      if (this.#problem) this.#id = before.id ?? this.#newId(this.#problem.path);
      return;
    }
    try {
      this.#open = openRegister(before.dir, this.deps, { readOnly: before.readOnly });
    } catch (error) {
      this.#problem = error instanceof RegisterOpenError ? problemStatus(before.dir, error) : null;
    }
    if (this.#open || this.#problem) this.#opened(before.dir);
  }

  /**
   * A refusal to open or create the register in `dir` when there is nothing to go back to (the app's start: a full disk, a
   * folder that cannot be written), shown as that register's problem, with Try again, instead of no register and no word.
   */
  showProblem(dir: string, error: unknown): RegisterStatus {
    this.close();
    const refusal = error instanceof DomainError ? error : keyedError('io-error', 'register-folder-unusable', { dir, osCode: osErrorCode(error) });
    const code = (PROBLEM_CODES as readonly string[]).includes(refusal.code) ? (refusal.code as OpenProblemCode) : 'io-error';
    this.#problem = problemStatus(dir, new RegisterOpenError(code, refusal.message, dir, null, listBackups(dir), refusal.detail));
    // Nothing there to open read-only: offered, it could only fail.
    if (!holdsRegister(dir)) this.#problem.notMade = true;
    this.#opened(dir);
    return this.status();
  }

  open(dir: string): RegisterStatus {
    return this.switchTo(dir, () => openRegister(dir, this.deps));
  }

  close(): void {
    try {
      this.#open?.close();
    } finally {
      // Closed in memory even when its lock file could not be removed (the error still reaches the caller): never a closed register shown as open.
      this.#open = null;
      this.#problem = null;
      this.#id = null;
      this.#rows.forget();
    }
  }

  /**
   * From a register open read-only: opens it for editing. If it still cannot be (its lock still held,
   * its folder still not writable), it stays open read-only and the refusal is passed on.
   */
  openForEditing(takeOverLock = false): RegisterStatus {
    const open = this.#open;
    if (!open?.readOnly) return this.status();
    const before = this.leave();
    try {
      this.#open = openRegister(open.dir, this.deps, { takeOverLock });
    } catch (error) {
      this.reinstate(before);
      throw error;
    }
    this.#opened(open.dir);
    return this.status();
  }

  /** The folder of a register that could not be opened for editing but may be read: locked, or in a folder that cannot be written. */
  readableDir(): string | null {
    if (this.#problem?.notMade) return null;
    const code = this.#problem?.code;
    return code === 'register-locked' || code === 'io-error' ? (this.#problem?.path ?? null) : null;
  }

  /** The folder of a register that could not be opened because another CAL Register holds its lock. */
  lockedDir(): string | null {
    return this.#problem?.code === 'register-locked' ? this.#problem.path : null;
  }

  problemDir(): string | null {
    return this.#problem?.path ?? null;
  }

  status(): RegisterStatus {
    const sessionId = this.#id ?? '';
    if (this.#open) {
      const rowsAt = { revision: this.rowsRevision(this.#open), day: localDate(this.deps.now()) };
      return openStatus(this.#open, sessionId, rowsAt, this.deps.lockEnv ?? defaultLockEnvironment());
    }
    if (this.#problem) return { ...this.#problem, sessionId, backups: listBackups(this.#problem.path) };
    return { state: 'none' };
  }
}

export function registerCounts(doc: RegisterDocument) {
  return {
    servers: doc.servers.length,
    purchases: doc.purchases.filter((p) => !p.voidedAt).length,
    people: doc.people.length,
    activeAssignments: doc.assignments.filter((a) => !a.releasedOn).length,
    // A proof removed from its last lot keeps its record, but is no proof of purchase any more.
    proofs: attachedProofIds(doc).size,
    auditEvents: doc.audit.length,
  };
}

function openStatus(register: OpenRegister, sessionId: string, rowsAt: RowsAt, lockEnv: LockEnvironment): RegisterStatus {
  const doc = register.document;
  return {
    state: 'open',
    sessionId,
    path: register.dir,
    folderName: basename(register.dir),
    readOnly: register.readOnly,
    lock: register.readOnly ? holderOf(register.dir, lockEnv) : null,
    schemaVersion: doc.schemaVersion,
    organization: doc.organization,
    counts: registerCounts(doc),
    notices: register.notices,
    rowsAt,
  };
}
