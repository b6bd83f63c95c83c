import type { ExchangeProduct } from '../domain/model';
import type { CatalogProduct } from '../licensing/catalog';
import { findProductByName, parseLicenseName, serverProductName, serverVersionFromBuild } from '../licensing/catalog';

const otherProducts = /windows|sql|sharepoint|office|\brds\b|remote\s*desktop|skype|lync|project|visio|dynamics/i;
const accessLicense = /cal\b|\bcal|user|device|dvc|usr|u[zż]ytkownik|urz[aą]dzeni|dost[eę]pow/i;

/**
 * The Exchange CAL a hand-kept "license type" names ("Exchange 2019 Std User CAL",
 * "CAL Exchange 2019 na użytkownika"). A server license, another product or a name
 * without a version is not a CAL the register can count: null.
 */
export function calProductFromText(text: string): CatalogProduct | null {
  const t = text.trim();
  if (t === '' || !accessLicense.test(t)) return null;
  if (!/exch/i.test(t) && otherProducts.test(t)) return null;
  const name = exchangeCalName(t);
  const match = parseLicenseName(name);
  if (!match || match.version === null) return null;
  return findProductByName(name);
}

/** A license text as an Exchange CAL's name: "Exchange" before it if it lacks it, and "Standard" after it if it names no tier. */
function exchangeCalName(text: string): string {
  const name = /exch/i.test(text) ? text : `Exchange ${text}`;
  // Enterprise is always named; a hand-kept sheet often drops "Standard".
  return /enterprise|standard|\bstd\b|\bent\b|svrstd|svrent/i.test(name) ? name : `${name} Standard`;
}

/**
 * The tier and kind of an Exchange CAL a hand-kept "license type" names without its version ("CAL Standard",
 * "Exchange CAL Enterprise na urządzenie"): the row's invoice then says which CAL it is. Another product's CAL
 * ("Windows Server 2019 User CAL", "RDS CAL") or a server license is none: null. A tier not written is Standard,
 * as `calProductFromText` takes it; a kind not written is left to the invoice.
 */
export function unversionedCal(text: string): { tier: CatalogProduct['tier']; kind: CatalogProduct['kind'] | null } | null {
  const t = text.trim();
  if (t === '' || !accessLicense.test(t) || otherProducts.test(t)) return null;
  const match = parseLicenseName(exchangeCalName(t));
  return match && match.version === null ? { tier: match.tier, kind: match.kind } : null;
}

/** Exchange product from a build (`15.2.1544.4`): uses the licensing catalog's build rule. */
export function productFromBuild(build: string): ExchangeProduct | null {
  const version = serverVersionFromBuild(build);
  return version === null ? null : serverProductName(version);
}
