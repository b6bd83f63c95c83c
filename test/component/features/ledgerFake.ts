import { vi, type Mock } from 'vitest';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { ChecklistPoint, PeopleList, PersonRow, PurchaseView, RowsAt, RowsStep, ServerView } from '../../../shared/contracts/ledger';
import type { Assignment } from '../../../shared/domain/model';
import { isOpenOnLeaving } from '../../../shared/ledger/leaving';
import { isListedOn } from '../../../shared/licensing/register-view';
import { todayIso } from '../../../renderer/components/ledgerLabels';
import type { Result } from '../../../shared/result';
import { fakeBridge, installFakeApi, openStatus, settings } from '../fakeApi';

type LedgerChannel =
  | 'serversList'
  | 'serverSave'
  | 'serverVerify'
  | 'purchasesList'
  | 'purchaseSave'
  | 'purchaseVoid'
  | 'proofAttach'
  | 'proofShow'
  | 'proofDetach'
  | 'peopleList'
  | 'personSave'
  | 'personHistory'
  | 'personLeave'
  | 'personReturn'
  | 'assignmentCheck'
  | 'assignmentCreate'
  | 'assignmentReleaseCheck'
  | 'assignmentRelease'
  | 'assignmentChecklist';

export type LedgerFake = { [C in LedgerChannel]: Mock<(input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>> } & {
  /**
   * Main's rows as the fake keeps them (`RowsAt`): the register status and the people's list say them, and each change
   * of people, CALs or lots moves the revision on. A test moves it, or the day, for a change made elsewhere or midnight.
   */
  rowsAt: RowsAt;
};

const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });

export const server: ServerView = {
  id: 'srv-1',
  name: 'EX01',
  product: 'Exchange Server 2019',
  edition: 'Standard',
  build: '15.2.1544.4',
  activation: { state: 'activated' },
  partialProductKey: 'K7Q2M',
  verifiedAt: null,
  verifiedBy: '',
  source: 'manual',
  notes: '',
  retiredOn: null,
  version: '2019',
  endOfSupport: '2025-10-14',
};

export const purchase: PurchaseView = {
  id: 'lot-1',
  productId: 'exchange-2019-standard-user-cal',
  productName: 'Exchange Server 2019 Standard User CAL',
  quantity: 10,
  date: '2024-03-01',
  vendor: 'KluczeSoft',
  document: 'FV/2024/03/17',
  program: 'retail',
  coverage: { kind: 'perpetual' },
  notes: '',
  proofIds: ['proof-1'],
  voidedAt: null,
  voidReason: '',
  seatsUsed: 1,
  seatsFree: 9,
  proofs: [
    {
      id: 'proof-1',
      sha256: 'a'.repeat(64),
      originalName: 'faktura-FV-2024-03-17.pdf',
      extension: 'pdf',
      size: 48_213,
      mediaType: 'application/pdf',
      addedAt: '2024-03-02T10:00:00.000Z',
      status: 'ok',
    },
  ],
};

const personBase = { department: '', leftOn: null, external: false, externalNote: '', manualEnterpriseFeatures: [], notes: '', status: 'active' as const };

export const anna: PersonRow = {
  ...personBase,
  id: 'p-anna',
  givenName: 'Anna',
  surname: 'Nowak',
  email: 'anna.nowak@przyklad.pl',
  login: 'anowak',
  directory: null,
  activeCals: [],
};

export const lukasz: PersonRow = {
  ...personBase,
  id: 'p-lukasz',
  givenName: 'Łukasz',
  surname: 'Żółkiewski',
  email: 'l.zolkiewski@przyklad.pl',
  login: 'lzolkiewski',
  department: 'Księgowość',
  directory: { accountEnabled: true, mailboxType: 'UserMailbox', archive: false, litigationHold: false, inPlaceHold: false, seenAt: '2026-01-10T09:00:00.000Z', snapshotId: 's1' },
  activeCals: [
    { assignmentId: 'a-1', purchaseId: 'lot-1', productId: 'exchange-2019-standard-user-cal', productName: 'Exchange Server 2019 Standard User CAL', assignedOn: '2025-02-01', document: 'FV/2024/03/17' },
  ],
};

/** Who holds which seat, behind the people's `activeCals` and their history (Łukasz's one CAL by default). */
export const lukaszCal: Assignment = {
  id: 'a-1',
  personId: 'p-lukasz',
  purchaseId: 'lot-1',
  assignedOn: '2025-02-01',
  releasedOn: null,
  releaseReason: null,
  notes: '',
  releaseNotes: '',
  verification: null,
};

export const checklist: ChecklistPoint[] = [
  { id: 'server-active', passed: true, reason: '', reasonKey: 'server-activated', params: { server: 'EX01' } },
  { id: 'account-and-mailbox', passed: true, reason: '', reasonKey: 'account-ok', params: { person: 'Anna Nowak' } },
  { id: 'users-within-cals', passed: true, reason: '', reasonKey: 'within-cals', params: { users: 2, cals: 10 } },
  { id: 'documented', passed: true, reason: '', reasonKey: 'documented', params: { count: 1 } },
  { id: 'proof-of-purchase', passed: false, reason: '', reasonKey: 'proof-missing', params: { count: 1 } },
];

/** A people's list as main answers it (`peopleList`), at the ledger fake's first rows unless `rowsAt` says others. */
export const peopleListOf = (people: PersonRow[], rowsAt: RowsAt = { revision: 1, day: todayIso() }): PeopleList => ({ people, rowsAt });

/**
 * The shell's fake bridge plus the ledger channels, answering from small fixed data unless a test
 * overrides one. Leaving, undoing it, an assignment and a release change the people and assignments as main would, so
 * the list reloaded after a confirm shows what was recorded.
 */
export function installLedgerFake(
  data: { servers?: ServerView[]; purchases?: PurchaseView[]; people?: PersonRow[]; assignments?: Assignment[]; language?: 'en' | 'pl'; readOnly?: boolean } = {},
): LedgerFake {
  const rowsAt: RowsAt = { revision: 1, day: todayIso() };
  installFakeApi({ settings: { ...settings, language: data.language ?? 'en' }, status: { ...openStatus, readOnly: data.readOnly ?? false }, rowsAt: () => ({ ...rowsAt }) });
  /** A change of main's rows, as main says it in the answer of a change of one person's row (`RowsStep`). */
  const stepRows = (): RowsStep => {
    const before = rowsAt.revision;
    rowsAt.revision += 1;
    return { before, after: rowsAt.revision, day: rowsAt.day };
  };
  let people = data.people ?? [anna, lukasz];
  let assignments = data.assignments ?? [lukaszCal];
  const servers = data.servers ?? [server];
  let purchases = data.purchases ?? [purchase];
  const productOf = (a: Assignment) => purchases.find((p) => p.id === a.purchaseId);
  const updatePerson = (id: string, patch: (p: PersonRow) => PersonRow): Result<PersonRow> => {
    people = people.map((p) => (p.id === id ? patch(p) : p));
    return { ok: true, value: people.find((p) => p.id === id)! };
  };
  const withStep = <T>(result: Result<T>) => (result.ok ? { ok: true as const, value: { ...result.value, rowsStep: stepRows() } } : result);
  const ledger: Omit<LedgerFake, 'rowsAt'> = {
    serversList: vi.fn(() => ok(servers)),
    serverSave: vi.fn((input) => ok({ ...server, ...input, id: input.id ?? 'srv-new', build: input.build ?? '', partialProductKey: input.partialProductKey ?? '', notes: input.notes ?? '' })),
    serverVerify: vi.fn(({ id, verifiedBy }) => ok({ ...(servers.find((s) => s.id === id) ?? server), verifiedAt: '2026-01-15T10:00:00.000Z', verifiedBy })),
    purchasesList: vi.fn(() => ok(purchases)),
    // As main does: a lot edited changes its holders' rows (they name its document), so main's rows move on.
    purchaseSave: vi.fn((input) => {
      const before = purchases.find((p) => p.id === input.id);
      if (!before) return ok(purchase);
      const saved = { ...before, document: input.document ?? before.document };
      purchases = purchases.map((p) => (p.id === saved.id ? saved : p));
      people = people.map((p) => (p.activeCals.some((cal) => cal.purchaseId === saved.id) ? { ...p, activeCals: p.activeCals.map((cal) => (cal.purchaseId === saved.id ? { ...cal, document: saved.document } : cal)) } : p));
      stepRows();
      return ok(saved);
    }),
    purchaseVoid: vi.fn(({ id, reason }) => {
      stepRows();
      return ok({ ...(purchases.find((p) => p.id === id) ?? purchase), voidedAt: '2026-01-15T10:00:00.000Z', voidReason: reason });
    }),
    proofAttach: vi.fn(({ purchaseId }) => ok({ purchase: purchases.find((p) => p.id === purchaseId) ?? purchase, repaired: [] })),
    proofShow: vi.fn(() => ok(null)),
    // As main does: the proof comes off that lot only, and the list reloaded shows it gone.
    proofDetach: vi.fn(({ purchaseId, proofId }) => {
      purchases = purchases.map((p) => (p.id === purchaseId ? { ...p, proofIds: p.proofIds.filter((id) => id !== proofId), proofs: p.proofs.filter((x) => x.id !== proofId) } : p));
      return ok(purchases.find((p) => p.id === purchaseId) ?? purchase);
    }),
    peopleList: vi.fn(() => ok({ people, rowsAt: { ...rowsAt } })),
    personSave: vi.fn((input) => {
      // An edit (with an id) changes that person, as main does; otherwise someone new is added.
      if (input.id && people.some((p) => p.id === input.id)) {
        return Promise.resolve(withStep(updatePerson(input.id, (p) => ({ ...p, ...input, id: p.id }) as PersonRow)));
      }
      const row: PersonRow = { ...anna, id: 'p-new', givenName: input.givenName ?? '', surname: input.surname ?? '', email: input.email ?? '', login: input.login ?? '', activeCals: [] };
      people = [...people, row];
      return ok({ ...row, rowsStep: stepRows() });
    }),
    personHistory: vi.fn(({ personId }) =>
      ok(
        assignments
          .filter((a) => a.personId === personId)
          .flatMap((a) => {
            const base = { assignmentId: a.id, productName: productOf(a)?.productName ?? a.purchaseId, document: productOf(a)?.document ?? '', notes: a.notes };
            const assigned = { ...base, at: a.assignedOn, kind: 'assigned' as const, reason: null };
            return a.releasedOn === null ? [assigned] : [assigned, { ...base, at: a.releasedOn, kind: 'released' as const, reason: a.releaseReason }];
          })
          .sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0)),
      ),
    ),
    personLeave: vi.fn(({ personId, leftOn, releaseCals = true }) => {
      const released = new Set(releaseCals ? assignments.filter((a) => a.personId === personId && isOpenOnLeaving(a, leftOn)).map((a) => a.id) : []);
      assignments = assignments.map((a) => (released.has(a.id) ? { ...a, releasedOn: leftOn, releaseReason: 'left' } : a));
      const today = todayIso();
      return Promise.resolve(
        withStep(
          updatePerson(personId, (p) => ({
          ...p,
          leftOn,
          status: leftOn <= today ? 'left' : 'active',
          activeCals: p.activeCals.filter((cal) => {
            const a = assignments.find((x) => x.id === cal.assignmentId);
            return !a || isListedOn(a, today);
          }),
          })),
        ),
      );
    }),
    personReturn: vi.fn(({ personId }) => Promise.resolve(withStep(updatePerson(personId, (p) => ({ ...p, leftOn: null, status: 'active' }))))),
    assignmentCheck: vi.fn(() => ok({ blocking: [], warnings: [] })),
    assignmentCreate: vi.fn((input) => {
      const assignment: Assignment = {
        id: 'a-new',
        personId: input.personId,
        purchaseId: input.purchaseId,
        assignedOn: input.assignedOn,
        releasedOn: null,
        releaseReason: null,
        notes: input.notes ?? '',
        releaseNotes: '',
        verification: input.verification ? { ...input.verification, checkedAt: '2026-01-15T10:00:00.000Z' } : null,
      };
      // As main does: with the holder's row after it, the new CAL listed (held or starting later).
      assignments = [...assignments, assignment];
      const lot = productOf(assignment);
      const cal = { assignmentId: assignment.id, purchaseId: assignment.purchaseId, productId: lot?.productId ?? '', productName: lot?.productName ?? '', assignedOn: assignment.assignedOn, document: lot?.document ?? '' };
      const holder = people.some((p) => p.id === assignment.personId) ? updatePerson(assignment.personId, (p) => ({ ...p, activeCals: [...p.activeCals, cal] })) : null;
      return ok({ ...assignment, holder: holder?.ok ? holder.value : null, rowsStep: stepRows() });
    }),
    assignmentReleaseCheck: vi.fn(() => ok({ enterpriseLeft: null })),
    // As main does: the assignment released, with its holder's row after it (the CAL gone once its release day has come).
    assignmentRelease: vi.fn(({ assignmentId, releasedOn, reason, notes = '' }) => {
      const before = assignments.find((a) => a.id === assignmentId) ?? { ...lukaszCal, id: assignmentId };
      const released: Assignment = { ...before, releasedOn, releaseReason: reason, releaseNotes: notes };
      assignments = assignments.map((a) => (a.id === assignmentId ? released : a));
      const today = todayIso();
      const holder = people.some((p) => p.id === released.personId)
        ? updatePerson(released.personId, (p) => ({ ...p, activeCals: p.activeCals.filter((cal) => cal.assignmentId !== assignmentId || isListedOn(released, today)) }))
        : null;
      return ok({ ...released, holder: holder?.ok ? holder.value : null, rowsStep: stepRows() });
    }),
    assignmentChecklist: vi.fn(() => ok(checklist)),
  };
  window.calRegister = { ...window.calRegister!, ...fakeBridge(ledger) };
  return { ...ledger, rowsAt };
}

/** An answer from main that the test gives when it chooses. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
