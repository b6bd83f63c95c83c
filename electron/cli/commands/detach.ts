/** `purchase detach`: takes a proof file attached by mistake off a lot, as the Purchases screen's Remove does. */
import { parseArgs } from 'node:util';
import type { Proof, RegisterDocument } from '../../../shared/domain/model';
import { detachableProof, detachProof, proofFileName } from '../../services/ledger/proofs';
import { registerDir, UsageError, withRegister, ownArgs, type Io } from '../context';
import { msg } from '../messages';
import { findPurchase } from './ledger';

export const purchaseDetachHelp = (): string => msg('helpPurchaseDetach');

type Lot = RegisterDocument['purchases'][number];
/** A proof a lot names: its record, or only its id where the record is gone (removed by hand). */
type LotProof = { id: string; proof: Proof | null };

/** As the app shows a proof's SHA-256: its first 12 characters. */
const SHORT_HASH = 12;

/** How a proof is named in a message: its file name, the short SHA-256 the app shows, its id. */
const proofLine = ({ id, proof }: LotProof): string =>
  proof ? msg('proofLine', { name: proof.originalName, sha: proof.sha256.slice(0, SHORT_HASH), id }) : msg('proofLineUnrecorded', { id });

/**
 * The one proof of `lot` that `key` names: its id, its file name as attached (any case), its SHA-256 whole or from
 * its first 12 characters (as the app shows it), or its file in proofs/. None or several is refused, listing the lot's proofs.
 */
function findLotProof(doc: RegisterDocument, lot: Lot, key: string): LotProof {
  const document = lot.document || lot.id;
  const proofs: LotProof[] = [...new Set(lot.proofIds)].map((id) => ({ id, proof: doc.proofs.find((p) => p.id === id) ?? null }));
  if (proofs.length === 0) throw new UsageError(msg('lotHasNoProof', { document }));
  const text = key.trim().toLowerCase();
  const hash = /^[0-9a-f]+$/.test(text) && text.length >= SHORT_HASH;
  const matches = proofs.filter(
    ({ id, proof }) =>
      id === key || (proof !== null && (proof.originalName.toLowerCase() === text || (hash && proof.sha256.startsWith(text)) || proofFileName(proof) === text)),
  );
  const listed = proofs.map(proofLine).join('; ');
  if (matches.length > 1) throw new UsageError(msg('proofKeyAmbiguous', { key, count: matches.length, document, proofs: matches.map(proofLine).join('; ') }));
  if (!matches[0]) throw new UsageError(msg('proofNotOnLot', { key, document, proofs: listed }));
  return matches[0];
}

/**
 * Takes one proof off one lot. The file stays in proofs/ and the removal is a `proof.detach` event (`detachProof`).
 * Without --yes it only reads and says what it would remove, or the refusal the removal would give, as `purchase void` does.
 */
export async function runPurchaseDetach(args: string[], io: Io): Promise<number> {
  const options = { yes: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } as const;
  const { values, positionals } = parseArgs({ args: ownArgs(args, options), options, allowPositionals: true });
  const dir = registerDir(positionals[0]);
  if (positionals.length > 3) throw new UsageError(msg('unexpectedArgument', { arg: positionals[3] ?? '' }));
  const lotKey = positionals[1];
  const proofKey = positionals[2];
  if (!lotKey) throw new UsageError(msg('required', { flag: '<document|id>' }));
  if (!proofKey) throw new UsageError(msg('required', { flag: '<file name|SHA-256|id>' }));
  const chosen = (doc: RegisterDocument) => {
    const lot = findPurchase(doc, lotKey);
    const named = findLotProof(doc, lot, proofKey);
    detachableProof(doc, lot.id, named.id);
    return { lot, named };
  };
  if (values.yes !== true) {
    const { lot, named } = await withRegister(dir, io, (r) => chosen(r.document), { readOnly: true });
    throw new UsageError(msg('detachNeedsYes', { name: named.proof?.originalName ?? named.id, document: lot.document || lot.id }));
  }
  const outcome = await withRegister(dir, io, (r) => {
    const { lot, named } = chosen(r.document);
    const { purchase } = detachProof(r, lot.id, named.id);
    // The live lots the file still proves, as the app's "Also the proof of" names them.
    const others = r.document.purchases.filter((p) => p.id !== lot.id && p.voidedAt === null && p.proofIds.includes(named.id)).map((p) => p.document || p.id);
    return { purchase, named, others };
  });
  const { purchase, named, others } = outcome;
  const document = purchase.document || purchase.id;
  if (values.json) io.out(JSON.stringify(purchase));
  io.err(named.proof ? msg('proofDetached', { name: named.proof.originalName, document, file: `proofs/${proofFileName(named.proof)}` }) : msg('proofDetachedUnrecorded', { id: named.id, document }));
  if (others.length > 0) io.err(msg('proofDetachedStillOf', { others: others.join(', ') }));
  if (purchase.proofIds.length === 0) io.err(msg('proofDetachedLast', { document }));
  return 0;
}
