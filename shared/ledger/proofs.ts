/** Which proof records prove something: one rule for the services that hash them, `check`, `verify` and the counts. */
import type { RegisterDocument } from '../domain/model';

/**
 * The ids of the proofs some lot names, a voided lot too (what proved it is part of the record kept). A proof
 * removed from its last lot keeps its record and its file in proofs/ (nothing of the register is deleted), but
 * proves nothing any more: it is not hashed, reported, verified or counted.
 */
export function attachedProofIds(doc: Pick<RegisterDocument, 'purchases'>): Set<string> {
  const ids = new Set<string>();
  for (const lot of doc.purchases) for (const id of lot.proofIds) ids.add(id);
  return ids;
}
