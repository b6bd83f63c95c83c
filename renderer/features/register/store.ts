import { create } from 'zustand';
import type { ReleaseReason } from '../../../shared/domain/model';
import type { AssignmentAnswer, HistoryEntry, PersonAnswer, PersonInput, PersonRow, ReleaseCheck, RowsAt, RowsStep } from '../../../shared/contracts/ledger';
import type { RegisterStatus } from '../../../shared/contracts/register';
import type { AppError, Result } from '../../../shared/result';
import { client } from '../../api/client';
import { inOpenRegister, latestLoads, onRegisterChange, reloadIfLoading } from '../../app/sessionStore';
import { refreshRegisterStatus } from '../../components/refreshRegisterStatus';
import { usePurchasesStore } from '../purchases/store';
import { defaultRegisterQuery, type RegisterQuery } from './filter';
import { createSortedPeople } from './sortedPeople';

export type ActiveCal = PersonRow['activeCals'][number];

/** The CAL the Release dialog is about; `reassign` opens the wizard for its lot afterwards. */
export interface ReleaseTarget {
  person: PersonRow;
  cal: ActiveCal;
  mode: 'release' | 'reassign';
}

export interface ReleaseRequest {
  releasedOn: string;
  reason: ReleaseReason;
  notes: string;
}

export interface LeaveRequest {
  leftOn: string;
  releaseCals: boolean;
}

/** One of a person's CALs, as the leave dialog weighs it against the leaving date (rebuilt from their history). */
export interface PersonCal {
  assignmentId: string;
  productName: string;
  document: string;
  assignedOn: string;
  releasedOn: string | null;
}

/** The CALs of the person the "Mark as left" dialog is about, loaded when it opens. */
export type LeaveCalsState =
  | { kind: 'idle' }
  | { kind: 'loading'; personId: string }
  | { kind: 'ready'; personId: string; cals: PersonCal[] }
  | { kind: 'failed'; personId: string; error: AppError };

export type HistoryState = { kind: 'closed' } | { kind: 'loading'; person: PersonRow } | { kind: 'ready'; person: PersonRow; entries: HistoryEntry[] } | { kind: 'failed'; person: PersonRow; error: AppError };

export interface RegisterState {
  people: PersonRow[];
  /**
   * Which of main's rows `people` are (`RowsAt`): those of the load, moved on by each change whose answer brought the one
   * row it changed. Null when not known to be main's: the next visit loads the list again.
   */
  rowsAt: RowsAt | null;
  loaded: boolean;
  loading: boolean;
  error: AppError | null;
  query: RegisterQuery;
  releaseTarget: ReleaseTarget | null;
  /** The person the "Mark as left" / "Undo 'left'" dialog is about (the mode follows their `leftOn`). */
  leaveTarget: PersonRow | null;
  /** The person the Edit dialog is open for. */
  editTarget: PersonRow | null;
  /** Every CAL of `leaveTarget` with its release date (booked ones too), so the dialog says exactly what Confirm releases. */
  leaveCals: LeaveCalsState;
  history: HistoryState;
  load(): Promise<void>;
  /**
   * The Register screen or the wizard was opened: the list held is kept while main's rows are still the ones it holds (the
   * register status says which, `RowsAt`), and loaded again otherwise. It is not shown until main has said, so no row of
   * it is ever shown stale.
   */
  visit(): Promise<void>;
  setQuery(patch: Partial<RegisterQuery>): void;
  /** Sorts by a column; the same column again flips the direction. */
  sortBy(key: RegisterQuery['sort']): void;
  savePerson(input: PersonInput): Promise<Result<PersonRow>>;
  /** One person's row from main after a change made elsewhere (the wizard's new assignment) takes their old row's place; `step` is what that change did to main's rows. */
  placePerson(row: PersonRow | null, step: RowsStep): void;
  askEdit(person: PersonRow): void;
  closeEdit(): void;
  askRelease(target: ReleaseTarget): void;
  cancelRelease(): void;
  /** What releasing the asked CAL on `releasedOn` would leave (an Enterprise CAL without a Standard CAL), for the confirmation step. */
  checkRelease(releasedOn: string): Promise<Result<ReleaseCheck>>;
  /** Releases the asked CAL and puts its holder's row from main's answer in place; the dialog closes on success. */
  confirmRelease(request: ReleaseRequest): Promise<Result<AssignmentAnswer>>;
  openHistory(person: PersonRow): Promise<void>;
  closeHistory(): void;
  /** Opens the leave dialog; for someone who has not left, loads their CALs (`leaveCals`). */
  askLeave(person: PersonRow): void;
  cancelLeave(): void;
  /** Records that the asked person left (optionally releasing their CALs) and reloads; the dialog closes on success. */
  confirmLeave(request: LeaveRequest): Promise<Result<PersonRow>>;
  /** Undoes the asked person's recorded departure and reloads; the dialog closes on success. */
  confirmReturn(): Promise<Result<PersonRow>>;
  /** Another register is open: its people load afresh, with no search, filter, sort or dialog left from the last one. */
  forgetRegister(): void;
}

export const initialRegisterState = {
  people: [],
  rowsAt: null,
  loaded: false,
  loading: false,
  error: null,
  query: defaultRegisterQuery,
  releaseTarget: null,
  leaveTarget: null,
  editTarget: null,
  leaveCals: { kind: 'idle' },
  history: { kind: 'closed' },
} satisfies Partial<RegisterState>;

/** A person's CALs from their history: one per assignment, with its start and its release (past or booked), if any. */
function calsFromHistory(entries: readonly HistoryEntry[]): PersonCal[] {
  const byId = new Map<string, PersonCal>();
  for (const entry of entries) {
    const cal = byId.get(entry.assignmentId) ?? { assignmentId: entry.assignmentId, productName: entry.productName, document: entry.document, assignedOn: '', releasedOn: null };
    if (entry.kind === 'assigned') cal.assignedOn = entry.at;
    else cal.releasedOn = entry.at;
    byId.set(entry.assignmentId, cal);
  }
  return [...byId.values()];
}

/** After a release or a departure: the status counts and the lots' seat counts (when shown). */
function afterSeatsChanged(): void {
  void refreshRegisterStatus();
  // A freed seat changes the lot's counts too.
  if (usePurchasesStore.getState().loaded) void usePurchasesStore.getState().load();
}

/** The people with one person's row from main put in place of their old one (or added). */
function withRow(people: readonly PersonRow[], row: PersonRow): PersonRow[] {
  return people.some((p) => p.id === row.id) ? people.map((p) => (p.id === row.id ? row : p)) : [...people, row];
}

/**
 * The list after a change of one person's row (`row`, null when main holds no one for it): the row in place, and the list
 * at main's rows after the change if it was at those before it (`RowsStep`); otherwise it may miss what it does not know of.
 */
function withChangedRow(s: Pick<RegisterState, 'people' | 'rowsAt'>, row: PersonRow | null, step: RowsStep): Pick<RegisterState, 'people' | 'rowsAt'> {
  const at = s.rowsAt;
  const rowsAt = at !== null && at.revision === step.before && at.day === step.day ? { revision: step.after, day: step.day } : null;
  return { people: row ? withRow(s.people, row) : s.people, rowsAt };
}

/** A person's row from an answer that carries it, without the answer's `rowsStep`. */
function rowOf({ rowsStep: _step, ...row }: PersonAnswer): PersonRow {
  return row;
}

/** Whether a list at `rowsAt` is main's rows as `status` says them: same revision, same day. */
const rowsCurrent = (rowsAt: RowsAt | null, status: RegisterStatus | null): boolean =>
  rowsAt !== null && status?.state === 'open' && status.rowsAt.revision === rowsAt.revision && status.rowsAt.day === rowsAt.day;

/** A visit is asking main whether the list held is still its rows (`keepOrLoad`). */
let checking = false;

/**
 * A visit: the list held is shown again once the register status says main's rows are still its own, and loaded again
 * otherwise; until then it is not shown, as a change made elsewhere (or midnight) may have changed some row of it.
 */
async function keepOrLoad(get: () => RegisterState, set: (patch: Partial<RegisterState>) => void): Promise<void> {
  // A visit while another asks main (React mounting a screen twice) leaves it to that one; a load under way brings main's
  // rows (one asked before a change of this window is asked again, `reloadIfLoading`).
  if (checking || get().loading) return;
  const held = get().loaded;
  set({ loaded: false });
  if (!held) return get().load();
  checking = true;
  let status: RegisterStatus | null;
  try {
    status = await refreshRegisterStatus();
  } finally {
    checking = false;
  }
  // A load asked meanwhile (a retry, another register opened) brings the list itself.
  if (get().loading || get().loaded) return;
  if (rowsCurrent(get().rowsAt, status)) set({ loaded: true });
  else await get().load();
}

const peopleLoads = latestLoads();

/**
 * The people in the Register's order (and the wizard's), for the screens: after a save only the changed person
 * is placed again, not everyone sorted (`createSortedPeople`).
 */
export const sortedPeople = createSortedPeople();

/** People with their active CALs (cached for the Register screen and the wizard's person step) and the Register's UI state. */
export const useRegisterStore = create<RegisterState>()((set, get) => ({
  ...initialRegisterState,

  async load() {
    const current = peopleLoads.begin();
    set({ loading: true });
    const result = await client.peopleList({});
    if (!current()) return;
    set(result.ok ? { people: result.value.people, rowsAt: result.value.rowsAt, loaded: true, loading: false, error: null } : { loading: false, error: result.error });
  },

  visit() {
    return keepOrLoad(get, set);
  },

  setQuery(patch) {
    set((s) => ({ query: { ...s.query, ...patch } }));
  },

  sortBy(key) {
    set((s) => ({
      query: { ...s.query, sort: key, direction: s.query.sort === key && s.query.direction === 'ascending' ? 'descending' : 'ascending' },
    }));
  },

  async savePerson(input) {
    const result = await inOpenRegister(() => client.personSave(input));
    if (!result.ok) return result;
    const row = rowOf(result.value);
    get().placePerson(row, result.value.rowsStep);
    void refreshRegisterStatus();
    return { ok: true, value: row };
  },

  placePerson(row, step) {
    set((s) => withChangedRow(s, row, step));
    reloadIfLoading(get());
  },

  askEdit(person) {
    set({ editTarget: person });
  },

  closeEdit() {
    set({ editTarget: null });
  },

  askRelease(target) {
    set({ releaseTarget: target });
  },

  cancelRelease() {
    set({ releaseTarget: null });
  },

  async checkRelease(releasedOn) {
    const target = get().releaseTarget;
    if (!target) return { ok: false, error: { code: 'not-found', message: 'No CAL was chosen for release.' } };
    return client.assignmentReleaseCheck({ assignmentId: target.cal.assignmentId, releasedOn });
  },

  async confirmRelease(request) {
    const target = get().releaseTarget;
    if (!target) return { ok: false, error: { code: 'not-found', message: 'No CAL was chosen for release.' } };
    const result = await inOpenRegister(() => client.assignmentRelease({ assignmentId: target.cal.assignmentId, ...request }));
    if (result.ok) {
      // Main answers with the holder's row, the CAL gone from it once its release day has come; no one else's row changed.
      const { holder, rowsStep } = result.value;
      set((s) => ({ releaseTarget: null, ...withChangedRow(s, holder, rowsStep) }));
      reloadIfLoading(get());
      afterSeatsChanged();
    }
    return result;
  },

  askLeave(person) {
    if (person.leftOn !== null) {
      set({ leaveTarget: person, leaveCals: { kind: 'idle' } });
      return;
    }
    set({ leaveTarget: person, leaveCals: { kind: 'loading', personId: person.id } });
    void client.personHistory({ personId: person.id }).then((result) => {
      // Ignore a late answer for a dialog closed or reopened meanwhile.
      const now = get().leaveCals;
      if (now.kind !== 'loading' || now.personId !== person.id) return;
      set({ leaveCals: result.ok ? { kind: 'ready', personId: person.id, cals: calsFromHistory(result.value) } : { kind: 'failed', personId: person.id, error: result.error } });
    });
  },

  cancelLeave() {
    set({ leaveTarget: null, leaveCals: { kind: 'idle' } });
  },

  async confirmLeave(request) {
    const target = get().leaveTarget;
    if (!target) return { ok: false, error: { code: 'not-found', message: 'No person was chosen.' } };
    const result = await inOpenRegister(() => client.personLeave({ personId: target.id, ...request }));
    if (result.ok) {
      // Main answers with the person's row, their released CALs gone; no one else's row changed.
      set((s) => ({ leaveTarget: null, leaveCals: { kind: 'idle' }, ...withChangedRow(s, rowOf(result.value), result.value.rowsStep) }));
      reloadIfLoading(get());
      afterSeatsChanged();
    }
    return result;
  },

  async confirmReturn() {
    const target = get().leaveTarget;
    if (!target) return { ok: false, error: { code: 'not-found', message: 'No person was chosen.' } };
    const result = await inOpenRegister(() => client.personReturn({ personId: target.id }));
    if (result.ok) {
      set((s) => ({ leaveTarget: null, ...withChangedRow(s, rowOf(result.value), result.value.rowsStep) }));
      reloadIfLoading(get());
      afterSeatsChanged();
    }
    return result;
  },

  async openHistory(person) {
    set({ history: { kind: 'loading', person } });
    const result = await client.personHistory({ personId: person.id });
    // Ignore a late answer for a dialog closed or reopened meanwhile.
    if (get().history.kind === 'closed' || (get().history as { person?: PersonRow }).person?.id !== person.id) return;
    set({ history: result.ok ? { kind: 'ready', person, entries: result.value } : { kind: 'failed', person, error: result.error } });
  },

  closeHistory() {
    set({ history: { kind: 'closed' } });
  },

  forgetRegister() {
    set(initialRegisterState);
  },
}));

onRegisterChange(() => {
  useRegisterStore.getState().forgetRegister();
  sortedPeople.forget();
});
