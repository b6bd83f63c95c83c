/** Shortcuts to read a compliance report in tests. */
import type { RegisterDocument } from '../../../shared/domain/model';
import { computeCompliance, type ProofStatus } from '../../../shared/licensing/compliance';
import type { ComplianceReport, Finding, RuleId } from '../../../shared/licensing/types';
import { AS_OF } from './builders';

export function check(doc: RegisterDocument, asOf = AS_OF, proofStatus?: Map<string, ProofStatus>): ComplianceReport {
  return computeCompliance(doc, proofStatus ? { asOf, proofStatus } : { asOf });
}

export function findingsOf(report: ComplianceReport, rule: RuleId): Finding[] {
  return report.findings.filter((finding) => finding.rule === rule);
}

export function subjectsOf(report: ComplianceReport, rule: RuleId): string[] {
  return findingsOf(report, rule).map((finding) => finding.subject);
}

export function positionOf(report: ComplianceReport, productId: string) {
  return report.position.find((row) => row.productId === `exchange-${productId}-cal`);
}
