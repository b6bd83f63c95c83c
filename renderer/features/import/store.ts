import { create } from 'zustand';
import type { ImportSessionView } from '../../../shared/contracts/import';
import type { AmbiguousDecision } from '../../../shared/import/preview-types';
import type { AppError } from '../../../shared/result';
import { client } from '../../api/client';
import { inOpenRegister, latestLoads, onRegisterChange, shownError } from '../../app/sessionStore';
import { refreshRegisterStatus } from '../../components/refreshRegisterStatus';
import { useComplianceStore } from '../findings/store';
import { usePurchasesStore } from '../purchases/store';
import { useServersStore } from '../servers/store';
import { includedChangeCount } from './changes';

export interface ImportSummary {
  newPeople: number;
  updatedPeople: number;
  servers: number;
  purchases: number;
  assignments: number;
  releasedAssignments: number;
  /** New assignments recorded with a date the sheet did not give (the lot's, or the import's). */
  assumedDates: number;
}

export type ImportPhase = 'idle' | 'picking' | 'preview' | 'remapping' | 'committing' | 'done';

export interface ImportState {
  phase: ImportPhase;
  session: ImportSessionView | null;
  /** Change keys the user unticked. */
  excluded: Record<string, true>;
  /** Per ambiguous key; undecided ones are skipped by main. */
  decisions: Record<string, AmbiguousDecision>;
  summary: ImportSummary | null;
  error: AppError | null;
  pick(): Promise<void>;
  remap(fileName: string, mapping: Record<string, string>): Promise<void>;
  setIncluded(keys: readonly string[], included: boolean): void;
  decide(key: string, decision: AmbiguousDecision): void;
  /** How many changes the commit would make with the current choices. */
  changeCount(): number;
  commit(): Promise<void>;
  discard(): Promise<void>;
  dismissError(): void;
  /** Another register is open: the files read and the preview belong to the last one; main is told to drop them. */
  forgetRegister(): void;
}

export const initialImportState = {
  phase: 'idle',
  session: null,
  excluded: {},
  decisions: {},
  summary: null,
  error: null,
} satisfies Partial<ImportState>;

/** Every cached view of the register is stale after an import; the people's list is loaded again at the next visit (main's rows moved on). */
function reloadAfterImport(): void {
  void refreshRegisterStatus();
  useComplianceStore.getState().invalidate();
  if (usePurchasesStore.getState().loaded) void usePurchasesStore.getState().load();
  if (useServersStore.getState().loaded) void useServersStore.getState().load();
}

/** Picks in order: files picked for the register open before a switch are not previewed in the new one. */
const picks = latestLoads();

/** The import in progress: main holds the files and preview under a token; this store holds the user's choices. */
export const useImportStore = create<ImportState>()((set, get) => ({
  ...initialImportState,

  async pick() {
    const previous = get().session;
    set({ phase: 'picking', error: null });
    const current = picks.begin();
    const result = await client.importPick({});
    if (!current()) {
      // Another register opened meanwhile: this store forgot the import, and main is told to forget these files too.
      if (result.ok) void client.importCancel({ token: result.value.token });
      return;
    }
    if (!result.ok) {
      // A cancelled dialog keeps whatever was on screen before.
      set({ phase: previous ? 'preview' : 'idle', error: shownError(result) });
      return;
    }
    set({ phase: 'preview', session: result.value, excluded: {}, decisions: {}, summary: null });
  },

  async remap(fileName, mapping) {
    const session = get().session;
    if (!session) return;
    set({ phase: 'remapping', error: null });
    const result = await client.importRemap({ token: session.token, fileName, mapping });
    set(result.ok ? { phase: 'preview', session: result.value } : { phase: 'preview', error: result.error });
  },

  setIncluded(keys, included) {
    set((s) => {
      const excluded = { ...s.excluded };
      for (const key of keys) {
        if (included) delete excluded[key];
        else excluded[key] = true;
      }
      return { excluded };
    });
  },

  decide(key, decision) {
    set((s) => ({ decisions: { ...s.decisions, [key]: decision } }));
  },

  changeCount() {
    const { session, excluded, decisions } = get();
    return session ? includedChangeCount(session.preview, excluded, decisions) : 0;
  },

  async commit() {
    const { session, excluded, decisions } = get();
    if (!session || get().phase === 'committing') return;
    set({ phase: 'committing', error: null });
    const result = await inOpenRegister(() => client.importCommit({ token: session.token, decisions: { ambiguous: decisions, exclude: Object.keys(excluded) } }));
    if (!result.ok) {
      // Committed (or refused) in a register no longer open: this store forgot its import when the other opened.
      if (result.error.code === 'cancelled') return;
      set({ phase: 'preview', error: result.error });
      return;
    }
    const { newPeople, updatedPeople, servers, purchases, assignments, releasedAssignments, assumedDates } = result.value;
    set({ ...initialImportState, phase: 'done', summary: { newPeople, updatedPeople, servers, purchases, assignments, releasedAssignments, assumedDates } });
    reloadAfterImport();
  },

  async discard() {
    const session = get().session;
    set({ ...initialImportState });
    if (session) await client.importCancel({ token: session.token });
  },

  dismissError() {
    set({ error: null });
  },

  forgetRegister() {
    const session = get().session;
    set({ ...initialImportState });
    if (session) void client.importCancel({ token: session.token });
  },
}));

onRegisterChange(() => useImportStore.getState().forgetRegister());
