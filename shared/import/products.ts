import type { ExchangeProduct } from '../domain/model';
import type { CalKind, CatalogProduct, ExchangeVersion } from '../licensing/catalog';
import { exchangeVersions, findProductByName, newestVersion, parseLicenseName, productFor, serverProductName, serverVersionFromBuild } from '../licensing/catalog';
import { importMessage } from './messages';
import type { ImportMessage } from './types';

const otherProducts = /windows|sql|sharepoint|office|\brds\b|remote\s*desktop|skype|lync|project|visio|dynamics/i;
const accessLicense = /cal\b|\bcal|user|device|dvc|usr|u[zż]ytkownik|urz[aą]dzeni|dost[eę]pow/i;

/**
 * The Exchange CAL a hand-kept "license type" names ("Exchange 2019 Std User CAL",
 * "CAL Exchange 2019 na użytkownika"). A server license, another product, a name without a
 * version or one that says neither User nor Device is not a CAL the register can count: null
 * (`partialCal` says what such a name does name).
 */
export function calProductFromText(text: string): CatalogProduct | null {
  const t = text.trim();
  if (t === '' || !accessLicense.test(t)) return null;
  if (!/exch/i.test(t) && otherProducts.test(t)) return null;
  const name = exchangeCalName(t);
  const match = parseLicenseName(name);
  // "Exchange 2019 Standard CAL" may be either CAL: a User CAL guessed would misstate compliance, as the CLI refuses it too.
  if (!match || match.version === null || match.kind === null) return null;
  return findProductByName(name);
}

/** A license text as an Exchange CAL's name: "Exchange" before it if it lacks it, and "Standard" after it if it names no tier. */
function exchangeCalName(text: string): string {
  const name = /exch/i.test(text) ? text : `Exchange ${text}`;
  // Enterprise is always named; a hand-kept sheet often drops "Standard".
  return /enterprise|standard|\bstd\b|\bent\b|svrstd|svrent/i.test(name) ? name : `${name} Standard`;
}

/** What a hand-kept "license type" says of an Exchange CAL it names without its version or without User/Device (null: not said). */
export interface PartialCal {
  version: ExchangeVersion | null;
  tier: CatalogProduct['tier'];
  kind: CatalogProduct['kind'] | null;
}

/**
 * The Exchange CAL a hand-kept "license type" names without its version ("CAL Standard", "Exchange CAL Enterprise na
 * urządzenie") or without saying User or Device ("Exchange 2019 Standard CAL"): the row's invoice then says which CAL it
 * is. Another product's CAL ("Windows Server 2019 User CAL", "RDS CAL"), a server license or a CAL named whole is none:
 * null. A tier not written is Standard, as `calProductFromText` takes it.
 */
export function partialCal(text: string): PartialCal | null {
  const t = text.trim();
  if (t === '' || !accessLicense.test(t)) return null;
  const match = parseLicenseName(exchangeCalName(t));
  if (!match || (match.version !== null && match.kind !== null)) return null;
  // Without a version only the word Exchange tells an Exchange CAL from another product's; with one, as `calProductFromText` reads it.
  if (match.version === null ? otherProducts.test(t) : !/exch/i.test(t) && otherProducts.test(t)) return null;
  return match;
}

/** The versions a CAL named without one may be, as the reasons list them ("2016 / 2019 / SE"). */
const versionChoices = exchangeVersions.join(' / ');

/**
 * Why a row naming a partial CAL (`partialCal`) is not read as one: what it lacks (the version, User or Device, or both), with the
 * versions and CALs it may be. `invoiceWouldSay`: the row names no invoice, and one would say which CAL it is (a register row).
 */
export function partialCalReason(partial: PartialCal, licenseText: string, invoiceWouldSay = false): ImportMessage {
  const named = (version: ExchangeVersion, kind: CalKind): string => productFor(version, partial.tier, kind).name;
  if (partial.version !== null) return importMessage('importFile.skip.licenseKindMissing', { value: licenseText, user: named(partial.version, 'user'), device: named(partial.version, 'device') });
  const newest = newestVersion(exchangeVersions)!;
  if (partial.kind !== null) {
    const key = invoiceWouldSay ? 'importFile.skip.versionMissingNoInvoice' : 'importFile.skip.versionMissing';
    return importMessage(key, { value: licenseText, versions: versionChoices, example: named(newest, partial.kind) });
  }
  const key = invoiceWouldSay ? 'importFile.skip.versionAndKindMissingNoInvoice' : 'importFile.skip.versionAndKindMissing';
  return importMessage(key, { value: licenseText, versions: versionChoices, user: named(newest, 'user'), device: named(newest, 'device') });
}

/** Exchange product from a build (`15.2.1544.4`): uses the licensing catalog's build rule. */
export function productFromBuild(build: string): ExchangeProduct | null {
  const version = serverVersionFromBuild(build);
  return version === null ? null : serverProductName(version);
}
