import { LONG_TEXT_MAX, type Assignment, type DirectoryFacts, type InventorySnapshot, type Person, type Purchase, type RegisterDocument, type Server } from '../domain/model';
import { addressKey } from '../domain/account-keys';
import { directoryMergeOwners, mergeTakenByAnother } from './counts';
import type { DirectoryFactsSeen } from './directory';
import type { AssignmentChange, ImportDecisions, ImportPreview, NewPerson, PersonRef, PurchaseRef } from './preview-types';
import { NEW_PERSON_CANDIDATE } from './preview-sheets';
import { accountSourceKinds, mailboxSourceKinds } from './types';
import { clipText } from './values';


function directoryOf(facts: DirectoryFactsSeen, now: string, snapshotId: string): DirectoryFacts {
  return {
    accountEnabled: facts.accountEnabled,
    mailboxType: facts.mailboxType === null ? null : clipText(facts.mailboxType, 60),
    archive: facts.archive,
    litigationHold: facts.litigationHold,
    inPlaceHold: facts.inPlaceHold,
    seenAt: now,
    snapshotId,
  };
}

function newPerson(p: NewPerson, id: string, now: string, snapshotId: string): Person {
  return {
    id,
    givenName: clipText(p.givenName),
    surname: clipText(p.surname),
    email: clipText(p.email),
    login: clipText(p.login),
    department: clipText(p.department),
    leftOn: null,
    external: false,
    externalNote: '',
    manualEnterpriseFeatures: [],
    directory: p.facts ? directoryOf(p.facts, now, snapshotId) : null,
    notes: '',
  };
}

/**
 * An earlier snapshot as the register keeps it once a newer one exists: where it came from (file
 * names, SHA-256, row counts, Exchange's own figures) without its rows. Only the latest snapshot
 * is ever judged, and a register must not grow by a whole directory at every import (at 50,000
 * people a snapshot is about 23 MB); the exported files named by their hash are the full record.
 */
export function withoutRows(snapshot: InventorySnapshot): InventorySnapshot {
  return snapshot.mailboxes.length === 0 && snapshot.users.length === 0 ? snapshot : { ...snapshot, mailboxes: [], users: [] };
}

const COUNT_KINDS = ['cal-usage', 'cal-users'];

type MailboxRow = InventorySnapshot['mailboxes'][number];
const unstated = (m: MailboxRow): boolean => m.archive === null || m.litigationHold === null || m.inPlaceHold === null;

/**
 * A mailbox's archive and holds as the new export states them; where it does not (an export without
 * those columns, such as Get-User's, or a value it left empty), as the last snapshot had them for the
 * same mailbox: an export that says nothing of an archive must not make the Enterprise CAL it needs
 * unknown. Rows are matched by primary address, else UPN; the map is built only when a fact is missing.
 */
function withFactsKept(rows: readonly MailboxRow[], before: readonly MailboxRow[]): MailboxRow[] {
  if (before.length === 0 || !rows.some(unstated)) return rows as MailboxRow[];
  const known = new Map<string, MailboxRow>();
  for (const m of before) for (const key of [addressKey(m.email), addressKey(m.upn)]) if (key && !known.has(key)) known.set(key, m);
  return rows.map((m) => {
    if (!unstated(m)) return m;
    const was = known.get(addressKey(m.email)) ?? known.get(addressKey(m.upn));
    return was ? { ...m, archive: m.archive ?? was.archive, litigationHold: m.litigationHold ?? was.litigationHold, inPlaceHold: m.inPlaceHold ?? was.inPlaceHold } : m;
  });
}

/**
 * The snapshot after an import: what its files said, and for each of mailboxes, AD users and
 * Exchange's CAL counts that it did not import, the rows of the snapshot before it (with their
 * sources, dated). A purchase list or a server list imported alone must not leave the register
 * judging an empty directory.
 */
export function nextSnapshot(previous: InventorySnapshot | undefined, incoming: ImportPreview['snapshot'], id: string, now: string): InventorySnapshot {
  const saw = (kinds: readonly string[]): boolean => incoming.sources.some((s) => kinds.includes(s.kind));
  const carried = (kinds: readonly string[]): InventorySnapshot['sources'] =>
    !previous || saw(kinds) ? [] : previous.sources.filter((s) => kinds.includes(s.kind)).map((s) => ({ ...s, takenAt: s.takenAt ?? previous.takenAt }));
  return {
    id,
    takenAt: now,
    sources: [...incoming.sources.map((s) => ({ ...s })), ...carried(mailboxSourceKinds), ...carried(accountSourceKinds), ...carried(COUNT_KINDS)],
    // The rows are shared, not copied: neither documents nor previews are ever mutated.
    mailboxes: !previous ? incoming.mailboxes : saw(mailboxSourceKinds) ? withFactsKept(incoming.mailboxes, previous.mailboxes) : previous.mailboxes,
    users: saw(accountSourceKinds) || !previous ? incoming.users : previous.users,
    exchangeCalCounts: { ...(saw(COUNT_KINDS) || !previous ? incoming.exchangeCalCounts : previous.exchangeCalCounts) },
  };
}

/**
 * Applies a preview to the register and returns a NEW document (the input is not mutated):
 * the changes the user kept, the decided ambiguous matches, remembered column mappings and an
 * inventory snapshot of what the files said (`nextSnapshot`; earlier snapshots lose their rows, see `withoutRows`).
 * The caller appends the audit event and saves.
 */
export function applyImport(doc: RegisterDocument, preview: ImportPreview, decisions: ImportDecisions, ids: () => string, now: string): RegisterDocument {
  const excluded = new Set(decisions.exclude ?? []);
  // Nothing unticked (most imports): the lists as they are, without a lookup of each of 50,000 keys.
  const kept = <T extends { key: string }>(items: readonly T[]): readonly T[] => (excluded.size === 0 ? items : items.filter((i) => !excluded.has(i.key)));
  const snapshotId = ids();
  // The people as they will be: a change replaces its person in place, so the list is never looked
  // up again to be put back together (at 50,000 people a second pass of lookups over every id was a
  // tenth of this function).
  const people: Person[] = doc.people.slice();
  // Where a person is: where the preview found them, if the register still has them there (it has,
  // unless it changed since the preview), else by id. The map of every id is built only when a
  // position does not hold, or a merge decision or a hand-kept sheet's assignment names a person by
  // id alone: building it for 50,000 people and looking each one up was 70% of this function, and
  // grew 9× from 10,000 people. (Two people with one id, which only a file edited by hand can hold:
  // an update goes to the one the preview matched while its place holds; by id, to the last one.)
  let byId: Map<string, number> | null = null;
  const positionOf = (id: string, hint = -1): number | undefined => {
    if (people[hint]?.id === id) return hint;
    if (!byId) {
      byId = new Map();
      for (let i = 0; i < people.length; i++) byId.set(people[i]!.id, i);
    }
    return byId.get(id);
  };
  const newPersonIds = new Map<string, string>();
  const ambiguousIds = new Map<string, string>();

  for (const u of kept(preview.updatedPeople)) {
    const i = positionOf(u.personId, u.at);
    if (i === undefined) continue;
    const p = people[i]!;
    people[i] = {
      ...p,
      givenName: u.fill.givenName !== undefined ? clipText(u.fill.givenName) : p.givenName,
      surname: u.fill.surname !== undefined ? clipText(u.fill.surname) : p.surname,
      email: u.fill.email !== undefined ? clipText(u.fill.email) : p.email,
      login: u.fill.login !== undefined ? clipText(u.fill.login) : p.login,
      department: u.fill.department !== undefined ? clipText(u.fill.department) : p.department,
      // A register sheet says nothing of the account: the directory facts stay as the last export left them.
      directory: u.facts ? directoryOf(u.facts, now, snapshotId) : p.directory,
    };
  }
  for (const m of kept(preview.missingPeople)) {
    const i = positionOf(m.personId, m.at);
    if (i !== undefined) people[i] = { ...people[i]!, directory: directoryOf(m.facts, now, snapshotId) };
  }
  const added: Person[] = [];
  for (const n of kept(preview.newPeople)) {
    const person = newPerson(n, ids(), now, snapshotId);
    newPersonIds.set(n.key, person.id);
    added.push(person);
  }
  const owners = directoryMergeOwners(preview.ambiguous, decisions.ambiguous);
  for (const a of preview.ambiguous) {
    const decision = decisions.ambiguous?.[a.key];
    if (!decision || decision.action === 'skip') continue;
    if (decision.action === 'new') {
      const person = newPerson(a.incoming, ids(), now, snapshotId);
      ambiguousIds.set(a.key, person.id);
      added.push(person);
      continue;
    }
    if (!a.candidates.some((c) => c.personId === decision.personId)) continue;
    if (mergeTakenByAnother(a, decision, owners)) continue;
    // A person new in this import (a sheet row naming the owner of a mailbox in the same import by name only): their row, if kept.
    if (decision.personId.startsWith(NEW_PERSON_CANDIDATE)) {
      const id = newPersonIds.get(decision.personId.slice(NEW_PERSON_CANDIDATE.length));
      if (id !== undefined) ambiguousIds.set(a.key, id);
      continue;
    }
    const i = positionOf(decision.personId);
    if (i === undefined) continue;
    const p = people[i]!;
    ambiguousIds.set(a.key, p.id);
    // The user said the account is this person: the register follows the directory's address and login (as for an
    // account renamed in AD), or the next import would not find them by it and ask again. A hand-kept sheet only fills gaps.
    const follows = a.source === 'directory';
    people[i] = {
      ...p,
      email: (follows && a.incoming.email) || p.email || a.incoming.email,
      login: (follows && a.incoming.login) || p.login || a.incoming.login,
      // An empty department takes the incoming one, as an update fills it; one the register has stays.
      department: p.department || clipText(a.incoming.department),
      directory: a.incoming.facts ? directoryOf(a.incoming.facts, now, snapshotId) : p.directory,
    };
  }

  const servers = doc.servers.map((s) => ({ ...s }));
  for (const c of kept(preview.servers)) {
    if (c.action === 'unchanged') continue;
    const fields = { product: c.product, edition: c.edition, build: clipText(c.build, 40), activation: c.activation };
    const at = c.serverId === null ? -1 : servers.findIndex((s) => s.id === c.serverId);
    const current = servers[at];
    if (current) servers[at] = { ...current, ...fields };
    else if (c.action === 'new') {
      const server: Server = {
        id: ids(),
        name: clipText(c.name, 100),
        ...fields,
        partialProductKey: c.recorded?.partialProductKey ?? '',
        verifiedAt: c.recorded?.verifiedAt ?? null,
        verifiedBy: clipText(c.recorded?.verifiedBy ?? ''),
        source: 'import',
        notes: clipText(c.recorded?.notes ?? '', LONG_TEXT_MAX),
        retiredOn: c.recorded?.retiredOn ?? null,
      };
      servers.push(server);
    }
  }

  const purchases: Purchase[] = [...doc.purchases];
  const newPurchaseIds = new Map<string, string>();
  for (const p of kept(preview.purchases)) {
    if (p.action !== 'new') continue;
    const purchase: Purchase = { id: ids(), ...p.purchase };
    newPurchaseIds.set(p.key, purchase.id);
    purchases.push(purchase);
  }

  const personId = (ref: PersonRef): string | null =>
    ref.kind === 'existing' ? (positionOf(ref.personId) !== undefined ? ref.personId : null) : ref.kind === 'new' ? (newPersonIds.get(ref.key) ?? null) : (ambiguousIds.get(ref.key) ?? null);
  const purchaseId = (ref: PurchaseRef): string | null => (ref.kind === 'existing' ? ref.purchaseId : (newPurchaseIds.get(ref.key) ?? null));
  const assignments: Assignment[] = [...doc.assignments];
  const releases = new Map<string, AssignmentChange & { releasedOn: string }>();
  for (const a of kept(preview.assignments)) if (a.action === 'release' && a.assignmentId !== null && a.releasedOn !== null) releases.set(a.assignmentId, { ...a, releasedOn: a.releasedOn });
  if (releases.size > 0) {
    for (let i = 0; i < assignments.length; i++) {
      const current = assignments[i]!;
      const release = releases.get(current.id);
      // Only an assignment still active and started by then: the register may have changed since the preview.
      if (release !== undefined && current.releasedOn === null && release.releasedOn >= current.assignedOn) {
        assignments[i] = { ...current, releasedOn: release.releasedOn, releaseReason: release.releaseReason ?? 'other', releaseNotes: release.releaseNotes || current.releaseNotes };
      }
    }
  }
  for (const a of kept(preview.assignments)) {
    if (a.action !== 'new') continue;
    const pid = personId(a.person);
    const lot = purchaseId(a.purchase);
    if (pid === null || lot === null) continue;
    assignments.push({
      id: ids(),
      personId: pid,
      purchaseId: lot,
      assignedOn: a.assignedOn,
      releasedOn: a.releasedOn,
      releaseReason: a.releasedOn === null ? null : a.releasedWhenLeft ? 'left' : (a.releaseReason ?? 'other'),
      notes: a.notes,
      releaseNotes: a.releasedOn === null ? '' : (a.releaseNotes ?? ''),
      verification: null,
    });
  }

  const importMappings = { ...doc.settings.importMappings };
  for (const s of preview.sheets) {
    if (s.status !== 'ok' || !s.mapping) continue;
    importMappings[s.mapping.fingerprint] = Object.fromEntries(s.mapping.columns.filter((c) => c.field !== null).map((c) => [c.header, c.field as string]));
  }

  const snapshot = nextSnapshot(doc.inventory[doc.inventory.length - 1], preview.snapshot, snapshotId, now);

  return {
    ...doc,
    settings: { ...doc.settings, importMappings },
    servers,
    purchases,
    people: [...people, ...added],
    assignments,
    inventory: [...doc.inventory.map(withoutRows), snapshot],
  };
}
