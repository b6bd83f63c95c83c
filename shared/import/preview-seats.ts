/**
 * What an import's CALs would break, said before the commit. The import records what the sheets say
 * (they are the organization's own record), but the user is told first, as `assign` and the wizard
 * say it of one CAL; `check` then reports it until a purchase, an assignment or a release makes it
 * right.
 */
import type { RegisterDocument } from '../domain/model';
import { catalogProduct } from '../licensing/catalog';
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

/**
 * People the import would leave holding an Enterprise CAL without a Standard one, or one product more
 * than once: `assign` refuses both (`holdingProblems`), and `check` reports them
 * (enterprise-without-standard, duplicate-assignment). Only the people the import gives a CAL are
 * looked at, with the CALs they hold now, less those the import gives back.
 */
export function holdingWarnings(doc: RegisterDocument, assignments: readonly AssignmentChange[]): ImportPreview['warnings'] {
  const holders = new Map<string, { label: string; fileName: string; products: string[] }>();
  for (const c of assignments) {
    // A row whose person the user has still to choose is judged once chosen, by `check`.
    if (c.action !== 'new' || c.releasedOn !== null || c.person.kind === 'ambiguous') continue;
    const key = holderKey(c.person);
    const holder = holders.get(key);
    if (holder) holder.products.push(c.productId);
    else holders.set(key, { label: c.personLabel, fileName: c.fileName, products: [c.productId] });
  }
  if (holders.size === 0) return [];
  const givenBack = new Set<string>();
  for (const c of assignments) if (c.action === 'release' && c.assignmentId !== null) givenBack.add(c.assignmentId);
  const lots = new Map(doc.purchases.map((p) => [p.id, p]));
  for (const a of doc.assignments) {
    const holder = a.releasedOn === null && !givenBack.has(a.id) ? holders.get(a.personId) : undefined;
    const lot = holder ? lots.get(a.purchaseId) : undefined;
    if (holder && lot && lot.voidedAt === null) holder.products.push(lot.productId);
  }
  const out: ImportPreview['warnings'] = [];
  for (const { label, fileName, products } of holders.values()) {
    const counts = new Map<string, number>();
    for (const id of products) counts.set(id, (counts.get(id) ?? 0) + 1);
    const tiers = products.map((id) => catalogProduct(id)?.tier);
    const enterprise = products.find((_, i) => tiers[i] === 'enterprise');
    if (enterprise && !tiers.includes('standard')) {
      out.push({ ...importMessage('importFile.warning.enterpriseWithoutStandard', { person: label, product: catalogProduct(enterprise)!.name }), fileName });
    }
    for (const [id, count] of counts) {
      if (count > 1) out.push({ ...importMessage('importFile.warning.calTwice', { person: label, product: catalogProduct(id)?.name ?? id, count }), fileName });
    }
  }
  return out;
}

/** One holder per person: a register person by id, a person the import adds by their key. */
const holderKey = (ref: Exclude<PersonRef, { kind: 'ambiguous' }>): string => (ref.kind === 'existing' ? ref.personId : `new:${ref.key}`);
