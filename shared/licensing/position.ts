/**
 * The compliance position per catalog product: purchased, assigned, required, shortfall, surplus.
 *
 * How `required` maps to products (a decision, documented in the report):
 * - the Standard need is one CAL per person/mailbox counted by the inventory analysis, the
 *   Enterprise need one per user of Enterprise features;
 * - a need is first placed on lots that cover the target version (the newest server's; a
 *   2019 CAL covers a 2016 server, a CAL under active SA/subscription counts as SE from SE's release (2019 before it), and an SE
 *   server is reached only under active SA/subscription, whatever the version bought), User
 *   CALs before Device CALs, then in catalog order, up to each product's covering quantity;
 * - what no lot covers is required of the target version's User CAL of that tier;
 * - the shortfall of a product is what is required of it beyond its lots that cover the target
 *   (so SE CALs bought without active coverage leave a shortfall beside an SE server).
 * - `notReaching` is the part of a product's `surplus` made of CALs that do not cover the target
 *   (nothing is required of them, so they count as surplus): the reports say they license none of
 *   the server's users.
 * So `required` depends on needs and purchases only, never on who holds which seat: assigning
 * or releasing a CAL moves no figure but `assigned`. Sum of `required` = needs.
 */
import type { Purchase } from '../domain/model';
import { catalog, catalogOrder, catalogProduct, productFor, type CalTier, type ExchangeVersion } from './catalog';
import { lotReaches } from './coverage';
import type { ProductPosition } from './types';

export interface PositionInput {
  /** Lots that count: not voided, product known. */
  purchases: readonly Purchase[];
  /** Active assignments per product id (on lots that count). */
  assignedByProduct: ReadonlyMap<string, number>;
  standardNeed: number;
  enterpriseNeed: number;
  target: ExchangeVersion;
  /** An SE server is in use: CALs reach it only under active SA or subscription (`reachesServer`). */
  seServer: boolean;
  asOf: string;
}

export function computePositions(input: PositionInput): ProductPosition[] {
  const purchased = new Map<string, number>();
  const covering = new Map<string, number>();
  for (const purchase of input.purchases) {
    const product = catalogProduct(purchase.productId);
    if (!product) continue;
    purchased.set(product.id, (purchased.get(product.id) ?? 0) + purchase.quantity);
    if (lotReaches(product, purchase.coverage, input.asOf, input.target, input.seServer)) {
      covering.set(product.id, (covering.get(product.id) ?? 0) + purchase.quantity);
    }
  }
  const required = new Map<string, number>();
  placeNeed(input.standardNeed, 'standard', covering, required, input.target);
  placeNeed(input.enterpriseNeed, 'enterprise', covering, required, input.target);

  const ids = new Set([...purchased.keys(), ...input.assignedByProduct.keys(), ...required.keys()]);
  return [...ids]
    .filter((id) => catalogProduct(id) !== null)
    .sort((a, b) => catalogOrder(a) - catalogOrder(b))
    .map((id) => {
      const bought = purchased.get(id) ?? 0;
      const needed = required.get(id) ?? 0;
      return {
        product: catalogProduct(id)?.name ?? id,
        productId: id,
        purchased: bought,
        assigned: input.assignedByProduct.get(id) ?? 0,
        required: needed,
        // Only CALs that reach the target make up for a need: an SE lot without active coverage is bought but reaches no SE server.
        shortfall: Math.max(0, needed - (covering.get(id) ?? 0)),
        surplus: Math.max(0, bought - needed),
        notReaching: Math.min(Math.max(0, bought - needed), bought - (covering.get(id) ?? 0)),
      };
    })
    .filter((row) => row.purchased > 0 || row.assigned > 0 || row.required > 0);
}

const kindRank = { user: 0, device: 1 } as const;
const placementOrder = [...catalog].sort((a, b) => kindRank[a.kind] - kindRank[b.kind] || catalogOrder(a.id) - catalogOrder(b.id));

function placeNeed(
  need: number,
  tier: CalTier,
  covering: ReadonlyMap<string, number>,
  required: Map<string, number>,
  target: ExchangeVersion,
): void {
  let remaining = need;
  for (const product of placementOrder) {
    if (remaining === 0) return;
    if (product.tier !== tier) continue;
    const take = Math.min(covering.get(product.id) ?? 0, remaining);
    if (take > 0) required.set(product.id, (required.get(product.id) ?? 0) + take);
    remaining -= take;
  }
  if (remaining > 0) {
    const fallback = productFor(target, tier, 'user').id;
    required.set(fallback, (required.get(fallback) ?? 0) + remaining);
  }
}
