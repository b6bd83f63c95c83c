/** Findings about purchase lots: seats, proof, coverage and reassignment history. */
import type { Assignment, Purchase, RegisterDocument } from '../domain/model';
import { attachedProofIds } from '../ledger/proofs';
import { catalogProduct } from './catalog';
import { coverageState, isVoided } from './coverage';
import type { ComplianceContext, ProofStatus } from './compliance';
import type { LotJudgement } from './compliance-incremental';
import { makeFinding } from './findings';
import { isActiveOn, personLabel, productName, purchaseLabel } from './register-view';
import { earlyReassignment, replaySeats, type ReassignmentRules } from './seats';
import type { Finding } from './types';

/**
 * Findings of one lot from all its assignments: seats, proof, document, coverage and, for the
 * lot that holds the seats of its id (`replay`), early reassignments.
 */
export function lotFindings(context: ComplianceContext, purchase: Purchase, assignments: readonly Assignment[], replay: boolean): LotJudgement {
  const { asOf } = context;
  let active = 0;
  for (const assignment of assignments) if (isActiveOn(assignment, asOf)) active += 1;
  const findings: Finding[] = [];
  const base = { subject: purchaseLabel(purchase), subjectKind: 'purchase' as const, subjectId: purchase.id };
  const params = { purchase: purchaseLabel(purchase), product: productName(purchase.productId), quantity: purchase.quantity, date: purchase.date };
  if (isVoided(purchase)) {
    if (active > 0) findings.push(makeFinding({ ...base, rule: 'over-assigned', variant: 'voided', params: { ...params, active }, fix: 'release-cal' }));
    return { findings, active };
  }
  if (active > purchase.quantity) {
    findings.push(makeFinding({ ...base, rule: 'over-assigned', params: { ...params, active }, fix: 'release-cal' }));
  }
  // Not yet bought as of the report's date: the position leaves it out (compliance.ts), and says why here; its proof and
  // document are judged from the day it is owned, as the checklist judges them.
  if (purchase.date > asOf) findings.push(makeFinding({ ...base, rule: 'purchase-after-as-of', params, fix: 'none' }));
  else {
    if (purchase.proofIds.length === 0) findings.push(makeFinding({ ...base, rule: 'purchase-without-proof', params, fix: 'attach-proof' }));
    if (purchase.document.trim() === '') findings.push(makeFinding({ ...base, rule: 'purchase-without-document', params, fix: 'add-document' }));
  }
  const coverage = purchase.coverage;
  // Ended coverage matters for the CALs counted from the lot (DOMAIN.md): a lot nobody holds a CAL from is no error.
  if (context.seServer && active > 0 && coverage.kind !== 'perpetual' && catalogProduct(purchase.productId) && coverageState(coverage, asOf) === 'ended') {
    findings.push(makeFinding({ ...base, rule: 'coverage-expired', variant: coverage.kind, params: { ...params, until: coverage.until }, fix: 'renew-coverage' }));
  }
  // SE CALs are sold only with Software Assurance or as subscriptions (DOMAIN.md): a lot recorded as perpetual lacks its coverage.
  // A lot bought after the report's date is not owned on it yet, so only purchase-after-as-of speaks of it.
  if (context.seServer && coverage.kind === 'perpetual' && purchase.date <= asOf && catalogProduct(purchase.productId)?.version === 'SE') {
    findings.push(makeFinding({ ...base, rule: 'coverage-expired', variant: 'perpetual', params: { ...params, until: '' }, fix: 'renew-coverage' }));
  }
  const early = assignedBefore(purchase, assignments, asOf);
  if (early) findings.push(makeFinding({ ...base, rule: 'assigned-before-purchase', params: { ...params, ...early }, fix: 'correct-dates' }));
  if (replay) reassignmentFindings(context, purchase, assignments, findings);
  return { findings, active };
}

/**
 * The CALs of a lot assigned before its date, up to the as-of date: how many and the earliest. A lot
 * whose date was moved after its CALs' start by an edit, or a hand-kept sheet imported with a wrong
 * year, would otherwise pass unnoticed; the wizard and `assign` warn of it only when a CAL is assigned.
 */
function assignedBefore(purchase: Purchase, assignments: readonly Assignment[], asOf: string): { count: number; earliest: string } | null {
  let count = 0;
  let earliest = '';
  for (const { assignedOn } of assignments) {
    if (assignedOn >= purchase.date || assignedOn > asOf) continue;
    count += 1;
    if (earliest === '' || assignedOn < earliest) earliest = assignedOn;
  }
  return count > 0 ? { count, earliest } : null;
}

/** Proof files reported missing/altered by the caller, and proof ids a purchase names that the register no longer has. */
export function proofFindings(doc: Pick<RegisterDocument, 'proofs' | 'purchases'>, proofStatus: ReadonlyMap<string, ProofStatus> | null): Finding[] {
  const findings: Finding[] = [];
  const proofs = new Map(doc.proofs.map((proof) => [proof.id, proof]));
  const purchasesOfProof = new Map<string, string[]>();
  for (const purchase of doc.purchases) {
    if (isVoided(purchase)) continue;
    for (const proofId of purchase.proofIds) {
      const list = purchasesOfProof.get(proofId);
      if (list) list.push(purchaseLabel(purchase));
      else purchasesOfProof.set(proofId, [purchaseLabel(purchase)]);
    }
  }
  const report = (proofId: string, file: string, status: Exclude<ProofStatus, 'ok'>) =>
    findings.push(
      makeFinding({
        rule: 'proof-missing-or-altered',
        variant: status,
        subject: file,
        subjectKind: 'proof',
        subjectId: proofId,
        params: { file, purchase: (purchasesOfProof.get(proofId) ?? ['—']).join(', ') },
        fix: 'attach-proof',
      }),
    );
  if (proofStatus) {
    // A proof removed from its last lot proves nothing: its file is not judged.
    const attached = attachedProofIds(doc);
    for (const proof of doc.proofs) {
      const status = attached.has(proof.id) ? proofStatus.get(proof.id) : undefined;
      if (status !== undefined && status !== 'ok') report(proof.id, proof.originalName, status);
    }
  }
  for (const proofId of purchasesOfProof.keys()) if (!proofs.has(proofId)) report(proofId, proofId, 'missing');
  return findings;
}

/** early-reassignment for every seat of the lot handed over on or before the as-of date. */
function reassignmentFindings(context: ComplianceContext, purchase: Purchase, assignments: readonly Assignment[], findings: Finding[]): void {
  const label = (personId: string) => {
    const person = context.person(personId);
    return person ? personLabel(person) : personId;
  };
  const rules: ReassignmentRules = { device: catalogProduct(purchase.productId)?.kind === 'device', leftOn: (id) => context.leftOn.get(id) ?? null };
  for (const takeover of replaySeats(purchase.quantity, assignments, rules)) {
    const early = takeover.assignment.assignedOn <= context.asOf ? earlyReassignment(takeover, rules) : null;
    if (!early) continue;
    const person = label(early.assignment.personId);
    findings.push(
      makeFinding({
        rule: 'early-reassignment',
        subject: person,
        subjectKind: 'assignment',
        subjectId: early.assignment.id,
        params: {
          purchase: purchaseLabel(purchase),
          person,
          previous: label(early.previous.personId),
          previousStart: early.previous.assignedOn,
          assignedOn: early.assignment.assignedOn,
          days: early.days,
        },
        fix: 'review-reassignment',
      }),
    );
  }
}
