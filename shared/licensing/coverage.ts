/**
 * What a purchase is worth at a date (DOMAIN.md "Exchange Server Subscription Edition"):
 * a CAL with active Software Assurance or subscription counts as the newest version (SE from
 * its release, 2019 before it); after its end date it counts as the version bought.
 */
import type { Coverage, Purchase } from '../domain/model';
import { catalogProduct, newestVersionOn, versionCovers, type CatalogProduct, type ExchangeVersion } from './catalog';

export type CoverageState = 'perpetual' | 'active' | 'ended';

/** SA/subscription is active through its `until` date inclusive and has ended from the day after. */
export function coverageState(coverage: Coverage, asOf: string): CoverageState {
  if (coverage.kind === 'perpetual') return 'perpetual';
  return asOf.slice(0, 10) <= coverage.until ? 'active' : 'ended';
}

/**
 * The version a CAL of `product` under `coverage` counts as on `asOf`: under active coverage, the newest version
 * available that day (`newestVersionOn`: SE did not exist before its release, so a CAL under SA counts as 2019 then),
 * never older than the version bought; else the version bought.
 */
export function effectiveVersionOf(product: CatalogProduct, coverage: Coverage, asOf: string): ExchangeVersion {
  if (coverageState(coverage, asOf) !== 'active') return product.version;
  const newest = newestVersionOn(asOf);
  return versionCovers(newest, product.version) ? newest : product.version;
}

/**
 * Whether a CAL that counts as `version` on `asOf` reaches a server of version `server`. An SE
 * server only under Software Assurance or a subscription active that day (DOMAIN.md: "every CAL
 * used to reach an SE server must itself be a subscription or have active SA"), so an SE CAL whose
 * coverage ended, or that is recorded as perpetual, does not; any other server by version.
 * `seServerInUse` false (a register judged against the SE version it bought, no server recorded):
 * by version alone, as the coverage rule is an SE server's.
 */
export function reachesServer(version: ExchangeVersion, coverage: Coverage, asOf: string, server: ExchangeVersion, seServerInUse = server === 'SE'): boolean {
  return server === 'SE' && seServerInUse ? coverageState(coverage, asOf) === 'active' : versionCovers(version, server);
}

/** Whether the CALs of a lot of `product` under `coverage` reach a server of version `server` on `asOf`: `reachesServer` of the version they count as that day. */
export function lotReaches(product: CatalogProduct, coverage: Coverage, asOf: string, server: ExchangeVersion, seServerInUse?: boolean): boolean {
  return reachesServer(effectiveVersionOf(product, coverage, asOf), coverage, asOf, server, seServerInUse);
}

/**
 * Why a CAL of `product` does not reach a server (`reachesServer` said no): `se-coverage-ended` /
 * `se-no-coverage` for an SE CAL without active coverage, `coverage-ended` for an older CAL whose
 * coverage ended, `older` for one bought as an older version.
 */
export type ReachFailure = 'older' | 'coverage-ended' | 'se-coverage-ended' | 'se-no-coverage';
export function reachFailure(product: CatalogProduct, coverage: Coverage, asOf: string): ReachFailure {
  const ended = coverage.kind !== 'perpetual' && coverageState(coverage, asOf) === 'ended';
  if (product.version === 'SE') return ended ? 'se-coverage-ended' : 'se-no-coverage';
  return ended ? 'coverage-ended' : 'older';
}

/** Effective version of a purchase lot, or null when its product id is not in the catalog. */
export function effectiveVersion(purchase: Pick<Purchase, 'productId' | 'coverage'>, asOf: string): ExchangeVersion | null {
  const product = catalogProduct(purchase.productId);
  return product ? effectiveVersionOf(product, purchase.coverage, asOf) : null;
}

/** A voided lot holds no seats; its CALs are not counted anywhere. */
export function isVoided(purchase: Pick<Purchase, 'voidedAt'>): boolean {
  return purchase.voidedAt !== null;
}

/**
 * A lot the organization owns on `asOf`: not voided, and bought on or before that day. Only such a
 * lot counts as purchased, and only its seats as assigned, in the compliance position and in every
 * count the workbook prints beside it.
 */
export function isOwnedOn(purchase: Pick<Purchase, 'voidedAt' | 'date'>, asOf: string): boolean {
  return purchase.voidedAt === null && purchase.date <= asOf;
}
