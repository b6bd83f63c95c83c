/**
 * The compliance engine: one pure pass over a register document that yields the position per
 * product and every finding of DOMAIN.md "Compliance rules". Indexes only, no O(n²) scans.
 */
import type { Assignment, Person, Purchase, RegisterDocument } from '../domain/model';
import { catalogProduct, newestVersion, serverProductName, serverVersion, type CatalogProduct, type ExchangeVersion } from './catalog';
import { effectiveVersionOf, isVoided } from './coverage';
import { peopleFindings } from './compliance-people';
import { purchaseFindings } from './compliance-purchases';
import { serverFindings } from './compliance-servers';
import { makeFinding, sortFindings } from './findings';
import { analyseInventory, type InventoryAnalysis } from './inventory';
import { computePositions } from './position';
import { indexById, isActiveOn, newestServer, serversInUse, type NewestServer } from './register-view';
import type { ComplianceReport, Finding } from './types';

export type ProofStatus = 'ok' | 'missing' | 'altered';

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
}

export interface ComplianceContext {
  doc: RegisterDocument;
  asOf: string;
  proofStatus: ReadonlyMap<string, ProofStatus> | null;
  /** A person by id (the index is built on first use: most registers need only a few lookups). */
  person: (id: string) => Person | null;
  /** Leaving date of people who left on or before the as-of date. */
  leftOn: Map<string, string>;
  purchases: ReadonlyMap<string, Purchase>;
  newest: NewestServer | null;
  /** The version every CAL must reach: the newest server's (see `targetVersion`). */
  target: ExchangeVersion;
  held: HeldCal[];
  heldByPerson: Map<string, HeldCal[]>;
  /** Active assignments per lot, voided lots included. */
  activeByPurchase: Map<string, number>;
  inventory: InventoryAnalysis;
}

/**
 * The newest server's version; with no server recorded, the newest version bought (so a register
 * without servers is judged against what it owns), and SE when nothing is bought either.
 */
function targetVersion(newest: NewestServer | null, purchases: readonly Purchase[]): ExchangeVersion {
  if (newest) return newest.version;
  const bought = purchases.flatMap((purchase) => catalogProduct(purchase.productId)?.version ?? []);
  return newestVersion(bought) ?? 'SE';
}

export function buildComplianceContext(doc: RegisterDocument, options: ComplianceOptions): ComplianceContext {
  const asOf = options.asOf.slice(0, 10);
  const purchases = indexById(doc.purchases);
  const countingLots = doc.purchases.filter((purchase) => !isVoided(purchase) && catalogProduct(purchase.productId) !== null);
  const newest = newestServer(serversInUse(doc.servers, asOf));
  let people: ReadonlyMap<string, Person> | undefined;
  const leftOn = new Map<string, string>();
  for (const person of doc.people) if (person.leftOn !== null && person.leftOn <= asOf) leftOn.set(person.id, person.leftOn);
  const held: HeldCal[] = [];
  const heldByPerson = new Map<string, HeldCal[]>();
  const activeByPurchase = new Map<string, number>();
  // What each lot is worth is worked out once per lot, not once per assignment.
  const lots = new Map<string, { purchase: Purchase; product: CatalogProduct | null; version: ExchangeVersion | null; active: number }>();
  for (const purchase of doc.purchases) {
    if (lots.has(purchase.id)) continue;
    const product = isVoided(purchase) ? null : catalogProduct(purchase.productId);
    lots.set(purchase.id, { purchase, product, version: product ? effectiveVersionOf(product, purchase.coverage, asOf) : null, active: 0 });
  }
  for (const assignment of doc.assignments) {
    if (!isActiveOn(assignment, asOf)) continue;
    const lot = lots.get(assignment.purchaseId);
    if (!lot) continue;
    lot.active += 1;
    if (!lot.product || !lot.version) continue;
    const cal: HeldCal = { assignment, purchase: lot.purchase, product: lot.product, version: lot.version };
    held.push(cal);
    const list = heldByPerson.get(assignment.personId);
    if (list) list.push(cal);
    else heldByPerson.set(assignment.personId, [cal]);
  }
  for (const [id, lot] of lots) if (lot.active > 0) activeByPurchase.set(id, lot.active);
  return {
    doc,
    asOf,
    proofStatus: options.proofStatus ?? null,
    person: (id) => (people ??= indexById(doc.people)).get(id) ?? null,
    leftOn,
    purchases,
    newest,
    target: targetVersion(newest, countingLots),
    held,
    heldByPerson,
    activeByPurchase,
    inventory: analyseInventory(doc, asOf),
  };
}

export function computeCompliance(doc: RegisterDocument, options: ComplianceOptions): ComplianceReport {
  const context = buildComplianceContext(doc, options);
  const assignedByProduct = new Map<string, number>();
  for (const cal of context.held) assignedByProduct.set(cal.product.id, (assignedByProduct.get(cal.product.id) ?? 0) + 1);
  const { summary } = context.inventory;
  const position = computePositions({
    purchases: doc.purchases.filter((purchase) => !isVoided(purchase)),
    assignedByProduct,
    standardNeed: summary.needCal,
    enterpriseNeed: summary.enterpriseFeatureUsers,
    target: context.target,
    asOf: context.asOf,
  });

  const findings: Finding[] = [...peopleFindings(context), ...purchaseFindings(context), ...serverFindings(context)];
  for (const row of position) {
    if (row.shortfall === 0) continue;
    findings.push(
      makeFinding({
        rule: 'cal-shortfall',
        subject: row.product,
        subjectKind: 'product',
        subjectId: row.productId,
        params: { product: row.product, required: row.required, purchased: row.purchased, shortfall: row.shortfall },
        fix: 'add-purchase',
      }),
    );
  }
  sortFindings(findings);

  const servers = serversInUse(doc.servers, context.asOf)
    .map((server) => ({ name: server.name, product: serverProductName(serverVersion(server)), activation: server.activation.state }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { asOf: context.asOf, servers, inventory: { ...summary }, position, findings };
}
