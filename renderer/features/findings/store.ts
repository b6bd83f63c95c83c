import { create } from 'zustand';
import type { ComplianceView } from '../../../shared/contracts/compliance';
import type { RuleId, Severity } from '../../../shared/licensing/types';
import type { AppError } from '../../../shared/result';
import { client } from '../../api/client';
import { onRegisterChange } from '../../app/sessionStore';
import { todayIso } from '../../components/ledgerLabels';

export type ComplianceLoad = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; view: ComplianceView } | { kind: 'failed'; error: AppError };

export interface FindingsFilter {
  severity: Severity | 'all';
  rule: RuleId | 'all';
}

export interface ComplianceState {
  /** Today's position for the Overview dashboard. */
  dashboard: ComplianceLoad;
  /** The Findings screen's report, as of `asOf`. */
  findings: ComplianceLoad;
  asOf: string;
  filter: FindingsFilter;
  savingSetting: boolean;
  settingError: AppError | null;
  loadDashboard(): Promise<void>;
  loadFindings(asOf?: string): Promise<void>;
  setFilter(patch: Partial<FindingsFilter>): void;
  setCountSharedMailboxes(value: boolean): Promise<void>;
  /** Forgets cached reports (after an import, an assignment…), so the next visit recomputes. */
  invalidate(): void;
  /** Another register is open: its reports load afresh, judged as of today, with no filter left from the last one. */
  forgetRegister(): void;
}

export const initialComplianceState = {
  dashboard: { kind: 'idle' },
  findings: { kind: 'idle' },
  asOf: todayIso(),
  filter: { severity: 'all', rule: 'all' },
  savingSetting: false,
  settingError: null,
} satisfies Partial<ComplianceState>;

const toLoad = (result: Awaited<ReturnType<typeof client.complianceReport>>): ComplianceLoad =>
  result.ok ? { kind: 'ready', view: result.value } : { kind: 'failed', error: result.error };

/** Compliance reports from main (the engine runs there) for the Overview and Findings screens, and the findings filter. */
export const useComplianceStore = create<ComplianceState>()((set, get) => {
  // A slow answer for an older request must not overwrite a newer one.
  let dashboardSeq = 0;
  let findingsSeq = 0;
  return {
    ...initialComplianceState,

    async loadDashboard() {
      const seq = ++dashboardSeq;
      if (get().dashboard.kind !== 'ready') set({ dashboard: { kind: 'loading' } });
      const result = await client.complianceReport({});
      if (seq === dashboardSeq) set({ dashboard: toLoad(result) });
    },

    async loadFindings(asOf = get().asOf) {
      const seq = ++findingsSeq;
      set({ asOf, findings: { kind: 'loading' } });
      const result = await client.complianceReport({ asOf });
      if (seq === findingsSeq) set({ findings: toLoad(result) });
    },

    setFilter(patch) {
      set((s) => ({ filter: { ...s.filter, ...patch } }));
    },

    async setCountSharedMailboxes(value) {
      set({ savingSetting: true, settingError: null });
      const result = await client.complianceSettings({ countSharedMailboxes: value });
      dashboardSeq++;
      if (!result.ok) {
        set({ savingSetting: false, settingError: result.error });
        return;
      }
      set({ savingSetting: false, dashboard: { kind: 'ready', view: result.value } });
      if (get().findings.kind !== 'idle') void get().loadFindings();
    },

    invalidate() {
      dashboardSeq++;
      findingsSeq++;
      set({ dashboard: { kind: 'idle' }, findings: { kind: 'idle' } });
    },

    forgetRegister() {
      dashboardSeq++;
      findingsSeq++;
      // Today as it is now: the one computed when the app started may be days old.
      set({ ...initialComplianceState, asOf: todayIso() });
    },
  };
});

onRegisterChange(() => useComplianceStore.getState().forgetRegister());
