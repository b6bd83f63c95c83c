/** Findings about purchase lots: seats, proof, coverage and reassignment history. */
import type { Assignment } from '../domain/model';
import { catalogProduct, serverVersion } from './catalog';
import { coverageState, isVoided } from './coverage';
import type { ComplianceContext } from './compliance';
import { makeFinding } from './findings';
import { personLabel, productName, purchaseLabel, serversInUse } from './register-view';
import { earlyReassignment, replaySeats } from './seats';
import type { Finding } from './types';

export function purchaseFindings(context: ComplianceContext): Finding[] {
  return [...lotFindings(context), ...proofFindings(context), ...reassignmentFindings(context)];
}

function lotFindings(context: ComplianceContext): Finding[] {
  const { doc, asOf } = context;
  const findings: Finding[] = [];
  const seServer = serversInUse(doc.servers, asOf).some((server) => serverVersion(server) === 'SE');
  for (const purchase of doc.purchases) {
    const base = { subject: purchaseLabel(purchase), subjectKind: 'purchase' as const, subjectId: purchase.id };
    const params = { purchase: purchaseLabel(purchase), product: productName(purchase.productId), quantity: purchase.quantity, date: purchase.date };
    const active = context.activeByPurchase.get(purchase.id) ?? 0;
    if (isVoided(purchase)) {
      if (active > 0) findings.push(makeFinding({ ...base, rule: 'over-assigned', variant: 'voided', params: { ...params, active }, fix: 'release-cal' }));
      continue;
    }
    if (active > purchase.quantity) {
      findings.push(makeFinding({ ...base, rule: 'over-assigned', params: { ...params, active }, fix: 'release-cal' }));
    }
    if (purchase.proofIds.length === 0) findings.push(makeFinding({ ...base, rule: 'purchase-without-proof', params, fix: 'attach-proof' }));
    if (purchase.document.trim() === '') findings.push(makeFinding({ ...base, rule: 'purchase-without-document', params, fix: 'add-document' }));
    const coverage = purchase.coverage;
    if (seServer && coverage.kind !== 'perpetual' && catalogProduct(purchase.productId) && coverageState(coverage, asOf) === 'ended') {
      findings.push(
        makeFinding({ ...base, rule: 'coverage-expired', variant: coverage.kind, params: { ...params, until: coverage.until }, fix: 'renew-coverage' }),
      );
    }
  }
  return findings;
}

/** Proof files reported missing/altered by the caller, and proof ids a purchase names that the register no longer has. */
function proofFindings(context: ComplianceContext): Finding[] {
  const { doc, proofStatus } = context;
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
  const report = (proofId: string, file: string, status: 'missing' | 'altered') =>
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
    for (const proof of doc.proofs) {
      const status = proofStatus.get(proof.id);
      if (status === 'missing' || status === 'altered') report(proof.id, proof.originalName, status);
    }
  }
  for (const proofId of purchasesOfProof.keys()) if (!proofs.has(proofId)) report(proofId, proofId, 'missing');
  return findings;
}

/** early-reassignment for every seat handed over on or before the as-of date. */
function reassignmentFindings(context: ComplianceContext): Finding[] {
  const { doc, asOf } = context;
  const byLot = new Map<string, Assignment[]>();
  for (const assignment of doc.assignments) {
    const list = byLot.get(assignment.purchaseId);
    if (list) list.push(assignment);
    else byLot.set(assignment.purchaseId, [assignment]);
  }
  const findings: Finding[] = [];
  const label = (personId: string) => {
    const person = context.person(personId);
    return person ? personLabel(person) : personId;
  };
  for (const [purchaseId, assignments] of byLot) {
    const purchase = context.purchases.get(purchaseId);
    if (!purchase || isVoided(purchase)) continue;
    for (const takeover of replaySeats(purchase.quantity, assignments)) {
      const early = takeover.assignment.assignedOn <= asOf ? earlyReassignment(takeover) : null;
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
  return findings;
}
