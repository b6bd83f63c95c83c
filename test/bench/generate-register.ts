/**
 * A register document for the synthetic directory, as the app would hold it after a year of use:
 * servers, lots with proofs, people with directory facts from the last import, assignments (some
 * released), the inventory snapshot of that import and an audit chain.
 */
import { nextAuditEvent } from '../../electron/services/register/audit';
import type { Assignment, AuditEvent, InventoryMailbox, InventoryUser, Person, Proof, Purchase, RegisterDocument, Server } from '../../shared/domain/model';
import { CURRENT_SCHEMA_VERSION } from '../../shared/domain/model';
import { idMaker, pick, recipientTypeOf, type Directory, type DirectoryPerson } from './generate';
import { seededRandom } from './random.mjs';

export const GENERATED_AT = '2025-10-01T08:00:00.000Z';
export const AS_OF = '2025-11-25';

const day = (from: string, offset: number): string => new Date(Date.parse(from) + offset * 86_400_000).toISOString().slice(0, 10);
const ACTOR = 'PRZYKLAD\\administrator';

function servers(newId: () => string): Server[] {
  const base = { partialProductKey: '', verifiedBy: 'administrator', source: 'manual' as const, notes: '', retiredOn: null };
  return [
    { ...base, id: newId(), name: 'EX01', product: 'Exchange Server 2019', edition: 'Enterprise', build: '15.2.1544.4', activation: { state: 'activated' }, partialProductKey: 'K7XQ2', verifiedAt: '2025-03-02T10:00:00.000Z' },
    { ...base, id: newId(), name: 'EX02', product: 'Exchange Server 2019', edition: 'Standard', build: '15.2.1544.4', activation: { state: 'activated' }, verifiedAt: null, verifiedBy: '' },
    { ...base, id: newId(), name: 'EX2016', product: 'Exchange Server 2016', edition: 'Standard', build: '15.1.2507.6', activation: { state: 'activated' }, verifiedAt: '2021-05-10T09:00:00.000Z', retiredOn: '2023-06-30' },
  ];
}

interface Lots {
  purchases: Purchase[];
  proofs: Proof[];
  /** Lots to fill, in order, with their free seats. */
  take(kind: 'standard' | 'enterprise' | 'old'): string;
}

function lots(need: { standard: number; enterprise: number; old: number }, rnd: () => number, newId: () => string): Lots {
  const purchases: Purchase[] = [];
  const proofs: Proof[] = [];
  const queues: Record<'standard' | 'enterprise' | 'old', Array<{ id: string; free: number }>> = { standard: [], enterprise: [], old: [] };
  const hex = (): string => Array.from({ length: 64 }, () => Math.floor(rnd() * 16).toString(16)).join('');
  const addLots = (kind: keyof typeof queues, productId: string, seats: number, firstDate: string): void => {
    let left = seats;
    let n = 0;
    while (left > 0) {
      const quantity = Math.min(left, 50 + Math.floor(rnd() * 1950));
      left -= quantity;
      n += 1;
      const id = newId();
      const withProof = rnd() >= 0.1;
      const proofId = newId();
      if (withProof) {
        proofs.push({ id: proofId, sha256: hex(), originalName: `faktura-${kind}-${n}.pdf`, extension: 'pdf', size: 40_000 + Math.floor(rnd() * 200_000), mediaType: 'application/pdf', addedAt: `${day(firstDate, n * 20)}T12:00:00.000Z` });
      }
      const program = pick(rnd, ['retail', 'volume', 'csp', 'oem'] as const);
      purchases.push({
        id,
        productId,
        quantity,
        date: day(firstDate, n * 20),
        vendor: pick(rnd, ['KluczeSoft', 'Dystrybutor Sp. z o.o.', 'Licencje24 S.A.']),
        document: rnd() < 0.05 ? '' : `FV/${day(firstDate, n * 20).slice(0, 4)}/${String(n).padStart(3, '0')}/${Math.floor(rnd() * 9000) + 1000}`,
        program,
        coverage: program === 'volume' ? { kind: 'software-assurance', until: '2027-06-30' } : { kind: 'perpetual' },
        notes: '',
        proofIds: withProof ? [proofId] : [],
        voidedAt: null,
        voidReason: '',
      });
      queues[kind].push({ id, free: quantity });
    }
  };
  addLots('standard', 'exchange-2019-standard-user-cal', Math.round(need.standard * 0.99), '2019-02-01');
  addLots('enterprise', 'exchange-2019-enterprise-user-cal', Math.max(1, need.enterprise), '2019-03-01');
  addLots('old', 'exchange-2016-standard-user-cal', Math.max(1, need.old), '2016-05-01');
  return {
    purchases,
    proofs,
    // Past the last seat the newest lot is over-assigned, as happens in real registers.
    take(kind) {
      const queue = queues[kind];
      const lot = queue.find((l) => l.free > 0) ?? queue[queue.length - 1];
      if (!lot) throw new Error(`no ${kind} lot`);
      lot.free -= 1;
      return lot.id;
    },
  };
}

function personOf(p: DirectoryPerson, id: string, snapshotId: string, rnd: () => number): Person {
  const left = !p.inExport && rnd() < 0.5;
  return {
    id,
    givenName: p.givenName,
    surname: p.surname,
    email: p.email,
    login: p.login,
    department: p.department,
    leftOn: left ? '2025-09-30' : null,
    external: rnd() < 0.005,
    externalNote: '',
    manualEnterpriseFeatures: rnd() < 0.01 ? ['retention'] : [],
    directory: {
      accountEnabled: p.enabled,
      mailboxType: p.mailbox,
      archive: p.mailbox === null ? null : p.archiveState === 'Local',
      litigationHold: p.mailbox === null ? null : p.litigationHold,
      inPlaceHold: p.mailbox === null ? null : p.inPlaceHolds === '' ? false : p.inPlaceHolds.startsWith('System.') ? null : true,
      seenAt: GENERATED_AT,
      snapshotId,
    },
    notes: rnd() < 0.05 ? 'Zastępstwo za nieobecnego pracownika; umowa do końca roku.' : '',
  };
}

/** Snapshot of the directory as the last import saw it (the register people, not today's hires). */
function snapshotOf(dir: Directory, id: string): RegisterDocument['inventory'][number] {
  const mailboxes: InventoryMailbox[] = [];
  const users: InventoryUser[] = [];
  for (const p of dir.people) {
    if (!p.inRegister) continue;
    if (p.mailbox !== null) {
      const inPlaceHold = p.inPlaceHolds === '' ? false : p.inPlaceHolds.startsWith('System.') ? null : true;
      mailboxes.push({ displayName: `${p.givenName} ${p.surname}`, email: p.email, upn: p.upn, login: p.login, recipientType: recipientTypeOf(p), archive: p.archiveState === 'Local', litigationHold: p.litigationHold, inPlaceHold });
    }
    users.push({ givenName: p.givenName, surname: p.surname, login: p.login, upn: p.upn, email: p.email, enabled: p.enabled, department: p.department });
  }
  for (const o of dir.others) mailboxes.push({ displayName: o.displayName, email: o.email, upn: o.upn, login: o.login, recipientType: o.recipientType, archive: false, litigationHold: false, inPlaceHold: false });
  for (const s of dir.serviceAccounts) users.push({ givenName: '', surname: '', login: s.login, upn: s.upn, email: '', enabled: true, department: '' });
  return {
    id,
    takenAt: GENERATED_AT,
    sources: [
      { fileName: 'mailboxes.csv', sha256: 'a'.repeat(64), kind: 'mailboxes', rows: mailboxes.length },
      { fileName: 'adusers.csv', sha256: 'b'.repeat(64), kind: 'ad-users', rows: users.length },
    ],
    mailboxes,
    users,
    exchangeCalCounts: { 'Exchange Server 2019 Standard CAL': mailboxes.length - dir.others.length + Math.round(dir.size * 0.04) },
  };
}

/**
 * The register of `dir`: every person with a user mailbox holds a Standard CAL (4% forgotten),
 * archive/hold users an Enterprise CAL (80%), one in ten an earlier released 2016 CAL; people who
 * left have their CAL released. One audit event per lot, per server, for the import, and one per
 * assignment recorded by hand (a fifth) or released.
 */
export function generateRegister(dir: Directory, seed = 7): RegisterDocument {
  const rnd = seededRandom(seed ^ dir.size);
  const newId = idMaker(rnd);
  const snapshotId = newId();
  const inRegister = dir.people.filter((p) => p.inRegister);
  const needsStandard = inRegister.filter((p) => p.mailbox !== null).length;
  const needsEnterprise = inRegister.filter((p) => p.archiveState === 'Local' || p.litigationHold).length;
  const l = lots({ standard: needsStandard, enterprise: Math.round(needsEnterprise * 0.8), old: Math.round(inRegister.length * 0.1) }, rnd, newId);
  const people: Person[] = [];
  const assignments: Assignment[] = [];
  const audited: Assignment[] = [];
  const assign = (personId: string, purchaseId: string, assignedOn: string, releasedOn: string | null, reason: Assignment['releaseReason']): void => {
    const a: Assignment = { id: newId(), personId, purchaseId, assignedOn, releasedOn, releaseReason: reason, notes: '', releaseNotes: '', verification: null };
    assignments.push(a);
    if (releasedOn !== null || rnd() < 0.2) audited.push(a);
  };
  for (const p of inRegister) {
    const person = personOf(p, newId(), snapshotId, rnd);
    people.push(person);
    if (p.mailbox === null || person.external) continue;
    const assignedOn = day('2019-03-01', Math.floor(rnd() * 2300));
    if (rnd() < 0.1) assign(person.id, l.take('old'), day('2016-06-01', Math.floor(rnd() * 900)), day(assignedOn, -1), 'role-change');
    if (rnd() < 0.04) continue;
    const releasedOn = person.leftOn;
    assign(person.id, l.take('standard'), assignedOn, releasedOn, releasedOn === null ? null : 'left');
    if ((p.archiveState === 'Local' || p.litigationHold) && rnd() < 0.8) assign(person.id, l.take('enterprise'), assignedOn, releasedOn, releasedOn === null ? null : 'left');
  }
  const serverList = servers(newId);
  const audit: AuditEvent[] = [];
  const push = (action: string, subject: string, after: unknown, at: string): void => {
    audit.push(nextAuditEvent(audit.at(-1), { action, subject, after }, at, ACTOR));
  };
  push('register.create', 'Przykład Sp. z o.o.', { name: 'Przykład Sp. z o.o.' }, '2019-01-10T08:00:00.000Z');
  for (const s of serverList) push('server.add', s.name, s, '2019-01-10T08:05:00.000Z');
  for (const p of l.purchases) push('purchase.add', p.document, p, `${p.date}T10:00:00.000Z`);
  push('import.commit', 'mailboxes.csv, adusers.csv', { newPeople: people.length, snapshotId }, GENERATED_AT);
  for (const a of audited) {
    if (a.releasedOn === null) push('assignment.create', a.personId, a, `${a.assignedOn}T09:00:00.000Z`);
    else push('assignment.release', a.personId, { id: a.id, releasedOn: a.releasedOn, reason: a.releaseReason }, `${a.releasedOn}T09:00:00.000Z`);
  }
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    registerId: newId(),
    createdAt: '2019-01-10T08:00:00.000Z',
    organization: { name: 'Przykład Sp. z o.o.', taxId: '5250001009', address: 'ul. Długa 1, 00-001 Warszawa', contact: 'it@przyklad.pl' },
    settings: { countSharedMailboxes: false, importMappings: {} },
    servers: serverList,
    purchases: l.purchases,
    people,
    assignments,
    proofs: l.proofs,
    inventory: [snapshotOf(dir, snapshotId)],
    audit,
  };
}
