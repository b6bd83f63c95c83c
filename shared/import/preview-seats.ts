/**
 * What an import's CALs would break, said before the commit. The import records what the sheets say
 * (they are the organization's own record), but the user is told first, as `assign` and the wizard
 * say it of one CAL; `check` then reports it until a purchase, an assignment or a release makes it
 * right.
 */
import type { RegisterDocument } from '../domain/model';
import { calsOfPeople, holdingConflicts, type CalSpan } from '../licensing/assignment-rules';
import { catalogProduct, type CatalogProduct } from '../licensing/catalog';
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

/** A CAL the import gives (a row's new assignment), over its days. */
interface AddedCal extends CalSpan {
  product: CatalogProduct;
  change: AssignmentChange;
}

/**
 * People the import would leave holding an Enterprise CAL on a day without a Standard CAL, or two CALs of one tier and
 * version on the same day: `assign` refuses both, and `check` reports those held today (enterprise-without-standard,
 * duplicate-assignment). Each CAL the import gives is judged over its own days as `assign` judges one
 * (`holdingConflicts`), beside every other CAL of its holder: the register's (with the end the import gives one it holds)
 * and the import's. Only the people the import gives a CAL are looked at.
 */
export function holdingWarnings(doc: RegisterDocument, assignments: readonly AssignmentChange[]): ImportPreview['warnings'] {
  const holders = new Map<string, { label: string; cals: CalSpan[]; added: AddedCal[] }>();
  for (const c of assignments) {
    // A row whose person the user has still to choose is judged once chosen, by `check`.
    if (c.action !== 'new' || c.person.kind === 'ambiguous') continue;
    const product = catalogProduct(c.productId);
    if (!product) continue;
    const cal: AddedCal = { product, assignedOn: c.assignedOn, releasedOn: c.releasedOn, change: c };
    const key = holderKey(c.person);
    const holder = holders.get(key) ?? { label: c.personLabel, cals: [], added: [] };
    if (!holders.has(key)) holders.set(key, holder);
    holder.cals.push(cal);
    holder.added.push(cal);
  }
  // Only an import that adds a CAL can break a holding: a directory import of 50,000 mailboxes scans no assignment here.
  if (holders.size === 0) return [];
  // The day the import gives back a CAL the register holds (the sheet's end date).
  const endOf = new Map<string, string | null>();
  for (const c of assignments) if (c.action === 'release' && c.assignmentId !== null) endOf.set(c.assignmentId, c.releasedOn);
  for (const [personId, cals] of calsOfPeople(doc, (id) => holders.has(id))) {
    const holder = holders.get(personId)!;
    for (const { assignment, product } of cals) holder.cals.push({ product, assignedOn: assignment.assignedOn, releasedOn: endOf.get(assignment.id) ?? assignment.releasedOn });
  }
  const out: ImportPreview['warnings'] = [];
  for (const { label, cals, added } of holders.values()) {
    // The Enterprise CAL left soonest without a Standard one; per tier and version, the CALs held at once with a new one.
    let uncovered: { cal: AddedCal; from: string } | null = null;
    const twice = new Map<string, { cal: AddedCal; held: Set<CalSpan> }>();
    for (const cal of added) {
      const { same, withoutStandardFrom: from } = holdingConflicts(cals.filter((other) => other !== cal), cal);
      if (from !== null && (uncovered === null || from < uncovered.from)) uncovered = { cal, from };
      if (same.length === 0) continue;
      const group = `${cal.product.tier}|${cal.product.version}`;
      const entry = twice.get(group) ?? { cal, held: new Set<CalSpan>() };
      twice.set(group, entry);
      for (const one of [cal, ...same]) entry.held.add(one);
    }
    if (uncovered) {
      const { cal, from } = uncovered;
      const params = { person: label, product: cal.product.name };
      // Held without one from its first day: a Standard CAL first, as `assign` says; else from the day the Standard CALs under it end.
      const message = from === cal.assignedOn ? importMessage('importFile.warning.enterpriseWithoutStandard', params) : importMessage('importFile.warning.enterpriseWithoutStandardFrom', { ...params, from });
      out.push({ ...message, fileName: cal.change.fileName });
    }
    for (const { cal, held } of twice.values()) {
      out.push({ ...importMessage('importFile.warning.calTwice', { person: label, product: cal.product.name, count: held.size }), fileName: cal.change.fileName });
    }
  }
  return out;
}

/** One holder per person: a register person by id, a person the import adds by their key. */
const holderKey = (ref: Exclude<PersonRef, { kind: 'ambiguous' }>): string => (ref.kind === 'existing' ? ref.personId : `new:${ref.key}`);
