import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CURRENT_SCHEMA_VERSION, registerDocumentSchema, type RegisterDocument } from '../../../shared/domain/model';
import { attachedProofIds } from '../../../shared/ledger/proofs';
import { verifyAuditChain } from '../../services/register/audit';
import { expandTables, isRecord } from '../../services/register/disk-tables';
import { migrateDocument } from '../../services/register/migrations';
import { checkProof } from '../../services/ledger/proofs';
import { readRegisterText, registerFileIsFolder, registerFileNotRegular } from '../../services/register/register-store';
import { PROOFS_DIR, REGISTER_FILE } from '../../services/register/open-register';
import { cliDeps, onlyRegisterDir, UsageError, type Io } from '../context';
import { msg, readFailureText, uiText, type CliTextKey } from '../messages';

export const verifyHelp = (): string => msg('helpVerify');

const chainReasons: Readonly<Record<string, CliTextKey>> = { sequence: 'chainSequence', link: 'chainLink', content: 'chainContent' };

/** Why a file is not a register: English in --json (language-neutral), the CLI's language on stderr (`detail` after it). */
type Problem = { json: string; text: string; detail?: string };

/** Read-only: never takes the lock, never moves or rewrites a file. */
export async function runVerify(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const dir = onlyRegisterDir(positionals);
  const file = join(dir, REGISTER_FILE);
  if (!existsSync(file)) throw new UsageError(msg('noRegisterFile', { dir }));
  // Said as every other command says it (the open's own refusal), not as the OS words a failed read; a pipe in its
  // place is never read (the read would wait for a writer for ever).
  const kind = statSync(file);
  if (kind.isDirectory()) throw registerFileIsFolder(dir);
  if (!kind.isFile()) throw registerFileNotRegular(dir, cliDeps());
  let parsed;
  try {
    const value: unknown = JSON.parse(readRegisterText(file));
    const version = isRecord(value) ? value.schemaVersion : undefined;
    if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
      const params = { version, supported: CURRENT_SCHEMA_VERSION };
      return report(io, values.json === true, { ok: false, readable: false }, { json: `register.json was written by a newer CAL Register (schema ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION})`, text: msg('verifyTooNew', params) });
    }
    // Anything but an object goes to the schema as it is, which calls it not the shape of a register.
    let raw = value;
    if (isRecord(value)) {
      const doc = expandTables(value);
      // An older register is upgraded in memory only, as the app would on opening it; the file is never touched.
      raw = typeof doc.schemaVersion === 'number' && doc.schemaVersion < CURRENT_SCHEMA_VERSION ? migrateDocument(doc).document : doc;
    }
    parsed = registerDocumentSchema.safeParse(raw);
  } catch (error) {
    const reason = (error as Error).message;
    // What the reader said, in the words of the app's card (and of the other commands in Polish), never the reader's English alone.
    return report(io, values.json === true, { ok: false, readable: false }, { json: `register.json cannot be read: ${reason}`, text: msg('verifyUnreadable'), detail: readFailureText(reason) });
  }
  if (!parsed.success) return report(io, values.json === true, { ok: false, readable: false }, { json: 'register.json does not have the shape of a register', text: msg('verifyNotRegister') });
  const doc = parsed.data;
  const chain = verifyAuditChain(doc.audit);
  // A proof removed from its last lot proves nothing: its kept file is not verified (nor reported if deleted later).
  const attached = attachedProofIds(doc);
  const files: VerifiedProof[] = [];
  // Every file read and hashed now, one after another: what verify calls intact was read for it.
  for (const p of doc.proofs.filter((proof) => attached.has(proof.id))) {
    files.push({ id: p.id, name: p.originalName, sha256: p.sha256, status: await checkProof(join(dir, PROOFS_DIR), p, { rehash: true }) });
  }
  const proofs = [...files, ...unrecordedProofs(doc)];
  const ok = chain.ok && proofs.every((p) => p.status === 'ok');
  return report(io, values.json === true, { ok, readable: true, auditChain: chain, proofs });
}

/** A proof verified: a recorded one by its file; one a lot names that has no record (`purchases`: those lots) is missing. */
type VerifiedProof = { id: string; name: string | null; sha256: string | null; status: string; purchases?: string[] };

/**
 * Proof ids a lot names that no proof record has, each with the lots naming it: records removed by hand (`"proofs": []`)
 * must fail the verification, as `check` reports them, not pass as "0 of 0 intact". Voided lots count too: what proved
 * them is part of the record kept.
 */
function unrecordedProofs(doc: Pick<RegisterDocument, 'proofs' | 'purchases'>): VerifiedProof[] {
  const recorded = new Set(doc.proofs.map((p) => p.id));
  const lotsOf = new Map<string, string[]>();
  for (const lot of doc.purchases) {
    for (const id of lot.proofIds) if (!recorded.has(id)) lotsOf.set(id, [...(lotsOf.get(id) ?? []), lot.document || lot.id]);
  }
  return [...lotsOf].map(([id, purchases]) => ({ id, name: null, sha256: null, status: 'missing', purchases }));
}

function report(io: Io, json: boolean, result: { ok: boolean; readable: boolean; auditChain?: ReturnType<typeof verifyAuditChain>; proofs?: VerifiedProof[] }, problem?: Problem): number {
  if (json) io.out(JSON.stringify(problem ? { ...result, problem: problem.json } : result));
  if (problem) io.err([msg('verifyFailed', { problem: problem.text }), problem.detail].filter(Boolean).join(' '));
  if (result.auditChain) {
    const c = result.auditChain;
    const reason = c.ok ? '' : chainReasons[c.reason];
    io.err(c.ok ? msg('chainIntact', { count: c.count, head: c.head.slice(0, 12) }) : msg('chainBroken', { at: c.brokenAt, count: c.count, reason: reason ? msg(reason) : c.reason }));
  }
  for (const p of result.proofs ?? []) {
    if (p.status === 'ok') continue;
    if (p.purchases) io.err(msg('proofUnrecorded', { id: p.id, purchases: p.purchases.join(', ') }));
    else io.err(msg('proofBad', { name: p.name ?? p.id, status: uiText(`ledger.proofStatus.${p.status}`, {}, p.status) }));
  }
  if (result.proofs) io.err(msg('proofsIntact', { ok: result.proofs.filter((p) => p.status === 'ok').length, count: result.proofs.length }));
  return result.ok ? 0 : 1;
}
