/**
 * Who needs a CAL, from the latest inventory snapshot (DOMAIN.md "Who needs a CAL" and
 * "Enterprise CAL features"). People are matched on e-mail/UPN/login, never on display name,
 * and each person counts once however many mailboxes name them.
 */
import { addressKey, loginKey } from '../domain/account-keys';
import { localDateOf } from './dates';
import type { InventoryMailbox, InventorySnapshot, InventoryUser, Person, RegisterDocument, Server } from '../domain/model';
import { serverVersion } from './catalog';
import { peopleSlots, type PeopleSlots } from './person-slots';
import { personLabel, serversInUse } from './register-view';
import { mailboxSourceKinds } from '../import/types';
import type { InventorySummary } from './types';

export type MailboxClass = 'user' | 'shared' | 'resource' | 'system' | 'no-mailbox';
export type ExemptReason = 'shared' | 'resource' | 'system' | 'no-mailbox' | 'system-account' | 'external';
export const enterpriseFeatureOrder = ['archive', 'hold', 'dlp', 'retention', 'journaling', 'unified-messaging'] as const;
export type EnterpriseFeature = (typeof enterpriseFeatureOrder)[number];

const recipientClasses: Record<string, MailboxClass> = {
  usermailbox: 'user',
  linkedmailbox: 'user',
  remoteusermailbox: 'user',
  sharedmailbox: 'shared',
  remotesharedmailbox: 'shared',
  roommailbox: 'resource',
  linkedroommailbox: 'resource',
  remoteroommailbox: 'resource',
  equipmentmailbox: 'resource',
  remoteequipmentmailbox: 'resource',
  discoverymailbox: 'system',
  arbitrationmailbox: 'system',
  auditlogmailbox: 'system',
  auxauditlogmailbox: 'system',
  systemmailbox: 'system',
  systemattendantmailbox: 'system',
  monitoringmailbox: 'system',
  publicfoldermailbox: 'system',
  schedulingmailbox: 'system',
  teammailbox: 'shared',
  mailuser: 'no-mailbox',
  mailcontact: 'no-mailbox',
  mailforestcontact: 'no-mailbox',
  // Accounts and groups without a mailbox on the server (Get-User, Get-Recipient exports name them too).
  user: 'no-mailbox',
  disableduser: 'no-mailbox',
  linkeduser: 'no-mailbox',
  mailuniversaldistributiongroup: 'no-mailbox',
  mailuniversalsecuritygroup: 'no-mailbox',
  mailnonuniversalgroup: 'no-mailbox',
  dynamicdistributiongroup: 'no-mailbox',
  roomlist: 'no-mailbox',
  publicfolder: 'no-mailbox',
  // A Microsoft 365 group's mailbox lives in Exchange Online.
  groupmailbox: 'no-mailbox',
};

/** Class of a RecipientTypeDetails value; an empty or unknown type counts as a user mailbox, as an auditor would. */
const REMOTE_USER = 'remoteusermailbox';

/**
 * A LinkedMailbox's own account is disabled by design: its owner signs in from an account in
 * another (trusted) forest. So that account being disabled says nothing of the person: it is no
 * CAL to reclaim and no sign that they left (DOMAIN.md: a LinkedMailbox needs a CAL even so).
 */
export const isLinkedMailbox = (recipientType: string | null | undefined): boolean =>
  // The length first: this runs for every mailbox, and most are not linked.
  !!recipientType && recipientType.length >= LINKED.length && recipientType.trim().toLowerCase() === LINKED;
const LINKED = 'linkedmailbox';

export function classifyRecipientType(recipientType: string): MailboxClass {
  return recipientClasses[recipientType.trim().toLowerCase()] ?? 'user';
}

/**
 * Exchange's own accounts, by name: HealthMailbox…, SM_… (the Discovery Search Mailbox's account),
 * SystemMailbox{…}, FederatedEmail.…, Migration.…, DiscoverySearchMailbox{…}. They exist in AD, some
 * with a mailbox, and need no CAL. The import (which makes no person of them) and the compliance
 * check (which counts no CAL for them) both ask this.
 */
const systemAccountPattern = /^(healthmailbox|sm_|systemmailbox|federatedemail|migration\.|discoverysearchmailbox)/i;
/** The first letters of those names, lower case: h, s, f, m, d. */
const systemInitials = new Set([0x68, 0x73, 0x66, 0x6d, 0x64]);

/** A first-letter test before the regular expression: this runs for every mailbox and AD user. */
const systemName = (value: string): boolean => systemInitials.has(value.trimStart().charCodeAt(0) | 0x20) && systemAccountPattern.test(value.trim());

export function isExchangeSystemAccount(entry: { login: string; upn: string; email: string; displayName?: string }): boolean {
  return systemName(entry.login) || systemName(entry.upn) || systemName(entry.email) || systemName(entry.displayName ?? '');
}

/**
 * Whether a mailbox is a person's that needs a CAL (DOMAIN.md "Who needs a CAL"): a user mailbox by
 * its type (an empty or unknown type counts as one, as an auditor would), not Exchange's own. The
 * import makes a person of such a mailbox when no one in the register has it.
 */
export const isPersonMailbox = (mailbox: { recipientType: string; login: string; upn: string; email: string; displayName?: string }): boolean =>
  classifyRecipientType(mailbox.recipientType) === 'user' && !isExchangeSystemAccount(mailbox);

/** Enterprise features a mailbox shows: an on-premises archive (the import already excludes cloud archives) or a hold. */
export function mailboxEnterpriseFeatures(mailbox: Pick<InventoryMailbox, 'archive' | 'litigationHold' | 'inPlaceHold'>): EnterpriseFeature[] {
  const features: EnterpriseFeature[] = [];
  if (mailbox.archive === true) features.push('archive');
  if (mailbox.litigationHold === true || mailbox.inPlaceHold === true) features.push('hold');
  return features;
}

/** Normalized e-mail, UPN and login of an entry; the only keys people and mailboxes are matched on. */
interface Identity {
  email: string;
  upn: string;
  login: string;
}

function identityOf(entry: { email: string; upn: string; login: string }): Identity {
  return { email: addressKey(entry.email), upn: addressKey(entry.upn), login: loginKey(entry.login) };
}

/**
 * Finds entries by e-mail/UPN (one namespace) or login; the first entry with a key keeps it.
 * The login map is built on the first lookup that needs it: most mailboxes match on e-mail.
 * `of` finds the entries themselves, `positions` their positions in the list.
 */
class IdentityIndex<V> {
  private readonly byAddress = new Map<string, V>();
  private byLogin: Map<string, V> | null = null;
  private constructor(
    private readonly size: number,
    private readonly loginAt: (position: number) => string,
    private readonly valueAt: (position: number) => V,
  ) {}

  static of<T>(entries: readonly T[], identify: (entry: T) => Identity): IdentityIndex<T> {
    return IdentityIndex.build(entries, identify, (i) => entries[i] as T);
  }

  static positions<T>(entries: readonly T[], identify: (entry: T) => Identity): IdentityIndex<number> {
    return IdentityIndex.build(entries, identify, (i) => i);
  }

  /** Sets from last to first so earlier entries win without a `has` check per key. */
  private static build<T, V>(entries: readonly T[], identify: (entry: T) => Identity, valueAt: (position: number) => V): IdentityIndex<V> {
    const index = new IdentityIndex<V>(entries.length, (i) => identify(entries[i] as T).login, valueAt);
    for (let i = entries.length - 1; i >= 0; i--) {
      const identity = identify(entries[i] as T);
      if (identity.upn) index.byAddress.set(identity.upn, valueAt(i));
      if (identity.email) index.byAddress.set(identity.email, valueAt(i));
    }
    return index;
  }

  /** An index filled one entry at a time (first added wins). */
  static growing<V>(): IdentityIndex<V> {
    const index = new IdentityIndex<V>(0, () => '', () => {
      throw new Error('a growing index has no list');
    });
    index.byLogin = new Map();
    return index;
  }

  add(identity: Identity, value: V): void {
    const byLogin = this.logins();
    if (identity.email && !this.byAddress.has(identity.email)) this.byAddress.set(identity.email, value);
    if (identity.upn && !this.byAddress.has(identity.upn)) this.byAddress.set(identity.upn, value);
    if (identity.login && !byLogin.has(identity.login)) byLogin.set(identity.login, value);
  }

  get empty(): boolean {
    return this.size === 0 && this.byAddress.size === 0 && (this.byLogin?.size ?? 0) === 0;
  }

  find(identity: Identity): V | null {
    return (
      (identity.email ? this.byAddress.get(identity.email) : undefined) ??
      (identity.upn ? this.byAddress.get(identity.upn) : undefined) ??
      (identity.login ? this.logins().get(identity.login) : undefined) ??
      null
    );
  }

  private logins(): Map<string, V> {
    if (this.byLogin) return this.byLogin;
    const byLogin = new Map<string, V>();
    for (let i = this.size - 1; i >= 0; i--) {
      const login = this.loginAt(i);
      if (login) byLogin.set(login, this.valueAt(i));
    }
    return (this.byLogin = byLogin);
  }
}

/**
 * For each identity in `wanted`, the entry `IdentityIndex.of(entries, identify).find` would give
 * (the first entry with its e-mail, else its UPN, as e-mail or UPN; else the first with its login).
 * One pass over the entries with a map of the few wanted keys: the disabled people of 50,000 AD
 * users cost a map of every account's keys before (31 ms of a 50k first judgement).
 */
export function findEach<T>(entries: readonly T[], identify: (entry: T) => Identity, wanted: readonly Identity[]): (T | null)[] {
  if (wanted.length === 0) return [];
  const byAddress = new Map<string, T | null>();
  const byLogin = new Map<string, T | null>();
  for (const identity of wanted) {
    if (identity.email) byAddress.set(identity.email, null);
    if (identity.upn) byAddress.set(identity.upn, null);
    if (identity.login) byLogin.set(identity.login, null);
  }
  let left = byAddress.size + byLogin.size;
  for (let i = 0; i < entries.length && left > 0; i++) {
    const entry = entries[i] as T;
    const identity = identify(entry);
    if (identity.upn && byAddress.get(identity.upn) === null) {
      byAddress.set(identity.upn, entry);
      left--;
    }
    if (identity.email && byAddress.get(identity.email) === null) {
      byAddress.set(identity.email, entry);
      left--;
    }
    if (identity.login && byLogin.get(identity.login) === null) {
      byLogin.set(identity.login, entry);
      left--;
    }
  }
  return wanted.map(
    (identity) =>
      (identity.email ? byAddress.get(identity.email) : null) ?? (identity.upn ? byAddress.get(identity.upn) : null) ?? (identity.login ? byLogin.get(identity.login) : null) ?? null,
  );
}

const personIdentity = (person: Person): Identity => ({ email: addressKey(person.email), upn: '', login: loginKey(person.login) });

/** One person, or one mailbox that matches no person: each needs a Standard CAL. */
export interface NeedUnit {
  person: Person | null;
  /** The person's slot (person-slots.ts), -1 for a mailbox that matches no person. */
  slot: number;
  subject: string;
  recipientType: string;
  enterpriseFeatures: EnterpriseFeature[];
  disabled: boolean;
}

export interface ExemptMailbox {
  subject: string;
  recipientType: string;
  reason: ExemptReason;
  person: Person | null;
}

export interface DisabledUserMailbox {
  subject: string;
  person: Person | null;
}

export interface InventoryAnalysis {
  snapshot: InventorySnapshot | null;
  /**
   * The day the judged mailbox rows were read (YYYY-MM-DD), or null when the latest snapshot has
   * no mailbox export: then, as without any snapshot, every active person counts as a user.
   */
  mailboxesSeenOn: string | null;
  units: NeedUnit[];
  exempt: ExemptMailbox[];
  disabledUserMailboxes: DisabledUserMailbox[];
  /** Whether any mailbox in the latest snapshot names the person of a slot (person-slots.ts). */
  hasMailbox(slot: number): boolean;
  /** People whose account is disabled, by the latest AD export or their directory facts. */
  disabledPeople: Set<string>;
  sharedMailboxes: number;
  /** Whether shared mailboxes are counted as needing a CAL (the register's setting). */
  sharedCounted: boolean;
  summary: InventorySummary;
}

function mergeFeatures(into: EnterpriseFeature[], more: readonly string[]): EnterpriseFeature[] {
  if (more.length === 0) return into;
  const set = new Set<string>([...into, ...more]);
  return enterpriseFeatureOrder.filter((feature) => set.has(feature));
}

/**
 * When the snapshot's mailbox rows were read (the export's own time, else the import's), or null if it holds no mailbox
 * export (a register sheet or a purchase list imported alone by an earlier version). Also takes what the compliance view
 * says of the last import (`ComplianceView.lastImport`, no rows): a report dated before that day judges the mailboxes as
 * that later export shows them, which the CLI, the Findings screen and the workbook's Summary say.
 */
export function mailboxesSeenOn(snapshot: { takenAt: string; sources: readonly { kind: string; takenAt?: string }[]; mailboxes?: readonly unknown[] } | null): string | null {
  const source = snapshot?.sources.find((s) => mailboxSourceKinds.includes(s.kind));
  if (!snapshot || (!source && !snapshot.mailboxes?.length)) return null;
  // The day as the user lived it, as the app and the printout show the import's time.
  return localDateOf(source?.takenAt ?? snapshot.takenAt);
}

const mailboxSubject = (m: InventoryMailbox) => m.email || m.upn || m.login || m.displayName;

/**
 * The analysis depends only on the people, the latest snapshot, the shared-mailbox setting,
 * whether Unified Messaging can be in use (the servers) and (without a snapshot) the as-of date. Documents are replaced, never mutated, so an assignment,
 * purchase or server change keeps the same people and snapshot objects, and a recompute after
 * such a change reuses the analysis instead of re-indexing every mailbox.
 */
const analysisCache = new WeakMap<readonly Person[], WeakMap<object, Map<string, InventoryAnalysis>>>();
const noSnapshot = {};

/**
 * Whether Unified Messaging, recorded by hand, can be in use on `asOf` (DOMAIN.md: "Exchange 2016 only; gone in 2019"):
 * with an Exchange 2016 server in use, or with no server recorded (nothing says it is not). On a register whose servers
 * are 2019 or SE only, a UM feature recorded by hand needs no Enterprise CAL.
 */
export function unifiedMessagingPossible(servers: readonly Server[], asOf: string): boolean {
  const inUse = serversInUse(servers, asOf);
  return inUse.length === 0 || inUse.some((server) => serverVersion(server) === '2016');
}

/** The Enterprise features a person's record names that can be in use (`unifiedMessagingPossible`). */
function manualFeatures(person: Person, unifiedMessaging: boolean): readonly string[] {
  const recorded = person.manualEnterpriseFeatures;
  return unifiedMessaging || !recorded.includes('unified-messaging') ? recorded : recorded.filter((feature) => feature !== 'unified-messaging');
}

/** Needs from the latest snapshot; without any snapshot every active person counts as an Exchange user. */
export function analyseInventory(doc: RegisterDocument, asOf: string): InventoryAnalysis {
  const snapshot = doc.inventory.length > 0 ? (doc.inventory[doc.inventory.length - 1] ?? null) : null;
  // The servers are not part of the cache's identity (a server change keeps the people and the snapshot): what they decide is in the key.
  const unifiedMessaging = unifiedMessagingPossible(doc.servers, asOf);
  const key = `${doc.settings.countSharedMailboxes}|${snapshot && mailboxesSeenOn(snapshot) !== null ? '' : asOf}|${unifiedMessaging ? 'um' : ''}`;
  let bySnapshot = analysisCache.get(doc.people);
  if (!bySnapshot) analysisCache.set(doc.people, (bySnapshot = new WeakMap()));
  let byKey = bySnapshot.get(snapshot ?? noSnapshot);
  if (!byKey) bySnapshot.set(snapshot ?? noSnapshot, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  const analysis = computeInventoryAnalysis(doc, asOf, unifiedMessaging);
  byKey.set(key, analysis);
  return analysis;
}

function computeInventoryAnalysis(doc: RegisterDocument, asOf: string, unifiedMessaging: boolean): InventoryAnalysis {
  const snapshot = doc.inventory.length > 0 ? (doc.inventory[doc.inventory.length - 1] ?? null) : null;
  const slots = peopleSlots(doc.people);
  const people = IdentityIndex.positions(doc.people, personIdentity);
  const adUsers = (snapshot?.users ?? []).filter((user) => !isExchangeSystemAccount(user));
  const disabledAd = IdentityIndex.of(
    adUsers.filter((user) => user.enabled === false),
    identityOf,
  );
  const disabledPeople = new Set<string>();
  // The latest AD export decides; a person's directory facts count only where it says nothing.
  const directoryDisabled = doc.people.filter((person) => person.directory?.accountEnabled === false && !isLinkedMailbox(person.directory.mailboxType));
  // Disabled accounts that name no person by e-mail, UPN or login: a mailbox may still tie one to a person (the register knows only their e-mail, the mailbox also their UPN).
  const strayDisabled: InventoryUser[] = [];
  /** A person and the disabled account that names them. */
  const named: { person: Person; user: InventoryUser }[] = [];
  if (snapshot) {
    for (const user of adUsers) {
      if (user.enabled !== false) continue;
      const at = people.find(identityOf(user));
      const person = at === null ? null : (doc.people[at] as Person);
      if (!person) strayDisabled.push(user);
      else if (!isLinkedMailbox(person.directory?.mailboxType)) named.push({ person, user });
    }
  }
  // A disabled account that shares a person's e-mail (its mail attribute) while another account has the person's login: that other account is theirs (an admin or old account names its owner's mail).
  const loginElsewhere = ({ person, user }: { person: Person; user: InventoryUser }): string => {
    const login = loginKey(person.login);
    return login && loginKey(user.login) !== login ? login : '';
  };
  const elsewhere = named.map(loginElsewhere);
  // One pass over the AD accounts answers both: the directory-disabled people's own accounts, then the logins asked about above.
  const accounts = snapshot
    ? findEach(adUsers, identityOf, [...directoryDisabled.map(personIdentity), ...elsewhere.filter((login) => login !== '').map((login) => ({ email: '', upn: '', login }))])
    : null;
  directoryDisabled.forEach((person, i) => {
    if (accounts?.[i]?.enabled !== true) disabledPeople.add(person.id);
  });
  let next = directoryDisabled.length;
  named.forEach(({ person }, i) => {
    const ownAccountElsewhere = elsewhere[i] !== '' && (accounts?.[next++] ?? null) !== null;
    if (!ownAccountElsewhere) disabledPeople.add(person.id);
  });
  const seenOn = snapshot ? mailboxesSeenOn(snapshot) : null;
  const analysis =
    snapshot && seenOn !== null
      ? analyseSnapshot(doc, snapshot, { slots, index: people }, { all: disabledAd, stray: IdentityIndex.of(strayDisabled, identityOf) }, disabledPeople, unifiedMessaging)
      : analysePeopleOnly(doc, asOf, slots, disabledPeople, unifiedMessaging);
  // Units stay in inventory order; the report sorts findings, so no sort is needed here.
  const units = analysis.units;
  return {
    snapshot,
    mailboxesSeenOn: seenOn,
    units,
    exempt: analysis.exempt,
    disabledUserMailboxes: analysis.disabled,
    hasMailbox: analysis.hasMailbox,
    disabledPeople,
    sharedMailboxes: analysis.shared,
    sharedCounted: doc.settings.countSharedMailboxes,
    summary: {
      mailboxes: snapshot?.mailboxes.length ?? 0,
      needCal: units.length,
      exempt: analysis.exempt.length,
      disabledWithMailbox: analysis.disabled.length,
      enterpriseFeatureUsers: units.filter((unit) => unit.enterpriseFeatures.length > 0).length,
    },
  };
}

interface PartialAnalysis {
  units: NeedUnit[];
  exempt: ExemptMailbox[];
  disabled: DisabledUserMailbox[];
  hasMailbox(slot: number): boolean;
  shared: number;
}

const noMailboxes = (): boolean => false;
/** What `analyseSnapshot` knows of a slot's mailboxes: none seen, only mailboxes that need no CAL, or (from 0) the index of their unit. */
const NOT_SEEN = -2;
const NO_UNIT = -1;

function analyseSnapshot(
  doc: RegisterDocument,
  snapshot: InventorySnapshot,
  people: { slots: PeopleSlots; index: IdentityIndex<number> },
  disabledAd: { all: IdentityIndex<InventoryUser>; stray: IdentityIndex<InventoryUser> },
  disabledPeople: Set<string>,
  unifiedMessaging: boolean,
): PartialAnalysis {
  /** By slot: NOT_SEEN, NO_UNIT when their only mailboxes need no CAL, else the index of their need unit in `units`. */
  const seen = new Int32Array(doc.people.length).fill(NOT_SEEN);
  const result: PartialAnalysis = { units: [], exempt: [], disabled: [], hasMailbox: (slot) => slot >= 0 && slot < seen.length && seen[slot] !== NOT_SEEN, shared: 0 };
  const unmatchedUnits = IdentityIndex.growing<NeedUnit>();
  for (const mailbox of snapshot.mailboxes) {
    const identity = identityOf(mailbox);
    const at = people.index.find(identity);
    const person = at === null ? null : (doc.people[at] as Person);
    const slot = at === null ? -1 : people.slots.slotAt(at);
    const subject = person ? personLabel(person) : mailboxSubject(mailbox);
    const mailboxClass = classifyRecipientType(mailbox.recipientType);
    const known = slot >= 0 ? (seen[slot] as number) : NOT_SEEN;
    // A mail user, contact or bare account is no mailbox: a CAL holder listed only as one has no mailbox (assigned-without-mailbox).
    if (known === NOT_SEEN && slot >= 0 && mailboxClass !== 'no-mailbox') seen[slot] = NO_UNIT;
    if (mailboxClass === 'shared') result.shared += 1;
    const systemAccount = isExchangeSystemAccount(mailbox);
    const counted = !systemAccount && (mailboxClass === 'user' || (mailboxClass === 'shared' && doc.settings.countSharedMailboxes));
    if (!counted) {
      // A type that needs no CAL says why (the Discovery Search Mailbox's SM_ account is a DiscoveryMailbox first); the name, only for a type that would count.
      const reason: ExemptReason = systemAccount && (mailboxClass === 'user' || mailboxClass === 'shared') ? 'system-account' : (mailboxClass as ExemptReason);
      result.exempt.push({ subject: mailboxSubject(mailbox) || subject, recipientType: mailbox.recipientType, reason, person });
      continue;
    }
    // A RemoteUserMailbox lives in Exchange Online: its archive and holds are licensed there, not by an on-premises Enterprise CAL.
    const remote = mailbox.recipientType.length >= REMOTE_USER.length && mailbox.recipientType.trim().toLowerCase() === REMOTE_USER;
    const features = mergeFeatures(remote ? [] : mailboxEnterpriseFeatures(mailbox), person ? manualFeatures(person, unifiedMessaging) : []);
    // External users are licensed with the server, except that Enterprise features need both CALs.
    if (person?.external && features.length === 0) {
      result.exempt.push({ subject, recipientType: mailbox.recipientType, reason: 'external', person });
      continue;
    }
    // A matched person's own AD account is already in disabledPeople; a disabled account that names no person but this mailbox is theirs too.
    let disabled: boolean;
    if (isLinkedMailbox(mailbox.recipientType)) {
      disabled = false;
      if (person) disabledPeople.delete(person.id);
    } else if (person) {
      if (!disabledAd.stray.empty && disabledAd.stray.find(identity) !== null) disabledPeople.add(person.id);
      disabled = disabledPeople.size > 0 && disabledPeople.has(person.id);
    } else disabled = !disabledAd.all.empty && disabledAd.all.find(identity) !== null;
    if (disabled && mailboxClass === 'user') result.disabled.push({ subject, person });

    let unit = person ? (known >= 0 ? (result.units[known] as NeedUnit) : null) : unmatchedUnits.find(identity);
    if (!unit) {
      unit = {
        person,
        slot,
        subject,
        recipientType: mailbox.recipientType,
        enterpriseFeatures: [],
        disabled: false,
      };
      if (slot >= 0) seen[slot] = result.units.length;
      result.units.push(unit);
    }
    if (!person) unmatchedUnits.add(identity, unit);
    unit.enterpriseFeatures = mergeFeatures(unit.enterpriseFeatures, features);
    unit.disabled = unit.disabled || disabled;
  }
  return result;
}

function analysePeopleOnly(doc: RegisterDocument, asOf: string, slots: PeopleSlots, disabledPeople: Set<string>, unifiedMessaging: boolean): PartialAnalysis {
  const result: PartialAnalysis = { units: [], exempt: [], disabled: [], hasMailbox: noMailboxes, shared: 0 };
  for (let position = 0; position < doc.people.length; position++) {
    const person = doc.people[position] as Person;
    if (person.leftOn !== null && person.leftOn <= asOf) continue;
    const directory = person.directory;
    const mailboxClass = directory?.mailboxType ? classifyRecipientType(directory.mailboxType) : 'user';
    if (mailboxClass !== 'user' && !(mailboxClass === 'shared' && doc.settings.countSharedMailboxes)) continue;
    const facts = directory ? mailboxEnterpriseFeatures(directory) : [];
    const features = mergeFeatures(facts, manualFeatures(person, unifiedMessaging));
    if (person.external && features.length === 0) continue;
    const disabled = disabledPeople.has(person.id);
    if (disabled && directory?.mailboxType && mailboxClass === 'user') result.disabled.push({ subject: personLabel(person), person });
    result.units.push({
      person,
      slot: slots.slotAt(position),
      subject: personLabel(person),
      recipientType: directory?.mailboxType ?? '',
      enterpriseFeatures: features,
      disabled,
    });
  }
  return result;
}
