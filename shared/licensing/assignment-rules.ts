/**
 * Checks the register service runs before it records an assignment (DOMAIN.md "Licensing
 * model" and "Reassignment"). Blocking problems refuse the assignment; warnings ask to confirm.
 */
import type { Assignment, Purchase, ReleaseReason, RegisterDocument } from '../domain/model';
import { catalogProduct, type CatalogProduct } from './catalog';
import { effectiveVersionOf, isVoided, lotReaches, reachFailure, reachesServer } from './coverage';
import { isLinkedMailbox } from './inventory';
import { formatLicensingMessage, type MessageParams } from './messages';
import { newestServer, personLabel, purchaseLabel, seatsTakenFrom, serversInUse } from './register-view';
import { earlyReassignment, replaySeats, type ReassignmentRules } from './seats';

export const assignmentProblemCodes = [
  'person-not-found',
  'purchase-not-found',
  'unknown-product',
  'purchase-voided',
  'person-left',
  'released-when-left',
  'lot-full',
  'duplicate-standard-cal',
  'duplicate-enterprise-cal',
  'enterprise-needs-standard',
  'cal-older-than-server',
  'early-reassignment',
  'account-disabled',
  'assigned-before-purchase',
  'assigned-after-today',
] as const;
export type AssignmentProblemCode = (typeof assignmentProblemCodes)[number];

export interface RuleProblem {
  code: AssignmentProblemCode;
  /** English text; the UI translates `messageKey` (under the `licensing` catalog) with `params`. */
  message: string;
  messageKey: string;
  params: MessageParams;
}

export interface AssignmentRequest {
  personId: string;
  purchaseId: string;
  assignedOn: string;
  /** Release reason of the seat's previous holder when reassigning; overrides the recorded one. */
  reason?: ReleaseReason | null;
}

export interface AssignmentCheck {
  blocking: RuleProblem[];
  warnings: RuleProblem[];
  /**
   * The seat's previous holder whose release the request states a reason for other than the one
   * recorded (the wizard asks why they stopped using it): the answer the rules were judged by, to be
   * recorded on that release with the new assignment.
   */
  restatedRelease?: { assignmentId: string; recorded: ReleaseReason | null; reason: ReleaseReason };
}

function problem(code: AssignmentProblemCode, params: MessageParams, variant = ''): RuleProblem {
  const messageKey = `assignment.${code}${variant}`;
  return { code, message: formatLicensingMessage(messageKey, params), messageKey, params };
}

/** Still holding its CAL on `date` or later (a future-dated assignment already takes its seat). */
const occupiesOn = (assignment: Assignment, date: string) => assignment.releasedOn === null || assignment.releasedOn > date;

export function checkAssignment(doc: RegisterDocument, request: AssignmentRequest, asOf: string): AssignmentCheck {
  const blocking: RuleProblem[] = [];
  const warnings: RuleProblem[] = [];
  const person = doc.people.find((p) => p.id === request.personId);
  const purchase = doc.purchases.find((p) => p.id === request.purchaseId);
  if (!person) blocking.push(problem('person-not-found', { personId: request.personId }));
  if (!purchase) blocking.push(problem('purchase-not-found', { purchaseId: request.purchaseId }));
  if (!person || !purchase) return { blocking, warnings };

  const date = request.assignedOn;
  const who = personLabel(person);
  const lot = purchaseLabel(purchase);
  const product = catalogProduct(purchase.productId);
  if (!product) {
    blocking.push(problem('unknown-product', { purchase: lot, productId: purchase.productId }));
    return { blocking, warnings };
  }
  if (isVoided(purchase)) blocking.push(problem('purchase-voided', { purchase: lot }));
  if (person.leftOn !== null && person.leftOn <= date) {
    blocking.push(problem('person-left', { person: who, leftOn: person.leftOn, assignedOn: date }));
  } else if (person.leftOn !== null) {
    // History of someone who has left since: recorded as released on the day they left, as leaving released their CALs.
    warnings.push(problem('released-when-left', { person: who, leftOn: person.leftOn, assignedOn: date }));
  }

  const lotAssignments = doc.assignments.filter((a) => a.purchaseId === purchase.id);
  // The seats held at once from the date on, as the lot's views and its void and quantity checks count them (seatsTakenFrom):
  // one released before another starts frees its seat for it, and a CAL given from the date on holds one from then.
  const occupied = seatsTakenFrom(lotAssignments, date).get(purchase.id) ?? 0;
  if (occupied >= purchase.quantity) {
    blocking.push(problem('lot-full', { purchase: lot, product: product.name, quantity: purchase.quantity, active: occupied }));
  }

  // A planned start is judged on its own day: the CAL must reach the newest server (its SA or subscription still running) when it starts.
  const on = date > asOf ? date : asOf;
  const newest = newestServer(serversInUse(doc.servers, on), on);
  // Whether a lot's CALs reach the newest server on the day (its version, or SE with active coverage).
  const reachesNewest = (lot: Purchase, lotProduct: CatalogProduct): boolean => !newest || lotReaches(lotProduct, lot.coverage, on, newest.version);
  blocking.push(...holdingProblems(doc, request, product, who, reachesNewest));

  const calVersion = effectiveVersionOf(product, purchase.coverage, on);
  if (newest && !reachesServer(calVersion, purchase.coverage, on, newest.version)) {
    const coverage = purchase.coverage;
    const why = reachFailure(product, coverage, on);
    const params: MessageParams = { product: product.name, calVersion, server: newest.server.name, serverVersion: newest.version };
    if (coverage.kind !== 'perpetual') params.until = coverage.until;
    // Given today or later, a CAL that does not cover the newest server is refused. Dated in the past, the assignment is
    // history being recorded (what the person held then): said, to be confirmed, and reported by the check until upgraded.
    (date < asOf ? warnings : blocking).push(problem('cal-older-than-server', params, why === 'older' ? '' : `-${why}`));
  }

  const probe = { id: '\uffff', personId: person.id, assignedOn: date, releasedOn: null, releaseReason: null };
  const people = new Map(doc.people.map((p) => [p.id, p]));
  const rules: ReassignmentRules = { device: product.kind === 'device', leftOn: (id) => people.get(id)?.leftOn ?? null };
  const takeover = replaySeats(purchase.quantity, [...lotAssignments, probe], rules).find((t) => t.assignment === probe);
  const early = takeover ? earlyReassignment(takeover, rules, request.reason) : null;
  const previous = takeover?.previous ?? null;
  const restatedRelease =
    request.reason && previous && previous.personId !== person.id && previous.releasedOn !== null && previous.releaseReason !== request.reason
      ? { assignmentId: previous.id, recorded: previous.releaseReason, reason: request.reason }
      : undefined;
  if (early) {
    const previous = doc.people.find((p) => p.id === early.previous.personId);
    warnings.push(
      problem('early-reassignment', {
        purchase: lot,
        previous: previous ? personLabel(previous) : early.previous.personId,
        previousStart: early.previous.assignedOn,
        days: early.days,
      }),
    );
  }
  if (person.directory?.accountEnabled === false && !isLinkedMailbox(person.directory.mailboxType)) warnings.push(problem('account-disabled', { person: who }));
  if (date < purchase.date) warnings.push(problem('assigned-before-purchase', { assignedOn: date, date: purchase.date }));
  // A planned start is allowed, but said: a year typed wrong (2062 for 2026) would leave the person uncovered until then.
  if (date > asOf) warnings.push(problem('assigned-after-today', { assignedOn: date, today: asOf }));
  return restatedRelease ? { blocking, warnings, restatedRelease } : { blocking, warnings };
}

/**
 * One Standard CAL per person per version, and Enterprise only on top of a Standard CAL. A CAL of the
 * same version that no longer reaches the newest server (a 2019 CAL whose Software Assurance ended,
 * beside an SE server) is no duplicate: the CAL being assigned is its upgrade, and the old one is
 * released after (the check then reports both until it is).
 */
function holdingProblems(doc: RegisterDocument, request: AssignmentRequest, product: CatalogProduct, who: string, reachesNewest: (lot: Purchase, lotProduct: CatalogProduct) => boolean): RuleProblem[] {
  const purchases = new Map(doc.purchases.map((p) => [p.id, p]));
  const held: { product: CatalogProduct; reaches: boolean }[] = [];
  // Every Standard CAL of the person, whenever held: the ones that follow each other may together cover an Enterprise CAL.
  const standards: Assignment[] = [];
  for (const assignment of doc.assignments) {
    if (assignment.personId !== request.personId) continue;
    const purchase = purchases.get(assignment.purchaseId);
    const heldProduct = purchase && !isVoided(purchase) ? catalogProduct(purchase.productId) : null;
    if (!purchase || !heldProduct) continue;
    if (heldProduct.tier === 'standard') standards.push(assignment);
    if (occupiesOn(assignment, request.assignedOn)) held.push({ product: heldProduct, reaches: reachesNewest(purchase, heldProduct) });
  }
  const same = held.find((h) => h.product.tier === product.tier && h.product.version === product.version && h.reaches)?.product;
  const problems: RuleProblem[] = [];
  if (same) {
    const code = product.tier === 'standard' ? 'duplicate-standard-cal' : 'duplicate-enterprise-cal';
    problems.push(problem(code, { person: who, version: product.version, held: same.name }));
  }
  if (product.tier === 'enterprise') {
    // The new CAL is open-ended: a Standard CAL must be held from its first day on, without end (DOMAIN.md: Enterprise is an add-on).
    const gap = firstDayWithout(standards, request.assignedOn);
    // None held on the first day (or only one planned to start later): a Standard CAL first. One released later with none after it: said with its release day.
    if (gap === request.assignedOn) problems.push(problem('enterprise-needs-standard', { person: who }));
    else if (gap !== null) problems.push(problem('enterprise-needs-standard', { person: who, releasedOn: gap }, '-released'));
  }
  return problems;
}

/**
 * The first day from `from` on that none of `spans` holds its CAL (a release day no longer holds it), or null when
 * they hold one every day from `from` without end: one after another, a CAL released on the day the next starts.
 */
function firstDayWithout(spans: readonly Pick<Assignment, 'assignedOn' | 'releasedOn'>[], from: string): string | null {
  let day = from;
  for (;;) {
    // The latest release among the CALs held on `day`; undefined when none is held that day.
    let until: string | undefined;
    for (const span of spans) {
      if (span.assignedOn > day || (span.releasedOn !== null && span.releasedOn <= day)) continue;
      if (span.releasedOn === null) return null;
      if (until === undefined || span.releasedOn > until) until = span.releasedOn;
    }
    if (until === undefined) return day;
    day = until;
  }
}
