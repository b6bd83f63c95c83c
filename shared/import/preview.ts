import type { InventoryMailbox, InventoryUser, Person, RegisterDocument } from '../domain/model';
import type { DirectoryEntry, DirectoryFactsSeen } from './directory';
import { candidateOf, DirectoryObjects, entryNames, factsOf, isDamaged, joinDirectory, PeopleIndex, personName, repairedNames, sameGivenName, type AliasOwner } from './directory';
import { previewPurchases, previewRegisterRows, previewServers } from './preview-sheets';
import type { AmbiguousMatch, FactChange, ImportPreview, MissingPerson, NewPerson, PersonRef, PersonUpdate, SheetSummary } from './preview-types';
import { addressKey, loginKey } from '../domain/account-keys';
import { localDateOf } from '../licensing/dates';
import { isPersonMailbox } from '../licensing/inventory';
import { peopleSlots } from '../licensing/person-slots';
import { accountSourceKinds, mailboxSourceKinds, type CalUserRow, type ImportedServer, type ParsedFile, type PurchaseRow, type RegisterRow } from './types';
import { foldText, isEmailAddress } from './values';
import { holdingWarnings, seatWarnings } from './preview-seats';
import { fillChanges, withSheetFills } from './sheet-fills';

export interface PreviewOptions {
  /** The import time, ISO 8601 (dates of trials and assumed assignment dates derive from it). */
  now: string;
}

/** Hands out keys unique within one preview. */
export class KeyMaker {
  private readonly used = new Set<string>();
  /** How many times a base used more than once was asked for. */
  private readonly repeats = new Map<string, number>();
  make(base: string): string {
    // One write for a base seen the first time (nearly every key of a directory import: 100,000 at 50,000 people).
    const size = this.used.size;
    this.used.add(base);
    if (this.used.size > size) return base;
    const n = (this.repeats.get(base) ?? 1) + 1;
    this.repeats.set(base, n);
    return `${base}#${n}`;
  }
}

interface Gathered {
  mailboxes: InventoryMailbox[];
  users: InventoryUser[];
  servers: Array<ImportedServer & { fileName: string }>;
  calCounts: Array<{ licenseName: string; count: number | null }>;
  calUsers: CalUserRow[];
  registerRows: Array<{ fileName: string; row: RegisterRow }>;
  purchaseRows: Array<{ fileName: string; row: PurchaseRow }>;
  sawMailboxes: boolean;
  sawAdUsers: boolean;
  /** Secondary SMTP addresses of the mailboxes kept, where their export gave them. */
  aliases: Map<InventoryMailbox, readonly string[]>;
}

function gather(files: readonly ParsedFile[]): Gathered {
  const g: Gathered = { mailboxes: [], users: [], servers: [], calCounts: [], calUsers: [], registerRows: [], purchaseRows: [], sawMailboxes: false, sawAdUsers: false, aliases: new Map() };
  // The same export given twice, or two that overlap, put each mailbox and AD user in the snapshot
  // once. One export names each object once (Exchange and AD keep UPNs and addresses unique), so
  // the full check (any case, any of the three keys; 40–60 ms at 10,000 rows) runs only when a kind
  // comes from two sheets or more, or when one sheet names an object again as it wrote it before:
  // exports appended to one file (`Export-Csv -Append`), whole or overlapping (two OUs, a database
  // and an OU), repeat some rows, not only the first.
  const sheetsOf = (kinds: readonly string[]) => files.reduce((n, file) => n + file.sheets.filter((sheet) => kinds.includes(sheet.data.kind)).length, 0);
  const repeatsItself = (objects: readonly { upn: string; email: string; login: string }[], addressIsUnique: boolean): boolean => {
    const seen = new Set<string>();
    for (const o of objects) {
      const key = o.upn || (addressIsUnique ? o.email : '') || o.login;
      if (!key) continue;
      if (seen.has(key)) return true;
      seen.add(key);
    }
    return false;
  };
  const data = files.flatMap((file) => file.sheets.map((sheet) => ({ fileName: file.fileName, d: sheet.data })));
  const mailboxObjects =
    sheetsOf(mailboxSourceKinds) > 1 || data.some(({ d }) => (d.kind === 'mailboxes' || d.kind === 'users') && repeatsItself(d.mailboxes, true)) ? new DirectoryObjects() : null;
  // AD's `mail` is not unique (an admin account may carry its owner's address): AD users are told apart by UPN or login only.
  const userObjects = sheetsOf(accountSourceKinds) > 1 || data.some(({ d }) => (d.kind === 'ad-users' || d.kind === 'users') && repeatsItself(d.users, false)) ? new DirectoryObjects(false) : null;
  const addMailboxes = (mailboxes: readonly InventoryMailbox[], aliases?: ReadonlyMap<InventoryMailbox, readonly string[]>) => {
    g.sawMailboxes = true;
    for (const m of mailboxes) {
      if (mailboxObjects && !mailboxObjects.isNew(m)) continue;
      g.mailboxes.push(m);
      const own = aliases?.get(m);
      if (own) g.aliases.set(m, own);
    }
  };
  const addUsers = (users: readonly InventoryUser[]) => {
    g.sawAdUsers = true;
    for (const u of users) if (!userObjects || userObjects.isNew(u)) g.users.push(u);
  };
  for (const { fileName, d } of data) {
    if (d.kind === 'mailboxes') addMailboxes(d.mailboxes, d.aliases);
    else if (d.kind === 'ad-users') addUsers(d.users);
    else if (d.kind === 'servers') for (const s of d.servers) g.servers.push({ ...s, fileName });
    else if (d.kind === 'cal-usage') g.calCounts.push(...d.counts);
    else if (d.kind === 'cal-users') g.calUsers.push(...d.users);
    else if (d.kind === 'register-sheet') for (const row of d.rows) g.registerRows.push({ fileName, row });
    else if (d.kind === 'purchases-sheet') for (const row of d.rows) g.purchaseRows.push({ fileName, row });
  }
  // Get-User's rows come after Get-Mailbox's and Get-ADUser's of the same object, which state more of it (the archive
  // and holds, the AD names and mail), so that those are the rows kept.
  for (const { d } of data) {
    if (d.kind !== 'users') continue;
    addMailboxes(d.mailboxes);
    addUsers(d.users);
  }
  return g;
}

/**
 * The e-mail address a directory entry gives its person: its mail, else its UPN, whichever the register
 * takes as an address (`isEmailAddress`); none if neither is. A UPN like "jkowalski@FIRMA" still finds the
 * person, but is never stored as their e-mail.
 */
const personAddress = (e: Pick<DirectoryEntry, 'email' | 'upn'>): string => [e.email, e.upn].find((a) => a !== '' && isEmailAddress(a)) ?? '';

function summarize(files: readonly ParsedFile[]): SheetSummary[] {
  return files.flatMap((file) =>
    file.sheets.map((s) => ({
      fileName: file.fileName,
      sha256: file.sha256,
      sheetName: s.sheetName,
      kind: s.kind,
      status: s.status,
      rowsRead: s.rowsRead,
      rowsSkipped: s.skipped.length,
      skipped: s.skipped.map((k) => ({ ...k, fileName: file.fileName, sheetName: s.sheetName })),
      warnings: s.warnings,
      missingColumns: s.missingColumns,
      mapping: s.mapping,
    })),
  );
}

/** Exchange's own figures: the Count column when exported, else distinct users per license from the users export. */
function exchangeCounts(g: Gathered): Record<string, number> {
  const out = new Map<string, number>();
  const fromUsers = new Map<string, Set<string>>();
  for (const u of g.calUsers) {
    const set = fromUsers.get(u.licenseName) ?? new Set<string>();
    set.add(u.user.toLowerCase());
    fromUsers.set(u.licenseName, set);
  }
  for (const [name, users] of fromUsers) out.set(name, users.size);
  for (const c of g.calCounts) if (c.count !== null) out.set(c.licenseName, c.count);
  // Own properties even for a name like "__proto__" (Object.fromEntries defines, never assigns).
  return Object.fromEntries(out);
}

function factChanges(person: Person, update: { facts: DirectoryFactsSeen; fill: PersonUpdate['fill'] }): FactChange[] {
  const before = person.directory;
  const changes: FactChange[] = [];
  for (const field of ['accountEnabled', 'mailboxType', 'archive', 'litigationHold', 'inPlaceHold'] as const) {
    const was = before ? before[field] : null;
    const now = update.facts[field];
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return [...changes, ...fillChanges(person, update.fill)];
}

export interface DirectoryPreview {
  newPeople: NewPerson[];
  updatedPeople: PersonUpdate[];
  missingPeople: MissingPerson[];
  ambiguous: AmbiguousMatch[];
  systemAccounts: number;
  /** Each secondary address (lower case) with its mailbox's primary address and owner's given name, for the hand-kept sheets. */
  aliasOwners: Map<string, AliasOwner>;
  /**
   * The person (found in the register or new in this import) of each UPN the exports name (lower
   * case): a hand-kept sheet may write someone's UPN in its e-mail column, and the register keeps no
   * UPN. Built when asked, only for an import with a hand-kept sheet: at 50,000 mailboxes the map
   * would cost every directory import some 50 ms.
   */
  upnOwners: () => Map<string, PersonRef>;
}

/**
 * The names the directory gives a register person where they differ: AD's given name and surname
 * (a new surname), each only when AD has one, it is whole, and it is another name, not the same one
 * without diacritics or in other capitals; without AD, a
 * name an ASCII export damaged in the register gets its letters back from the mailbox's display name.
 */
function namesFill(person: Person, e: DirectoryEntry): Pick<PersonUpdate['fill'], 'givenName' | 'surname'> {
  const fill: Pick<PersonUpdate['fill'], 'givenName' | 'surname'> = {};
  let names: { givenName: string; surname: string } | null = null;
  if (e.adUser && (e.givenName || e.surname)) names = isDamaged(`${e.givenName}${e.surname}`) ? null : { givenName: e.givenName, surname: e.surname };
  else if (isDamaged(personName(person))) names = repairedNames(e.displayName, person);
  if (!names) return fill;
  // A real rename, not a spelling: AD often keeps names without diacritics, or in capitals, and the register's "Łukasz"
  // or "Kowalski" stays (a damaged register name differs from its repair in the "?", so it is put right).
  const renamed = (from: string, to: string) => to.trim() !== '' && foldText(to) !== foldText(from);
  if (renamed(person.givenName, names.givenName)) fill.givenName = names.givenName.trim();
  if (renamed(person.surname, names.surname)) fill.surname = names.surname.trim();
  return fill;
}

function previewDirectory(doc: RegisterDocument, g: Gathered, index: PeopleIndex, keys: KeyMaker): DirectoryPreview {
  // The key of the new person each entry makes, by entry index, for upnOwners (entries that found a person have them in `found`).
  const newKeyAt: string[] = [];
  const out: DirectoryPreview = {
    newPeople: [],
    updatedPeople: [],
    missingPeople: [],
    ambiguous: [],
    systemAccounts: 0,
    aliasOwners: new Map(),
    upnOwners: () => new Map(),
  };
  if (!g.sawMailboxes && !g.sawAdUsers) return out;
  /** E-mail addresses and UPNs (lower case) that already make a new person: the same export given twice, or two that overlap, add each person once. */
  const incomingAddresses = new Set<string>();
  const entries: DirectoryEntry[] = [];
  for (const e of joinDirectory(g.mailboxes, g.users, g.aliases)) {
    if (e.system) out.systemAccounts += 1;
    else entries.push(e);
  }
  // Each entry's person, and where they are in the register's people (`PersonUpdate.at`).
  const foundAt = entries.map((e) => index.positionOf([e.email, e.upn], e.login));
  const found = (i: number) => doc.people[foundAt[i] ?? -1] ?? null;
  out.upnOwners = () => {
    const byUpn = new Map<string, PersonRef>();
    entries.forEach((e, i) => {
      const person = found(i);
      const key = newKeyAt[i];
      if (!e.upn) return;
      if (person) byUpn.set(addressKey(e.upn), { kind: 'existing', personId: person.id });
      else if (key !== undefined) byUpn.set(addressKey(e.upn), { kind: 'new', key });
    });
    return byUpn;
  };
  // A person recorded under an address that is now a mailbox's secondary one (a surname or a domain
  // changed): found by it, unless a primary address, UPN or login found that person already.
  // People are told apart by slot (person-slots.ts: a position, the first one for an id recorded
  // twice), in arrays: at 50,000 people two sets of person ids took about 60 ms per preview.
  const slots = peopleSlots(doc.people);
  const taken = new Uint8Array(doc.people.length);
  // The people an entry of the files matched (by slot); the others are gone from the directory.
  const matched = new Uint8Array(doc.people.length);
  for (const at of foundAt) if (at >= 0) taken[slots.slotAt(at)] = 1;
  entries.forEach((e, i) => {
    if (e.aliases.length === 0) return;
    const { givenName } = entryNames(e);
    const primary = e.email || e.upn;
    if (primary) for (const alias of e.aliases) out.aliasOwners.set(alias, { primary, givenName });
    if (found(i)) return;
    const at = index.positionOf(e.aliases, '');
    const person = at < 0 ? null : doc.people[at];
    if (!person || taken[slots.slotAt(at)] === 1 || person.leftOn !== null || !sameGivenName(person.givenName, givenName)) return;
    foundAt[i] = at;
    taken[slots.slotAt(at)] = 1;
  });
  // An AD account without a mailbox found only by an address that another account of the files also carries (an admin
  // account with its owner's `mail`) is a weak match: it neither claims the person before an account found by UPN, login
  // or mailbox, nor renames them; among weak ones, an enabled account first.
  const mailCount = new Map<string, number>();
  for (const e of entries) {
    if (e.mailbox || !e.email) continue;
    const address = addressKey(e.email);
    mailCount.set(address, (mailCount.get(address) ?? 0) + 1);
  }
  const strong = entries.map((e, i) => {
    const person = found(i);
    if (!person || e.mailbox || (mailCount.get(addressKey(e.email)) ?? 0) < 2) return true;
    return index.byIdentity([e.upn], e.login) === person;
  });
  const order = entries.map((_, i) => i);
  const rank = (i: number) => (strong[i] ? 0 : entries[i]?.adUser?.enabled === false ? 2 : 1);
  if (strong.includes(false)) order.sort((a, b) => rank(a) - rank(b) || a - b);
  for (const i of order) {
    const e = entries[i] as DirectoryEntry;
    const person = found(i);
    if (person) {
      const slot = slots.slotAt(foundAt[i]!);
      if (matched[slot] === 1) continue;
      matched[slot] = 1;
      const facts = factsOf(e, g.sawMailboxes, g.sawAdUsers, person.directory);
      const fill: PersonUpdate['fill'] = {};
      const address = personAddress(e);
      if (!person.email && address) fill.email = address;
      // A primary address changed in Exchange (a new surname, a new domain), the person still found by UPN or login.
      else if (person.email && e.email && isEmailAddress(e.email) && addressKey(person.email) !== addressKey(e.email)) fill.email = e.email;
      if (strong[i]) {
        // A login renamed in AD (the person found by e-mail or UPN): the register follows, as matching relies on it.
        if (e.login && loginKey(person.login) !== loginKey(e.login)) fill.login = e.login;
        Object.assign(fill, namesFill(person, e));
      }
      // AD's department where the register has none (as a new person takes it); one the register has is the user's.
      const department = e.department.trim();
      if (!person.department && department) fill.department = department;
      out.updatedPeople.push({ key: keys.make(`update:${person.id}`), personId: person.id, at: foundAt[i]!, name: personName(person), facts, fill, changes: factChanges(person, { facts, fill }) });
      continue;
    }
    // Only a mailbox that needs a CAL makes a new person; other accounts stay in the snapshot.
    if (!e.mailbox || !isPersonMailbox(e.mailbox)) continue;
    const addresses = [e.email, e.upn].map(addressKey).filter(Boolean);
    if (addresses.some((a) => incomingAddresses.has(a))) continue;
    for (const a of addresses) incomingAddresses.add(a);
    const names = entryNames(e);
    const incoming: NewPerson = {
      key: keys.make(e.key),
      source: 'directory',
      ...names,
      email: personAddress(e),
      login: e.login,
      department: e.department,
      facts: factsOf(e, g.sawMailboxes, g.sawAdUsers, null),
    };
    // Someone an account of these files was found by (`taken`, whatever its row) holds that account, not this one.
    const byName = index.byFoldedName(`${names.givenName} ${names.surname}`).filter((p) => taken[slots.slotOf(p.id)] !== 1);
    if (byName.length > 0) out.ambiguous.push({ key: keys.make(`ambiguous:${incoming.key}`), source: 'directory', incoming, candidates: byName.map(candidateOf) });
    else {
      out.newPeople.push(incoming);
      newKeyAt[i] = incoming.key;
    }
  }
  // A name-only candidate awaits the user's decision: not reported as gone.
  const undecided = new Set(out.ambiguous.flatMap((a) => a.candidates.map((c) => c.personId)));
  doc.people.forEach((p, at) => {
    if (matched[slots.slotAt(at)] === 1 || undecided.has(p.id) || p.leftOn !== null || p.external) return;
    const facts = factsOf({ mailbox: null, adUser: null } as DirectoryEntry, g.sawMailboxes, g.sawAdUsers, p.directory);
    out.missingPeople.push({ key: keys.make(`missing:${p.id}`), personId: p.id, at, name: personName(p), email: p.email, login: p.login, facts });
  });
  return out;
}

/**
 * What an import would change in the register, without changing it: new people, changed
 * directory facts, people gone from the directory, servers, purchases and assignments from
 * hand-kept sheets, name-only matches for the user to decide, and per-sheet rows read/skipped.
 */
export function previewImport(doc: RegisterDocument, files: readonly ParsedFile[], options: PreviewOptions): ImportPreview {
  const g = gather(files);
  const keys = new KeyMaker();
  const index = new PeopleIndex(doc.people);
  const directory = previewDirectory(doc, g, index, keys);
  const servers = previewServers(doc, g.servers, options.now, keys);
  const { changes: purchases, notApplied: purchasesNotApplied } = previewPurchases(doc, g.purchaseRows, keys);
  const sheet = previewRegisterRows(doc, g.registerRows, { index, newPeople: directory.newPeople, purchases, now: options.now, keys, aliasOwners: directory.aliasOwners, upnOwners: directory.upnOwners });
  // Counted in a Map: a type read from a file may be named "toString" or "__proto__", which a plain object would confuse with its own.
  const typeCounts = new Map<string, number>();
  for (const m of g.mailboxes) typeCounts.set(m.recipientType || '—', (typeCounts.get(m.recipientType || '—') ?? 0) + 1);
  const mailboxTypes: Record<string, number> = Object.fromEntries(typeCounts);
  const sheets = summarize(files);
  return {
    now: options.now,
    sheets,
    warnings: [...files.flatMap((f) => f.warnings.map((w) => ({ ...w, fileName: f.fileName }))), ...seatWarnings(doc, purchases, sheet.assignments), ...holdingWarnings(doc, purchases, sheet.assignments, localDateOf(options.now))],
    newPeople: [...directory.newPeople, ...sheet.newPeople],
    updatedPeople: withSheetFills(directory.updatedPeople, sheet.updatedPeople, doc.people),
    missingPeople: directory.missingPeople,
    ambiguous: [...directory.ambiguous, ...sheet.ambiguous],
    servers: servers.changes,
    purchases,
    assignments: sheet.assignments,
    unresolved: [...servers.unresolved, ...purchasesNotApplied, ...sheet.unresolved],
    systemAccounts: directory.systemAccounts,
    mailboxTypes,
    snapshot: {
      sources: sheets.filter((s) => s.status === 'ok' && s.kind !== 'unknown').map((s) => ({ fileName: s.fileName, sha256: s.sha256, kind: s.kind, rows: s.rowsRead })),
      mailboxes: g.mailboxes,
      users: g.users,
      exchangeCalCounts: exchangeCounts(g),
    },
  };
}
