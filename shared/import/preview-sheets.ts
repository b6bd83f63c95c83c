import { LONG_TEXT_MAX, type Activation, type Assignment, type Purchase, type RegisterDocument } from '../domain/model';
import type { AliasOwner, PeopleIndex } from './directory';
import { candidateOf, otherWordOrders, personName, sameGivenName } from './directory';
import { addressKey, loginKey, withoutDomain } from '../domain/account-keys';
import { localDateOf } from '../licensing/dates';
import { catalogProduct } from '../licensing/catalog';
import { partialCal, partialCalReason, type PartialCal } from './products';
import { importMessage } from './messages';
import type { KeyMaker } from './preview';
import type { AmbiguousMatch, AssignmentChange, ImportPreview, NewPerson, PersonRef, PersonUpdate, PurchaseChange, PurchaseRef, ServerChange } from './preview-types';
import { SheetFills } from './sheet-fills';
import type { ImportedServer, ImportMessage, PurchaseRow, RegisterRow } from './types';
import { clipText, foldText } from './values';

const lower = (s: string): string => s.trim().toLowerCase();

/** The keys a person of this import is found again by: `e:` and an address, `l:` and a login (account-keys.ts). */
function idKeysOf(email: string, login: string): string[] {
  const keys: string[] = [];
  const address = addressKey(email);
  const account = loginKey(login);
  if (address) keys.push(`e:${address}`);
  if (account) keys.push(`l:${account}`);
  return keys;
}

function activationOf(s: ImportedServer, now: string, before: Activation | null): Activation {
  if (s.trial === true) {
    // A trial whose days the export does not give: what the register knew of it stands, else nothing is known (not "ended").
    if (s.trialDaysLeft === null) return before?.state === 'trial' || before?.state === 'trial-expired' ? before : { state: 'unknown' };
    const days = s.trialDaysLeft;
    return days > 0 ? { state: 'trial', daysLeft: Math.min(365, days), asOf: localDateOf(now) } : { state: 'trial-expired' };
  }
  if (s.trial === false) return { state: 'activated' };
  return before ?? { state: 'unknown' };
}

const activationText = (a: Activation): string => (a.state === 'trial' ? `trial (${a.daysLeft} days)` : a.state);

export function previewServers(
  doc: RegisterDocument,
  servers: ReadonlyArray<ImportedServer & { fileName: string }>,
  now: string,
  keys: KeyMaker,
): { changes: ServerChange[]; unresolved: ImportPreview['unresolved'] } {
  const changes: ServerChange[] = [];
  const unresolved: ImportPreview['unresolved'] = [];
  const byName = new Map(doc.servers.filter((s) => s.retiredOn === null).map((s) => [lower(s.name), s]));
  for (const s of servers) {
    // A server the workbook prints as retired is the register's retired one of that name and day, if it has it.
    const retiredOn = s.recorded?.retiredOn ?? null;
    const existing = retiredOn === null ? (byName.get(lower(s.name)) ?? null) : (doc.servers.find((x) => lower(x.name) === lower(s.name) && x.retiredOn === retiredOn) ?? null);
    const product = s.product ?? existing?.product ?? null;
    if (product === null) {
      unresolved.push({ fileName: s.fileName, line: s.line, reason: importMessage('importFile.warning.unknownProduct', { build: s.build || '?', server: s.name }) });
      continue;
    }
    const next = {
      product,
      edition: s.edition ?? existing?.edition ?? 'Standard',
      build: s.build || existing?.build || '',
      // The workbook's activation is as old as the workbook: it is the activation of a server the register lacks, never news of one it has.
      activation: s.recorded ? (existing?.activation ?? s.recorded.activation) : activationOf(s, now, existing?.activation ?? null),
    };
    const diff: ServerChange['changes'] = [];
    if (existing) {
      if (existing.product !== next.product) diff.push({ field: 'product', before: existing.product, after: next.product });
      if (existing.edition !== next.edition) diff.push({ field: 'edition', before: existing.edition, after: next.edition });
      if (existing.build !== next.build) diff.push({ field: 'build', before: existing.build, after: next.build });
      const [a, b] = [activationText(existing.activation), activationText(next.activation)];
      if (a !== b) diff.push({ field: 'activation', before: a, after: b });
    }
    changes.push({
      key: keys.make(`server:${lower(s.name)}`),
      action: existing ? (diff.length > 0 ? 'changed' : 'unchanged') : 'new',
      serverId: existing?.id ?? null,
      name: s.name,
      ...next,
      changes: diff,
      ...(s.recorded ? { recorded: s.recorded } : {}),
    });
  }
  return { changes, unresolved };
}

/**
 * Lots by invoice number (as `lower` folds it) and by product, each list in the lots' order; a product's lots also by date.
 * A sheet row finds its lot here: scanning every lot for every row took seconds with thousands of each.
 */
class LotIndex<L extends { productId: string; document: string; date: string }> {
  readonly #byInvoice = new Map<string, L[]>();
  readonly #byProduct = new Map<string, L[]>();
  readonly #byProductAndDate = new Map<string, L[]>();

  constructor(lots: readonly L[]) {
    const add = (map: Map<string, L[]>, key: string, lot: L) => {
      const list = map.get(key);
      if (list) list.push(lot);
      else map.set(key, [lot]);
    };
    for (const lot of lots) {
      add(this.#byInvoice, lower(lot.document), lot);
      add(this.#byProduct, lot.productId, lot);
    }
    for (const [productId, list] of this.#byProduct) this.#byProductAndDate.set(productId, [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
  }

  /** The lots whose invoice number is `document`'s, any case or spaces around it (those with none for an empty one). */
  ofInvoice(document: string): readonly L[] {
    return this.#byInvoice.get(lower(document)) ?? [];
  }

  ofProduct(productId: string): readonly L[] {
    return this.#byProduct.get(productId) ?? [];
  }

  /** How many lots of the product were bought on `day` or before, and the earliest of them. */
  boughtBy(productId: string, day: string): { count: number; earliest: L | null } {
    const byDate = this.#byProductAndDate.get(productId) ?? [];
    let [low, high] = [0, byDate.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (byDate[middle]!.date <= day) low = middle + 1;
      else high = middle;
    }
    return { count: low, earliest: byDate[0] ?? null };
  }
}

/**
 * The lots of invoice `document` that may be the Exchange CAL a row names without its version or without User/Device (`partialCal`):
 * those of the tier it names, and of the version or the kind where it names them. One such lot says which CAL the row is.
 */
function invoiceLotsFitting<L extends { productId: string; document: string; date: string }>(lots: LotIndex<L>, document: string, wanted: PartialCal): L[] {
  if (lower(document) === '') return [];
  return lots.ofInvoice(document).filter((l) => {
    const product = catalogProduct(l.productId);
    return (
      product !== null &&
      product.tier === wanted.tier &&
      (wanted.version === null || product.version === wanted.version) &&
      (wanted.kind === null || product.kind === wanted.kind)
    );
  });
}

/** A purchase row the import does not apply, and why (shown with the rows not tied to a person or purchase). */
type NotApplied = ImportPreview['unresolved'][number];

/**
 * The purchases of hand-kept sheets: a row is the register's lot with the same document and product, or,
 * where neither names a document, the same product, date and quantity (so that importing a sheet again adds
 * nothing). A row the import already read (a copied row, or the same sheet twice) is read once, and a lot
 * the register has with another quantity is left as it is; both are said in `notApplied`.
 */
export function previewPurchases(doc: RegisterDocument, rows: ReadonlyArray<{ fileName: string; row: PurchaseRow }>, keys: KeyMaker): { changes: PurchaseChange[]; notApplied: NotApplied[] } {
  const live = new LotIndex(doc.purchases.filter((p) => p.voidedAt === null));
  const changes: PurchaseChange[] = [];
  const notApplied: NotApplied[] = [];
  const seen = new Map<string, string>();
  for (const { fileName, row } of rows) {
    // A lot named without its version or User/Device (its row names its invoice): the register's one lot of that invoice that fits.
    const wanted = row.product ? null : partialCal(row.productText);
    const ofInvoice = wanted === null ? [] : invoiceLotsFitting(live, row.document, wanted);
    const product = row.product ?? (ofInvoice.length === 1 ? catalogProduct(ofInvoice[0]!.productId) : null);
    if (product === null) {
      notApplied.push({ fileName, line: row.line, reason: wanted ? partialCalReason(wanted, row.productText) : importMessage('importFile.skip.unknownLicense', { value: row.productText }) });
      continue;
    }
    const productId = product.id;
    const document = lower(row.document);
    const identity = document ? `d:${document}:${productId}` : `q:${productId}:${row.date}:${row.quantity}`;
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      notApplied.push({ fileName, line: row.line, reason: importMessage('importFile.skip.repeatedPurchase', { where: earlier, document: row.document || '—' }) });
      continue;
    }
    seen.set(identity, `${fileName}:${row.line}`);
    const same = document
      ? live.ofInvoice(document).find((p) => p.productId === productId)
      : live.ofInvoice('').find((p) => p.productId === productId && p.date === row.date && p.quantity === row.quantity);
    if (same && same.quantity !== row.quantity) {
      notApplied.push({ fileName, line: row.line, reason: importMessage('importFile.skip.purchaseDiffers', { document: row.document, before: same.quantity, after: row.quantity }) });
    }
    // An end date is Software Assurance unless the row says subscription (in words, or by its CSP program).
    const subscription = row.coverage === 'subscription' || (row.coverage === null && row.program === 'csp');
    const coverage: Purchase['coverage'] =
      row.coveredUntil === null ? { kind: 'perpetual' } : subscription ? { kind: 'subscription', until: row.coveredUntil } : { kind: 'software-assurance', until: row.coveredUntil };
    changes.push({
      key: keys.make(`purchase:${document || `${fileName}:${row.line}`}:${productId}`),
      action: same ? 'existing' : 'new',
      purchaseId: same?.id ?? null,
      fileName,
      line: row.line,
      productText: row.productText,
      purchase: {
        productId,
        quantity: row.quantity,
        date: row.date,
        vendor: clipText(row.vendor),
        document: clipText(row.document),
        program: row.program,
        coverage,
        notes: clipText(row.notes, LONG_TEXT_MAX),
        proofIds: [],
        voidedAt: null,
        voidReason: '',
      },
    });
  }
  return { changes, notApplied };
}

interface SheetContext {
  index: PeopleIndex;
  newPeople: readonly NewPerson[];
  purchases: readonly PurchaseChange[];
  now: string;
  keys: KeyMaker;
  /** A mailbox's primary address and owner's given name by its secondary addresses (lower case), from the mailbox export of the same import. */
  aliasOwners?: ReadonlyMap<string, AliasOwner>;
  /** The person of each UPN the exports of the same import name (lower case). */
  upnOwners?: () => ReadonlyMap<string, PersonRef>;
}

/**
 * The register person of each UPN in the latest inventory (lower case), found as the import finds
 * people: by the row's primary address, else its login. A UPN is the address a hand-kept sheet often
 * names someone by, and it differs from the mailbox's primary address.
 */
function inventoryUpnOwners(doc: RegisterDocument, index: PeopleIndex): Map<string, string> {
  const owners = new Map<string, string>();
  const latest = doc.inventory.at(-1);
  if (!latest) return owners;
  for (const row of [...latest.mailboxes, ...latest.users]) {
    const upn = addressKey(row.upn);
    if (!upn || owners.has(upn)) continue;
    const person = index.byIdentity([row.email], row.login);
    if (person) owners.set(upn, person.id);
  }
  return owners;
}

/** A candidate of a name-only match who is new in this import (from its mailbox export), not yet in the register. */
export const NEW_PERSON_CANDIDATE = 'new:';

interface Lot {
  ref: PurchaseRef;
  productId: string;
  document: string;
  date: string;
}

function lotsOf(doc: RegisterDocument, purchases: readonly PurchaseChange[]): Lot[] {
  const lots: Lot[] = doc.purchases
    .filter((p) => p.voidedAt === null)
    .map((p) => ({ ref: { kind: 'existing', purchaseId: p.id }, productId: p.productId, document: p.document, date: p.date }));
  for (const p of purchases) {
    if (p.action === 'new') lots.push({ ref: { kind: 'new', key: p.key }, productId: p.purchase.productId, document: p.purchase.document, date: p.purchase.date });
  }
  return lots;
}

/**
 * The lot a register row names: its document and product; else the only lot of that product, or the only
 * one bought by the row's date (a lot bought later cannot have given that CAL). Else why none can be chosen.
 */
function findLot(lots: LotIndex<Lot>, row: RegisterRow): Lot | ImportMessage {
  const productId = row.product?.id ?? '';
  const noPurchase = () => importMessage('importFile.skip.noPurchase', { document: row.document || '—', license: row.licenseText });
  if (!row.product) {
    const wanted = partialCal(row.licenseText);
    const ofInvoice = wanted === null ? [] : invoiceLotsFitting(lots, row.document, wanted);
    if (ofInvoice.length === 1) return ofInvoice[0]!;
    if (ofInvoice.length === 0 || wanted === null) return importMessage('importFile.skip.licenseNotOnInvoice', { value: row.licenseText, document: row.document });
    return partialCalReason(wanted, row.licenseText);
  }
  if (row.document) return lots.ofInvoice(row.document).find((l) => l.productId === productId) ?? noPurchase();
  const byProduct = lots.ofProduct(productId);
  // The only lot bought by the row's date is the earliest one.
  const bought = row.assignedOn === null ? { count: byProduct.length, earliest: byProduct[0] ?? null } : lots.boughtBy(productId, row.assignedOn);
  if (byProduct.length === 1) return byProduct[0]!;
  if (bought.count === 1) return bought.earliest!;
  if (byProduct.length === 0) return noPurchase();
  // Lots of the product, none bought by the row's date: the date is the likelier mistake.
  if (bought.count === 0) return importMessage('importFile.skip.noPurchaseByDate', { license: row.licenseText, date: row.assignedOn ?? '' });
  return importMessage('importFile.skip.severalPurchases', { count: bought.count, license: row.licenseText });
}

const refKey = (ref: PersonRef | PurchaseRef): string => (ref.kind === 'existing' ? `e:${'personId' in ref ? ref.personId : ref.purchaseId}` : `${ref.kind}:${ref.key}`);

/** The reason and note a sheet row gives its CAL's release, as an assignment change carries them. */
const releaseWhy = (row: RegisterRow): Pick<AssignmentChange, 'releaseReason' | 'releaseNotes'> =>
  row.releaseReason === null ? {} : { releaseReason: row.releaseReason, ...(row.releaseNotes ? { releaseNotes: clipText(row.releaseNotes, LONG_TEXT_MAX) } : {}) };

/**
 * The register's assignment a sheet row is about, of those the person holds from the row's lot:
 * the one with the row's start date; else, for a row without an end, or without a start date,
 * the active one (a register keeps one CAL per person and lot at a time); else, for a row
 * without a start date, the one that ended the same day. A dated row that ended matches only its
 * start date: an earlier, ended assignment of the same lot is history of its own.
 */
/** The first of `held` whose time overlaps [from, to) (`to` null: still held), or null. */
function overlapping(held: readonly Assignment[], from: string, to: string | null): Assignment | null {
  return held.find((a) => (to === null || a.assignedOn < to) && (a.releasedOn === null || from < a.releasedOn)) ?? null;
}

function sameAssignment(held: readonly Assignment[], row: RegisterRow, hasLeft: boolean): Assignment | null {
  const active = held.find((a) => a.releasedOn === null) ?? null;
  if (row.assignedOn !== null) return held.find((a) => a.assignedOn === row.assignedOn) ?? (row.releasedOn === null ? active : null);
  if (active) return active;
  if (row.releasedOn !== null) return held.find((a) => a.releasedOn === row.releasedOn) ?? null;
  // A row with no dates, of someone who has left, names the CAL of this lot released when they left: that one, not a new
  // CAL from the lot's date that would overlap it and take a seat again. Anyone else's undated row is a CAL of its own.
  if (!hasLeft) return null;
  const latest = held.reduce<Assignment | null>((last, a) => (last === null || a.assignedOn > last.assignedOn ? a : last), null);
  return latest?.releaseReason === 'left' ? latest : null;
}

/** People, ambiguous matches and assignments from hand-kept register sheets. */
export function previewRegisterRows(
  doc: RegisterDocument,
  rows: ReadonlyArray<{ fileName: string; row: RegisterRow }>,
  ctx: SheetContext,
): { newPeople: NewPerson[]; updatedPeople: PersonUpdate[]; ambiguous: AmbiguousMatch[]; assignments: AssignmentChange[]; unresolved: ImportPreview['unresolved'] } {
  const out = { newPeople: [] as NewPerson[], updatedPeople: [] as PersonUpdate[], ambiguous: [] as AmbiguousMatch[], assignments: [] as AssignmentChange[], unresolved: [] as ImportPreview['unresolved'] };
  if (rows.length === 0) return out;
  const lots = new LotIndex(lotsOf(doc, ctx.purchases));
  // People added by this import, found again by e-mail/login (or by name for sheet rows without either).
  const incomingById = new Map<string, PersonRef>();
  // New people of this import's exports by name: a sheet row that names someone only by name is asked about them, never merged silently.
  const incomingByName = new Map<string, NewPerson[]>();
  // New people of these sheets by name (`unnamed` rows are asked about them).
  const sheetNewByName = new Map<string, NewPerson[]>();
  for (const p of ctx.newPeople) {
    for (const id of idKeysOf(p.email, p.login)) incomingById.set(id, { kind: 'new', key: p.key });
    const folded = foldText(`${p.givenName} ${p.surname}`);
    if (folded) incomingByName.set(folded, [...(incomingByName.get(folded) ?? []), p]);
  }
  for (const [upn, ref] of ctx.upnOwners?.() ?? []) if (!incomingById.has(`e:${upn}`)) incomingById.set(`e:${upn}`, ref);
  // A UPN the register's latest inventory knows (a mailbox export imported before) finds its owner too, not only one in this import.
  for (const [upn, personId] of inventoryUpnOwners(doc, ctx.index)) if (!incomingById.has(`e:${upn}`)) incomingById.set(`e:${upn}`, { kind: 'existing', personId });
  const leftOnOf = new Map(doc.people.flatMap((p) => (p.leftOn !== null ? [[p.id, p.leftOn] as const] : [])));
  const held = new Map<string, Assignment[]>();
  for (const a of doc.assignments) {
    const pair = `${a.personId}|${a.purchaseId}`;
    const list = held.get(pair);
    if (list) list.push(a);
    else held.set(pair, [a]);
  }
  // Rows already proposed by this import (the same sheet given twice, a row repeated).
  const proposed = new Set<string>();
  // New assignments proposed from a dated row, by person, lot and start: a workbook kept year by year names one CAL on each year's sheet, later with its end.
  const proposedStarts = new Map<string, AssignmentChange>();
  // Register assignments a row of this import already releases.
  const releasing = new Set<string>();
  // An e-mail, login or department the sheets give someone the register has without one.
  const fills = new SheetFills(ctx.index, incomingById);
  for (const { fileName, row } of rows) {
    const name = personName(row);
    // A row naming someone by an address that is now their mailbox's secondary one, with the owner's given name: found by the primary.
    const owner = row.email ? ctx.aliasOwners?.get(addressKey(row.email)) : undefined;
    const primary = owner && sameGivenName(row.givenName, owner.givenName) ? owner.primary : undefined;
    const email = primary ?? row.email;
    const login = withoutDomain(row.login);
    const idKeys = idKeysOf(email, login);
    const ownKey = idKeys[0] ?? `n:${foldText(name)}`;
    let person: PersonRef | null = null;
    const existing = ctx.index.byIdentity(primary ? [row.email, primary] : [row.email], login);
    if (existing) {
      person = { kind: 'existing', personId: existing.id };
      fills.note(existing, { email, login, department: row.department });
    }
    for (const k of idKeys.length > 0 ? idKeys : [ownKey]) person ??= incomingById.get(k) ?? null;
    if (!person) {
      // A person is found by e-mail or login, so a new one may not take another's e-mail as its login
      // or another's login as its e-mail (as the register refuses it when a person is saved): that value is left out.
      const takenAsEmail = (value: string) => value !== '' && (ctx.index.byIdentity([value], '') !== null || incomingById.has(`e:${addressKey(value)}`));
      const takenAsLogin = (value: string) => value !== '' && (ctx.index.byIdentity([], value) !== null || incomingById.has(`l:${loginKey(value)}`));
      const incoming: NewPerson = {
        key: ctx.keys.make(`sheet:${ownKey}`),
        source: 'register-sheet',
        givenName: clipText(row.givenName),
        surname: clipText(row.surname),
        email: takenAsLogin(email) ? '' : clipText(email),
        login: takenAsEmail(login) ? '' : clipText(login),
        department: clipText(row.department),
        facts: null,
      };
      const byName = ctx.index.byFoldedName(name);
      // As in the register (`PeopleIndex.byFoldedName`), the same words in another order are the same name.
      const folded = foldText(name);
      const unnamed = (p: { email: string; login: string }) => p.email === '' && p.login === '';
      const orders = folded ? [folded, ...otherWordOrders(folded)] : [];
      const newByName = [
        ...orders.flatMap((order) => incomingByName.get(order) ?? []),
        ...orders.flatMap((order) => sheetNewByName.get(order) ?? []).filter((p) => unnamed(p) || unnamed(incoming)),
      ];
      if (byName.length > 0 || newByName.length > 0) {
        const key = ctx.keys.make(`ambiguous:${incoming.key}`);
        const candidates = [
          ...byName.map(candidateOf),
          ...newByName.map((p) => ({ personId: `${NEW_PERSON_CANDIDATE}${p.key}`, name: personName(p), email: p.email, login: p.login })),
        ];
        out.ambiguous.push({ key, source: 'register-sheet', incoming, candidates });
        person = { kind: 'ambiguous', key };
      } else {
        out.newPeople.push(incoming);
        person = { kind: 'new', key: incoming.key };
        // A later row of the sheets with this name where one of the two has neither e-mail nor login (one row with the
        // e-mail, one without) is asked about this person: never a second person made silently. Two with addresses are two.
        if (folded) sheetNewByName.set(folded, [...(sheetNewByName.get(folded) ?? []), incoming]);
      }
      for (const k of idKeys.length > 0 ? idKeys : [ownKey]) incomingById.set(k, person);
    }
    const lot = findLot(lots, row);
    if (!('ref' in lot)) {
      out.unresolved.push({ fileName, line: row.line, reason: lot });
      continue;
    }
    const heldHere = person.kind === 'existing' && lot.ref.kind === 'existing' ? (held.get(`${person.personId}|${lot.ref.purchaseId}`) ?? []) : [];
    // An undated row is assumed to start on the lot's date, or once the CALs of this lot the register shows the person held have ended.
    const assignedOn = row.assignedOn ?? heldHere.reduce((day, a) => (a.releasedOn !== null && a.releasedOn > day ? a.releasedOn : day), lot.date ?? localDateOf(ctx.now));
    const inRegister = person.kind === 'existing' && lot.ref.kind === 'existing' ? sameAssignment(heldHere, row, leftOnOf.has(person.personId)) : null;
    // A CAL given back before it was given (the two date columns swapped, most likely) is no assignment the register can hold.
    const start = inRegister?.assignedOn ?? assignedOn;
    if (row.releasedOn !== null && row.releasedOn < start) {
      out.unresolved.push({ fileName, line: row.line, reason: importMessage('importFile.skip.releasedBeforeAssigned', { released: row.releasedOn, assigned: start }) });
      continue;
    }
    // A new CAL of someone who has left ends when they left, as `assign` records it; one from that day on is none.
    const leftOn = person.kind === 'existing' && inRegister === null ? (leftOnOf.get(person.personId) ?? null) : null;
    if (leftOn !== null && assignedOn >= leftOn) {
      out.unresolved.push({ fileName, line: row.line, reason: importMessage('importFile.skip.personLeft', { assigned: assignedOn, left: leftOn }) });
      continue;
    }
    const releasedOn = leftOn !== null && (row.releasedOn === null || row.releasedOn > leftOn) ? leftOn : row.releasedOn;
    // A new CAL over a time the register already has this person holding one of this lot (a row still held, of a CAL the
    // register has released) would hold two at once: said, not added.
    const overlapped = inRegister === null ? overlapping(heldHere, assignedOn, releasedOn) : null;
    if (overlapped) {
      const reason = overlapped.releasedOn === null
        ? importMessage('importFile.skip.overlapsHeld', { from: overlapped.assignedOn })
        : importMessage('importFile.skip.overlapsReleased', { from: overlapped.assignedOn, to: overlapped.releasedOn });
      out.unresolved.push({ fileName, line: row.line, reason });
      continue;
    }
    const rowKey = `${refKey(person)}|${refKey(lot.ref)}|${assignedOn}|${row.releasedOn ?? ''}`;
    let repeated = proposed.has(rowKey);
    proposed.add(rowKey);
    const startKey = `${refKey(person)}|${refKey(lot.ref)}|${assignedOn}`;
    const sameStart = row.assignedOn !== null && inRegister === null ? proposedStarts.get(startKey) : undefined;
    if (sameStart && !repeated) {
      // The same CAL on another sheet: its end, from whichever sheet gives one, goes on the one proposed assignment.
      if (sameStart.releasedOn === null && row.releasedOn !== null && row.releasedOn >= sameStart.assignedOn) Object.assign(sameStart, { releasedOn: row.releasedOn, ...releaseWhy(row) });
      repeated = true;
    }
    const ends = inRegister !== null && inRegister.releasedOn === null && row.releasedOn !== null && row.releasedOn >= inRegister.assignedOn;
    // One register assignment is released once: a later row ending it again (another date, another sheet) repeats the first.
    const releases = ends && !releasing.has(inRegister.id);
    if (releases) releasing.add(inRegister.id);
    const change: AssignmentChange = {
      key: ctx.keys.make(`assignment:${fileName}:${row.line}`),
      action: releases ? 'release' : ends ? 'repeated' : inRegister ? 'existing' : repeated ? 'repeated' : 'new',
      assignmentId: inRegister?.id ?? null,
      fileName,
      line: row.line,
      person,
      personLabel: name || row.email || row.login,
      purchase: lot.ref,
      productId: lot.productId,
      assignedOn: ends && inRegister ? inRegister.assignedOn : assignedOn,
      assignedOnAssumed: row.assignedOn === null,
      releasedOn,
      ...(leftOn !== null && releasedOn === leftOn ? { releasedWhenLeft: true as const } : releasedOn !== null ? releaseWhy(row) : {}),
      notes: clipText(row.notes, LONG_TEXT_MAX),
    };
    out.assignments.push(change);
    if (change.action === 'new' && row.assignedOn !== null && !proposedStarts.has(startKey)) proposedStarts.set(startKey, change);
  }
  out.updatedPeople = fills.updates(ctx.keys);
  return out;
}
