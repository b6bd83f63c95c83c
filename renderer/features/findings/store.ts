import { create } from 'zustand';
import type { ComplianceView } from '../../../shared/contracts/compliance';
import type { RuleId, Severity } from '../../../shared/licensing/types';
import type { AppError } from '../../../shared/result';
import { client } from '../../api/client';
import { inOpenRegister, latestLoads, onRegisterChange } from '../../app/sessionStore';
import { todayIso } from '../../components/ledgerLabels';
import { isChosenDate, lagsBehindToday } from '../../components/useFollowToday';

export type ComplianceLoad = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; view: ComplianceView } | { kind: 'failed'; error: AppError };

export interface FindingsFilter {
  severity: Severity | 'all';
  rule: RuleId | 'all';
}

export interface ComplianceState {
  /** Today's position for the Overview dashboard. */
  dashboard: ComplianceLoad;
  /** The day the dashboard was last asked for (main judges it as of its today). */
  dashboardDay: string;
  /** The Findings screen's report, as of `asOf`. */
  findings: ComplianceLoad;
  asOf: string;
  /** Whether the user chose `asOf`; until they do (or when they choose today), it is today, whatever day that is. */
  asOfChosen: boolean;
  filter: FindingsFilter;
  savingSetting: boolean;
  settingError: AppError | null;
  loadDashboard(): Promise<void>;
  /** Loads the findings as of `asOf` (a date the user chose), else as of the date chosen before, else as of today. */
  loadFindings(asOf?: string): Promise<void>;
  /** The day changed (past midnight) and the as-of date is the default: the findings load again as of the new today. */
  findingsFollowToday(): void;
  /** The day changed since the dashboard was asked for: it is asked for again, judged as of the new today. */
  dashboardFollowToday(): void;
  setFilter(patch: Partial<FindingsFilter>): void;
  setCountSharedMailboxes(value: boolean): Promise<void>;
  /** Forgets cached reports (after an import, an assignment…), so the next visit recomputes. */
  invalidate(): void;
  /** Another register is open: its reports load afresh, judged as of today, with no filter left from the last one. */
  forgetRegister(): void;
}

export const initialComplianceState = {
  dashboard: { kind: 'idle' },
  dashboardDay: todayIso(),
  findings: { kind: 'idle' },
  asOf: todayIso(),
  asOfChosen: false,
  filter: { severity: 'all', rule: 'all' },
  savingSetting: false,
  settingError: null,
} satisfies Partial<ComplianceState>;

const toLoad = (result: Awaited<ReturnType<typeof client.complianceReport>>): ComplianceLoad =>
  result.ok ? { kind: 'ready', view: result.value } : { kind: 'failed', error: result.error };

/** Compliance reports from main (the engine runs there) for the Overview and Findings screens, and the findings filter. */
export const useComplianceStore = create<ComplianceState>()((set, get) => {
  // A slow answer for an older request, or for the register open before, must not overwrite a newer one.
  const dashboardLoads = latestLoads();
  const findingsLoads = latestLoads();
  return {
    ...initialComplianceState,

    async loadDashboard() {
      const current = dashboardLoads.begin();
      set({ dashboardDay: todayIso(), ...(get().dashboard.kind !== 'ready' ? { dashboard: { kind: 'loading' } } : {}) });
      const result = await client.complianceReport({});
      if (current()) set({ dashboard: toLoad(result) });
    },

    async loadFindings(chosen?: string) {
      // Today picked again is the default again: it follows the calendar, as before any choice.
      const asOfChosen = chosen === undefined ? get().asOfChosen : isChosenDate(chosen);
      const asOf = chosen ?? (asOfChosen ? get().asOf : todayIso());
      const current = findingsLoads.begin();
      set({ asOf, asOfChosen, findings: { kind: 'loading' } });
      const result = await client.complianceReport({ asOf });
      if (current()) set({ findings: toLoad(result) });
    },

    findingsFollowToday() {
      const { asOfChosen, asOf, findings } = get();
      if (findings.kind !== 'idle' && lagsBehindToday(asOf, asOfChosen)) void get().loadFindings();
    },

    dashboardFollowToday() {
      const { dashboard, dashboardDay } = get();
      if (dashboard.kind !== 'idle' && dashboardDay !== todayIso()) void get().loadDashboard();
    },

    setFilter(patch) {
      set((s) => ({ filter: { ...s.filter, ...patch } }));
    },

    async setCountSharedMailboxes(value) {
      set({ savingSetting: true, settingError: null });
      const result = await inOpenRegister(() => client.complianceSettings({ countSharedMailboxes: value }));
      if (!result.ok && result.error.code === 'cancelled') {
        // Answered for a register no longer open (`inOpenRegister`): the new register's reports, loading or loaded, stay.
        set({ savingSetting: false });
        return;
      }
      dashboardLoads.drop();
      if (!result.ok) {
        set({ savingSetting: false, settingError: result.error });
        return;
      }
      set({ savingSetting: false, dashboard: { kind: 'ready', view: result.value }, dashboardDay: todayIso() });
      if (get().findings.kind !== 'idle') void get().loadFindings();
    },

    invalidate() {
      dashboardLoads.drop();
      findingsLoads.drop();
      set({ dashboard: { kind: 'idle' }, findings: { kind: 'idle' } });
    },

    forgetRegister() {
      dashboardLoads.drop();
      findingsLoads.drop();
      // Today as it is now: the one computed when the app started may be days old.
      set({ ...initialComplianceState, dashboardDay: todayIso(), asOf: todayIso() });
    },
  };
});

onRegisterChange(() => useComplianceStore.getState().forgetRegister());
