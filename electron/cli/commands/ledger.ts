import { accessSync, constants, statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { enterpriseFeatureSchema, exchangeProductSchema, licensingProgramSchema, releaseReasonSchema, serverEditionSchema, type Activation, type Coverage, type RegisterDocument } from '../../../shared/domain/model';
import type { EnterpriseFeature } from '../../../shared/licensing/inventory';
import { catalog, catalogProduct, findProductByName, parseLicenseName } from '../../../shared/licensing/catalog';
import { keyedError } from '../../../shared/errors/messages';
import { checkRelease, createAssignment, findPerson, localDate, releaseAssignment, savePerson, savePurchase, saveServer, verifyServer, voidableLot, voidPurchase } from '../../services/ledger/ledger';
import { ledgerContract, personInputSchema, purchaseInputSchema, releaseInputSchema, serverInputSchema } from '../../../shared/contracts/ledger';
import { clearPersonLeft, markPersonLeft } from '../../services/ledger/leaving';
import { attachProofs, attachStoredProofs, withStoredProofs } from '../../services/ledger/proofs';
import { checkGiven, givenDate, onlyRegisterDir, ownArgs, registerDir, UsageError, withRegister, type Io } from '../context';
import { msg, msgCount, productLabel, uiText } from '../messages';

const date = (value: string | undefined, flag: string): string | undefined => {
  return value === undefined ? undefined : givenDate(value, flag);
};

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  const { values, positionals } = parseArgs({ args: ownArgs(args, options), options: { ...options, json: { type: 'boolean', default: false } }, allowPositionals: true });
  const dir = onlyRegisterDir(positionals);
  return { values: values as Record<string, string | boolean | undefined>, dir };
}

function readableFile(file: string): boolean {
  try {
    accessSync(file, constants.R_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A person as messages name them: by name, else e-mail or login, else id. */
const personName = (p: { givenName: string; surname: string; email: string; login: string; id: string }): string =>
  [p.givenName, p.surname].filter(Boolean).join(' ') || p.email || p.login || p.id;
const required = (v: string | boolean | undefined, flag: string): string => {
  const s = str(v);
  if (!s) throw new UsageError(msg('required', { flag }));
  return s;
};

export const serverAddHelp = (): string => msg('helpServerAdd');

/** A server's activation in the words of the app's Servers screen ("Trial, 10 days left"). */
function activationText(activation: Activation): string {
  if (activation.state === 'trial') return uiText('ledger.activation.trialDays', { count: activation.daysLeft });
  return uiText(`ledger.activation.${activation.state}`, {}, activation.state);
}

export async function runServerAdd(args: string[], io: Io): Promise<number> {
  const { values, dir } = parse(args, {
    name: { type: 'string' },
    product: { type: 'string' },
    edition: { type: 'string', default: 'Standard' },
    build: { type: 'string', default: '' },
    activated: { type: 'boolean', default: false },
    'trial-days': { type: 'string' },
    'key-tail': { type: 'string', default: '' },
  });
  const product = exchangeProductSchema.safeParse(str(values.product));
  if (!product.success) throw new UsageError(msg('productChoice', { choices: exchangeProductSchema.options.join(', ') }));
  const edition = serverEditionSchema.safeParse(str(values.edition));
  if (!edition.success) throw new UsageError(msg('editionChoice'));
  const trialDays = str(values['trial-days']);
  if (values.activated && trialDays !== undefined) throw new UsageError(msg('activatedOrTrial'));
  let activation: Activation = { state: 'unknown' };
  if (values.activated) activation = { state: 'activated' };
  if (trialDays !== undefined) {
    const days = Number(trialDays);
    if (!/^\d+$/.test(trialDays) || !Number.isInteger(days) || days < 0 || days > 365) throw new UsageError(msg('trialDays'));
    activation = days === 0 ? { state: 'trial-expired' } : { state: 'trial', daysLeft: days, asOf: localDate(new Date()) };
  }
  // Checked before the register is opened: a refused command writes nothing (no upgrade, no daily backup).
  const input = serverInputSchema.parse({ name: required(values.name, '--name'), product: product.data, edition: edition.data, build: str(values.build) ?? '', activation, partialProductKey: str(values['key-tail']) ?? '' });
  const server = await withRegister(dir, io, (r) => saveServer(r, input));
  if (values.json) io.out(JSON.stringify(server));
  io.err(msg('serverAdded', { name: server.name, product: server.product, edition: server.edition, state: activationText(server.activation) }));
  return 0;
}

export const purchaseAddHelp = (): string => msg('helpPurchaseAdd');

/** Document numbers compare as the CLI looks them up: trimmed, any case. */
const documentKey = (document: string): string => document.trim().toLowerCase();

export async function runPurchaseAdd(args: string[], io: Io): Promise<number> {
  const { values, dir } = parse(args, {
    product: { type: 'string' },
    quantity: { type: 'string' },
    date: { type: 'string' },
    document: { type: 'string', default: '' },
    vendor: { type: 'string', default: '' },
    program: { type: 'string', default: 'retail' },
    coverage: { type: 'string', default: 'perpetual' },
    until: { type: 'string' },
    notes: { type: 'string', default: '' },
    proof: { type: 'string', multiple: true },
  });
  const product = calProduct(required(values.product, '--product'));
  const program = programOf(values.program);
  const coverage = purchaseCoverage(str(values.coverage) ?? 'perpetual', str(values.until));
  const quantity = quantityOf(required(values.quantity, '--quantity'));
  const purchaseDate = date(required(values.date, '--date'), '--date')!;
  // The same file named twice is one proof; each must be a readable file before anything is saved,
  // so a mistyped path never leaves a purchase recorded without the proof the command promised.
  const proofs = [...new Set(((values as Record<string, unknown>).proof as string[] | undefined) ?? [])];
  for (const file of proofs) if (!readableFile(file)) throw new UsageError(msg('proofUnreadable', { file }));
  const document = str(values.document) ?? '';
  const recorded = await withRegister(dir, io, (r) => {
    refuseTakenDocument(r.document, document, null);
    // The files are copied first: one too large, or a proofs/ folder that cannot be written, refuses the command before the lot is
    // saved; a lot then refused removes the copies again.
    return withStoredProofs(r, proofs, (stored) => {
      const saved = savePurchase(r, { productId: product.id, quantity, date: purchaseDate, document, vendor: str(values.vendor) ?? '', program, coverage, notes: str(values.notes) ?? '' });
      if (stored.length) attachStoredProofs(r, saved.id, stored);
      const lot = r.document.purchases.find((p) => p.id === saved.id)!;
      return { lot, shared: sharedProofLines(r.document, lot, []) };
    });
  });
  const { lot: purchase, shared } = recorded;
  if (values.json) io.out(JSON.stringify(purchase));
  const added = { quantity, product: productLabel(product.id), document: purchase.document || msg('noDocument') };
  io.err(proofs.length ? msgCount('purchaseAddedWithProofs', proofs.length, added) : msg('purchaseAdded', added));
  for (const line of shared) io.err(line);
  if (product.version === 'SE' && coverage.kind === 'perpetual') io.err(msg('seWithoutCoverage'));
  return 0;
}

/**
 * A CAL named with its version and kind: a guessed version (SE covers every server), a guessed kind (a Device CAL
 * taken for a User CAL counts seats for the wrong thing; Exchange's own names often say neither) or a server
 * license taken for a CAL would misstate compliance.
 */
function calProduct(text: string) {
  const named = parseLicenseName(text);
  const product = named?.version && /cals?\b/i.test(text) ? findProductByName(text) : null;
  if (!product) throw new UsageError(msg('notACal', { text, products: catalog.map((p) => p.name).join('; ') }));
  if (!named?.kind) {
    const choices = catalog.filter((p) => p.version === product.version && p.tier === product.tier);
    throw new UsageError(msg('calKindMissing', { text, products: choices.map((p) => p.name).join('; ') }));
  }
  return product;
}

function programOf(value: unknown) {
  const program = licensingProgramSchema.safeParse(value);
  if (!program.success) throw new UsageError(msg('programChoice', { choices: licensingProgramSchema.options.join(', ') }));
  return program.data;
}

/** Digits only: Number() would take 1e1 as 10 and 0x10 as 16. */
function quantityOf(text: string): number {
  const quantity = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  // The schema's own limits (shared/contracts/ledger.ts), said the same way whichever is passed.
  if (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > 1_000_000) throw new UsageError(msg('quantity'));
  return quantity;
}

/**
 * A second live purchase under a document number would make --purchase <document> ambiguous; a voided
 * one (recorded in error) does not hold its number, so the lot can be recorded again rightly.
 */
function refuseTakenDocument(doc: RegisterDocument, document: string, except: string | null): void {
  const key = documentKey(document);
  const taken = key ? doc.purchases.find((p) => p.id !== except && p.voidedAt === null && documentKey(p.document) === key) : undefined;
  if (taken) throw new UsageError(msg('documentTaken', { document: taken.document }));
}

/**
 * A note for each proof newly attached to `lot` that another live lot already has: the file is kept once (by its
 * SHA-256), under the name it was first attached with, so an invoice attached to the wrong lot is said at once.
 */
function sharedProofLines(doc: RegisterDocument, lot: RegisterDocument['purchases'][number], had: readonly string[]): string[] {
  return lot.proofIds.flatMap((proofId) => {
    if (had.includes(proofId)) return [];
    const others = doc.purchases.filter((p) => p.id !== lot.id && p.voidedAt === null && p.proofIds.includes(proofId)).map((p) => p.document || p.id);
    const proof = doc.proofs.find((p) => p.id === proofId);
    return others.length > 0 && proof ? [msg('proofShared', { name: proof.originalName, others: others.join(', ') })] : [];
  });
}

export const purchaseEditHelp = (): string => msg('helpPurchaseEdit');

/** Changes what the options name, keeps the rest: what the app's Edit purchase dialog does. */
export async function runPurchaseEdit(args: string[], io: Io): Promise<number> {
  const options = {
    product: { type: 'string' },
    quantity: { type: 'string' },
    date: { type: 'string' },
    document: { type: 'string' },
    vendor: { type: 'string' },
    program: { type: 'string' },
    coverage: { type: 'string' },
    until: { type: 'string' },
    notes: { type: 'string' },
  } as const;
  const { values, dir, key } = parseKeyed(args, options, msg('placeholderLot'));
  if (Object.keys(options).every((name) => values[name] === undefined)) throw new UsageError(msg('nothingToChange'));
  const product = values.product === undefined ? undefined : calProduct(str(values.product) ?? '');
  const program = values.program === undefined ? undefined : programOf(values.program);
  const quantity = values.quantity === undefined ? undefined : quantityOf(str(values.quantity) ?? '');
  const purchaseDate = date(str(values.date), '--date');
  const coverageKind = str(values.coverage);
  const until = str(values.until);
  // Checked before the register is opened: a refused command writes nothing.
  const newCoverage = coverageKind === undefined ? undefined : purchaseCoverage(coverageKind, until);
  const newUntil = coverageKind === undefined ? date(until, '--until') : undefined;
  checkGiven(purchaseInputSchema.shape, { document: str(values.document), vendor: str(values.vendor), notes: str(values.notes) });
  const edited = await withRegister(dir, io, (r) => {
    const before = findPurchase(r.document, key);
    if (before.voidedAt !== null) throw new UsageError(msg('purchaseVoidedNoEdit', { document: before.document || before.id }));
    const document = str(values.document) ?? before.document;
    // Only a number being changed can be taken: a lot that shares its invoice with another (an import of one invoice's
    // two lines) is still edited by its id.
    if (values.document !== undefined) refuseTakenDocument(r.document, document, before.id);
    let coverage = newCoverage ?? before.coverage;
    if (newUntil !== undefined) {
      // A new end date for the coverage the lot has; a perpetual lot needs --coverage with it.
      if (before.coverage.kind === 'perpetual') throw new UsageError(msg('untilWithoutCoverage'));
      coverage = { kind: before.coverage.kind, until: newUntil };
    }
    const saved = savePurchase(r, {
      id: before.id,
      productId: product?.id ?? before.productId,
      quantity: quantity ?? before.quantity,
      date: purchaseDate ?? before.date,
      document,
      vendor: str(values.vendor) ?? before.vendor,
      program: program ?? before.program,
      coverage,
      notes: str(values.notes) ?? before.notes,
    });
    // A date moved after its CALs' start is kept (the CALs' dates may be the wrong ones), and said, as `assign` says it.
    return { saved, early: r.document.assignments.filter((a) => a.purchaseId === saved.id && a.assignedOn < saved.date).length };
  });
  const { saved: purchase, early } = edited;
  const status = done(io, values.json, purchase, msg('purchaseEdited', { document: purchase.document || purchase.id }));
  if (early > 0) io.err(msg('calsBeforePurchase', { document: purchase.document || purchase.id, date: purchase.date, count: early }));
  if (catalogProduct(purchase.productId)?.version === 'SE' && purchase.coverage.kind === 'perpetual') io.err(msg('seWithoutCoverage'));
  return status;
}

/** `--coverage perpetual|sa|subscription` with `--until` for the last two (DOMAIN.md: SE needs active SA or a subscription). */
function purchaseCoverage(kind: string, until: string | undefined): Coverage {
  if (kind === 'perpetual') {
    if (until !== undefined) throw new UsageError(msg('untilWithoutCoverage'));
    return { kind: 'perpetual' };
  }
  const kinds = { sa: 'software-assurance', subscription: 'subscription' } as const;
  if (!(kind in kinds)) throw new UsageError(msg('coverageChoice'));
  return { kind: kinds[kind as keyof typeof kinds], until: date(required(until, '--until'), '--until')! };
}

export const personAddHelp = (): string => msg('helpPersonAdd');

export async function runPersonAdd(args: string[], io: Io): Promise<number> {
  const { values, dir } = parse(args, {
    given: { type: 'string', default: '' },
    surname: { type: 'string', default: '' },
    email: { type: 'string', default: '' },
    login: { type: 'string', default: '' },
    department: { type: 'string', default: '' },
    external: { type: 'boolean', default: false },
    feature: { type: 'string', multiple: true },
  });
  const features = featuresOf(values) ?? [];
  // Checked before the register is opened: a refused command writes nothing (no upgrade, no daily backup).
  const input = personInputSchema.parse({
    givenName: str(values.given) ?? '',
    surname: str(values.surname) ?? '',
    email: str(values.email) ?? '',
    login: str(values.login) ?? '',
    department: str(values.department) ?? '',
    external: values.external === true,
    manualEnterpriseFeatures: features,
  });
  const person = await withRegister(dir, io, (r) => savePerson(r, input));
  if (values.json) io.out(JSON.stringify(person));
  io.err(msg('personAdded', { name: personName(person), id: person.id }));
  return 0;
}

/** A purchase by id, or by the one purchase with that document number; several with it are refused, never guessed between. */
export function findPurchase(doc: RegisterDocument, key: string) {
  const byId = doc.purchases.find((p) => p.id === key);
  if (byId) return byId;
  const all = documentKey(key) ? doc.purchases.filter((p) => documentKey(p.document) === documentKey(key)) : [];
  // A lot voided as recorded in error and the one recorded again under its number: the number names the live one.
  const live = all.filter((p) => p.voidedAt === null);
  const matches = live.length > 0 ? live : all;
  if (matches.length > 1) throw new UsageError(msg('purchaseAmbiguous', { key, count: matches.length, ids: matches.map((p) => p.id).join(', ') }));
  if (!matches[0]) throw keyedError('not-found', 'purchase-not-found', { key });
  return matches[0];
}

export const assignHelp = (): string => msg('helpAssign');

export async function runAssign(args: string[], io: Io): Promise<number> {
  const { values, dir } = parse(args, { person: { type: 'string' }, purchase: { type: 'string' }, date: { type: 'string' }, notes: { type: 'string', default: '' }, yes: { type: 'boolean', default: false } });
  // Checked before the register is opened: a refused command writes nothing (no upgrade, no daily backup).
  const who = required(values.person, '--person');
  const lot = required(values.purchase, '--purchase');
  const assignedOn = date(str(values.date), '--date');
  const recorded = await withRegister(dir, io, (r) => {
    const person = findPerson(r.document, who);
    const purchase = findPurchase(r.document, lot);
    const created = createAssignment(r, {
      personId: person.id,
      purchaseId: purchase.id,
      assignedOn: assignedOn ?? localDate(r.now()),
      notes: str(values.notes) ?? '',
      acceptWarnings: values.yes === true,
    });
    return { created, said: { product: productLabel(purchase.productId), document: purchase.document || msg('noDocument'), name: personName(person) } };
  });
  if (values.json) io.out(JSON.stringify(recorded.created));
  io.err(msg('assigned', { ...recorded.said, date: recorded.created.assignedOn }));
  return 0;
}

export const releaseHelp = (): string => msg('helpRelease');

export async function runRelease(args: string[], io: Io): Promise<number> {
  const { values, dir } = parse(args, { person: { type: 'string' }, purchase: { type: 'string' }, date: { type: 'string' }, reason: { type: 'string', default: 'other' }, notes: { type: 'string', default: '' } });
  const reason = releaseReasonSchema.safeParse(str(values.reason));
  if (!reason.success) throw new UsageError(msg('reasonChoice', { choices: releaseReasonSchema.options.join(', ') }));
  // Checked before the register is opened: a bad date is the problem to name, whoever the person is.
  const releasedOn = date(str(values.date), '--date');
  const personKey = required(values.person, '--person');
  checkGiven(releaseInputSchema.shape, { notes: str(values.notes) });
  const released = await withRegister(dir, io, (r) => {
    const person = findPerson(r.document, personKey);
    const purchaseKey = str(values.purchase);
    const purchaseId = purchaseKey ? findPurchase(r.document, purchaseKey).id : null;
    const active = r.document.assignments.filter((a) => a.personId === person.id && a.releasedOn === null && (!purchaseId || a.purchaseId === purchaseId));
    // A person recorded without e-mail or login is named by name, else by id: never an empty name.
    const who = person.email || person.login || [person.givenName, person.surname].filter(Boolean).join(' ') || person.id;
    if (active.length === 0) throw keyedError('not-found', 'no-active-cal', { who, from: purchaseKey ? ` (${purchaseKey})` : '' });
    if (active.length > 1) throw new UsageError(msg('severalCals', { who, count: active.length }));
    const assignment = active[0]!;
    const productOf = (purchaseId: string) => r.document.purchases.find((p) => p.id === purchaseId)?.productId ?? '';
    const day = releasedOn ?? localDate(r.now());
    const { enterpriseLeft: orphaned } = checkRelease(r.document, { assignmentId: assignment.id, releasedOn: day });
    const result = releaseAssignment(r, { assignmentId: assignment.id, releasedOn: day, reason: reason.data, notes: str(values.notes) ?? '' });
    // Released because they left, but the register does not record their leaving: check keeps counting them as a user.
    const notLeft = reason.data === 'left' && (person.leftOn === null || person.leftOn > result.releasedOn!) ? (person.login || person.email || person.id) : null;
    return { ...result, product: productLabel(productOf(assignment.purchaseId)), name: personName(person), who, orphaned, notLeft };
  });
  const { who, orphaned, name, notLeft, ...assignment } = released;
  if (values.json) io.out(JSON.stringify(assignment));
  io.err(msg('released', { product: released.product, name, date: released.releasedOn ?? '', reason: uiText(`ledger.releaseReason.${released.releaseReason}`, {}, String(released.releaseReason)) }));
  // Said, not refused: the Enterprise CAL may be released next; check reports it until then.
  if (orphaned) {
    const said = { who, enterprise: productLabel(orphaned.productId), date: orphaned.from };
    io.err(orphaned.until === null ? msg('enterpriseLeft', said) : msg('enterpriseLeftUntil', { ...said, until: orphaned.until }));
  }
  if (notLeft !== null) io.err(msg('releasedLeftNotRecorded', { name, dir, key: notLeft, date: released.releasedOn ?? '' }));
  return 0;
}

export const personLeaveHelp = (): string => msg('helpPersonLeave');

export async function runPersonLeave(args: string[], io: Io): Promise<number> {
  const options = { on: { type: 'string' }, 'keep-cals': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } as const;
  const { values, positionals } = parseArgs({ args: ownArgs(args, options), options, allowPositionals: true });
  const dir = registerDir(positionals[0]);
  if (positionals.length > 2) throw new UsageError(msg('unexpectedArgument', { arg: positionals[2] ?? '' }));
  const key = required(positionals[1], msg('placeholderPerson'));
  const leftOn = date(required(values.on, '--on'), '--on')!;
  const keep = values['keep-cals'] === true;
  const outcome = await withRegister(dir, io, (r) => markPersonLeft(r, { personId: findPerson(r.document, key).id, leftOn, releaseCals: !keep }));
  if (values.json) io.out(JSON.stringify({ person: outcome.person, released: outcome.released, kept: outcome.kept }));
  const name = personName(outcome.person);
  const held = keep ? outcome.kept : outcome.released.length;
  if (held === 0) io.err(msg('personLeftNoCals', { name, date: leftOn }));
  else io.err(keep ? msgCount('personLeftKept', held, { name, date: leftOn }) : msgCount('personLeft', held, { name, date: leftOn }));
  return 0;
}

/** `<dir> <key> [options]`: the register folder, the one record the command acts on (`what` names it when missing), and the options. */
function parseKeyed(args: string[], options: NonNullable<ParseArgsConfig['options']>, what: string) {
  const { values, positionals } = parseArgs({ args: ownArgs(args, options), options: { ...options, json: { type: 'boolean', default: false } }, allowPositionals: true });
  const dir = registerDir(positionals[0]);
  if (positionals.length > 2) throw new UsageError(msg('unexpectedArgument', { arg: positionals[2] ?? '' }));
  return { values: values as Record<string, string | string[] | boolean | undefined>, dir, key: required(positionals[1], what) };
}

/** The record as JSON on stdout when asked, the sentence on stderr: every command's last words. */
function done(io: Io, json: unknown, record: unknown, sentence: string): number {
  if (json) io.out(JSON.stringify(record));
  io.err(sentence);
  return 0;
}

export const personReturnHelp = (): string => msg('helpPersonReturn');

/** Undoes `person leave`: the leaving date is cleared; CALs released then stay released (assign them again). */
export async function runPersonReturn(args: string[], io: Io): Promise<number> {
  const { values, dir, key } = parseKeyed(args, {}, msg('placeholderPerson'));
  const person = await withRegister(dir, io, (r) => clearPersonLeft(r, findPerson(r.document, key).id));
  return done(io, values.json, person, msg('personReturned', { name: personName(person) }));
}

export const serverVerifyHelp = (): string => msg('helpServerVerify');

/** Records that the server was checked (activated, running), by whom, now: what the app's "Mark verified" does. */
export async function runServerVerify(args: string[], io: Io): Promise<number> {
  const { values, dir, key } = parseKeyed(args, { by: { type: 'string' } }, msg('placeholderServer'));
  // Checked before the register is opened: a blank or over-long name is refused as the app refuses it, naming --by.
  const by = required(str(values.by), '--by').trim();
  checkGiven(ledgerContract.serverVerify.input.shape, { verifiedBy: by });
  const server = await withRegister(dir, io, (r) => {
    const found = r.document.servers.find((s) => s.id === key) ?? r.document.servers.find((s) => s.name.toLowerCase() === key.trim().toLowerCase());
    if (!found) throw new UsageError(msg('serverNotFound', { key }));
    return verifyServer(r, found.id, by);
  });
  return done(io, values.json, server, msg('serverVerified', { name: server.name, by }));
}

export const purchaseVoidHelp = (): string => msg('helpPurchaseVoid');

/** Voids a lot recorded in error (kept, marked, out of every count); one with active assignments is refused. */
export async function runPurchaseVoid(args: string[], io: Io): Promise<number> {
  const { values, dir, key } = parseKeyed(args, { reason: { type: 'string' }, yes: { type: 'boolean', default: false } }, msg('placeholderLot'));
  const reason = required(str(values.reason), '--reason').trim();
  checkGiven({ voidReason: ledgerContract.purchaseVoid.input.shape.reason }, { voidReason: reason });
  // Voiding cannot be undone (the app asks first too): without --yes the command says what it would void, having only read;
  // a lot the void would refuse (voided already, CALs still assigned from it) is refused now, in the void's own words.
  if (values.yes !== true) {
    const lot = await withRegister(dir, io, (r) => voidableLot(r, findPurchase(r.document, key).id), { readOnly: true });
    throw new UsageError(msg('voidNeedsYes', { document: lot.document || lot.id, quantity: lot.quantity, product: productLabel(lot.productId) }));
  }
  const purchase = await withRegister(dir, io, (r) => voidPurchase(r, findPurchase(r.document, key).id, reason));
  return done(io, values.json, purchase, msg('purchaseVoided', { document: purchase.document || purchase.id, reason }));
}

export const purchaseProofHelp = (): string => msg('helpPurchaseProof');

/** Attaches proof files (invoice, certificate, license e-mail) to a lot already recorded. */
export async function runPurchaseProof(args: string[], io: Io): Promise<number> {
  const { values, dir, key } = parseKeyed(args, { proof: { type: 'string', multiple: true } }, msg('placeholderLot'));
  const proofs = [...new Set((values.proof as string[] | undefined) ?? [])];
  if (proofs.length === 0) throw new UsageError(msg('required', { flag: '--proof' }));
  for (const file of proofs) if (!readableFile(file)) throw new UsageError(msg('proofUnreadable', { file }));
  const { purchase, added, shared, repaired } = await withRegister(dir, io, (r) => {
    const lot = findPurchase(r.document, key);
    const repaired: string[] = [];
    attachProofs(r, lot.id, proofs, ({ proof, found }) => repaired.push(msg(repairedMessage[found], { name: proof.originalName })));
    const after = r.document.purchases.find((p) => p.id === lot.id)!;
    // The same file named twice, or one attached already, is one proof: the count is of proofs the lot did not have.
    return { purchase: after, added: after.proofIds.length - lot.proofIds.length, shared: sharedProofLines(r.document, after, lot.proofIds), repaired };
  });
  const document = purchase.document || purchase.id;
  // A stored copy put right is something done: never "nothing new was attached" alone.
  const nothingNew = msg(repaired.length > 0 ? 'proofsAlreadyAttachedRepaired' : 'proofsAlreadyAttached', { document });
  const status = done(io, values.json, purchase, added > 0 ? msgCount('proofsAttached', added, { document }) : nothingNew);
  for (const line of [...repaired, ...shared]) io.err(line);
  return status;
}

const repairedMessage = { missing: 'proofRepairedMissing', altered: 'proofRepairedAltered', unreadable: 'proofRepairedUnreadable' } as const;

/** `--feature dlp --feature retention`: the Enterprise features recorded by hand, checked against the schema's list. */
function featuresOf(values: Record<string, unknown>): EnterpriseFeature[] | undefined {
  if (values['no-features'] === true) return [];
  const given = values.feature as string[] | undefined;
  if (!given) return undefined;
  const parsed = z.array(enterpriseFeatureSchema).safeParse([...new Set(given)]);
  if (!parsed.success) throw new UsageError(msg('featureChoice', { choices: enterpriseFeatureSchema.options.join(', ') }));
  return parsed.data;
}

export const personEditHelp = (): string => msg('helpPersonEdit');

/** Changes what the options name, keeps the rest: what the app's Edit… dialog does. */
export async function runPersonEdit(args: string[], io: Io): Promise<number> {
  const { values, dir, key } = parseKeyed(
    args,
    {
      given: { type: 'string' },
      surname: { type: 'string' },
      email: { type: 'string' },
      login: { type: 'string' },
      department: { type: 'string' },
      external: { type: 'boolean' },
      internal: { type: 'boolean' },
      feature: { type: 'string', multiple: true },
      'no-features': { type: 'boolean' },
      notes: { type: 'string' },
    },
    msg('placeholderPerson'),
  );
  if (values.external === true && values.internal === true) throw new UsageError(msg('externalAndInternal'));
  if (values['no-features'] === true && values.feature !== undefined) throw new UsageError(msg('featuresAndNoFeatures'));
  const changes = ['given', 'surname', 'email', 'login', 'department', 'external', 'internal', 'feature', 'no-features', 'notes'];
  if (changes.every((name) => values[name] === undefined)) throw new UsageError(msg('nothingToChange'));
  const features = featuresOf(values);
  checkGiven(personInputSchema.shape, {
    givenName: str(values.given),
    surname: str(values.surname),
    email: str(values.email),
    login: str(values.login),
    department: str(values.department),
    notes: str(values.notes),
  });
  const person = await withRegister(dir, io, (r) => {
    const before = findPerson(r.document, key);
    return savePerson(r, {
      id: before.id,
      givenName: str(values.given) ?? before.givenName,
      surname: str(values.surname) ?? before.surname,
      email: str(values.email) ?? before.email,
      login: str(values.login) ?? before.login,
      department: str(values.department) ?? before.department,
      external: values.external === true ? true : values.internal === true ? false : before.external,
      externalNote: before.externalNote,
      manualEnterpriseFeatures: features ?? before.manualEnterpriseFeatures,
      notes: str(values.notes) ?? before.notes,
    });
  });
  return done(io, values.json, person, msg('personEdited', { name: personName(person) }));
}
