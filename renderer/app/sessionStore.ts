import { create } from 'zustand';
import type { AppSettingsView, RegisterStatus } from '../../shared/contracts/register';
import type { UiLanguage } from '../../shared/i18n';
import type { AppError, Result } from '../../shared/result';
import { client, shownRegisterFrom } from '../api/client';

/** The open register and the app settings, as main last reported them. */
export interface SessionState {
  phase: 'idle' | 'loading' | 'ready';
  settings: AppSettingsView | null;
  status: RegisterStatus | null;
  language: UiLanguage;
  busy: boolean;
  /** The last failed shell action (open, new, recent, language); a cancelled dialog is not an error. */
  error: AppError | null;
  /** The last change whose answer came after another register was opened (`inOpenRegister`), said by the app frame. */
  elsewhere: AnsweredElsewhere | null;
  /** Backups restored so far: a restore puts other data in the same folder, which `onRegisterChange` counts as another register. */
  restores: number;
  load(): Promise<void>;
  setLanguage(language: UiLanguage): Promise<void>;
  newRegister(): Promise<void>;
  openRegister(): Promise<void>;
  openRecent(id: string): Promise<void>;
  /** Takes an entry off the recent list, on the user's word (its folder refused as gone, `register-gone`). */
  removeRecent(id: string): Promise<void>;
  /** Opens again the register that could not be opened (its lock released, its folder back), or one open read-only for editing. */
  retryOpen(): Promise<void>;
  /** Opens the register that is locked or whose folder cannot be written, only to be read. */
  openReadOnly(): Promise<void>;
  /** Opens the locked register anyway, replacing its lock (after the user confirmed its holder is gone). */
  takeOverLock(): Promise<void>;
  restoreBackup(backupId: string): Promise<boolean>;
  applyStatus(status: RegisterStatus): void;
  dismissError(): void;
  dismissElsewhere(): void;
}

/** A change asked of a register that another one replaced before main answered: what the app frame tells the user of it. */
export interface AnsweredElsewhere {
  /** The register it was asked of, by the folder name the top bar showed. */
  folderName: string;
  /** Whether main made it there. */
  done: boolean;
  /** A change of the register, or its audit workbook (saved where the user chose, as `fileName`). */
  what: 'change' | 'workbook';
  fileName: string | null;
}

export const initialSessionState = {
  phase: 'idle',
  settings: null,
  status: null,
  language: 'en',
  busy: false,
  error: null,
  elsewhere: null,
  restores: 0,
} satisfies Partial<SessionState>;

/** Register switches asked for so far (`switchRegister`), counted when asked: see `inOpenRegister`. */
let switchesAsked = 0;
/** The switch whose answer is being stored, while it is, so the register change it brings is dated from when it was asked. */
let storingSwitch: number | null = null;
/** The latest register change, dated by the switch that asked for it (`switchesAsked` then). */
let lastChangeAsked = 0;

export const useSessionStore = create<SessionState>()((set, get) => {
  /** Runs a register-switching call, then refreshes settings so the recent list is current. */
  async function switchRegister(call: () => Promise<Result<RegisterStatus>>, options: { restore?: true } = {}): Promise<boolean> {
    const asked = ++switchesAsked;
    const storeAnswer = (patch: Partial<SessionState>) => {
      storingSwitch = asked;
      try {
        set(patch);
      } finally {
        storingSwitch = null;
      }
    };
    set({ busy: true, error: null });
    const result = await call();
    if (!result.ok && result.error.code === 'cancelled') {
      set({ busy: false, error: null });
      return false;
    }
    if (!result.ok) {
      // Main put back what the user had, as far as it could (it may no longer open): show what it has now.
      const now = await client.registerStatus({});
      storeAnswer({ busy: false, error: result.error, ...(now.ok ? { status: now.value } : {}) });
      return false;
    }
    storeAnswer({ status: result.value, elsewhere: null, ...(options.restore ? { restores: get().restores + 1 } : {}) });
    const settings = await client.appSettings({});
    set({ busy: false, ...(settings.ok ? { settings: settings.value } : {}) });
    return true;
  }

  return {
    ...initialSessionState,

    async load() {
      if (get().phase !== 'idle') return;
      set({ phase: 'loading' });
      const [settings, status] = await Promise.all([client.appSettings({}), client.registerStatus({})]);
      set({
        phase: 'ready',
        settings: settings.ok ? settings.value : null,
        language: settings.ok ? settings.value.language : get().language,
        status: status.ok ? status.value : null,
        error: !settings.ok ? settings.error : !status.ok ? status.error : null,
      });
    },

    async setLanguage(language) {
      // Switch at once; remembering it is main's job and may fail without blocking the UI.
      set({ language, error: null });
      const result = await client.setLanguage({ language });
      set(result.ok ? { settings: result.value } : { error: result.error });
    },

    async newRegister() {
      await switchRegister(() => client.registerNew({}));
    },

    async openRegister() {
      await switchRegister(() => client.registerOpen({}));
    },

    async openRecent(id) {
      await switchRegister(() => client.registerOpenRecent({ id }));
    },

    async removeRecent(id) {
      set({ busy: true, error: null });
      const result = await client.recentRemove({ id });
      // Taken off for this session even when it could not be saved (the refusal says so): the list main has now.
      const settings = result.ok ? result : await client.appSettings({});
      set({ busy: false, ...(settings.ok ? { settings: settings.value } : {}), error: result.ok ? null : result.error });
    },

    async retryOpen() {
      await switchRegister(() => client.registerRetry({}));
    },

    async openReadOnly() {
      await switchRegister(() => client.registerOpenReadOnly({}));
    },

    async takeOverLock() {
      await switchRegister(() => client.registerTakeOver({}));
    },

    restoreBackup(backupId) {
      return switchRegister(() => client.registerRestoreBackup({ backupId }), { restore: true });
    },

    applyStatus(status) {
      set({ status });
    },

    dismissError() {
      set({ error: null });
    },

    dismissElsewhere() {
      set({ elsewhere: null });
    },
  };
});

// Every change is sent for the register this window shows (renderer/api/client.ts): main refuses it if another was
// opened before it came, so it never lands in a register the user did not mean.
shownRegisterFrom(() => {
  const { status } = useSessionStore.getState();
  return status?.state === 'open' || status?.state === 'problem' ? status.sessionId : null;
});

/**
 * The register open now: its folder and the backups restored so far (a restore puts other data in the same folder); null
 * when none is (or the last one could not be opened).
 */
const openRegisterKey = ({ status, restores }: Pick<SessionState, 'status' | 'restores'>): string | null =>
  status?.state === 'open' ? `${restores}|${status.path}` : null;

/**
 * Calls `forget` each time another register takes the place of the one open before (File ▸ New, Open, Recent, a backup
 * restored over the open register, or one restored after another register failed to open), so a store drops what
 * belonged to the old one. The same folder opened again is the same register, unless a backup was restored into it.
 * Returns the unsubscribe.
 */
export function onRegisterChange(forget: () => void): () => void {
  let last = openRegisterKey(useSessionStore.getState());
  return useSessionStore.subscribe((state) => {
    const now = openRegisterKey(state);
    if (now === null || now === last) return;
    const replaced = last !== null;
    last = now;
    if (replaced) forget();
  });
}

onRegisterChange(() => {
  // A change not brought by a switch of this window (a status applied from elsewhere) is dated now: after every change asked.
  lastChangeAsked = Math.max(lastChangeAsked, storingSwitch ?? ++switchesAsked);
});

/** How `inOpenRegister` replaces an answer that belongs to a register no longer open: callers show nothing of it, as of a cancelled dialog. */
export const answeredElsewhere: AppError = { code: 'cancelled', message: 'The register this was asked of is no longer open.' };

/** The error of a failed answer a caller shows; none for a cancellation (a dialog cancelled, `answeredElsewhere`). */
export const shownError = (result: Result<unknown>): AppError | null => (result.ok || result.error.code === 'cancelled' ? null : result.error);

/**
 * Asks main for a change of the open register (or its audit workbook) and gives back the answer while that register is
 * still the one open. Main answers in the order it was asked, so a change asked before a switch was asked went to the
 * register open then: if that switch then opened another register (`onRegisterChange`; the same folder opened again is
 * the same register), nothing of the answer is the new register's. Its record must not go into the new register's lists,
 * its success be shown there, nor the wizard move: the app frame says plainly where it went (`elsewhere`), and the
 * caller gets `answeredElsewhere`, a cancellation, to apply and show nothing. A cancelled dialog stays a cancellation.
 * Asked after the switch was asked, the change went to the register the switch opened, and its answer is used.
 */
export async function inOpenRegister<T>(call: () => Promise<Result<T>>, options: { workbookFile?: (value: T) => string } = {}): Promise<Result<T>> {
  const asked = switchesAsked;
  const status = useSessionStore.getState().status;
  const result = await call();
  if (lastChangeAsked <= asked) return result;
  if (status?.state === 'open' && (result.ok || result.error.code !== 'cancelled')) {
    const { workbookFile } = options;
    const fileName = workbookFile && result.ok ? workbookFile(result.value) : null;
    useSessionStore.setState({ elsewhere: { folderName: status.folderName, done: result.ok, what: workbookFile ? 'workbook' : 'change', fileName } });
  }
  return { ok: false, error: answeredElsewhere };
}

/** A store's guard over its loads (`latestLoads`). */
export interface LatestLoads {
  /** Marks a load asked for now; the check it returns says, when the answer arrives, whether that answer may still be stored. */
  begin(): () => boolean;
  /** Drops every load in flight: their answers will not be stored (the store set or forgot what they would have brought). */
  drop(): void;
}

/**
 * One store's loads in order: an answer is stored only if no later load of the same store was asked for since, and no
 * other register was opened meanwhile (`onRegisterChange`), so a list still on its way for the register open before a
 * switch is never shown as the new register's.
 */
export function latestLoads(): LatestLoads {
  let latest = 0;
  onRegisterChange(() => {
    latest++;
  });
  return {
    begin() {
      const mine = ++latest;
      return () => mine === latest;
    },
    drop() {
      latest++;
    },
  };
}

/**
 * After a store put one saved entry into its list: a load of the whole list still under way may have been answered
 * by main before that save, and would put the list back without it; it is asked again, and only the new answer is
 * kept (`latestLoads`).
 */
export function reloadIfLoading(state: { loading: boolean; load(): Promise<void> }): void {
  if (state.loading) void state.load();
}

/** The open register was opened only to be read: controls that would change it are disabled. */
export const useReadOnly = (): boolean => useSessionStore((s) => s.status?.state === 'open' && s.status.readOnly);
