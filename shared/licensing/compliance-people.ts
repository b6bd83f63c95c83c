/** Findings about people, mailboxes and the CALs they hold. */
import { compareVersions, findProductByName, heldTogether, holdingGroup, parseLicenseName, type ExchangeVersion } from './catalog';
import { reachFailure } from './coverage';
import type { Assignment } from '../domain/model';
import type { ComplianceContext, HeldCal } from './compliance';
import type { NeedUnit } from './inventory';
import { makeFinding } from './findings';
import { personLabel } from './register-view';
import type { Finding } from './types';

/**
 * Findings of one holder: the need of each of their mailboxes and the rules on the CALs they hold.
 * `slot` is the person's (person-slots.ts), -1 when no person has the id their assignments name.
 */
export function personFindings(context: ComplianceContext, holder: { personId: string; slot: number }, units: readonly NeedUnit[], active: readonly Assignment[]): Finding[] {
  const findings: Finding[] = [];
  const held = heldCals(context, active);
  for (const unit of units) needFindings(context, unit, held, findings);
  // A mailbox of theirs in the latest inventory that needs a CAL: releasing the CAL first would only leave it unlicensed.
  const mailboxNeedsCal = context.inventory.mailboxesSeenOn !== null && units.length > 0;
  if (held.length > 0) heldFindings(context, holder, held, findings, mailboxNeedsCal);
  return findings;
}

/** The CALs an assignment list holds: active assignments on lots that count. */
function heldCals(context: ComplianceContext, active: readonly Assignment[]): HeldCal[] {
  const held: HeldCal[] = [];
  for (const assignment of active) {
    const lot = context.lots.get(assignment.purchaseId);
    if (lot?.product && lot.version) held.push({ assignment, purchase: lot.purchase, product: lot.product, version: lot.version, reaches: lot.reaches });
  }
  return held;
}

/** Findings that no assignment can change: mailboxes that match no person, and what the inventory shows. */
export function unmatchedFindings(context: ComplianceContext): Finding[] {
  const findings: Finding[] = [];
  for (const unit of context.inventory.units) if (!unit.person) needFindings(context, unit, [], findings);
  return [...findings, ...inventoryFindings(context)];
}

/** mailbox-without-cal and enterprise-feature-without-enterprise-cal of one person or unmatched mailbox. */
function needFindings(context: ComplianceContext, unit: NeedUnit, held: readonly HeldCal[], findings: Finding[]): void {
  const { target, inventory } = context;
  // One pass, no arrays: this runs for every person with a mailbox.
  let covered = false;
  let hasEnterprise = false;
  let heldVersion: ExchangeVersion | null = null;
  // The newest Enterprise CAL held that does not reach the target (an older version, or SE without coverage).
  let enterpriseVersion: ExchangeVersion | null = null;
  for (const cal of held) {
    if (cal.product.tier === 'enterprise') {
      if (cal.reaches) hasEnterprise = true;
      else if (enterpriseVersion === null || compareVersions(cal.version, enterpriseVersion) > 0) enterpriseVersion = cal.version;
    } else if (cal.reaches) covered = true;
    else if (heldVersion === null || compareVersions(cal.version, heldVersion) > 0) heldVersion = cal.version;
  }
  const subjectKind = unit.person ? 'person' : 'mailbox';
  const subjectId = unit.person?.id ?? null;
  if (!covered) {
    // A CAL of the target's version that does not reach it is an SE CAL without active SA or subscription.
    const uncovered = heldVersion !== null && compareVersions(heldVersion, target) >= 0;
    // Someone who left, whose mailbox is still on the server: the mailbox is what to deal with, not a CAL to give them.
    const leftOn = unit.person && heldVersion === null && inventory.mailboxesSeenOn !== null ? context.leftOn.get(unit.person.id) : undefined;
    // With no server recorded the target is the newest version bought (compliance.ts `targetVersion`): no server to name.
    const older = context.newest ? 'older' : 'olderNoServer';
    const variant = !unit.person ? 'unmatched' : leftOn !== undefined ? 'left' : uncovered ? 'noCoverage' : heldVersion ? older : inventory.mailboxesSeenOn !== null ? 'default' : 'noInventory';
    findings.push(
      makeFinding({
        rule: 'mailbox-without-cal',
        variant,
        subject: unit.subject,
        subjectKind,
        subjectId,
        params: { version: target, heldVersion: heldVersion ?? '', recipientType: unit.recipientType, ...(leftOn !== undefined ? { leftOn } : {}) },
        fix: leftOn !== undefined ? 'convert-or-remove-mailbox' : uncovered ? 'renew-coverage' : heldVersion ? 'upgrade-cal' : 'assign-cal',
      }),
    );
  }
  if (unit.enterpriseFeatures.length > 0 && !hasEnterprise) {
    // An Enterprise CAL held that does not reach the target is named, as a Standard one is above.
    const uncovered = enterpriseVersion !== null && compareVersions(enterpriseVersion, target) >= 0;
    findings.push(
      makeFinding({
        rule: 'enterprise-feature-without-enterprise-cal',
        variant: enterpriseVersion === null ? 'default' : uncovered ? 'noCoverage' : 'older',
        subject: unit.subject,
        subjectKind,
        subjectId,
        params: { features: unit.enterpriseFeatures.join(', '), version: target, heldVersion: enterpriseVersion ?? '' },
        fix: enterpriseVersion === null ? 'assign-cal' : uncovered ? 'renew-coverage' : 'upgrade-cal',
      }),
    );
  }
}

function heldFinding(context: ComplianceContext, cal: HeldCal, rule: Finding['rule'], variant: string, params: Record<string, string | number>, fix: Finding['fix']): Finding {
  const person = context.person(cal.assignment.personId);
  return makeFinding({
    rule,
    variant,
    subject: person ? personLabel(person) : cal.assignment.personId,
    subjectKind: 'person',
    subjectId: cal.assignment.personId,
    params: { person: person ? personLabel(person) : cal.assignment.personId, product: cal.product.name, assignmentId: cal.assignment.id, ...params },
    fix,
  });
}

const tooOldVariant = { older: 'default', 'coverage-ended': 'coverageEnded', 'se-coverage-ended': 'seCoverageEnded', 'se-no-coverage': 'seNoCoverage' } as const;

/** Rules on each active CAL of one holder and on the holder. */
function heldFindings(context: ComplianceContext, { personId, slot }: { personId: string; slot: number }, cals: readonly HeldCal[], findings: Finding[], mailboxNeedsCal: boolean): void {
  const { newest, asOf, inventory } = context;
  const leftOn = context.leftOn.get(personId);
  const hasStandard = cals.some((cal) => cal.product.tier === 'standard');
  for (const cal of cals) {
    // With a server, the target is the newest server's version, so `reaches` says whether the CAL reaches it.
    if (newest && !cal.reaches) {
      const coverage = cal.purchase.coverage;
      const why = reachFailure(cal.product, coverage, asOf);
      const params = { calVersion: cal.version, server: newest.server.name, serverVersion: newest.version, until: coverage.kind === 'perpetual' ? '' : coverage.until };
      findings.push(heldFinding(context, cal, 'cal-version-too-old', tooOldVariant[why], params, why === 'older' ? 'upgrade-cal' : 'renew-coverage'));
    }
    if (cal.product.tier === 'enterprise' && !hasStandard) {
      findings.push(heldFinding(context, cal, 'enterprise-without-standard', 'default', {}, 'assign-cal'));
    }
    // Someone gone or disabled whose user mailbox is still there: the mailbox is dealt with first, then the CAL released.
    const fix = mailboxNeedsCal ? 'convert-or-remove-mailbox' : 'release-cal';
    if (leftOn !== undefined) {
      findings.push(heldFinding(context, cal, 'assigned-to-disabled-account', 'left', { leftOn }, fix));
    } else if (inventory.disabledPeople.size > 0 && inventory.disabledPeople.has(personId)) {
      findings.push(heldFinding(context, cal, 'assigned-to-disabled-account', 'disabled', {}, fix));
    }
  }
  if (cals.length > 1) findings.push(...duplicateFindings(context, cals));
  if (inventory.mailboxesSeenOn !== null && !inventory.hasMailbox(slot) && cals[0]) {
    const snapshot = inventory.mailboxesSeenOn;
    findings.push(heldFinding(context, cals[0], 'assigned-without-mailbox', 'default', { snapshot }, 'release-cal'));
  }
}

/**
 * duplicate-assignment: one finding per tier and version a person holds more than once, User and Device CALs alike
 * (`holdingGroup`, as `assign` and the import preview count them); a User CAL beside a Device CAL is said as such.
 */
function duplicateFindings(context: ComplianceContext, cals: readonly HeldCal[]): Finding[] {
  const perGroup = new Map<string, HeldCal[]>();
  for (const cal of cals) {
    const group = holdingGroup(cal.product);
    const same = perGroup.get(group);
    if (same) same.push(cal);
    else perGroup.set(group, [cal]);
  }
  const findings: Finding[] = [];
  for (const same of perGroup.values()) {
    const first = same[0];
    if (!first || same.length < 2) continue;
    const together = heldTogether(same.map((cal) => cal.product));
    const params = together.userAndDevice ? { count: same.length, ...together.params } : { count: same.length };
    findings.push(heldFinding(context, first, 'duplicate-assignment', together.userAndDevice ? 'userAndDevice' : 'default', params, 'release-cal'));
  }
  return findings;
}

/** What the inventory shows beyond the needs: savings, exempt mailboxes, Exchange's own count. */
function inventoryFindings(context: ComplianceContext): Finding[] {
  const { inventory, target } = context;
  const findings: Finding[] = [];
  for (const mailbox of inventory.disabledUserMailboxes) {
    findings.push(
      makeFinding({
        rule: 'disabled-account-with-mailbox',
        subject: mailbox.subject,
        subjectKind: mailbox.person ? 'person' : 'mailbox',
        subjectId: mailbox.person?.id ?? null,
        params: {},
        fix: 'convert-or-remove-mailbox',
      }),
    );
  }
  for (const mailbox of inventory.exempt) {
    findings.push(
      makeFinding({
        rule: 'no-mailbox-needs-cal',
        variant: mailbox.reason,
        subject: mailbox.subject,
        subjectKind: 'mailbox',
        subjectId: mailbox.person?.id ?? null,
        params: { recipientType: mailbox.recipientType },
        fix: 'none',
      }),
    );
  }
  const counts = inventory.snapshot?.exchangeCalCounts ?? {};
  // Exchange counts the mailboxes of external users too; the register does not, unless they use Enterprise features (inventory.ts).
  const external = Object.keys(counts).length > 0 ? inventory.exempt.filter((m) => m.reason === 'external').length : 0;
  for (const [license, exchange] of Object.entries(counts)) {
    const match = parseLicenseName(license);
    if (!match) continue;
    const register = match.tier === 'standard' ? inventory.summary.needCal : inventory.summary.enterpriseFeatureUsers;
    if (register === exchange) continue;
    findings.push(
      makeFinding({
        rule: 'exchange-count-differs',
        // Exchange counts shared mailboxes: the register's count is told with them or without them, as its setting says;
        // and external users' mailboxes, which the register leaves out, where there are any.
        variant: match.tier === 'enterprise' ? 'enterprise' : `${inventory.sharedMailboxes === 0 ? 'standard-no-shared' : inventory.sharedCounted ? 'standard-shared-counted' : 'standard'}${external > 0 ? '-external' : ''}`,
        subject: license,
        subjectKind: 'product',
        subjectId: findProductByName(license, { version: target })?.id ?? null,
        params: { license, exchange, register, shared: inventory.sharedMailboxes, external },
        fix: 'none',
      }),
    );
  }
  return findings;
}
