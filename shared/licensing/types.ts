/**
 * The shapes the compliance engine produces; consumers (UI, CLI `check --json`, workbook)
 * depend only on these. Rule ids are the stable ones listed in ../shared/DOMAIN.md.
 */
export const ruleIds = [
  'mailbox-without-cal',
  'cal-shortfall',
  'over-assigned',
  'cal-version-too-old',
  'enterprise-feature-without-enterprise-cal',
  'enterprise-without-standard',
  'proof-missing-or-altered',
  'coverage-expired',
  'server-trial-expired',
  'assigned-to-disabled-account',
  'duplicate-assignment',
  'purchase-without-proof',
  'purchase-without-document',
  'purchase-after-as-of',
  'assigned-before-purchase',
  'server-trial',
  'server-not-verified',
  'early-reassignment',
  'disabled-account-with-mailbox',
  'assigned-without-mailbox',
  'server-out-of-support',
  'exchange-count-differs',
  'no-mailbox-needs-cal',
] as const;
export type RuleId = (typeof ruleIds)[number];

export type Severity = 'error' | 'warning' | 'info';

/** What a finding is about, so the UI can link to it. */
export type FindingSubjectKind = 'person' | 'mailbox' | 'purchase' | 'server' | 'product' | 'proof' | 'assignment' | 'register';

export type SuggestedFix =
  | 'assign-cal'
  | 'release-cal'
  | 'add-purchase'
  | 'attach-proof'
  | 'verify-server'
  | 'activate-server'
  | 'add-document'
  | 'upgrade-cal'
  | 'renew-coverage'
  | 'review-reassignment'
  | 'correct-dates'
  | 'convert-or-remove-mailbox'
  | 'import-inventory'
  | 'add-server'
  | 'none';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Human-readable subject: an e-mail, a server name, a product name, a document number. */
  subject: string;
  subjectKind: FindingSubjectKind;
  /** Id of the register entity when there is one (person id, purchase id, server id…). */
  subjectId: string | null;
  /** English message (the CLI prints it; the UI translates from `rule` + `params`). */
  message: string;
  /** i18n key of the message under the `licensing` catalog (`finding.<rule>.<variant>`), filled by the engine. */
  messageKey?: string;
  /** Values to fill the translated message and fix text. */
  params: Record<string, string | number>;
  fix: SuggestedFix;
}

export interface ProductPosition {
  /** Catalog product display name, e.g. "Exchange Server 2019 Standard User CAL". */
  product: string;
  productId: string;
  purchased: number;
  assigned: number;
  required: number;
  shortfall: number;
  surplus: number;
  /**
   * Of `surplus`, the CALs that do not reach the server in use (a version older than the newest
   * server's, or an SE server without the active Software Assurance or subscription it needs): spare,
   * as nothing is required of them, but they license none of that server's users.
   */
  notReaching: number;
}

export interface InventorySummary {
  mailboxes: number;
  needCal: number;
  exempt: number;
  disabledWithMailbox: number;
  enterpriseFeatureUsers: number;
}

export interface ComplianceReport {
  asOf: string;
  /**
   * `product`: what the rules count the server as on `asOf`; `recordedProduct`, only where its record names another
   * (a server recorded as SE, before SE was released: `serverProductOn`).
   */
  servers: { name: string; product: string; recordedProduct?: string; activation: string }[];
  inventory: InventorySummary;
  position: ProductPosition[];
  findings: Finding[];
}
