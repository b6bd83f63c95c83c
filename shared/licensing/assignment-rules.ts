/**
 * Checks the register service runs before it records an assignment (DOMAIN.md "Licensing
 * model" and "Reassignment"). Blocking problems refuse the assignment; warnings ask to confirm.
 */
import type { Assignment, Coverage, Purchase, ReleaseReason, RegisterDocument, Server } from '../domain/model';
import { catalogProduct, holdingGroup, type CatalogProduct } from './catalog';
import { effectiveVersionOf, isVoided, lotReaches, reachFailure, reachesServer } from './coverage';
import { isLinkedMailbox } from './inventory';
import { formatLicensingMessage, type MessageParams } from './messages';
import { newestServer, personLabel, purchaseLabel, seatsTakenFrom, serversInUse, type NewestServer } from './register-view';
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

  const on = judgedOn(date, asOf);
  const { newest, reaches } = newestReach(doc.servers, on);
  // Someone who has left since is recorded as having held it until they left (`createAssignment`): its own period ends then.
  const endsOn = person.leftOn !== null && person.leftOn > date ? person.leftOn : null;
  blocking.push(...holdingProblems(doc, request, endsOn, product, who, reaches));

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

/** The day a CAL given from `assignedOn` is judged on: a planned start on its own day (its SA or subscription must still run then), else `asOf`. */
export const judgedOn = (assignedOn: string, asOf: string): string => (assignedOn > asOf ? assignedOn : asOf);

/** The newest server in use on `on`, and whether a lot's CALs reach it that day (its version, or SE under active coverage); every lot does when no server is recorded. */
export interface NewestReach {
  newest: NewestServer | null;
  reaches: (coverage: Coverage, product: CatalogProduct) => boolean;
}

/** What `assign` judges a CAL against on `on` (`judgedOn`), and the import preview with it. */
export function newestReach(servers: readonly Server[], on: string): NewestReach {
  const newest = newestServer(serversInUse(servers, on), on);
  return { newest, reaches: (coverage, product) => !newest || lotReaches(product, coverage, on, newest.version) };
}

/** A person's CAL with its lot and catalog product. */
export interface PersonCal {
  assignment: Assignment;
  purchase: Purchase;
  product: CatalogProduct;
}

/**
 * The CALs of the people `wanted` names, by person, in one pass over the register; a voided lot's CALs, or an unknown
 * product's, count nowhere.
 */
export function calsOfPeople(doc: RegisterDocument, wanted: (personId: string) => boolean): Map<string, PersonCal[]> {
  const purchases = new Map(doc.purchases.map((p) => [p.id, p]));
  const byPerson = new Map<string, PersonCal[]>();
  for (const assignment of doc.assignments) {
    if (!wanted(assignment.personId)) continue;
    const purchase = purchases.get(assignment.purchaseId);
    const product = purchase && !isVoided(purchase) ? catalogProduct(purchase.productId) : null;
    if (!purchase || !product) continue;
    const cals = byPerson.get(assignment.personId);
    if (cals) cals.push({ assignment, purchase, product });
    else byPerson.set(assignment.personId, [{ assignment, purchase, product }]);
  }
  return byPerson;
}

const calsOf = (doc: RegisterDocument, personId: string): PersonCal[] => calsOfPeople(doc, (id) => id === personId).get(personId) ?? [];

/** A CAL over its days: from `assignedOn` until `releasedOn` (its release day no longer held; null: without end). */
export interface CalSpan {
  product: Pick<CatalogProduct, 'tier' | 'version'>;
  assignedOn: string;
  releasedOn: string | null;
}

/** Held on some day from `from` on, and before `until` when given (a CAL planned to start later already takes its place). */
const heldDuring = (span: CalSpan, from: string, until: string | null): boolean =>
  (span.releasedOn === null || span.releasedOn > from) && (until === null || span.assignedOn < until);

/**
 * What holding `cal` beside `others` (the same person's other CALs, whenever held) would break, judged over `cal`'s own
 * days (DOMAIN.md "Licensing model"), as `assign` and the import preview judge it: `same`, the CALs of its tier and version
 * held on one of those days that `counts` (one CAL per person per tier and version, User or Device: `holdingGroup`); `withoutStandardFrom`, for an
 * Enterprise CAL (an add-on), the first of those days with no Standard CAL of `others` held (`firstDayWithout`), null when
 * one is held every day, or for a Standard CAL. Every Standard CAL counts: the ones that follow each other may together cover it.
 */
export function holdingConflicts<T extends CalSpan>(others: readonly T[], cal: CalSpan, counts: (other: T) => boolean = () => true): { same: T[]; withoutStandardFrom: string | null } {
  const group = holdingGroup(cal.product);
  const same = others.filter((o) => holdingGroup(o.product) === group && heldDuring(o, cal.assignedOn, cal.releasedOn) && counts(o));
  if (cal.product.tier !== 'enterprise') return { same, withoutStandardFrom: null };
  const standards = others.filter((o) => o.product.tier === 'standard');
  return { same, withoutStandardFrom: firstDayWithout(standards, cal.assignedOn, cal.releasedOn) };
}

/**
 * One Standard CAL per person per version, and Enterprise only on top of a Standard CAL. A CAL of the
 * same version that no longer reaches the newest server (a 2019 CAL whose Software Assurance ended,
 * beside an SE server) is no duplicate: the CAL being assigned is its upgrade, and the old one is
 * released after (the check then reports both until it is).
 */
function holdingProblems(
  doc: RegisterDocument,
  request: AssignmentRequest,
  endsOn: string | null,
  product: CatalogProduct,
  who: string,
  reachesNewest: NewestReach['reaches'],
): RuleProblem[] {
  const cals = calsOf(doc, request.personId).map((cal) => ({ ...cal, assignedOn: cal.assignment.assignedOn, releasedOn: cal.assignment.releasedOn }));
  // Its days: from its first day on, until `endsOn` when it is recorded closed, else without end.
  const { same, withoutStandardFrom: gap } = holdingConflicts(cals, { product, assignedOn: request.assignedOn, releasedOn: endsOn }, (cal) => reachesNewest(cal.purchase.coverage, cal.product));
  const problems: RuleProblem[] = [];
  if (same[0]) {
    const code = product.tier === 'standard' ? 'duplicate-standard-cal' : 'duplicate-enterprise-cal';
    // A User CAL beside a Device CAL (or the reverse) is said as such: the two are easily taken for different needs.
    problems.push(problem(code, { person: who, version: product.version, held: same[0].product.name }, same[0].product.kind === product.kind ? '' : '-other-kind'));
  }
  // None held on the first day (or only one planned to start later): a Standard CAL first. One released later with none after it: said with its release day.
  if (gap === request.assignedOn) problems.push(problem('enterprise-needs-standard', { person: who }));
  else if (gap !== null) problems.push(problem('enterprise-needs-standard', { person: who, releasedOn: gap }, '-released'));
  return problems;
}

const standardsOf = (cals: readonly { assignment: Assignment; product: CatalogProduct }[]): Assignment[] =>
  cals.flatMap((cal) => (cal.product.tier === 'standard' ? [cal.assignment] : []));

/**
 * The first day from `from` on, and before `until` when given, that none of `spans` holds its CAL (a release day no longer
 * holds it); null when they hold one every such day: one after another, a CAL released on the day the next starts.
 */
function firstDayWithout(spans: readonly Pick<Assignment, 'assignedOn' | 'releasedOn'>[], from: string, until: string | null = null): string | null {
  let day = from;
  while (until === null || day < until) {
    // The latest release among the CALs held on `day`; undefined when none is held that day.
    let latest: string | undefined;
    for (const span of spans) {
      if (span.assignedOn > day || (span.releasedOn !== null && span.releasedOn <= day)) continue;
      if (span.releasedOn === null) return null;
      if (latest === undefined || span.releasedOn > latest) latest = span.releasedOn;
    }
    if (latest === undefined) return day;
    day = latest;
  }
  return null;
}

/** An Enterprise CAL that a release would leave held on days without a Standard CAL under it. */
export interface EnterpriseLeft {
  /** The Enterprise CAL's assignment and catalog product. */
  assignmentId: string;
  productId: string;
  /** The first day, the release day or later, that it would be held without a Standard CAL. */
  from: string;
  /** Its own release day, when it has one (booked, or in the past); null when open-ended. */
  until: string | null;
}

/**
 * What releasing the assignment `release.assignmentId` on `release.releasedOn` would leave (DOMAIN.md: the Enterprise
 * CAL is an add-on): an Enterprise CAL of the same person held on some day from the release day on with no Standard CAL,
 * judged day by day over that Enterprise CAL's own period as `assign` judges it (`firstDayWithout`): one released only
 * after the release day, or one the person's next Standard CAL starts only some days after it. The one left soonest;
 * null when every Enterprise CAL stays covered, or the CAL released is no Standard CAL. Days before the release day are
 * not its doing and are not looked at.
 */
export function enterpriseLeftByRelease(doc: RegisterDocument, release: { assignmentId: string; releasedOn: string }): EnterpriseLeft | null {
  const releasing = doc.assignments.find((a) => a.id === release.assignmentId);
  if (!releasing) return null;
  const cals = calsOf(doc, releasing.personId);
  if (!cals.some((cal) => cal.assignment === releasing && cal.product.tier === 'standard')) return null;
  const standards = standardsOf(cals).map((a) => (a === releasing ? { ...a, releasedOn: release.releasedOn } : a));
  let left: EnterpriseLeft | null = null;
  for (const { assignment, product } of cals) {
    if (product.tier !== 'enterprise') continue;
    const from = assignment.assignedOn > release.releasedOn ? assignment.assignedOn : release.releasedOn;
    const day = firstDayWithout(standards, from, assignment.releasedOn);
    if (day !== null && (left === null || day < left.from)) left = { assignmentId: assignment.id, productId: product.id, from: day, until: assignment.releasedOn };
  }
  return left;
}
