import { addressKey, loginKey } from '../domain/account-keys';
import type { InventoryMailbox, InventoryUser, Person } from '../domain/model';
import { classifyRecipientType, isExchangeSystemAccount } from '../licensing/inventory';
import type { MatchCandidate } from './preview-types';
import { foldText } from './values';

export interface DirectoryFactsSeen {
  accountEnabled: boolean | null;
  mailboxType: string | null;
  archive: boolean | null;
  litigationHold: boolean | null;
  inPlaceHold: boolean | null;
}

/** One person as the directory files describe them, joined across the mailbox and AD exports. */
export interface DirectoryEntry {
  key: string;
  displayName: string;
  givenName: string;
  surname: string;
  email: string;
  upn: string;
  login: string;
  department: string;
  mailbox: InventoryMailbox | null;
  adUser: InventoryUser | null;
  system: boolean;
  /** The mailbox's secondary SMTP addresses (lower case): a person recorded under one of them is this entry. */
  aliases: readonly string[];
}

/**
 * Which entry (by its place) each UPN, e-mail or login (as `key` makes it) points to: the last to claim it.
 * It knows whether any claim ever took a key from another (or claimed one twice): until one has,
 * every entry still holds each key it claimed, so claiming it again (after an AD user is attached to
 * a mailbox) is skipped instead of set. At 50,000 people that is 150,000 map writes fewer, each a
 * trip to memory once the maps outgrow the cache.
 */
class Claims {
  readonly #owners = new Map<string, number>();
  #taken = false;
  /** Makes a raw UPN, address or login the key it is claimed by (account-keys.ts). */
  readonly #keyOf: (raw: string) => string;
  constructor(keyOf: (raw: string) => string) {
    this.#keyOf = keyOf;
  }
  /** An empty key (a login that was only a domain, an address of spaces) is no one's. */
  claim(key: string, at: number): void {
    if (!key) return;
    const size = this.#owners.size;
    this.#owners.set(key, at);
    if (this.#owners.size === size) this.#taken = true;
  }
  /** `claim` of `raw` (made a key) by the entry that claimed it before: the same map, with one write fewer where nothing could have changed it. */
  reclaim(raw: string, at: number): void {
    if (!this.#taken) return;
    const key = this.#keyOf(raw);
    if (key) this.#owners.set(key, at);
  }
  get(key: string): number | undefined {
    return this.#owners.get(key);
  }
}

/** Joins mailboxes and AD users on UPN, then e-mail, then login (never on name). Linear in the input. */
export function joinDirectory(
  mailboxes: readonly InventoryMailbox[],
  users: readonly InventoryUser[],
  aliases: ReadonlyMap<InventoryMailbox, readonly string[]> = new Map(),
): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  const byUpn = new Claims(addressKey);
  const byEmail = new Claims(addressKey);
  const byLogin = new Claims(loginKey);
  const add = (e: DirectoryEntry, upnKey: string, emailKey: string, loginKey: string): void => {
    const at = entries.length;
    entries.push(e);
    if (e.upn) byUpn.claim(upnKey, at);
    if (e.email) byEmail.claim(emailKey, at);
    if (e.login) byLogin.claim(loginKey, at);
  };
  for (const m of mailboxes) {
    const upnKey = addressKey(m.upn);
    const emailKey = addressKey(m.email);
    const accountKey = loginKey(m.login);
    const e: DirectoryEntry = {
      key: `dir:${m.upn ? upnKey : m.email ? emailKey : m.login ? accountKey : addressKey(m.displayName)}`,
      displayName: m.displayName,
      givenName: '',
      surname: '',
      email: m.email,
      upn: m.upn,
      login: m.login,
      department: '',
      mailbox: m,
      adUser: null,
      system: isExchangeSystemAccount(m) || classifyRecipientType(m.recipientType) === 'system',
      aliases: aliases.get(m) ?? [],
    };
    add(e, upnKey, emailKey, accountKey);
  }
  const attach = (at: number, u: InventoryUser): void => {
    const found = entries[at]!;
    found.adUser = u;
    // AD's names, unless an ASCII export ate their letters and the mailbox's display name still has them.
    const repaired = isDamaged(`${u.givenName}${u.surname}`) ? repairedNames(found.displayName, u) : null;
    found.givenName = repaired?.givenName ?? u.givenName;
    found.surname = repaired?.surname ?? u.surname;
    found.department = u.department;
    // The mailbox's identities are claimed again for it; one it did not have is taken from AD and claimed.
    if (found.email) byEmail.reclaim(found.email, at);
    else if (u.email) byEmail.claim(addressKey((found.email = u.email)), at);
    if (found.upn) byUpn.reclaim(found.upn, at);
    else if (u.upn) byUpn.claim(addressKey((found.upn = u.upn)), at);
    if (found.login) byLogin.reclaim(found.login, at);
    else if (u.login) byLogin.claim(loginKey((found.login = u.login)), at);
    found.system ||= isExchangeSystemAccount(u);
  };
  // An account's own UPN or login first: another account sharing its mail attribute (an admin
  // account, an old one) must not take the mailbox because it comes earlier in the export.
  const byAccount = (u: InventoryUser): number | undefined => (u.upn ? byUpn.get(addressKey(u.upn)) : undefined) ?? (u.login ? byLogin.get(loginKey(u.login)) : undefined);
  const unjoined = (at: number | undefined): at is number => at !== undefined && !entries[at]!.adUser;
  const joined = new Uint8Array(users.length);
  users.forEach((u, i) => {
    const found = byAccount(u);
    if (unjoined(found)) {
      attach(found, u);
      joined[i] = 1;
    }
  });
  for (const [i, u] of users.entries()) {
    if (joined[i] === 1) continue;
    const found = byAccount(u) ?? (u.email ? byEmail.get(addressKey(u.email)) : undefined);
    if (unjoined(found)) {
      attach(found, u);
      continue;
    }
    const upnKey = addressKey(u.upn);
    const emailKey = addressKey(u.email);
    const accountKey = loginKey(u.login);
    const e: DirectoryEntry = {
      key: `dir:${u.upn ? upnKey : u.email ? emailKey : accountKey}`,
      displayName: [u.givenName, u.surname].filter(Boolean).join(' '),
      givenName: u.givenName,
      surname: u.surname,
      email: u.email,
      upn: u.upn,
      login: u.login,
      department: u.department,
      mailbox: null,
      adUser: u,
      system: isExchangeSystemAccount(u),
      aliases: [],
    };
    add(e, upnKey, emailKey, accountKey);
  }
  return entries;
}

/**
 * The rows of one kind of directory export (mailboxes, or AD users) that describe an object not
 * seen before: a row with the UPN or primary SMTP address of an earlier row is the same object
 * (each is unique in an Exchange organization); a row with neither is matched by its login.
 * A row with no identity at all is always new. The first row of an object is the one kept.
 * An AD user's `mail` is no such key: AD does not keep it unique (an admin account often carries
 * its owner's address), so AD users are told apart by UPN, else login (`addressIsUnique` false).
 */
export class DirectoryObjects {
  readonly #upns = new Set<string>();
  readonly #addresses = new Set<string>();
  readonly #logins = new Set<string>();
  constructor(private readonly addressIsUnique = true) {}

  isNew(row: Pick<InventoryMailbox, 'upn' | 'email' | 'login'>): boolean {
    const upn = addressKey(row.upn);
    const address = this.addressIsUnique ? addressKey(row.email) : '';
    if (upn || address) {
      if ((upn && this.#upns.has(upn)) || (address && this.#addresses.has(address))) return false;
      if (upn) this.#upns.add(upn);
      if (address) this.#addresses.add(address);
      return true;
    }
    const login = loginKey(row.login);
    if (!login) return true;
    if (this.#logins.has(login)) return false;
    this.#logins.add(login);
    return true;
  }
}

/** Given name and surname of an entry: from AD when joined, else split from the mailbox's display name. */
export function entryNames(e: DirectoryEntry): { givenName: string; surname: string } {
  if (e.givenName || e.surname) return { givenName: e.givenName, surname: e.surname };
  const parts = e.displayName.split(/\s+/).filter(Boolean);
  if (parts.length < 2) return { givenName: '', surname: parts[0] ?? '' };
  return { givenName: parts.slice(0, -1).join(' '), surname: parts[parts.length - 1] ?? '' };
}

export const personName = (p: Pick<Person, 'givenName' | 'surname'>): string => [p.givenName, p.surname].filter(Boolean).join(' ');

/** A register person offered as the answer to a name-only question: who they are, and the day they left if they did. */
export const candidateOf = (p: Person): MatchCandidate => ({ personId: p.id, name: personName(p), email: p.email, login: p.login, ...(p.leftOn !== null ? { leftOn: p.leftOn } : {}) });

/**
 * A name as Windows PowerShell 5.1's default (ASCII) Export-Csv writes it: every character outside
 * ASCII a "?", one per UTF-16 unit as it writes them; lower case, spaces collapsed. "Łukasz
 * Żółkiewski" → "?ukasz ???kiewski".
 */
export const asciiDamaged = (name: string): string => name.replace(/[\u0080-\uffff]/g, '?').toLowerCase().replace(/[ \t]+/g, ' ').trim();

/** A "?" in a name: no one's name has one; an ASCII export put it where a letter was. */
export const isDamaged = (name: string): boolean => name.includes('?');

/**
 * The given name and surname of `damaged` (read from an ASCII export) with their letters back from
 * `clean`, the same name written whole (a display name, given name first or surname first), when
 * the export would have damaged `clean` into exactly them; null otherwise, or when `clean` is
 * damaged too. The "?" stand one for one for the lost characters, so the split falls where it did.
 */
export function repairedNames(clean: string, damaged: Pick<Person, 'givenName' | 'surname'>): { givenName: string; surname: string } | null {
  const whole = clean.trim().replace(/[ \t]+/g, ' ');
  const given = damaged.givenName.trim();
  const surname = damaged.surname.trim();
  if (!whole || isDamaged(whole)) return null;
  const split = (first: string, second: string): [string, string] | null => {
    const joined = [first, second].filter(Boolean).join(' ');
    if (joined.length !== whole.length || asciiDamaged(joined) !== asciiDamaged(whole)) return null;
    return [whole.slice(0, first.length), whole.slice(whole.length - second.length)];
  };
  const givenFirst = split(given, surname);
  if (givenFirst) return { givenName: givenFirst[0], surname: givenFirst[1] };
  const surnameFirst = split(surname, given);
  return surnameFirst ? { givenName: surnameFirst[1], surname: surnameFirst[0] } : null;
}

/** A mailbox's primary address and its owner's given name, found by one of its secondary addresses. */
export interface AliasOwner {
  primary: string;
  givenName: string;
}

/**
 * A secondary address finds only someone still here whose given name is the mailbox owner's: a
 * surname or domain changes, a first name rarely does, and a leaver's old address is often added
 * to a manager's mailbox, which must not merge the leaver into the manager.
 */
export const sameGivenName = (a: string, b: string): boolean => a.trim() !== '' && foldText(a) === foldText(b);

/** Whether `damaged` (folded, with "?" where an ASCII export lost a letter) is `folded` but for those letters. */
function sameShape(damaged: string, folded: string): boolean {
  if (damaged.length !== folded.length) return false;
  for (let i = 0; i < damaged.length; i++) if (damaged[i] !== '?' && damaged[i] !== folded[i]) return false;
  return true;
}

/** Every order of `words` (n! of them). */
function orders(words: readonly string[]): string[][] {
  if (words.length <= 1) return [[...words]];
  return words.flatMap((first, i) => orders([...words.slice(0, i), ...words.slice(i + 1)]).map((rest) => [first, ...rest]));
}

/**
 * A folded name with its words in every other order ("kowalski jan" for "jan kowalski"), as Polish
 * directories and sheets write a name surname first as often as given name first; none for one word
 * or more than four. Each is looked up as written, so no index of reordered names is built.
 */
export function otherWordOrders(folded: string): string[] {
  const words = folded.split(' ');
  if (words.length < 2 || words.length > 4) return [];
  return orders(words)
    .map((order) => order.join(' '))
    .filter((other) => other !== folded);
}

/** Lookup of register people by e-mail/UPN, login and folded name. */
export class PeopleIndex {
  /** Where in `people` each e-mail/UPN and login (`addressKey`, `loginKey`) is (a position, so that a preview can say where each person it names is). */
  private readonly byEmail = new Map<string, number>();
  private readonly byLogin = new Map<string, number>();
  private readonly byName = new Map<string, Person[]>();
  /**
   * The folded names of the register by length and first letter, and by length and last letter:
   * where a name an ASCII export damaged ("J?zef Nowak") is looked for, each "?" standing for any one
   * letter. Built at the first damaged name looked up, as few imports have one.
   */
  private byShape: Map<string, string[]> | null = null;
  private static shapeKeys(folded: string): string[] {
    return [`${folded.length}<${folded[0]}`, `${folded.length}>${folded[folded.length - 1]}`, `${folded.length}`];
  }
  private addShape(shapes: Map<string, string[]>, folded: string): void {
    for (const key of PeopleIndex.shapeKeys(folded)) {
      const list = shapes.get(key);
      if (list) list.push(folded);
      else shapes.set(key, [folded]);
    }
  }
  constructor(private readonly people: readonly Person[]) {
    // The first person with an address or login keeps it: filled from the last person to the first,
    // each key is written once and never looked up first (at 50,000 people, 100,000 lookups fewer).
    for (let i = people.length - 1; i >= 0; i--) {
      const p = people[i]!;
      const email = addressKey(p.email);
      const login = loginKey(p.login);
      if (email) this.byEmail.set(email, i);
      if (login) this.byLogin.set(login, i);
    }
    for (const p of people) this.addName(p);
  }
  private addName(p: Person): void {
    const name = foldText(personName(p));
    if (!name) return;
    const known = this.byName.get(name);
    this.byName.set(name, [...(known ?? []), p]);
    if (!known && this.byShape) this.addShape(this.byShape, name);
  }
  /** A sure match: e-mail or UPN first, then login. */
  byIdentity(emails: readonly string[], login: string): Person | null {
    const at = this.positionOf(emails, login);
    return at < 0 ? null : (this.people[at] ?? null);
  }
  /** Where `byIdentity`'s person is in the people the index was made of, or -1. */
  positionOf(emails: readonly string[], login: string): number {
    for (const e of emails) {
      const at = e ? this.byEmail.get(addressKey(e)) : undefined;
      if (at !== undefined) return at;
    }
    return (login ? this.byLogin.get(loginKey(login)) : undefined) ?? -1;
  }
  /**
   * Name-only candidates (case and diacritics folded): never merged without the user's word. A name
   * with "?" (an ASCII export) also finds the people whose names it would be with the letters it lost.
   */
  byFoldedName(name: string): Person[] {
    const key = foldText(name);
    const folded = key ? (this.byName.get(key) ?? []) : [];
    if (!key) return folded;
    // Not found as written: the same words in another order ("Kowalski Jan").
    if (!isDamaged(key)) return folded.length > 0 ? folded : this.inOtherOrder(key);
    if (!this.byShape) {
      this.byShape = new Map();
      for (const known of this.byName.keys()) this.addShape(this.byShape, known);
    }
    // The narrowest bucket whose letter the export kept: the first letter, else the last, else the length alone.
    const [byFirst, byLast, byLength] = PeopleIndex.shapeKeys(key) as [string, string, string];
    const bucket = key[0] !== '?' ? byFirst : key[key.length - 1] !== '?' ? byLast : byLength;
    const out = [...folded];
    for (const candidate of this.byShape.get(bucket) ?? []) {
      if (!sameShape(key, candidate)) continue;
      for (const p of this.byName.get(candidate) ?? []) if (!out.includes(p)) out.push(p);
    }
    return out;
  }
  /** The people whose names have the words of `key` in another order (`otherWordOrders`). */
  private inOtherOrder(key: string): Person[] {
    const out: Person[] = [];
    for (const other of otherWordOrders(key)) for (const p of this.byName.get(other) ?? []) if (!out.includes(p)) out.push(p);
    return out;
  }
}

/** The facts an import states about a directory entry; `null` where the files say nothing. */
export function factsOf(e: DirectoryEntry, sawMailboxes: boolean, sawAdUsers: boolean, before: DirectoryFactsSeen | null): DirectoryFactsSeen {
  const keepMailbox = !sawMailboxes;
  const m = e.mailbox;
  return {
    accountEnabled: sawAdUsers ? (e.adUser?.enabled ?? null) : (before?.accountEnabled ?? null),
    mailboxType: keepMailbox ? (before?.mailboxType ?? null) : (m?.recipientType ?? null),
    // A fact the export does not state (no such column, as in Get-User's) stays as it was; a mailbox gone is no archive.
    archive: keepMailbox ? (before?.archive ?? null) : m ? (m.archive ?? before?.archive ?? null) : null,
    litigationHold: keepMailbox ? (before?.litigationHold ?? null) : m ? (m.litigationHold ?? before?.litigationHold ?? null) : null,
    inPlaceHold: keepMailbox ? (before?.inPlaceHold ?? null) : m ? (m.inPlaceHold ?? before?.inPlaceHold ?? null) : null,
  };
}
