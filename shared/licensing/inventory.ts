/**
 * Who needs a CAL, from the latest inventory snapshot (DOMAIN.md "Who needs a CAL" and
 * "Enterprise CAL features"). People are matched on e-mail/UPN/login, never on display name,
 * and each person counts once however many mailboxes name them.
 */
import type { InventoryMailbox, InventorySnapshot, InventoryUser, Person, RegisterDocument } from '../domain/model';
import { personLabel } from './register-view';
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
  mailuser: 'no-mailbox',
  mailcontact: 'no-mailbox',
};

/** Class of a RecipientTypeDetails value; an empty or unknown type counts as a user mailbox, as an auditor would. */
export function classifyRecipientType(recipientType: string): MailboxClass {
  return recipientClasses[recipientType.trim().toLowerCase()] ?? 'user';
}

const systemAccountPattern = /^(healthmailbox|sm_)/i;

/** Exchange's HealthMailbox… and SM_… accounts exist in AD but need no CAL. */
export function isExchangeSystemAccount(entry: { login: string; upn: string; email: string; displayName?: string }): boolean {
  return [entry.login, entry.upn, entry.email, entry.displayName ?? ''].some((value) => systemAccountPattern.test(value.trim()));
}

/** Enterprise features a mailbox shows: an on-premises archive (the import already excludes cloud archives) or a hold. */
export function mailboxEnterpriseFeatures(mailbox: Pick<InventoryMailbox, 'archive' | 'litigationHold' | 'inPlaceHold'>): EnterpriseFeature[] {
  const features: EnterpriseFeature[] = [];
  if (mailbox.archive === true) features.push('archive');
  if (mailbox.litigationHold === true || mailbox.inPlaceHold === true) features.push('hold');
  return features;
}

const normal = (value: string) => value.trim().toLowerCase();
/** `DOMAIN\login` and `login` are the same account. */
const normalLogin = (value: string) => normal(value.includes('\\') ? value.slice(value.lastIndexOf('\\') + 1) : value);

function identityKeys(entry: { email: string; upn: string; login: string }): string[] {
  const keys: string[] = [];
  if (normal(entry.email)) keys.push(`e:${normal(entry.email)}`);
  if (normal(entry.upn)) keys.push(`e:${normal(entry.upn)}`);
  if (normalLogin(entry.login)) keys.push(`l:${normalLogin(entry.login)}`);
  return keys;
}

/** Finds things by e-mail/UPN (`e:`) or login (`l:`); the first entry with a key keeps it. */
class IdentityIndex<T> {
  private readonly map = new Map<string, T>();
  add(keys: readonly string[], value: T): void {
    for (const key of keys) if (!this.map.has(key)) this.map.set(key, value);
  }
  find(keys: readonly string[]): T | null {
    for (const key of keys) {
      const value = this.map.get(key);
      if (value !== undefined) return value;
    }
    return null;
  }
}

const personKeys = (person: Person) => identityKeys({ email: person.email, upn: '', login: person.login });

export interface NeedUnit {
  /** `person:<id>`, or `mailbox:<first identity key>` for a mailbox that matches no person. Every unit needs a Standard CAL. */
  key: string;
  person: Person | null;
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
  units: NeedUnit[];
  exempt: ExemptMailbox[];
  disabledUserMailboxes: DisabledUserMailbox[];
  peopleWithMailbox: Set<string>;
  /** People whose account is disabled, by the latest AD export or their directory facts. */
  disabledPeople: Set<string>;
  sharedMailboxes: number;
  summary: InventorySummary;
}

function mergeFeatures(into: EnterpriseFeature[], more: readonly string[]): EnterpriseFeature[] {
  const set = new Set<string>([...into, ...more]);
  return enterpriseFeatureOrder.filter((feature) => set.has(feature));
}

const mailboxSubject = (m: InventoryMailbox) => m.email || m.upn || m.login || m.displayName;

/** Needs from the latest snapshot; without any snapshot every active person counts as an Exchange user. */
export function analyseInventory(doc: RegisterDocument, asOf: string): InventoryAnalysis {
  const snapshot = doc.inventory.length > 0 ? (doc.inventory[doc.inventory.length - 1] ?? null) : null;
  const people = new IdentityIndex<Person>();
  for (const person of doc.people) people.add(personKeys(person), person);
  const adUsers = new IdentityIndex<InventoryUser>();
  for (const user of snapshot?.users ?? []) if (!isExchangeSystemAccount(user)) adUsers.add(identityKeys(user), user);

  const disabledPeople = new Set<string>();
  for (const person of doc.people) {
    const adUser = snapshot ? adUsers.find(personKeys(person)) : null;
    const enabled = adUser && adUser.enabled !== null ? adUser.enabled : (person.directory?.accountEnabled ?? null);
    if (enabled === false) disabledPeople.add(person.id);
  }
  const analysis = snapshot
    ? analyseSnapshot(doc, snapshot, people, adUsers, disabledPeople)
    : analysePeopleOnly(doc, asOf, disabledPeople);
  const units = [...analysis.units.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    snapshot,
    units,
    exempt: analysis.exempt,
    disabledUserMailboxes: analysis.disabled,
    peopleWithMailbox: analysis.peopleWithMailbox,
    disabledPeople,
    sharedMailboxes: analysis.shared,
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
  units: Map<string, NeedUnit>;
  exempt: ExemptMailbox[];
  disabled: DisabledUserMailbox[];
  peopleWithMailbox: Set<string>;
  shared: number;
}

function analyseSnapshot(
  doc: RegisterDocument,
  snapshot: InventorySnapshot,
  people: IdentityIndex<Person>,
  adUsers: IdentityIndex<InventoryUser>,
  disabledPeople: Set<string>,
): PartialAnalysis {
  const result: PartialAnalysis = { units: new Map(), exempt: [], disabled: [], peopleWithMailbox: new Set(), shared: 0 };
  const unmatchedUnits = new IdentityIndex<NeedUnit>();
  for (const mailbox of snapshot.mailboxes) {
    const keys = identityKeys(mailbox);
    const person = people.find(keys);
    const subject = person ? personLabel(person) : mailboxSubject(mailbox);
    const mailboxClass = classifyRecipientType(mailbox.recipientType);
    if (person) result.peopleWithMailbox.add(person.id);
    if (mailboxClass === 'shared') result.shared += 1;
    const systemAccount = isExchangeSystemAccount(mailbox);
    const counted = !systemAccount && (mailboxClass === 'user' || (mailboxClass === 'shared' && doc.settings.countSharedMailboxes));
    if (!counted) {
      const reason: ExemptReason = systemAccount ? 'system-account' : (mailboxClass as ExemptReason);
      result.exempt.push({ subject: mailboxSubject(mailbox) || subject, recipientType: mailbox.recipientType, reason, person });
      continue;
    }
    const features = mergeFeatures(mailboxEnterpriseFeatures(mailbox), person?.manualEnterpriseFeatures ?? []);
    // External users are licensed with the server, except that Enterprise features need both CALs.
    if (person?.external && features.length === 0) {
      result.exempt.push({ subject, recipientType: mailbox.recipientType, reason: 'external', person });
      continue;
    }
    const adUser = adUsers.find(keys);
    const disabled = adUser && adUser.enabled !== null ? !adUser.enabled : person !== null && disabledPeople.has(person.id);
    if (disabled && mailboxClass === 'user') result.disabled.push({ subject, person });

    let unit = person ? (result.units.get(`person:${person.id}`) ?? null) : unmatchedUnits.find(keys);
    if (!unit) {
      unit = {
        key: person ? `person:${person.id}` : `mailbox:${keys[0] ?? normal(mailbox.displayName)}`,
        person,
        subject,
        recipientType: mailbox.recipientType,
        enterpriseFeatures: [],
        disabled: false,
      };
      result.units.set(unit.key, unit);
    }
    if (!person) unmatchedUnits.add(keys, unit);
    unit.enterpriseFeatures = mergeFeatures(unit.enterpriseFeatures, features);
    unit.disabled = unit.disabled || disabled;
  }
  return result;
}

function analysePeopleOnly(doc: RegisterDocument, asOf: string, disabledPeople: Set<string>): PartialAnalysis {
  const result: PartialAnalysis = { units: new Map(), exempt: [], disabled: [], peopleWithMailbox: new Set(), shared: 0 };
  for (const person of doc.people) {
    if (person.leftOn !== null && person.leftOn <= asOf) continue;
    const directory = person.directory;
    const mailboxClass = directory?.mailboxType ? classifyRecipientType(directory.mailboxType) : 'user';
    if (mailboxClass !== 'user' && !(mailboxClass === 'shared' && doc.settings.countSharedMailboxes)) continue;
    const facts = directory ? mailboxEnterpriseFeatures(directory) : [];
    const features = mergeFeatures(facts, person.manualEnterpriseFeatures);
    if (person.external && features.length === 0) continue;
    const disabled = disabledPeople.has(person.id);
    if (disabled && directory?.mailboxType && mailboxClass === 'user') result.disabled.push({ subject: personLabel(person), person });
    const key = `person:${person.id}`;
    result.units.set(key, {
      key,
      person,
      subject: personLabel(person),
      recipientType: directory?.mailboxType ?? '',
      enterpriseFeatures: features,
      disabled,
    });
  }
  return result;
}
