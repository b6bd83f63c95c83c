import { create } from 'zustand';
import type { ChecklistPoint, PersonRow, ProofAttachResult, RowsStep, RuleProblemView } from '../../../shared/contracts/ledger';
import type { Assignment, ReleaseReason } from '../../../shared/domain/model';
import { isCalendarDate } from '../../../shared/licensing/dates';
import type { AppError } from '../../../shared/result';
import { client } from '../../api/client';
import { inOpenRegister, latestLoads, onRegisterChange, shownError } from '../../app/sessionStore';
import { refreshRegisterStatus } from '../../components/refreshRegisterStatus';
import { todayIso } from '../../components/ledgerLabels';
import { isChosenDate, lagsBehindToday } from '../../components/useFollowToday';
import { usePurchasesStore } from '../purchases/store';
import { useRegisterStore } from '../register/store';

/** The six steps of the vendor guide, in order. */
export const wizardSteps = ['server', 'purchase', 'person', 'record', 'verify', 'proof'] as const;
export type WizardStep = (typeof wizardSteps)[number];
export const stepIndex = (step: WizardStep) => wizardSteps.indexOf(step);

export type CheckState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'done'; blocking: RuleProblemView[]; warnings: RuleProblemView[] }
  | { kind: 'failed'; error: AppError };

export type ChecklistState = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; points: ChecklistPoint[] } | { kind: 'failed'; error: AppError };

export interface Verification {
  accountEnabled: boolean;
  hasMailbox: boolean;
}

export interface AssignWizardData {
  step: number;
  serverId: string | null;
  purchaseId: string | null;
  personId: string | null;
  personSearch: string;
  assignedOn: string;
  /** Whether the user chose `assignedOn`; until they do (or when they choose today), it is today, whatever day that is. */
  assignedOnChosen: boolean;
  notes: string;
  /** The previous holder's release reason, asked when the 90-day rule warns. */
  reason: ReleaseReason | null;
  acknowledged: boolean;
  check: CheckState;
  verification: Verification;
  /** When the boxes were prefilled from the person's last import, its time. */
  verificationFrom: string | null;
  creating: boolean;
  createError: AppError | null;
  assignment: Assignment | null;
  proofConfirmed: boolean;
  attaching: boolean;
  proofError: AppError | null;
  /** The proofs whose stored files the last attach put right (shown by `repairedProofsText`). */
  proofRepaired: ProofAttachResult['repaired'];
  checklist: ChecklistState;
}

export interface AssignState extends AssignWizardData {
  selectServer(id: string): void;
  selectPurchase(id: string): void;
  selectPerson(person: PersonRow): void;
  setPersonSearch(text: string): void;
  setAssignedOn(date: string): void;
  /**
   * The day changed (past midnight) and the assignment date is the default, not yet recorded: it becomes the new today and
   * is checked again; a wizard gone past the date's step goes back to it, so the date and its check are seen before recording.
   */
  followToday(): void;
  setNotes(notes: string): void;
  setReason(reason: ReleaseReason | null): void;
  setAcknowledged(value: boolean): void;
  setVerification(patch: Partial<Verification>): void;
  setProofConfirmed(value: boolean): void;
  /** Goes forward when the step is complete; step 5 records the assignment first. */
  next(): Promise<void>;
  /** Goes back keeping every answer; not possible once the assignment is recorded. */
  back(): void;
  /** Goes back to an earlier step keeping every answer (the purchase step, when the rules refuse the lot chosen). */
  backTo(step: WizardStep): void;
  runCheck(): Promise<void>;
  attachProof(): Promise<void>;
  /** Ends the flow on the verification checklist of the guide. */
  finish(): Promise<void>;
  reset(): void;
  /** Starts over with a lot chosen (Reassign from the Register) and the previous holder's release reason. */
  startForLot(purchaseId: string, reason: ReleaseReason | null): void;
}

export function initialAssignData(): AssignWizardData {
  return {
    step: 0,
    serverId: null,
    purchaseId: null,
    personId: null,
    personSearch: '',
    assignedOn: todayIso(),
    assignedOnChosen: false,
    notes: '',
    reason: null,
    acknowledged: false,
    check: { kind: 'idle' },
    verification: { accountEnabled: false, hasMailbox: false },
    verificationFrom: null,
    creating: false,
    createError: null,
    assignment: null,
    proofConfirmed: false,
    attaching: false,
    proofError: null,
    proofRepaired: [],
    checklist: { kind: 'idle' },
  };
}

export const hasEarlyReassignment = (check: CheckState) => check.kind === 'done' && check.warnings.some((w) => w.code === 'early-reassignment');

/** Whether the wizard may leave a step: what the user must have chosen or acknowledged (the licensing verdict itself comes from main). */
export function stepComplete(data: AssignWizardData, step: number): boolean {
  switch (wizardSteps[step]) {
    case 'server':
      return data.serverId !== null;
    case 'purchase':
      return data.purchaseId !== null;
    case 'person':
      return data.personId !== null;
    case 'record': {
      const check = data.check;
      if (check.kind !== 'done' || check.blocking.length > 0 || !isCalendarDate(data.assignedOn)) return false;
      if (check.warnings.length === 0) return true;
      return data.acknowledged && (!hasEarlyReassignment(check) || data.reason !== null);
    }
    case 'verify':
      return data.assignment === null ? stepComplete(data, stepIndex('record')) : true;
    case 'proof':
      return data.assignment !== null;
    default:
      return false;
  }
}

// Answers that depend on what was chosen earlier are dropped when the choice changes.
const recheck = { check: { kind: 'idle' }, acknowledged: false } as const;

export const useAssignStore = create<AssignState>()((set, get) => {
  // An answer to an older question (the date changed meanwhile), or for the register open before, is dropped.
  const checks = latestLoads();
  const checklists = latestLoads();
  /** After the assignment is recorded: the lots' seat counts, the holder's row (main's answer; no one else's changed) and the status counts. */
  const afterRecorded = (holder: PersonRow | null, step: RowsStep) => {
    void usePurchasesStore.getState().load();
    useRegisterStore.getState().placePerson(holder, step);
    void refreshRegisterStatus();
  };

  return {
    ...initialAssignData(),

    selectServer: (serverId) => set({ serverId }),
    selectPurchase: (purchaseId) => set((s) => (s.purchaseId === purchaseId ? {} : { purchaseId, ...recheck, proofConfirmed: false, proofRepaired: [] })),
    selectPerson(person) {
      if (get().personId === person.id) return;
      const directory = person.directory;
      const known = directory !== null && (directory.accountEnabled !== null || directory.mailboxType !== null);
      set({
        personId: person.id,
        ...recheck,
        verification: {
          accountEnabled: directory?.accountEnabled ?? false,
          hasMailbox: directory?.mailboxType != null && directory.mailboxType !== '',
        },
        verificationFrom: known ? (directory.seenAt ?? '') : null,
      });
    },
    setPersonSearch: (personSearch) => set({ personSearch }),
    setAssignedOn(assignedOn) {
      // Today picked again is the default again: it follows the calendar, as before any choice.
      set({ assignedOn, assignedOnChosen: isChosenDate(assignedOn), ...recheck });
      void get().runCheck();
    },
    followToday() {
      const { assignedOn, assignedOnChosen, assignment, creating, step } = get();
      if (assignment !== null || creating || !lagsBehindToday(assignedOn, assignedOnChosen)) return;
      const record = stepIndex('record');
      set({ assignedOn: todayIso(), ...recheck, ...(step > record ? { step: record, createError: null } : {}) });
      void get().runCheck();
    },
    setNotes: (notes) => set({ notes }),
    setReason(reason) {
      set({ reason, ...recheck });
      void get().runCheck();
    },
    setAcknowledged: (acknowledged) => set({ acknowledged }),
    setVerification: (patch) => set((s) => ({ verification: { ...s.verification, ...patch } })),
    setProofConfirmed: (proofConfirmed) => set({ proofConfirmed }),

    async next() {
      const state = get();
      if (!stepComplete(state, state.step) || state.creating) return;
      if (wizardSteps[state.step] === 'verify' && state.assignment === null) {
        const created = await createAssignment();
        if (!created) return;
      }
      const step = Math.min(get().step + 1, wizardSteps.length - 1);
      set({ step });
      if (wizardSteps[step] === 'record') void get().runCheck();
    },

    back() {
      const { step, assignment } = get();
      if (assignment !== null || step === 0) return;
      set({ step: step - 1, createError: null });
    },

    backTo(target) {
      const { step, assignment } = get();
      const index = stepIndex(target);
      if (assignment !== null || index < 0 || index >= step) return;
      set({ step: index, createError: null });
    },

    async runCheck() {
      const { personId, purchaseId, assignedOn, reason } = get();
      if (!personId || !purchaseId || !isCalendarDate(assignedOn)) return;
      const current = checks.begin();
      set({ check: { kind: 'checking' } });
      const result = await client.assignmentCheck({ personId, purchaseId, assignedOn, reason });
      if (!current()) return;
      set({ check: result.ok ? { kind: 'done', ...result.value } : { kind: 'failed', error: result.error } });
    },

    async attachProof() {
      const { purchaseId } = get();
      if (!purchaseId) return;
      set({ attaching: true, proofError: null, proofRepaired: [] });
      const result = await usePurchasesStore.getState().attachProof(purchaseId);
      if (result.ok) set({ attaching: false, proofConfirmed: true, proofRepaired: result.value.repaired });
      else set({ attaching: false, proofError: shownError(result) });
    },

    async finish() {
      const { assignment, serverId } = get();
      if (!assignment) return;
      const current = checklists.begin();
      set({ checklist: { kind: 'loading' } });
      // The server verified at step 1 is the one judged; the others are the whole register's checklist (the workbook).
      const result = await client.assignmentChecklist(serverId ? { assignmentId: assignment.id, serverId } : { assignmentId: assignment.id });
      if (current()) set({ checklist: result.ok ? { kind: 'ready', points: result.value } : { kind: 'failed', error: result.error } });
    },

    reset() {
      checks.drop();
      checklists.drop();
      set(initialAssignData());
    },

    startForLot(purchaseId, reason) {
      checks.drop();
      checklists.drop();
      set({ ...initialAssignData(), purchaseId, reason });
    },
  };

  async function createAssignment(): Promise<boolean> {
    const s = get();
    const { personId, purchaseId } = s;
    if (!personId || !purchaseId) return false;
    set({ creating: true, createError: null });
    const result = await inOpenRegister(() =>
      client.assignmentCreate({
        personId,
        purchaseId,
        assignedOn: s.assignedOn,
        reason: s.reason,
        notes: s.notes.trim(),
        verification: s.verification,
        acceptWarnings: s.check.kind === 'done' && s.check.warnings.length > 0 && s.acknowledged,
      }),
    );
    if (!result.ok) {
      // An answer for a register no longer open shows nothing (`inOpenRegister`): the wizard started over for the one open now.
      set({ creating: false, createError: shownError(result) });
      return false;
    }
    const { holder, rowsStep, ...assignment } = result.value;
    set({ creating: false, assignment });
    afterRecorded(holder, rowsStep);
    return true;
  }
});

// A half-made assignment names a server, a lot and a person of the register it was begun in: another register starts afresh.
onRegisterChange(() => useAssignStore.getState().reset());
