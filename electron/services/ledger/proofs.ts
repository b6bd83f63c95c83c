import { createHash } from 'node:crypto';
import { createReadStream, lstatSync, mkdirSync, readFileSync, rmSync, statSync, type BigIntStats, type Stats } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Proof, RegisterDocument } from '../../../shared/domain/model';
import { keyedError, osErrorCode } from '../../../shared/errors/messages';
import { attachedProofIds } from '../../../shared/ledger/proofs';
import { DomainError } from '../../../shared/result';
import { fileState, type FileDigests, type FileRead } from '../register/file-digests';
import { writeFileAtomic } from '../register/json-store';
import type { OpenRegister } from '../register/open-register';
import { findToChange } from './records';

/** Proof files are invoices and certificates; anything larger is almost certainly a mistake. */
export const MAX_PROOF_BYTES = 50 * 1024 * 1024;

export type ProofStatus = 'ok' | 'missing' | 'altered' | 'unreadable';

const mediaTypes: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  xml: 'application/xml',
  txt: 'text/plain',
  zip: 'application/zip',
};

/** The extensions this app writes proof files with; anything else is stored as .bin. */
const OWN_EXTENSION = /^[a-z0-9]{1,10}$/;

const safeExtension = (name: string): string => {
  const ext = extname(name).slice(1).toLowerCase();
  return OWN_EXTENSION.test(ext) ? ext : 'bin';
};

export const proofFileName = (proof: Pick<Proof, 'sha256' | 'extension'>): string => `${proof.sha256}.${proof.extension}`;

/** A name this app writes (`<sha256>.<ext>`): a register edited by hand cannot point a proof outside proofs/ (`"extension": "/../../x"`). */
const isOwnFileName = (proof: Pick<Proof, 'sha256' | 'extension'>): boolean => /^[0-9a-f]{64}$/.test(proof.sha256) && OWN_EXTENSION.test(proof.extension);

export function proofPath(register: OpenRegister, proof: Pick<Proof, 'sha256' | 'extension'>): string {
  if (!isOwnFileName(proof)) throw keyedError('bad-file', 'proof-file-foreign');
  return join(register.proofsDir, proofFileName(proof));
}

/**
 * Kinds of proof opened in their own app by "Show proof": documents and pictures that run nothing.
 * Any other kind is only shown in its folder: an .exe or a script, and office files too, whose
 * copy in proofs/ has lost the mark of a download (Protected View) and could run macros or formulas.
 */
export const OPENABLE_PROOF_EXTENSIONS: ReadonlySet<string> = new Set(['pdf', 'png', 'jpg', 'jpeg', 'gif', 'bmp', 'tif', 'tiff', 'webp', 'txt', 'eml', 'msg']);

/**
 * Copies a file into proofs/<sha256>.<ext> (temp + fsync + rename); the same content is stored once.
 * `found`: what that place held before, `ok` when it already held these very bytes (nothing written).
 * `state`: the stored file's state (`fileState`) where it is certain to be these bytes, else null (`writtenState`, `storedStatus`).
 */
export function storeProofFile(
  proofsDir: string,
  sourcePath: string,
): { sha256: string; extension: string; size: number; originalName: string; created: boolean; found: ProofStatus; state: string | null } {
  const size = statSync(sourcePath).size;
  if (size > MAX_PROOF_BYTES) {
    throw keyedError('bad-file', 'proof-too-large', { file: basename(sourcePath), sizeMb: Math.ceil(size / 1048576) });
  }
  const bytes = readFileSync(sourcePath);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const extension = safeExtension(sourcePath);
  mkdirSync(proofsDir, { recursive: true });
  const target = join(proofsDir, `${sha256}.${extension}`);
  const { status: found, state: foundState } = storedStatus(target, sha256);
  // The stored copy is rewritten unless it holds these very bytes: attaching the file again repairs an altered copy, and
  // replaces a link put in its place (never writing through it, to a file outside the register folder).
  const state = found === 'ok' ? foundState : writtenState(target, writeFileAtomic(target, bytes, { replaceLink: true }));
  return { sha256, extension, size: bytes.length, originalName: basename(sourcePath), created: found === 'missing', found, state };
}

/**
 * The state (`fileState`) of `path` if it is still the file `written` describes (same volume and file id, size and
 * modification time: what a write or another file renamed over it would change; the rename that put it in place moves
 * only its change time), else null.
 */
function writtenState(path: string, written: BigIntStats): string | null {
  const now = lstatSync(path, { bigint: true, throwIfNoEntry: false });
  const same = now && now.dev === written.dev && now.ino === written.ino && now.size === written.size && now.mtimeNs === written.mtimeNs;
  return same ? fileState(now) : null;
}

/**
 * What is at `path` against the bytes of `sha256`, the entry itself (lstat): a symbolic link is altered, whatever it
 * points to (the file it reaches is not the register's, and may change or vanish with no trace in the register), as is
 * anything but a regular file no larger than a proof may be (a pipe, a device, a huge file put in a shared folder), not
 * read: reading it could hang the app or fill its memory. A file that cannot be read (its permissions, a disk error) is
 * `unreadable`, and one behind a path that is not a folder (proofs/ replaced by a file) `missing`: one proof the system
 * refuses never stops the check of the others. Read at once, for attaching (`storeProofFile`); the checks of stored
 * proofs are `checkProof`'s, by the same rules. `state`: for a file found intact, its state (`fileState`) if the read left
 * it unchanged (as `readDigest`'s), else null.
 */
function storedStatus(path: string, sha256: string): { status: ProofStatus; state: string | null } {
  try {
    const entry = lstatSync(path, { bigint: true, throwIfNoEntry: false });
    if (!entry) return { status: 'missing', state: null };
    const notRead = entryNotRead(entry);
    if (notRead) return { status: notRead, state: null };
    if (createHash('sha256').update(readFileSync(path)).digest('hex') !== sha256) return { status: 'altered', state: null };
    const before = fileState(entry);
    const after = lstatSync(path, { bigint: true, throwIfNoEntry: false });
    return { status: 'ok', state: after && fileState(after) === before ? before : null };
  } catch (error) {
    return { status: failedStatus(error), state: null };
  }
}

/** A stored entry that is never read (`storedStatus`): a link, anything but a regular file, a file larger than a proof. */
const entryNotRead = (entry: Stats | BigIntStats): ProofStatus | null => (!entry.isFile() || entry.size > MAX_PROOF_BYTES ? 'altered' : null);

/** A proof whose stat or read failed (`storedStatus`). */
function failedStatus(error: unknown): ProofStatus {
  const code = osErrorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable';
}

/** Read a megabyte at a time: main hashes one chunk between other work, never a whole 50 MB file in one run. */
const HASH_CHUNK_BYTES = 1024 * 1024;

/** The SHA-256 of a file read as a stream, and its state once read (`fileState`). */
async function readDigest(path: string): Promise<FileRead> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: HASH_CHUNK_BYTES })) hash.update(chunk as Buffer);
  const after = await lstat(path, { bigint: true }).catch(() => null);
  return { sha256: hash.digest('hex'), stateAfter: after && fileState(after) };
}

/**
 * How a check learns the hash of a stored proof. `rehash: true`: every file read and hashed now, whatever was read before:
 * the explicit verify (`cal-register verify`), the audit workbook (what it prints as intact was read for it) and a proof
 * about to be opened. `rehash: false`: a file whose state (`fileState`: size, times, file id) is what it was when `digests`
 * read it is not read again: the screens and lists, which otherwise read every proof (up to 50 MB each) at every showing.
 * Either keeps what it read in `digests`; without them every file is read.
 */
export interface ProofCheck {
  rehash: boolean;
  digests?: FileDigests;
}

/** A disk or permission failure while copying a proof is reported as io-error, naming the file. */
function storeProofSafely(proofsDir: string, source: string): ReturnType<typeof storeProofFile> {
  try {
    return storeProofFile(proofsDir, source);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw keyedError('io-error', 'proof-store-failed', { file: basename(source), osCode: osErrorCode(error) });
  }
}

/** The status of a stored proof (`storedStatus`'s rules): a missing file, a different hash or a link in its place is reported, never repaired. */
export async function checkProof(proofsDir: string, proof: Proof, check: ProofCheck): Promise<ProofStatus> {
  if (!isOwnFileName(proof)) return 'missing';
  const path = join(proofsDir, proofFileName(proof));
  try {
    const entry = await lstat(path, { bigint: true });
    const notRead = entryNotRead(entry);
    if (notRead) return notRead;
    const sha256 = check.digests ? await check.digests.digest(path, fileState(entry), () => readDigest(path), check) : (await readDigest(path)).sha256;
    return sha256 === proof.sha256 ? 'ok' : 'altered';
  } catch (error) {
    return failedStatus(error);
  }
}

/** Proofs checked at once: a few files read side by side, never a file handle for each proof of a large register. */
const CHECKED_AT_ONCE = 4;

/**
 * The status of each proof a lot names (`attachedProofIds`); a proof removed from its last lot proves nothing and is not
 * read. `{ rehash: false }` for what a screen or a list shows, `{ rehash: true }` where the result is a verification (`ProofCheck`);
 * both keep what they read in the register's `proofDigests`, forgotten when it closes.
 */
export async function checkAllProofs(register: OpenRegister, { rehash }: { rehash: boolean }, doc: Pick<RegisterDocument, 'proofs' | 'purchases'> = register.document): Promise<Map<string, ProofStatus>> {
  const attached = attachedProofIds(doc);
  const proofs = doc.proofs.filter((p) => attached.has(p.id));
  const check = { rehash, digests: register.proofDigests };
  const statuses = new Map<string, ProofStatus>();
  for (let at = 0; at < proofs.length; at += CHECKED_AT_ONCE) {
    const batch = proofs.slice(at, at + CHECKED_AT_ONCE);
    const checked = await Promise.all(batch.map((p) => checkProof(register.proofsDir, p, check)));
    batch.forEach((p, i) => statuses.set(p.id, checked[i]!));
  }
  return statuses;
}

export type StoredProof = ReturnType<typeof storeProofFile>;

/**
 * Copies files into the register's proofs/ folder, nothing recorded yet: a file too large or a
 * folder that cannot be written is refused here, before a caller saves what the proofs belong to
 * (`cal-register purchase add --proof`, through `withStoredProofs`). A refusal removes what it copied.
 */
export function storeProofFiles(register: OpenRegister, sourcePaths: readonly string[]): StoredProof[] {
  const stored: StoredProof[] = [];
  try {
    for (const source of sourcePaths) stored.push(storeProofSafely(register.proofsDir, source));
  } catch (error) {
    discardStoredProofs(register, stored);
    throw error;
  }
  return stored;
}

/**
 * Removes the copies a refused command stored in proofs/ (the lot it belonged to was not saved):
 * only files this command created that no recorded proof names. A command that says nothing was
 * written leaves nothing behind.
 */
export function discardStoredProofs(register: OpenRegister, stored: readonly StoredProof[]): void {
  const recorded = new Set(register.document.proofs.map((p) => `${p.sha256}.${p.extension}`));
  for (const file of stored) {
    const name = `${file.sha256}.${file.extension}`;
    if (file.created && !recorded.has(name)) rmSync(join(register.proofsDir, name), { force: true });
  }
}

/** Runs `save` with the files stored first; when it is refused, the copies it would have recorded are removed (`discardStoredProofs`). */
export function withStoredProofs<T>(register: OpenRegister, sourcePaths: readonly string[], save: (stored: StoredProof[]) => T): T {
  const stored = storeProofFiles(register, sourcePaths);
  try {
    return save(stored);
  } catch (error) {
    discardStoredProofs(register, stored);
    throw error;
  }
}

/** Attaches files to a purchase lot: stores each, records it once, links it to the lot. */
export function attachProofs(register: OpenRegister, purchaseId: string, sourcePaths: string[], repaired?: (repair: RepairedProof) => void): Proof[] {
  // A lot that takes no proof is refused before any file is copied.
  attachablePurchase(register.document, purchaseId);
  return withStoredProofs(register, sourcePaths, (stored) => attachStoredProofs(register, purchaseId, stored, repaired));
}

/** The lot `purchaseId`, if proofs may be attached to it: it exists and was not voided. */
function attachablePurchase(doc: RegisterDocument, purchaseId: string): RegisterDocument['purchases'][number] {
  const purchase = findToChange(doc.purchases, purchaseId, 'purchase-id-not-found');
  // A voided lot was recorded in error: it proves nothing, so it takes no proof (the app's menu does not offer it either).
  if (purchase.voidedAt !== null) throw keyedError('conflict', 'purchase-voided-no-proof', { purchase: purchase.document || purchase.id });
  return purchase;
}

/**
 * A stored copy of a recorded proof's bytes whose file name has another extension: the recorded file
 * is written from it where it is missing or altered (attaching the file again repairs it, whatever
 * its extension now), and the copy this command made is removed, so no file outside the record is left.
 */
function restoreUnderRecordedName(proofsDir: string, stored: StoredProof, proof: Proof): ProofStatus {
  if (!isOwnFileName(proof)) return 'ok';
  const copy = join(proofsDir, proofFileName(stored));
  const { status: found } = storedStatus(join(proofsDir, proofFileName(proof)), proof.sha256);
  if (found !== 'ok') writeFileAtomic(join(proofsDir, proofFileName(proof)), readFileSync(copy), { replaceLink: true });
  if (stored.created) rmSync(copy, { force: true });
  return found;
}

/** A recorded proof whose stored file was missing or altered (or a link), written again by attaching its file again. */
export type RepairedProof = { proof: Proof; found: Exclude<ProofStatus, 'ok'> };

/**
 * Records files already stored (`storeProofFiles`) once each and links them to the lot. `repaired` is told of each
 * recorded proof whose stored file this put right, so the user hears of it even where nothing new was attached. The
 * digests storing computed are kept for the screens (`keepStoredDigests`).
 */
export function attachStoredProofs(register: OpenRegister, purchaseId: string, storedFiles: readonly StoredProof[], repaired?: (repair: RepairedProof) => void): Proof[] {
  const doc = register.document;
  const purchase = attachablePurchase(doc, purchaseId);
  const proofs = [...doc.proofs];
  const attached: Proof[] = [];
  for (const stored of storedFiles) {
    let proof = proofs.find((p) => p.sha256 === stored.sha256);
    if (proof) {
      // The same bytes under another extension (scan.jpeg saved again as scan.jpg): the recorded file is the one put right.
      const found = proof.extension === stored.extension ? stored.found : restoreUnderRecordedName(register.proofsDir, stored, proof);
      if (found !== 'ok') repaired?.({ proof, found });
    }
    if (!proof) {
      proof = {
        id: register.newId(),
        sha256: stored.sha256,
        originalName: stored.originalName,
        extension: stored.extension,
        size: stored.size,
        mediaType: mediaTypes[stored.extension] ?? 'application/octet-stream',
        addedAt: register.now().toISOString(),
      };
      proofs.push(proof);
    }
    attached.push(proof);
  }
  const proofIds = [...new Set([...purchase.proofIds, ...attached.map((p) => p.id)])];
  const next = { ...purchase, proofIds };
  register.commit(
    { ...doc, proofs, purchases: doc.purchases.map((p) => (p.id === purchaseId ? next : p)) },
    { action: 'proof.attach', subject: purchase.document || purchase.id, before: { proofIds: purchase.proofIds }, after: { proofIds, files: attached.map((p) => ({ name: p.originalName, sha256: p.sha256 })) } },
  );
  keepStoredDigests(register, storedFiles, attached);
  return attached;
}

/**
 * Keeps in the register's `proofDigests` the digest each stored file was hashed to, under the state it had once stored
 * (`storeProofFile`'s `state`): the view that follows an attach does not read again a file just written (up to 50 MB).
 * Only for a file the record names (a copy under another extension was removed, `restoreUnderRecordedName`), and only
 * where that state is certain to be the bytes hashed; a file changed since has another state and is read again.
 */
function keepStoredDigests(register: OpenRegister, storedFiles: readonly StoredProof[], attached: readonly Proof[]): void {
  storedFiles.forEach((stored, i) => {
    const proof = attached[i]!;
    if (stored.state === null || proof.extension !== stored.extension) return;
    register.proofDigests.remember(join(register.proofsDir, proofFileName(stored)), stored.state, stored.sha256);
  });
}

/** What removing a proof from a lot did: the lot as it is now, the proof (null where the lot named an id no record has), and whether another lot still names it. */
export interface DetachedProof {
  purchase: RegisterDocument['purchases'][number];
  proof: Proof | null;
  stillAttachedElsewhere: boolean;
}

/**
 * The lot and the proof `detachProof` would take off it, else its refusal: an unknown lot or proof, a proof of another
 * lot, a voided lot. Reads only, so a caller that asks before it removes (the CLI without --yes) says what the removal would.
 */
export function detachableProof(doc: RegisterDocument, purchaseId: string, proofId: string): { lot: RegisterDocument['purchases'][number]; proof: Proof | null } {
  const lot = findToChange(doc.purchases, purchaseId, 'purchase-id-not-found');
  const label = lot.document || lot.id;
  if (lot.voidedAt !== null) throw keyedError('conflict', 'purchase-voided-proof-kept', { purchase: label });
  const proof = doc.proofs.find((p) => p.id === proofId) ?? null;
  // An id the lot names with no record (removed by hand, which `verify` reports) may be removed too: that is the repair.
  if (!lot.proofIds.includes(proofId)) {
    if (!proof) throw keyedError('not-found', 'proof-not-found', { id: proofId });
    throw keyedError('not-found', 'proof-not-attached', { file: proof.originalName, purchase: label });
  }
  return { lot, proof };
}

/**
 * Removes one proof from one lot (a file attached by mistake), with a `proof.detach` event. Nothing of the register is
 * deleted, as a voided lot is kept: the proof's record and its file in proofs/ stay, whether or not another lot names it.
 * Older backups still name the file, so restoring one finds it intact; attaching the same bytes again finds the record
 * (its first name and id); and the file, still listed, is never reported after a restore as attached since the backup.
 * A proof no lot names is not checked, reported or counted (`attachedProofIds`). A voided lot is kept as it was voided,
 * with its proofs: refused, as attaching to it is.
 */
export function detachProof(register: OpenRegister, purchaseId: string, proofId: string): DetachedProof {
  const doc = register.document;
  const { lot, proof } = detachableProof(doc, purchaseId, proofId);
  const label = lot.document || lot.id;
  const proofIds = lot.proofIds.filter((id) => id !== proofId);
  const purchase = { ...lot, proofIds };
  register.commit(
    { ...doc, purchases: doc.purchases.map((p) => (p.id === lot.id ? purchase : p)) },
    { action: 'proof.detach', subject: label, before: { proofIds: lot.proofIds }, after: { proofIds, files: [{ name: proof?.originalName ?? null, sha256: proof?.sha256 ?? null }] } },
  );
  return { purchase, proof, stillAttachedElsewhere: attachedProofIds(register.document).has(proofId) };
}
