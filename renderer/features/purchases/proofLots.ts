/**
 * A file attached to several lots is one proof (kept once by its SHA-256): each lot says which others it proves too.
 * The lots of each proof are gathered once per list of lots, not looked for again for every lot.
 */
import type { PurchaseView } from '../../../shared/contracts/ledger';

/** The lots one proof is attached to, in list order, voided lots left out. */
interface LotsOfProof {
  lots: PurchaseView[];
  ids: Set<string>;
}

export type ProofLotIndex = ReadonlyMap<string, LotsOfProof>;

/** Other lots named under a proof; the rest only counted, so a proof shared by many lots does not list them all under each. */
export const OTHER_LOTS_SHOWN = 5;

/** Each proof's lots, in one pass over the lots' proofs. */
export function indexLotsByProof(purchases: readonly PurchaseView[]): ProofLotIndex {
  const index = new Map<string, LotsOfProof>();
  for (const purchase of purchases) {
    if (purchase.voidedAt !== null) continue;
    for (const proof of purchase.proofs) {
      let entry = index.get(proof.id);
      if (!entry) {
        entry = { lots: [], ids: new Set() };
        index.set(proof.id, entry);
      }
      if (entry.ids.has(purchase.id)) continue;
      entry.ids.add(purchase.id);
      entry.lots.push(purchase);
    }
  }
  return index;
}

/** The other lots `proofId` is attached to besides `purchase`: the first `limit` of them, and how many there are in all. */
export function otherLotsOf(index: ProofLotIndex, purchase: PurchaseView, proofId: string, limit = Infinity): { lots: PurchaseView[]; count: number } {
  const entry = index.get(proofId);
  if (!entry) return { lots: [], count: 0 };
  const lots: PurchaseView[] = [];
  for (const lot of entry.lots) {
    if (lots.length >= limit) break;
    if (lot.id !== purchase.id) lots.push(lot);
  }
  return { lots, count: entry.lots.length - (entry.ids.has(purchase.id) ? 1 : 0) };
}
