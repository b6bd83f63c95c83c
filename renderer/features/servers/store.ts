import { create } from 'zustand';
import type { ServerInput, ServerView } from '../../../shared/contracts/ledger';
import type { AppError, Result } from '../../../shared/result';
import { client } from '../../api/client';
import { inOpenRegister, latestLoads, onRegisterChange, reloadIfLoading } from '../../app/sessionStore';
import { refreshRegisterStatus } from '../../components/refreshRegisterStatus';

export interface ServersState {
  servers: ServerView[];
  loaded: boolean;
  loading: boolean;
  error: AppError | null;
  load(): Promise<void>;
  /** Adds or updates a server; the caller shows a failure next to its form. */
  save(input: ServerInput): Promise<Result<ServerView>>;
  verify(id: string, verifiedBy: string): Promise<Result<ServerView>>;
  /** Another register is open: its servers load afresh, none of the last one's shown meanwhile. */
  forgetRegister(): void;
}

export const initialServersState = { servers: [], loaded: false, loading: false, error: null } satisfies Partial<ServersState>;

const upsert = (servers: ServerView[], server: ServerView) =>
  servers.some((s) => s.id === server.id) ? servers.map((s) => (s.id === server.id ? server : s)) : [...servers, server];

const listLoads = latestLoads();

/** The register's Exchange servers as main reports them (cached for the Servers screen and the wizard). */
export const useServersStore = create<ServersState>()((set, get) => ({
  ...initialServersState,

  async load() {
    const current = listLoads.begin();
    set({ loading: true });
    const result = await client.serversList({});
    if (!current()) return;
    set(result.ok ? { servers: result.value, loaded: true, loading: false, error: null } : { loading: false, error: result.error });
  },

  async save(input) {
    const result = await inOpenRegister(() => client.serverSave(input));
    if (result.ok) {
      set((s) => ({ servers: upsert(s.servers, result.value) }));
      reloadIfLoading(get());
      void refreshRegisterStatus();
    }
    return result;
  },

  async verify(id, verifiedBy) {
    const result = await inOpenRegister(() => client.serverVerify({ id, verifiedBy }));
    if (result.ok) {
      set((s) => ({ servers: upsert(s.servers, result.value) }));
      reloadIfLoading(get());
    }
    return result;
  },

  forgetRegister() {
    set(initialServersState);
  },
}));

onRegisterChange(() => useServersStore.getState().forgetRegister());
