import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ExportProgressView } from '../../../shared/contracts/export';
import { sheetIds, type SheetId } from '../../../shared/export/types';
import type { UiLanguage } from '../../../shared/i18n';
import type { AppError } from '../../../shared/result';
import { client } from '../../api/client';
import { useNavigationStore } from '../../app/navigationStore';
import { inOpenRegister, onRegisterChange } from '../../app/sessionStore';
import { todayIso } from '../../components/ledgerLabels';
import { isChosenDate, lagsBehindToday } from '../../components/useFollowToday';

export type ExportRun =
  | { kind: 'idle' }
  | { kind: 'writing'; progress: ExportProgressView | null }
  | { kind: 'done'; fileName: string; sheets: string[]; rows: number }
  | { kind: 'failed'; error: AppError };

export interface ExportState {
  /** Null until the user picks one: the UI language is the default. */
  lang: UiLanguage | null;
  preparedBy: string;
  asOf: string;
  /** Whether the user chose `asOf`; until they do (or when they choose today), it is today, whatever day that is. */
  asOfChosen: boolean;
  /** Optional sheets chosen; the Summary is always written. */
  sheets: SheetId[];
  available: SheetId[];
  /** The sheets chosen before a preset (`preselect`) replaced them; null when no preset is in force. */
  sheetsBeforePreset: SheetId[] | null;
  run: ExportRun;
  setLang(lang: UiLanguage): void;
  setPreparedBy(name: string): void;
  setAsOf(date: string): void;
  /** The day changed (past midnight) and the as-of date is the default: it becomes the new today. */
  followToday(): void;
  toggleSheet(sheet: SheetId, on: boolean): void;
  /**
   * Chooses exactly these sheets for the next export (the Findings screen asks for Findings + Summary). The preset lasts
   * while the Export screen stays open; leaving it or opening another register ends it (`endPreset`).
   */
  preselect(sheets: readonly SheetId[]): void;
  /** Puts back the sheets chosen before the preset, if one is in force. */
  endPreset(): void;
  loadSheets(): Promise<void>;
  save(uiLanguage: UiLanguage): Promise<void>;
  showInFolder(): Promise<void>;
  dismiss(): void;
}

/** How often the screen asks main how far the workbook is. */
export const progressIntervalMs = 200;

export const initialExportState = {
  lang: null,
  preparedBy: '',
  asOf: todayIso(),
  asOfChosen: false,
  sheets: [...sheetIds],
  available: [...sheetIds],
  sheetsBeforePreset: null,
  run: { kind: 'idle' },
} satisfies Partial<ExportState>;

const withSummary = (sheets: readonly SheetId[]): SheetId[] => sheetIds.filter((id) => id === 'summary' || sheets.includes(id));

/** Export options and the running export; "prepared by" is remembered across restarts. */
export const useExportStore = create<ExportState>()(
  persist(
    (set, get) => ({
      ...initialExportState,

      setLang: (lang) => set({ lang }),
      setPreparedBy: (preparedBy) => set({ preparedBy }),
      // Today picked again is the default again: it follows the calendar, as before any choice.
      setAsOf: (asOf) => set({ asOf, asOfChosen: isChosenDate(asOf) }),
      followToday: () => set((s) => (lagsBehindToday(s.asOf, s.asOfChosen) ? { asOf: todayIso() } : s)),
      toggleSheet: (sheet, on) => set((s) => ({ sheets: withSummary(on ? [...s.sheets, sheet] : s.sheets.filter((id) => id !== sheet)) })),
      preselect: (sheets) => set((s) => ({ sheetsBeforePreset: s.sheetsBeforePreset ?? s.sheets, sheets: withSummary(sheets), run: { kind: 'idle' } })),
      endPreset: () => set((s) => (s.sheetsBeforePreset === null ? s : { sheets: s.sheetsBeforePreset, sheetsBeforePreset: null })),

      async loadSheets() {
        const result = await client.exportSheets({});
        if (result.ok) set({ available: result.value });
      },

      async save(uiLanguage) {
        if (get().run.kind === 'writing') return;
        // Written as of the day it is written, unless the user chose the date.
        get().followToday();
        const { lang, preparedBy, asOf, sheets, available } = get();
        set({ run: { kind: 'writing', progress: null } });
        // Poll while main writes; the timer stops as soon as the call returns.
        const timer = window.setInterval(() => {
          void client.exportProgress({}).then((result) => {
            const run = get().run;
            if (result.ok && run.kind === 'writing' && result.value.running) set({ run: { kind: 'writing', progress: result.value } });
          });
        }, progressIntervalMs);
        const choices = { lang: lang ?? uiLanguage, preparedBy: preparedBy.trim(), asOf, sheets: withSummary(sheets.filter((id) => available.includes(id))) };
        // The workbook of a register no longer open when it is written is said by the app frame, not shown as this one's.
        const result = await inOpenRegister(() => client.exportWorkbook(choices), { workbookFile: (written) => written.fileName });
        window.clearInterval(timer);
        if (result.ok) set({ run: { kind: 'done', ...result.value } });
        // A cancelled save dialog is the user's choice, not a failure.
        else set({ run: result.error.code === 'cancelled' ? { kind: 'idle' } : { kind: 'failed', error: result.error } });
      },

      async showInFolder() {
        const result = await client.exportShowInFolder({});
        if (!result.ok) set({ run: { kind: 'failed', error: result.error } });
      },

      dismiss: () => set({ run: { kind: 'idle' } }),
    }),
    {
      name: 'cal-register.export',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ preparedBy: s.preparedBy }),
    },
  ),
);

// A preset is for the export it was made for: once the user leaves the Export screen, or another register is open, later
// exports get the sheets chosen before it again, never silently the preset's few.
useNavigationStore.subscribe((now, before) => {
  if (before.screen === 'export' && now.screen !== 'export') useExportStore.getState().endPreset();
});
onRegisterChange(() => {
  useExportStore.getState().endPreset();
  // Another register is judged as of today (today now, not the day the app started), as the Overview and Findings judge it.
  // The last register's workbook, written or refused, is not said on this one's screen; one still being written is
  // said by the app frame when it is (`inOpenRegister`).
  useExportStore.setState((s) => ({ asOf: todayIso(), asOfChosen: false, run: s.run.kind === 'writing' ? s.run : { kind: 'idle' } }));
});
