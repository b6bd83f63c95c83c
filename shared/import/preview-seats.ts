/**
 * Lots an import would give more CALs at once than they have seats. The import records what the
 * sheets say (they are the organization's own record), but the user is told before the commit, as
 * `assign` and the wizard say it of one CAL; `check` then reports `over-assigned` until a purchase
 * or a release makes it right.
 */
import type { RegisterDocument } from '../domain/model';
import { importMessage } from './messages';
import type { AssignmentChange, ImportPreview, PurchaseChange } from './preview-types';

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
