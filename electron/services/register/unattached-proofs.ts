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
    // Each proof's lots gathered in one pass over the lots (not every lot scanned once per proof), in the lots' order.
    const lotsOf = new Map<string, string[]>();
    for (const p of doc.purchases ?? []) {
      if (!Array.isArray(p.proofIds)) continue;
      for (const id of new Set(p.proofIds)) {
        const lots = lotsOf.get(id);
        if (lots) lots.push(p.document || p.id);
        else lotsOf.set(id, [p.document || p.id]);
      }
    }
    for (const proof of doc.proofs ?? []) {
      listed.set(proofFileName(proof), { name: proof.originalName, purchases: lotsOf.get(proof.id) ?? [] });
    }
  } catch {
    // A damaged register names no proofs; its files are still listed by name.
  }
  return listed;
}

/** The proof files (by their hashed names) in `proofsDir` that `doc` does not list, sorted; none where the folder cannot be read. */
export function unattachedProofFiles(proofsDir: string, doc: RegisterDocument): string[] {
  let names: string[];
  try {
    names = readdirSync(proofsDir);
  } catch {
    return [];
  }
  const listed = new Set(doc.proofs.map(proofFileName));
  return names.filter((name) => /^[0-9a-f]{64}\.[a-z0-9]{1,10}$/.test(name) && !listed.has(name)).sort();
}

/**
 * What registers knew of `files`: each source (the register a restore replaced, then its other
 * copies) is read only while some file is still unnamed, and the first to name a file names it.
 */
export function namesOfProofFiles(files: readonly string[], sources: Iterable<() => ReadonlyMap<string, ProofFileRecord>>): Map<string, ProofFileRecord> {
  const known = new Map<string, ProofFileRecord>();
  for (const read of sources) {
    if (files.every((file) => known.has(file))) break;
    const records = read();
    for (const file of files) {
      const record = records.get(file);
      if (record && !known.has(file)) known.set(file, record);
    }
  }
  return known;
}

/** The notice naming the unattached `files` by what `known` says of them (else by their hashed names), or null when there are none. */
export function unattachedProofsNotice(files: readonly string[], known: ReadonlyMap<string, ProofFileRecord>): RegisterNotice | null {
  if (files.length === 0) return null;
  const shown = files.slice(0, 5).map((file) => {
    const record = known.get(file);
    if (!record) return file;
    return record.purchases.length > 0 ? `${record.name} (${record.purchases.join(', ')})` : record.name;
  });
  return { code: 'proofs-unattached', detail: { count: String(files.length), files: shown.join('; ') + (files.length > 5 ? '; …' : '') } };
}
