import { addressKey, loginKey } from '../../../shared/domain/account-keys';
import type { Assignment, Coverage, Person, Purchase, RegisterDocument, Server } from '../../../shared/domain/model';
import {
  assignmentCreateSchema,
  personInputSchema,
  purchaseInputSchema,
  releaseInputSchema,
  serverInputSchema,
  type AssignmentCreateInput,
  type HistoryEntry,
  type PersonInput,
  type PersonRow,
  type PurchaseInput,
  type PurchaseView,
  type ReleaseCheck,
  type ReleaseCheckInput,
  type ServerInput,
  type ServerView,
} from '../../../shared/contracts/ledger';
import { checkAssignment, enterpriseLeftByRelease, type AssignmentCheck } from '../../../shared/licensing/assignment-rules';
import { catalogProduct, endOfExtendedSupport, serverProductName, serverVersion, serverVersionFromBuild, versionOfServerProduct } from '../../../shared/licensing/catalog';
import { isListedOn, productName, seatsTakenFrom } from '../../../shared/licensing/register-view';
import { keyedError } from '../../../shared/errors/messages';
import { DomainError } from '../../../shared/result';
import type { z } from 'zod';
import type { OpenRegister } from '../register/open-register';
import { checkAllProofs, type ProofStatus } from './proofs';
import { find, findToChange, replaceById } from './records';

import { isPlausibleDate, localDate, localDateOf } from '../../../shared/licensing/dates';

export { localDate };


// ---- servers ---------------------------------------------------------------

export function serverView(server: Server): ServerView {
  const version = serverVersion(server);
  return { ...server, version, endOfSupport: endOfExtendedSupport(version) };
}

export function saveServer(register: OpenRegister, raw: ServerInput): ServerView {
  const input = serverInputSchema.parse(raw);
  const doc = register.document;
  const existing = input.id ? findToChange(doc.servers, input.id, 'server-id-not-found') : null;
  const clash = doc.servers.find((s) => s.name.toLowerCase() === input.name.toLowerCase() && s.id !== existing?.id);
  if (clash) throw keyedError('conflict', 'server-name-taken', { name: input.name });
  // The rules judge a server by its build when they can read it: a build of another version than the product chosen is a mistake in one of them.
  const built = serverVersionFromBuild(input.build);
  if (built !== null && built !== versionOfServerProduct(input.product)) {
    throw keyedError('invalid-input', 'server-build-mismatch', { build: input.build, product: input.product, builtProduct: serverProductName(built) });
  }
  const server: Server = {
    ...(existing ?? { verifiedAt: null, verifiedBy: '', source: 'manual' as const, retiredOn: null }),
    id: existing?.id ?? register.newId(),
    name: input.name,
    product: input.product,
    edition: input.edition,
    build: input.build,
    activation: input.activation,
    partialProductKey: input.partialProductKey,
    notes: input.notes,
  };
  register.commit({ ...doc, servers: replaceById(doc.servers, server) }, { action: existing ? 'server.update' : 'server.add', subject: server.name, before: existing ?? undefined, after: server });
  return serverView(server);
}

export function verifyServer(register: OpenRegister, id: string, verifiedBy: string): ServerView {
  const doc = register.document;
  const before = findToChange(doc.servers, id, 'server-id-not-found');
  const server: Server = { ...before, verifiedAt: register.now().toISOString(), verifiedBy };
  register.commit({ ...doc, servers: replaceById(doc.servers, server) }, { action: 'server.verify', subject: server.name, before: { verifiedAt: before.verifiedAt }, after: { verifiedAt: server.verifiedAt, verifiedBy } });
  return serverView(server);
}

// ---- purchases -------------------------------------------------------------

/** Each lot's seats taken on `asOf` or later, planned assignments included (register-view.ts `seatsTakenFrom`). */
export const seatsUsed = (doc: RegisterDocument, asOf: string): Map<string, number> => seatsTakenFrom(doc.assignments, asOf);

export function purchaseViews(doc: RegisterDocument, asOf: string, proofStatus: Map<string, ProofStatus>): PurchaseView[] {
  const used = seatsUsed(doc, asOf);
  const proofs = new Map(doc.proofs.map((p) => [p.id, p]));
  return doc.purchases.map((p) => purchaseViewOf(p, used.get(p.id) ?? 0, proofs, proofStatus));
}

function purchaseViewOf(p: Purchase, usedSeats: number, proofs: Map<string, RegisterDocument['proofs'][number]>, status: Map<string, ProofStatus>): PurchaseView {
  return {
    ...p,
    productName: productName(p.productId),
    seatsUsed: usedSeats,
    // A voided lot was recorded in error: it has no seat to give.
    seatsFree: p.voidedAt !== null ? 0 : Math.max(0, p.quantity - usedSeats),
    proofs: p.proofIds.flatMap((id) => {
      const proof = proofs.get(id);
      return proof ? [{ ...proof, status: status.get(id) ?? 'missing' }] : [];
    }),
  };
}

/** One lot as the Purchases screen shows it, its proofs checked as a view checks them (`{ rehash: false }`). */
export async function purchaseView(register: OpenRegister, id: string): Promise<PurchaseView> {
  const doc = register.document;
  const purchase = find(doc.purchases, id, 'purchase-id-not-found');
  const status = await checkAllProofs(register, { rehash: false }, { ...doc, proofs: doc.proofs.filter((p) => purchase.proofIds.includes(p.id)) });
  const used = seatsUsed(doc, localDate(register.now())).get(id) ?? 0;
  return purchaseViewOf(purchase, used, new Map(doc.proofs.map((p) => [p.id, p])), status);
}

export function savePurchase(register: OpenRegister, raw: PurchaseInput): Purchase {
  const input = purchaseInputSchema.parse(raw);
  if (!catalogProduct(input.productId)) throw keyedError('invalid-input', 'product-not-in-catalog', { product: input.productId });
  const doc = register.document;
  const existing = input.id ? findToChange(doc.purchases, input.id, 'purchase-id-not-found') : null;
  // A date given now is of a year from 1990 to 2099, as every date a person gives; one stored before (a lot imported with an
  // older date) is sent back as it is by an edit, and kept.
  if (input.date !== existing?.date && !isPlausibleDate(input.date)) {
    throw keyedError('invalid-input', 'purchase-date-implausible', { date: input.date });
  }
  const until = coverageEnd(input.coverage);
  if (until !== null && until !== (existing ? coverageEnd(existing.coverage) : null) && !isPlausibleDate(until)) {
    throw keyedError('invalid-input', 'coverage-until-implausible', { date: until });
  }
  if (existing) {
    const active = seatsUsed(doc, localDate(register.now())).get(existing.id) ?? 0;
    if (input.quantity < active) {
      throw keyedError('rule-violation', 'quantity-below-assigned', { purchase: existing.document || existing.id, active, quantity: input.quantity }, { code: 'quantity-below-assigned' });
    }
    // A CAL assigned as a Standard 2019 CAL must not become an Enterprise or a 2016 one by an edit: the rules were judged on the product.
    if (input.productId !== existing.productId && active > 0) {
      throw keyedError('rule-violation', 'product-change-assigned', { purchase: existing.document || existing.id, active }, { code: 'product-change-assigned' });
    }
  }
  const purchase: Purchase = {
    ...(existing ?? { proofIds: [], voidedAt: null, voidReason: '' }),
    id: existing?.id ?? register.newId(),
    productId: input.productId,
    quantity: input.quantity,
    date: input.date,
    vendor: input.vendor,
    document: input.document,
    program: input.program,
    coverage: input.coverage,
    notes: input.notes,
  };
  register.commit({ ...doc, purchases: replaceById(doc.purchases, purchase) }, { action: existing ? 'purchase.update' : 'purchase.add', subject: purchase.document || productName(purchase.productId), before: existing ?? undefined, after: purchase });
  return purchase;
}

/** The last day of Software Assurance or a subscription; none for a perpetual license. */
function coverageEnd(coverage: Coverage): string | null {
  return coverage.kind === 'perpetual' ? null : coverage.until;
}

/**
 * The lot `id` if it may be voided now, else the refusal `voidPurchase` gives: voided already, or CALs still
 * assigned from it. Reads only, so a caller that asks before it voids (the CLI without --yes) says what the void would.
 */
export function voidableLot(register: Pick<OpenRegister, 'document' | 'now'>, id: string): Purchase {
  const doc = register.document;
  const before = findToChange(doc.purchases, id, 'purchase-id-not-found');
  // Voided once: a second void would replace the date and reason the trail recorded.
  if (before.voidedAt !== null) throw keyedError('conflict', 'purchase-already-voided', { purchase: before.document || id, date: localDateOf(before.voidedAt) });
  if ((seatsUsed(doc, localDate(register.now())).get(id) ?? 0) > 0) {
    throw keyedError('rule-violation', 'purchase-in-use', { purchase: before.document || id }, { code: 'purchase-in-use' });
  }
  return before;
}

/** Voids a lot entered by mistake; it stays in the register with its history. */
export function voidPurchase(register: OpenRegister, id: string, reason: string): Purchase {
  const doc = register.document;
  const before = voidableLot(register, id);
  const purchase: Purchase = { ...before, voidedAt: register.now().toISOString(), voidReason: reason };
  register.commit({ ...doc, purchases: replaceById(doc.purchases, purchase) }, { action: 'purchase.void', subject: before.document || id, before: { voidedAt: null }, after: { voidedAt: purchase.voidedAt, reason } });
  return purchase;
}

// ---- people ----------------------------------------------------------------

/** The active CALs on `asOf` of the people `wanted` says, by person. */
function activeCalsByPerson(doc: RegisterDocument, asOf: string, wanted: (personId: string) => boolean): Map<string, PersonRow['activeCals']> {
  const purchases = new Map(doc.purchases.map((p) => [p.id, p]));
  const byPerson = new Map<string, PersonRow['activeCals']>();
  for (const a of doc.assignments) {
    if (!wanted(a.personId) || !isListedOn(a, asOf)) continue;
    const purchase = purchases.get(a.purchaseId);
    const list = byPerson.get(a.personId) ?? [];
    list.push({ assignmentId: a.id, purchaseId: a.purchaseId, productId: purchase?.productId ?? '', productName: purchase ? productName(purchase.productId) : '', assignedOn: a.assignedOn, document: purchase?.document ?? '' });
    byPerson.set(a.personId, list);
  }
  return byPerson;
}

const rowOf = (p: Person, activeCals: Map<string, PersonRow['activeCals']>, asOf: string): PersonRow => ({
  ...p,
  activeCals: activeCals.get(p.id) ?? [],
  status: p.leftOn !== null && p.leftOn <= asOf ? 'left' : 'active',
});

export function personRows(doc: RegisterDocument, asOf: string): PersonRow[] {
  const activeCals = activeCalsByPerson(doc, asOf, () => true);
  return doc.people.map((p) => rowOf(p, activeCals, asOf));
}

/** One person's row of `personRows`, the answer to a save: building every person's row for it took 0.3–0.4 s at 50,000 people. */
export function personRow(doc: RegisterDocument, personId: string, asOf: string): PersonRow {
  const person = find(doc.people, personId, 'person-id-not-found');
  return rowOf(person, activeCalsByPerson(doc, asOf, (id) => id === personId), asOf);
}

/**
 * Whether a person's row (`personRows` on one day) may differ between two documents of one register. Rows are built from
 * the people, the assignments and, of each lot an assignment names, its product and document; nothing else. A change
 * builds a new document sharing what it did not touch (open-register.ts `commit`), so those arrays unchanged are the same
 * arrays. A lot changed only in what rows do not show (a proof attached, its notes), or one no assignment names (a lot
 * added), changes no row.
 */
export function rowsMayDiffer(before: RegisterDocument, after: RegisterDocument): boolean {
  if (before.people !== after.people || before.assignments !== after.assignments) return true;
  if (before.purchases === after.purchases) return false;
  const old = new Map(before.purchases.map((p) => [p.id, p]));
  const changed = new Set<string>();
  for (const lot of after.purchases) {
    const was = old.get(lot.id);
    old.delete(lot.id);
    if (was !== lot && (was === undefined || was.productId !== lot.productId || was.document !== lot.document)) changed.add(lot.id);
  }
  for (const gone of old.keys()) changed.add(gone);
  return changed.size > 0 && after.assignments.some((a) => changed.has(a.purchaseId));
}

export function savePerson(register: OpenRegister, raw: PersonInput): Person {
  const input = personInputSchema.parse(raw);
  const doc = register.document;
  const existing = input.id ? findToChange(doc.people, input.id, 'person-id-not-found') : null;
  // People are matched on e-mail and login, never on name: two people may share a name. A person is
  // found by either (`findPerson`), so one's e-mail may not be another's login, nor the other way round.
  // Only a key the save brings is checked: an edit of someone whose unchanged e-mail or login clashes already (a
  // register written before this rule, an import) is not refused for it. The refusal names the key that clashes.
  // Keys as matching compares them (account-keys.ts): `FIRMA\jan` is the account `jan`.
  const own = new Set(existing ? [addressKey(existing.email), loginKey(existing.login)].filter(Boolean) : []);
  const brought = [
    { key: addressKey(input.email), typed: input.email },
    { key: loginKey(input.login), typed: input.login.trim() },
  ].filter(({ key }) => key && !own.has(key));
  const taken = brought.find(({ key }) => doc.people.some((p) => p.id !== existing?.id && (addressKey(p.email) === key || loginKey(p.login) === key)));
  if (taken) throw keyedError('conflict', 'person-taken', { who: taken.typed });
  const person: Person = {
    ...(existing ?? { leftOn: null, directory: null }),
    id: existing?.id ?? register.newId(),
    givenName: input.givenName.trim(),
    surname: input.surname.trim(),
    email: input.email,
    login: input.login.trim(),
    department: input.department.trim(),
    external: input.external,
    externalNote: input.externalNote,
    manualEnterpriseFeatures: input.manualEnterpriseFeatures,
    notes: input.notes,
  };
  register.commit({ ...doc, people: replaceById(doc.people, person) }, { action: existing ? 'person.update' : 'person.add', subject: person.email || person.login || `${person.givenName} ${person.surname}`, before: existing ?? undefined, after: person });
  return person;
}

/** Finds a person by id, e-mail or login (what the CLI accepts). */
export function findPerson(doc: RegisterDocument, key: string): Person {
  const byId = doc.people.find((p) => p.id === key);
  if (byId) return byId;
  const address = addressKey(key);
  const login = loginKey(key);
  // One person's e-mail and another's login may be the same text (an import, a register from an earlier version): never guess which.
  const matches = address === '' ? [] : doc.people.filter((p) => addressKey(p.email) === address || (login !== '' && loginKey(p.login) === login));
  if (matches.length > 1) throw keyedError('conflict', 'person-ambiguous', { key, ids: matches.map((p) => p.id).join(', ') });
  const person = matches[0];
  if (!person) throw keyedError('not-found', 'person-not-found', { key });
  return person;
}

export function personHistory(doc: RegisterDocument, personId: string): HistoryEntry[] {
  find(doc.people, personId, 'person-id-not-found');
  const purchases = new Map(doc.purchases.map((p) => [p.id, p]));
  const entries: HistoryEntry[] = [];
  for (const a of doc.assignments) {
    if (a.personId !== personId) continue;
    const purchase = purchases.get(a.purchaseId);
    const base = { assignmentId: a.id, productName: purchase ? productName(purchase.productId) : a.purchaseId, document: purchase?.document ?? '' };
    entries.push({ ...base, at: a.assignedOn, kind: 'assigned', reason: null, notes: a.notes });
    if (a.releasedOn) entries.push({ ...base, at: a.releasedOn, kind: 'released', reason: a.releaseReason, notes: a.releaseNotes });
  }
  return entries.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.kind === 'assigned' ? -1 : 1));
}

// ---- assignments -----------------------------------------------------------

export function checkNewAssignment(register: OpenRegister, request: { personId: string; purchaseId: string; assignedOn: string; reason?: Assignment['releaseReason'] }): AssignmentCheck {
  return checkAssignment(register.document, request, localDate(register.now()));
}

const ruleError = (check: AssignmentCheck, code: 'blocked' | 'confirmation-needed') => {
  const problems = code === 'blocked' ? check.blocking : check.warnings;
  return new DomainError('rule-violation', problems.map((p) => p.message).join(' '), {
    code,
    rules: problems.map((p) => p.code).join(','),
    // Message keys and values, so a Polish CLI or UI can word the same problems (JSON: detail is flat).
    problems: JSON.stringify(problems.map((p) => ({ key: p.messageKey, params: p.params }))),
  });
};

/** Records an assignment after the licensing rules; warnings must have been accepted. */
export function createAssignment(register: OpenRegister, raw: AssignmentCreateInput): Assignment {
  const input = assignmentCreateSchema.parse(raw) as z.output<typeof assignmentCreateSchema>;
  const check = checkNewAssignment(register, input);
  if (check.blocking.length) throw ruleError(check, 'blocked');
  if (check.warnings.length && !input.acceptWarnings) throw ruleError(check, 'confirmation-needed');
  const doc = register.document;
  // Someone who has left since the date given held it until they left (the warning said so): leaving released their CALs.
  const leftOn = doc.people.find((p) => p.id === input.personId)?.leftOn ?? null;
  const assignment: Assignment = {
    id: register.newId(),
    personId: input.personId,
    purchaseId: input.purchaseId,
    assignedOn: input.assignedOn,
    releasedOn: leftOn,
    releaseReason: leftOn === null ? null : 'left',
    notes: input.notes,
    releaseNotes: '',
    verification: input.verification ? { ...input.verification, checkedAt: register.now().toISOString() } : null,
  };
  const person = findToChange(doc.people, input.personId, 'person-id-not-found');
  const purchase = findToChange(doc.purchases, input.purchaseId, 'purchase-id-not-found');
  // The reason the user gave for the seat's previous holder stopping (the wizard asks it when the 90-day rule warns) is
  // what the rules were judged by: it is recorded on that release, so the check judges the same history afterwards.
  const restated = check.restatedRelease;
  const assignments = restated ? doc.assignments.map((a) => (a.id === restated.assignmentId ? { ...a, releaseReason: restated.reason } : a)) : doc.assignments;
  register.commit(
    { ...doc, assignments: [...assignments, assignment] },
    {
      action: 'assignment.create',
      subject: person.email || person.login || person.id,
      after: {
        ...assignment,
        product: productName(purchase.productId),
        document: purchase.document,
        warningsAccepted: check.warnings.map((w) => w.code),
        ...(restated ? { previousReleaseReason: { assignmentId: restated.assignmentId, from: restated.recorded, to: restated.reason } } : {}),
      },
    },
  );
  return assignment;
}

/**
 * What releasing an assignment on a day would leave, said before the release and never refused: an Enterprise CAL of
 * the person held on days from then on without a Standard CAL under it (`enterpriseLeftByRelease`).
 */
export function checkRelease(doc: RegisterDocument, input: ReleaseCheckInput): ReleaseCheck {
  find(doc.assignments, input.assignmentId, 'assignment-not-found');
  return { enterpriseLeft: enterpriseLeftByRelease(doc, input) };
}

export function releaseAssignment(register: OpenRegister, raw: z.input<typeof releaseInputSchema>): Assignment {
  const input = releaseInputSchema.parse(raw);
  const doc = register.document;
  const before = findToChange(doc.assignments, input.assignmentId, 'assignment-not-found');
  if (before.releasedOn) throw keyedError('conflict', 'already-released', { date: before.releasedOn });
  if (input.releasedOn < before.assignedOn) throw keyedError('invalid-input', 'release-before-assignment', { releasedOn: input.releasedOn, assignedOn: before.assignedOn });
  // Kept apart from the assignment's own notes: a history prints each on its own day, and a report dated before the release shows none of it.
  const assignment: Assignment = { ...before, releasedOn: input.releasedOn, releaseReason: input.reason, releaseNotes: input.notes };
  const person = doc.people.find((p) => p.id === before.personId);
  register.commit(
    { ...doc, assignments: replaceById(doc.assignments, assignment) },
    {
      action: 'assignment.release',
      subject: person?.email || person?.login || before.personId,
      before: { releasedOn: null },
      after: { id: assignment.id, releasedOn: input.releasedOn, reason: input.reason, ...(input.notes ? { notes: input.notes } : {}) },
    },
  );
  return assignment;
}
