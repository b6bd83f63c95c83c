/**
 * What an import's CALs would break, said before the commit. The import records what the sheets say
 * (they are the organization's own record), but the user is told first, as `assign` and the wizard
 * say it of one CAL; `check` then reports it until a purchase, an assignment or a release makes it
 * right.
 */
import type { Coverage, RegisterDocument } from '../domain/model';
import { calsOfPeople, holdingConflicts, judgedOn, newestReach, type CalSpan, type NewestReach } from '../licensing/assignment-rules';
import { catalogProduct, heldTogether, holdingGroup, type CatalogProduct } from '../licensing/catalog';
import { importMessage } from './messages';
import type { AssignmentChange, ImportPreview, PersonRef, PurchaseChange } from './preview-types';

/** Lots the import would give more CALs at once than they have seats (`check`: over-assigned). */

export function seatWarnings(doc: RegisterDocument, purchases: readonly PurchaseChange[], assignments: readonly AssignmentChange[]): ImportPreview['warnings'] {
  // Only an import that adds a CAL can overfill a lot: a directory import of 50,000 mailboxes scans no assignment here.
  if (!assignments.some((c) => c.action === 'new')) return [];
  // CALs not given back, by lot: the register's (held or planned), then the new ones of the import.
  const held = new Map<string, number>();
  const add = (key: string, delta = 1) => held.set(key, (held.get(key) ?? 0) + delta);
  for (const a of doc.assignments) if (a.releasedOn === null) add(a.purchaseId);
  // A CAL the import itself gives back (the sheet's end date on a CAL the register holds) no longer takes its seat.
  const byId = new Map(doc.assignments.map((a) => [a.id, a]));
  for (const c of assignments) {
    const released = c.action === 'release' && c.assignmentId !== null ? byId.get(c.assignmentId) : undefined;
    if (released && released.releasedOn === null) add(released.purchaseId, -1);
  }
  const fileOf = new Map<string, string>();
  for (const c of assignments) {
    if (c.action !== 'new' || c.releasedOn !== null) continue;
    const key = c.purchase.kind === 'existing' ? c.purchase.purchaseId : `new:${c.purchase.key}`;
    add(key);
    if (!fileOf.has(key)) fileOf.set(key, c.fileName);
  }
  const lots = new Map<string, { document: string; date: string; quantity: number }>();
  for (const p of doc.purchases) lots.set(p.id, { document: p.document, date: p.date, quantity: p.voidedAt === null ? p.quantity : 0 });
  for (const p of purchases) if (p.action === 'new') lots.set(`new:${p.key}`, p.purchase);
  const out: ImportPreview['warnings'] = [];
  for (const [key, fileName] of fileOf) {
    const lot = lots.get(key);
    const count = held.get(key) ?? 0;
    if (lot && count > lot.quantity) {
      out.push({ ...importMessage('importFile.warning.seatsExceeded', { document: lot.document || '—', date: lot.date, count, quantity: lot.quantity }), fileName });
    }
  }
  return out;
}

/** A CAL over its days, with its lot's coverage (null: a lot the preview cannot name, counted as reaching every server). */
interface HeldSpan extends CalSpan {
  product: CatalogProduct;
  coverage: Coverage | null;
}

/** A CAL the import gives (a row's new assignment), over its days. */
interface AddedCal extends HeldSpan {
  change: AssignmentChange;
}

/** Someone the import gives a CAL or ends one of: their CALs over their days, the import's and the register's. */
interface Holder {
  label: string;
  /** Every CAL of theirs: the import's and the register's (with the end the import gives it). */
  cals: HeldSpan[];
  added: AddedCal[];
  /** The register's. */
  held: HeldSpan[];
  /** The earliest end the import gives one of their register Standard CALs, and the file that gives it. */
  ended: { on: string; fileName: string } | null;
}

/**
 * People the import would leave holding an Enterprise CAL on a day without a Standard CAL, or two CALs of one tier and
 * version on the same day (User and Device CALs alike, `holdingGroup`): `assign` refuses both, and `check` reports those held today (enterprise-without-standard,
 * duplicate-assignment). Each CAL the import gives is judged over its own days as `assign` judges one
 * (`holdingConflicts`), beside every other CAL of its holder: the register's (with the end the import gives one it holds)
 * and the import's. As `assign`, a CAL of the same tier and version that no longer reaches the newest server on the day
 * `assign` would judge the new one (`judgedOn` `today`, `newestReach`) is no duplicate: the new one is its upgrade. An end
 * the import gives a register Standard CAL is judged as the release dialog judges a release (`enterpriseLeftByRelease`):
 * the person's register Enterprise CALs from that day on. Only the people the import gives a CAL or an end are looked at.
 */
export function holdingWarnings(doc: RegisterDocument, purchases: readonly PurchaseChange[], assignments: readonly AssignmentChange[], today: string): ImportPreview['warnings'] {
  const holders = new Map<string, Holder>();
  const holderOf = (key: string, label: string): Holder => {
    const holder = holders.get(key) ?? { label, cals: [], added: [], held: [], ended: null };
    if (!holders.has(key)) holders.set(key, holder);
    return holder;
  };
  // The coverage of the lot a row names: the register's, or one the import adds.
  const coverages = new Map<string, Coverage>([...doc.purchases.map((p) => [p.id, p.coverage] as const), ...purchases.map((p) => [`new:${p.key}`, p.purchase.coverage] as const)]);
  const coverageOf = (ref: AssignmentChange['purchase']): Coverage | null => coverages.get(ref.kind === 'existing' ? ref.purchaseId : `new:${ref.key}`) ?? null;
  for (const c of assignments) {
    // A row whose person the user has still to choose is judged once chosen, by `check`.
    if (c.person.kind === 'ambiguous') continue;
    const product = catalogProduct(c.productId);
    if (!product) continue;
    if (c.action === 'new') {
      const cal: AddedCal = { product, coverage: coverageOf(c.purchase), assignedOn: c.assignedOn, releasedOn: c.releasedOn, change: c };
      const holder = holderOf(holderKey(c.person), c.personLabel);
      holder.cals.push(cal);
      holder.added.push(cal);
    } else if (c.action === 'release' && c.releasedOn !== null && product.tier === 'standard') {
      // The earliest end the import gives one of the person's Standard CALs: their Enterprise CALs are judged from then on.
      const holder = holderOf(holderKey(c.person), c.personLabel);
      if (holder.ended === null || c.releasedOn < holder.ended.on) holder.ended = { on: c.releasedOn, fileName: c.fileName };
    }
  }
  // Only an import that adds a CAL or ends one can break a holding: a directory import of 50,000 mailboxes scans no assignment here.
  if (holders.size === 0) return [];
  // The day the import gives back a CAL the register holds (the sheet's end date).
  const endOf = new Map<string, string | null>();
  for (const c of assignments) if (c.action === 'release' && c.assignmentId !== null) endOf.set(c.assignmentId, c.releasedOn);
  for (const [personId, cals] of calsOfPeople(doc, (id) => holders.has(id))) {
    const holder = holders.get(personId)!;
    for (const { assignment, purchase, product } of cals) {
      const span = { product, coverage: purchase.coverage, assignedOn: assignment.assignedOn, releasedOn: endOf.get(assignment.id) ?? assignment.releasedOn };
      holder.cals.push(span);
      holder.held.push(span);
    }
  }
  // What `assign` would judge each new CAL against, by the day it judges it on: few days, however many rows.
  const reachByDay = new Map<string, NewestReach['reaches']>();
  const reachOn = (day: string): NewestReach['reaches'] => {
    let reaches = reachByDay.get(day);
    if (!reaches) reachByDay.set(day, (reaches = newestReach(doc.servers, day).reaches));
    return reaches;
  };
  const out: ImportPreview['warnings'] = [];
  for (const { label, cals, added, held, ended } of holders.values()) {
    // The Enterprise CAL left soonest without a Standard one; per tier and version, the CALs held at once with a new one.
    let uncovered: { product: CatalogProduct; from: string; first: boolean; fileName: string } | null = null;
    const twice = new Map<string, { cal: AddedCal; held: Set<HeldSpan> }>();
    for (const cal of added) {
      const reaches = reachOn(judgedOn(cal.assignedOn, today));
      const counts = (other: HeldSpan): boolean => other.coverage === null || reaches(other.coverage, other.product);
      const { same, withoutStandardFrom: from } = holdingConflicts(cals.filter((other) => other !== cal), cal, counts);
      if (from !== null && (uncovered === null || from < uncovered.from)) uncovered = { product: cal.product, from, first: from === cal.assignedOn, fileName: cal.change.fileName };
      if (same.length === 0) continue;
      const group = holdingGroup(cal.product);
      const entry = twice.get(group) ?? { cal, held: new Set<HeldSpan>() };
      twice.set(group, entry);
      for (const one of [cal, ...same]) entry.held.add(one);
    }
    // A register Enterprise CAL whose Standard CAL the import ends: judged from the end on (the days before are not the import's doing).
    for (const cal of ended ? held : []) {
      if (cal.product.tier !== 'enterprise' || (cal.releasedOn !== null && cal.releasedOn <= ended!.on)) continue;
      const days = { product: cal.product, assignedOn: cal.assignedOn > ended!.on ? cal.assignedOn : ended!.on, releasedOn: cal.releasedOn };
      const from = holdingConflicts(cals.filter((other) => other !== cal), days).withoutStandardFrom;
      if (from !== null && (uncovered === null || from < uncovered.from)) uncovered = { product: cal.product, from, first: false, fileName: ended!.fileName };
    }
    if (uncovered) {
      const { product, from, first, fileName } = uncovered;
      const params = { person: label, product: product.name };
      // Held without one from its first day: a Standard CAL first, as `assign` says; else from the day the Standard CALs under it end.
      const message = first ? importMessage('importFile.warning.enterpriseWithoutStandard', params) : importMessage('importFile.warning.enterpriseWithoutStandardFrom', { ...params, from });
      out.push({ ...message, fileName });
    }
    for (const { cal, held } of twice.values()) {
      // A User CAL and a Device CAL of one tier and version are said as such: the sheet names two products, one too many.
      const together = heldTogether([...held].map((one) => one.product));
      const message = together.userAndDevice
        ? importMessage('importFile.warning.calTwiceUserAndDevice', { person: label, count: held.size, ...together.params })
        : importMessage('importFile.warning.calTwice', { person: label, product: cal.product.name, count: held.size });
      out.push({ ...message, fileName: cal.change.fileName });
    }
  }
  return out;
}

/** One holder per person: a register person by id, a person the import adds by their key. */
const holderKey = (ref: Exclude<PersonRef, { kind: 'ambiguous' }>): string => (ref.kind === 'existing' ? ref.personId : `new:${ref.key}`);
