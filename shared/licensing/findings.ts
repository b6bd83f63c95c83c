/** Building and ordering findings so every report is deterministic. */
import { featureNames } from './feature-names';
import { formatLicensingMessage, type MessageParams } from './messages';
import { ruleIds, type Finding, type FindingSubjectKind, type RuleId, type Severity, type SuggestedFix } from './types';

/** Severity of each rule, from DOMAIN.md "Compliance rules". */
export const ruleSeverity: Record<RuleId, Severity> = {
  'mailbox-without-cal': 'error',
  'cal-shortfall': 'error',
  'over-assigned': 'error',
  'cal-version-too-old': 'error',
  'enterprise-feature-without-enterprise-cal': 'error',
  'enterprise-without-standard': 'error',
  'proof-missing-or-altered': 'error',
  'coverage-expired': 'error',
  'server-trial-expired': 'error',
  'assigned-to-disabled-account': 'warning',
  'duplicate-assignment': 'warning',
  'purchase-without-proof': 'warning',
  'purchase-without-document': 'warning',
  'purchase-after-as-of': 'info',
  'assigned-before-purchase': 'warning',
  'server-trial': 'warning',
  'server-not-verified': 'warning',
  'early-reassignment': 'warning',
  'disabled-account-with-mailbox': 'warning',
  'assigned-without-mailbox': 'info',
  'server-out-of-support': 'info',
  'exchange-count-differs': 'info',
  'no-mailbox-needs-cal': 'info',
};

export interface FindingInput {
  rule: RuleId;
  /** Message variant under `finding.<rule>`; `default` unless the rule has several texts. */
  variant?: string;
  subject: string;
  subjectKind: FindingSubjectKind;
  subjectId: string | null;
  params: MessageParams;
  fix: SuggestedFix;
}

export function makeFinding(input: FindingInput): Finding {
  const messageKey = `finding.${input.rule}.${input.variant ?? 'default'}`;
  const params: MessageParams = { subject: input.subject, ...input.params };
  return {
    rule: input.rule,
    severity: ruleSeverity[input.rule],
    subject: input.subject,
    subjectKind: input.subjectKind,
    subjectId: input.subjectId,
    // The parameters keep feature ids; the English text names them in words.
    message: formatLicensingMessage(messageKey, typeof params.features === 'string' ? { ...params, features: featureNames(params.features, 'en') } : params),
    messageKey,
    params,
    fix: input.fix,
  };
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const ruleRank = new Map<RuleId, number>(ruleIds.map((id, index) => [id, index]));

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts findings in place by `compareFindings`, ranking each finding once rather than once per comparison. */
export function sortFindings(findings: Finding[]): Finding[] {
  const ranked = findings.map((finding) => ({ rank: severityRank[finding.severity] * 100 + (ruleRank.get(finding.rule) ?? 0), finding }));
  ranked.sort((a, b) => a.rank - b.rank || compareFindings(a.finding, b.finding));
  for (let i = 0; i < ranked.length; i++) findings[i] = (ranked[i] as { finding: Finding }).finding;
  return findings;
}

/** Errors first, then rule order of DOMAIN.md, then subject; plain code-point order so it never depends on locale. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    (ruleRank.get(a.rule) ?? 0) - (ruleRank.get(b.rule) ?? 0) ||
    compareText(a.subject, b.subject) ||
    compareText(a.subjectId ?? '', b.subjectId ?? '') ||
    compareText(a.message, b.message) ||
    compareText(JSON.stringify(a.params), JSON.stringify(b.params)) ||
    // Only findings alike in all of the above get here; these make the order total, so a patched list equals a fresh sort.
    compareText(a.messageKey ?? '', b.messageKey ?? '') ||
    compareText(a.subjectKind, b.subjectKind) ||
    compareText(a.fix, b.fix)
  );
}

/** What the rules judge the CALs against, and whether the register lacks it. */
export interface MissingInputs {
  /** No Exchange server in use on the report's date. */
  serverMissing: boolean;
  /** No mailbox export imported. */
  inventoryMissing: boolean;
}

/**
 * What a report's rules had nothing to judge against. `lastImport`: the register's latest inventory
 * snapshot (`ComplianceView.lastImport`), null or undefined when none was imported.
 */
export function missingInputs(report: { readonly servers: readonly unknown[] }, lastImport: object | null | undefined): MissingInputs {
  return { serverMissing: report.servers.length === 0, inventoryMissing: lastImport === null || lastImport === undefined };
}

/**
 * A report with no finding because it had nothing to check yet (no server, or no mailbox export): what is
 * missing, which the Findings screen and the audit workbook say instead of "every rule passes" (a reviewer
 * reads no finding as compliant). Null when its findings, or their absence, speak for the register.
 */
export function nothingToCheckYet(report: { readonly servers: readonly unknown[]; readonly findings: readonly unknown[] }, lastImport: object | null | undefined): MissingInputs | null {
  if (report.findings.length > 0) return null;
  const missing = missingInputs(report, lastImport);
  return missing.serverMissing || missing.inventoryMissing ? missing : null;
}
