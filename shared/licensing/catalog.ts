/**
 * The Exchange Server CAL catalog and version facts (DOMAIN.md "Licensing model").
 * Purchases store a catalog product id; everything else derives from it.
 */
import type { ExchangeProduct, Server } from '../domain/model';

export const exchangeVersions = ['2016', '2019', 'SE'] as const;
export type ExchangeVersion = (typeof exchangeVersions)[number];
export type CalTier = 'standard' | 'enterprise';
export type CalKind = 'user' | 'device';

export interface CatalogProduct {
  /** Stable id stored in purchases, e.g. `exchange-2019-standard-user-cal`. */
  id: string;
  /** Display name, e.g. "Exchange Server 2019 Standard User CAL". */
  name: string;
  version: ExchangeVersion;
  tier: CalTier;
  kind: CalKind;
}

const tierLabel: Record<CalTier, string> = { standard: 'Standard', enterprise: 'Enterprise' };
const kindLabel: Record<CalKind, string> = { user: 'User', device: 'Device' };

export function productId(version: ExchangeVersion, tier: CalTier, kind: CalKind): string {
  return `exchange-${version.toLowerCase()}-${tier}-${kind}-cal`;
}

/** Every product, in display order: version, then Standard before Enterprise, then User before Device. */
export const catalog: readonly CatalogProduct[] = exchangeVersions.flatMap((version) =>
  (['standard', 'enterprise'] as const).flatMap((tier) =>
    (['user', 'device'] as const).map((kind) => ({
      id: productId(version, tier, kind),
      name: `Exchange Server ${version} ${tierLabel[tier]} ${kindLabel[kind]} CAL`,
      version,
      tier,
      kind,
    })),
  ),
);

const byId = new Map(catalog.map((product) => [product.id, product]));
const orderById = new Map(catalog.map((product, index) => [product.id, index]));

export function catalogProduct(id: string): CatalogProduct | null {
  return byId.get(id) ?? null;
}

export function productFor(version: ExchangeVersion, tier: CalTier, kind: CalKind): CatalogProduct {
  const product = byId.get(productId(version, tier, kind));
  if (!product) throw new Error(`catalog has no ${version} ${tier} ${kind} CAL`);
  return product;
}

/**
 * What a person holds one of at a time: a CAL's tier and version, User and Device CALs alike, as `assign`, the import
 * preview and `check` (duplicate-assignment) all count. The register licenses people: a User CAL covers one named person on
 * any devices, a Device CAL one device (DOMAIN.md "User CAL vs Device CAL"), and the rules take a Device CAL recorded to a
 * person as licensing that person's access (any Standard CAL covers their mailbox; the Enterprise add-on sits on any
 * Standard CAL, DOMAIN.md "Standard vs Enterprise CAL"). So a User and a Device CAL of one tier and version on one person
 * license that person twice: one seat more than their access needs, the "confusing User and Device CALs" the vendor guides
 * name a common mistake.
 */
export function holdingGroup(product: Pick<CatalogProduct, 'tier' | 'version'>): string {
  return `${product.tier}|${product.version}`;
}

/**
 * CALs of one `holdingGroup` held together, as the messages name them: whether they mix User and Device CALs, and their
 * tier, version and products (each once, in catalog order).
 */
export function heldTogether(products: readonly CatalogProduct[]): { userAndDevice: boolean; params: { tier: string; version: ExchangeVersion; products: string } } {
  const distinct = [...new Map(products.map((p) => [p.id, p])).values()].sort((a, b) => catalogOrder(a.id) - catalogOrder(b.id));
  const first = distinct[0] as CatalogProduct;
  return {
    userAndDevice: distinct.some((p) => p.kind !== first.kind),
    params: { tier: tierLabel[first.tier], version: first.version, products: distinct.map((p) => p.name).join(', ') },
  };
}

/** Position of a product in catalog order (unknown ids sort last). */
export function catalogOrder(id: string): number {
  return orderById.get(id) ?? catalog.length;
}

/** 2016 < 2019 < SE; a comparison chain, not a record lookup, because it runs for every CAL held. */
const versionRank = (version: ExchangeVersion): number => (version === '2016' ? 0 : version === '2019' ? 1 : 2);

/** Negative when `a` is older than `b` (2016 < 2019 < SE). */
export function compareVersions(a: ExchangeVersion, b: ExchangeVersion): number {
  return versionRank(a) - versionRank(b);
}

export function newestVersion(versions: Iterable<ExchangeVersion>): ExchangeVersion | null {
  let newest: ExchangeVersion | null = null;
  for (const version of versions) if (newest === null || compareVersions(version, newest) > 0) newest = version;
  return newest;
}

/** A CAL reaches servers of its own version or earlier. */
export function versionCovers(calVersion: ExchangeVersion, serverVersion: ExchangeVersion): boolean {
  return compareVersions(calVersion, serverVersion) >= 0;
}

export function serverProductName(version: ExchangeVersion): ExchangeProduct {
  return `Exchange Server ${version}`;
}

export function versionOfServerProduct(product: ExchangeProduct): ExchangeVersion {
  if (product === 'Exchange Server 2016') return '2016';
  if (product === 'Exchange Server 2019') return '2019';
  return 'SE';
}

/** First build of Exchange SE is 15.2.2562.17; earlier 15.2 builds are Exchange 2019. */
const firstSeBuild = 2562;

/**
 * Version from a build number: `15.1.2507.6`, `15.02.1544.004` or Exchange's
 * AdminDisplayVersion `Version 15.2 (Build 1544.4)`. Null for anything else (e.g. 2013's 15.0).
 */
export function serverVersionFromBuild(build: string): ExchangeVersion | null {
  const text = build.trim();
  const display = /^Version\s+(\d+)\.(\d+)\s*\(Build\s+(\d+)(?:\.\d+)?\)$/i.exec(text);
  const dotted = display ?? /^(\d+)\.(\d+)(?:\.(\d+))?(?:\.\d+)?$/.exec(text);
  if (!dotted) return null;
  const major = Number(dotted[1]);
  const minor = Number(dotted[2]);
  if (major !== 15) return null;
  if (minor === 1) return '2016';
  if (minor !== 2) return null;
  // `15.2` without a build cannot tell 2019 from SE.
  if (dotted[3] === undefined) return null;
  return Number(dotted[3]) >= firstSeBuild ? 'SE' : '2019';
}

/** The version rules use for a server: its build when readable (what is really installed), else its recorded product. */
export function serverVersion(server: Pick<Server, 'product' | 'build'>): ExchangeVersion {
  return serverVersionFromBuild(server.build) ?? versionOfServerProduct(server.product);
}

/** Exchange SE's release (DOMAIN.md: July 2025); before it, no organization can have run SE. */
export const seReleasedOn = '2025-07-01';

/** The newest Exchange version available on `date`: SE from its release, 2019 before it. */
export function newestVersionOn(date: string): ExchangeVersion {
  return date.slice(0, 10) < seReleasedOn ? '2019' : 'SE';
}

/**
 * The version a server ran on `date`: `serverVersion`, except that a server recorded as SE counts as
 * 2019 before SE was released (the register keeps no in-service date, and SE succeeds 2019).
 */
export function serverVersionOn(server: Pick<Server, 'product' | 'build'>, date: string): ExchangeVersion {
  const version = serverVersion(server);
  return version === 'SE' ? newestVersionOn(date) : version;
}

/**
 * A server as a report dated `date` names it: the product the rules count it as (`serverVersionOn`) and, where its record
 * names another (a server recorded as SE, before SE was released), the recorded one, never hidden behind the count.
 */
export function serverProductOn(server: Pick<Server, 'product' | 'build'>, date: string): { product: ExchangeProduct; recordedProduct: ExchangeProduct | null } {
  const recorded = serverVersion(server);
  const counted = serverVersionOn(server, date);
  return { product: serverProductName(counted), recordedProduct: counted === recorded ? null : serverProductName(recorded) };
}

/** End of extended support; SE follows the Modern Lifecycle Policy and has none fixed. */
export function endOfExtendedSupport(version: ExchangeVersion): string | null {
  return version === 'SE' ? null : '2025-10-14';
}

export interface LicenseNameMatch {
  /** Null when the name carries no version (e.g. "Exchange Server Standard CAL"). */
  version: ExchangeVersion | null;
  tier: CalTier;
  /** Null when the name says neither User nor Device (Exchange's own names). */
  kind: CalKind | null;
}

/**
 * Reads a license or product name by pattern, not exact string (DOMAIN.md export traps):
 * "Exchange Server 2019 Standard CAL", "Exchange Server 2016 Standard 1 User CAL",
 * "ExchgSvrEntCAL 2019 SNGL OLP NL DvcCAL", "Exchange Server Subscription Edition Standard CAL".
 */
export function parseLicenseName(text: string): LicenseNameMatch | null {
  const name = text.trim();
  if (!/exch/i.test(name)) return null;
  const tier: CalTier | null = /enterprise|(?:\b|svr)ent(?:\b|cal)/i.test(name)
    ? 'enterprise'
    : /standard|(?:\b|svr)std(?:\b|cal)/i.test(name)
      ? 'standard'
      : null;
  if (tier === null) return null;
  let version: ExchangeVersion | null = null;
  if (/(?:^|\D)2016(?:\D|$)/.test(name)) version = '2016';
  else if (/(?:^|\D)2019(?:\D|$)/.test(name)) version = '2019';
  else if (/\bSE\b|subscription\s+edition/i.test(name)) version = 'SE';
  else if (/(?:^|\D)20\d\d(?:\D|$)/.test(name)) return null; // another year: 2010, 2013…
  const kind: CalKind | null = /device|dvc|urz[aą]dzeni/i.test(name) ? 'device' : /user|usr|u[zż]ytkownik/i.test(name) ? 'user' : null;
  return { version, tier, kind };
}

export interface ProductNameDefaults {
  /** Version to assume when the name has none; default SE, whose license names drop the year. */
  version?: ExchangeVersion;
  /** Kind to assume when the name has none; default user (Exchange counts users). */
  kind?: CalKind;
}

/** The catalog product a license name refers to, or null when it is not an Exchange CAL name. */
export function findProductByName(text: string, defaults: ProductNameDefaults = {}): CatalogProduct | null {
  const match = parseLicenseName(text);
  if (!match) return null;
  return productFor(match.version ?? defaults.version ?? 'SE', match.tier, match.kind ?? defaults.kind ?? 'user');
}

