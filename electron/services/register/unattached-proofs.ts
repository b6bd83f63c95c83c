/**
 * After a restore, the proof files attached since the backup was written stay in proofs/ (a proof
 * is never deleted) but no lot of the restored register names them. The user is told which, with
 * the lots the replaced register attached them to, so they can be attached again.
 */
import { readdirSync } from 'node:fs';
import type { RegisterNotice } from '../../../shared/contracts/register';
import type { RegisterDocument } from '../../../shared/domain/model';
import { proofFileName } from '../ledger/proofs';

export interface ProofFileRecord {
  name: string;
  purchases: string[];
}

/** The proofs a register lists, by their file in proofs/, with the lots they proved; none where its proofs cannot be read. */
export function proofFilesOf(doc: Partial<RegisterDocument>): Map<string, ProofFileRecord> {
  const listed = new Map<string, ProofFileRecord>();
  try {
    for (const proof of doc.proofs ?? []) {
      const purchases = (doc.purchases ?? []).filter((p) => p.proofIds?.includes(proof.id)).map((p) => p.document || p.id);
      listed.set(proofFileName(proof), { name: proof.originalName, purchases });
    }
  } catch {
    // A damaged register names no proofs; its files are still listed by name.
  }
  return listed;
}

/** The notice naming the files in `proofsDir` that `doc` does not list (`replaced`: the register it replaced), or null. */
export function unattachedProofsNotice(proofsDir: string, doc: RegisterDocument, replaced: ReadonlyMap<string, ProofFileRecord>): RegisterNotice | null {
  let names: string[];
  try {
    names = readdirSync(proofsDir);
  } catch {
    return null;
  }
  const listed = new Set(doc.proofs.map(proofFileName));
  const unattached = names
    .filter((name) => /^[0-9a-f]{64}\.[a-z0-9]{1,10}$/.test(name) && !listed.has(name))
    .sort()
    .map((name) => {
      const known = replaced.get(name);
      if (!known) return name;
      return known.purchases.length > 0 ? `${known.name} (${known.purchases.join(', ')})` : known.name;
    });
  if (unattached.length === 0) return null;
  const shown = unattached.slice(0, 5).join('; ') + (unattached.length > 5 ? '; …' : '');
  return { code: 'proofs-unattached', detail: { count: String(unattached.length), files: shown } };
}
