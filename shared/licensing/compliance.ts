/**
 * The compliance engine: one pure pass over a register document that yields the position per
 * product and every finding of DOMAIN.md "Compliance rules". Indexes only, no O(n²) scans.
 *
 * Findings are built per subject (a person, a lot) and kept while that subject's inputs are the
 * same objects (documents are replaced, never mutated): after one assignment changes, only the
 * findings of its holder and its lot are built again (see `compliance-incremental.ts`).
 */
import type { Assignment, Purchase, RegisterDocument, Server } from '../domain/model';
import { catalogProduct, newestVersion, newestVersionOn, serverProductOn, serverVersionOn, type CatalogProduct, type ExchangeVersion } from './catalog';
import { effectiveVersionOf, isOwnedOn, isVoided, reachesServer } from './coverage';
import { judgeAssignments, mergeSorted } from './compliance-incremental';
import { proofFindings } from './compliance-purchases';
import { serverFindings, trialDaysLeftOn } from './compliance-servers';
import { makeFinding, sortFindings } from './findings';
import { analyseInventory, type InventoryAnalysis, type NeedUnit } from './inventory';
import { computePositions } from './position';
import { peopleSlots, slotTable, type PeopleSlots } from './person-slots';
import { newestServer, serversInUse, type NewestServer } from './register-view';
import type { ComplianceReport } from './types';

/** `unreadable`: the stored copy is there but could not be read (its permissions, a disk error), so it cannot be vouched for. */
export type ProofStatus = 'ok' | 'missing' | 'altered' | 'unreadable';

export interface ComplianceOptions {
  /** The date the register is judged at (`YYYY-MM-DD`). */
  asOf: string;
  /** Result of hashing the proof files, by proof id; without it proof files are not judged. */
  proofStatus?: ReadonlyMap<string, ProofStatus>;
}

/** An active assignment on a lot that counts, with the version its CAL counts as on the as-of date. */
export interface HeldCal {
  assignment: Assignment;
  purchase: Purchase;
  product: CatalogProduct;
  version: ExchangeVersion;
  /** The CAL reaches the target version (the newest server's) on the as-of date: see `reachesServer`. */
  reaches: boolean;
}

/** What a lot is worth on the as-of date; product and version are null for a voided or unknown lot. */
export interface LotInfo {
  purchase: Purchase;
  product: CatalogProduct | null;
  version: ExchangeVersion | null;
  /** Its CALs reach the target version on the as-of date. */
  reaches: boolean;
}

/**
 * Everything the rules read that does not depend on the assignments. It is built once per
 * people, inventory analysis, purchases, servers and as-of date, and reused by later recomputes.
 */
export interface ComplianceContext {
  asOf: string;
  /** Servers in use on the as-of date. */
  servers: readonly Server[];
  /** A person by id (the first person of an id recorded twice). */
  person: (id: string) => RegisterDocument['people'][number] | null;
  /** The people's slots (person-slots.ts), which the judge keeps its state by. */
  slots: PeopleSlots;
  /** Leaving date of people who left on or before the as-of date. */
  leftOn: Map<string, string>;
  /** Lots by id (the first lot of an id wins). */
  lots: ReadonlyMap<string, LotInfo>;
  newest: NewestServer | null;
  /** The version every CAL must reach: the newest server's (see `targetVersion`). */
  target: ExchangeVersion;
  /** A server of version SE is in use (coverage of lots then matters). */
  seServer: boolean;
  inventory: InventoryAnalysis;
  /** Need units by slot: none, one, or (for a person id recorded twice, judged without a mailbox export) several; mailboxes that match no person are not here. */
  unitsBySlot: readonly (NeedUnit | readonly NeedUnit[] | null)[];
}

/**
 * The newest server's version; with no server recorded, the newest version bought (so a register
 * without servers is judged against what it owns), and when nothing is bought either, the newest
 * version available on `asOf` (SE from its release, 2019 before it).
 */
function targetVersion(newest: NewestServer | null, purchases: readonly Purchase[], asOf: string): ExchangeVersion {
  if (newest) return newest.version;
  const bought = purchases.flatMap((purchase) => catalogProduct(purchase.productId)?.version ?? []);
  return newestVersion(bought) ?? newestVersionOn(asOf);
}

export function buildComplianceContext(doc: RegisterDocument, asOf: string, inventory: InventoryAnalysis): ComplianceContext {
  // A lot bought after the report's date is not owned on it, so it does not set the version a register without servers is judged against.
  const countingLots = doc.purchases.filter((purchase) => isOwnedOn(purchase, asOf) && catalogProduct(purchase.productId) !== null);
  const inUse = serversInUse(doc.servers, asOf);
  const newest = newestServer(inUse, asOf);
  const target = targetVersion(newest, countingLots, asOf);
  // A server recorded as SE ran 2019 before SE was released (`serverVersionOn`): its coverage rule starts with SE.
  const seServer = inUse.some((server) => serverVersionOn(server, asOf) === 'SE');
  const leftOn = new Map<string, string>();
  for (const person of doc.people) if (person.leftOn !== null && person.leftOn <= asOf) leftOn.set(person.id, person.leftOn);
  // What each lot is worth is worked out once per lot, not once per assignment.
  const lots = new Map<string, LotInfo>();
  for (const purchase of doc.purchases) {
    if (lots.has(purchase.id)) continue;
    const product = isVoided(purchase) ? null : catalogProduct(purchase.productId);
    // A lot bought after the report's date is not owned on it: as it is not counted as purchased, its seats cover nobody yet.
    const version = product !== null && isOwnedOn(purchase, asOf) ? effectiveVersionOf(product, purchase.coverage, asOf) : null;
    // The coverage rule is an SE server's: with no server recorded, the register is judged by the versions bought.
    lots.set(purchase.id, { purchase, product, version, reaches: version !== null && reachesServer(version, purchase.coverage, asOf, target, seServer) });
  }
  // One unit per person is the rule; an array only for the rare id recorded twice (50,000 small arrays cost a first judgement dearly).
  const slots = peopleSlots(doc.people);
  const unitsBySlot = slotTable<NeedUnit | NeedUnit[] | null>(doc.people.length, null);
  for (const unit of inventory.units) {
    if (unit.slot < 0) continue;
    const known = unitsBySlot[unit.slot];
    if (!known) unitsBySlot[unit.slot] = unit;
    else if (Array.isArray(known)) known.push(unit);
    else unitsBySlot[unit.slot] = [known, unit];
  }
  return {
    asOf,
    servers: inUse,
    person: (id) => {
      const slot = slots.slotOf(id);
      return slot < 0 ? null : slots.personAt(slot);
    },
    slots,
    leftOn,
    lots,
    newest,
    target,
    seServer,
    inventory,
    unitsBySlot,
  };
}

export function computeCompliance(doc: RegisterDocument, options: ComplianceOptions): ComplianceReport {
  const asOf = options.asOf.slice(0, 10);
  const inventory = analyseInventory(doc, asOf);
  const judged = judgeAssignments(doc, asOf, inventory, () => buildComplianceContext(doc, asOf, inventory));
  const { context, assignedByProduct } = judged;
  const { summary } = inventory;
  const position = computePositions({
    // A lot counts from its purchase date: a report as of an earlier day (or a date typed in the future) does not own it.
    purchases: doc.purchases.filter((purchase) => isOwnedOn(purchase, asOf)),
    assignedByProduct,
    standardNeed: summary.needCal,
    enterpriseNeed: summary.enterpriseFeatureUsers,
    target: context.target,
    seServer: context.seServer,
    asOf,
  });

  // Proofs, servers and the shortfall are judged afresh each time: few findings, cheap to build.
  const more = [...proofFindings(doc, options.proofStatus ?? null), ...serverFindings(context)];
  for (const row of position) {
    if (row.shortfall === 0) continue;
    // Bought, but without the SA or subscription an SE server needs: renewing the coverage closes the gap, not buying more.
    const reaching = row.required - row.shortfall;
    const uncovered = row.purchased > reaching;
    more.push(
      makeFinding({
        rule: 'cal-shortfall',
        variant: uncovered ? 'coverage' : 'default',
        subject: row.product,
        subjectKind: 'product',
        subjectId: row.productId,
        params: { product: row.product, required: row.required, purchased: row.purchased, shortfall: row.shortfall, reaching },
        fix: uncovered ? 'renew-coverage' : 'add-purchase',
      }),
    );
  }
  const findings = mergeSorted(judged.findings, sortFindings(more));

  const servers = context.servers
    .map((server) => {
      const { product, recordedProduct } = serverProductOn(server, asOf);
      // A trial past its last day on the report's date is shown ended, as its finding says.
      const activation = (trialDaysLeftOn(server.activation, asOf) ?? 0) < 0 ? 'trial-expired' : server.activation.state;
      return { name: server.name, product, ...(recordedProduct ? { recordedProduct } : {}), activation };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { asOf, servers, inventory: { ...summary }, position, findings };
}
