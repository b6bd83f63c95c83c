import { create } from 'zustand';
import type { ProofAttachResult, PurchaseInput, PurchaseView } from '../../../shared/contracts/ledger';
import type { AppError, Result } from '../../../shared/result';
import { client } from '../../api/client';
import { inOpenRegister, latestLoads, onRegisterChange, reloadIfLoading } from '../../app/sessionStore';
import { refreshRegisterStatus } from '../../components/refreshRegisterStatus';

export interface PurchasesState {
  purchases: PurchaseView[];
  loaded: boolean;
  loading: boolean;
  error: AppError | null;
  load(): Promise<void>;
  save(input: PurchaseInput): Promise<Result<PurchaseView>>;
  voidPurchase(id: string, reason: string): Promise<Result<PurchaseView>>;
  /** Main shows the file dialog; a cancelled dialog comes back as the `cancelled` error. The lot, and the proofs whose stored files the attach put right. */
  attachProof(purchaseId: string): Promise<Result<ProofAttachResult>>;
  showProof(proofId: string): Promise<Result<null>>;
  /** Takes one proof off one lot; main keeps its record and file. The lot as it is now. */
  detachProof(purchaseId: string, proofId: string): Promise<Result<PurchaseView>>;
  /** Another register is open: its lots load afresh, none of the last one's shown meanwhile. */
  forgetRegister(): void;
}

export const initialPurchasesState = { purchases: [], loaded: false, loading: false, error: null } satisfies Partial<PurchasesState>;

const upsert = (purchases: PurchaseView[], purchase: PurchaseView) =>
  purchases.some((p) => p.id === purchase.id) ? purchases.map((p) => (p.id === purchase.id ? purchase : p)) : [...purchases, purchase];

const listLoads = latestLoads();

/** Purchase lots with seats and proof status (cached for the Purchases screen, the wizard and the Register filter). */
export const usePurchasesStore = create<PurchasesState>()((set, get) => {
  const remember = (purchase: PurchaseView) => {
    set((s) => ({ purchases: upsert(s.purchases, purchase) }));
    reloadIfLoading(get());
    void refreshRegisterStatus();
  };
  const keep = (result: Result<PurchaseView>) => {
    if (result.ok) remember(result.value);
    return result;
  };
  return {
    ...initialPurchasesState,

    async load() {
      const current = listLoads.begin();
      set({ loading: true });
      const result = await client.purchasesList({});
      if (!current()) return;
      set(result.ok ? { purchases: result.value, loaded: true, loading: false, error: null } : { loading: false, error: result.error });
    },

    async save(input) {
      return keep(await inOpenRegister(() => client.purchaseSave(input)));
    },

    async voidPurchase(id, reason) {
      return keep(await inOpenRegister(() => client.purchaseVoid({ id, reason })));
    },

    async attachProof(purchaseId) {
      const result = await inOpenRegister(() => client.proofAttach({ purchaseId }));
      if (result.ok) remember(result.value.purchase);
      return result;
    },

    showProof(proofId) {
      return client.proofShow({ proofId });
    },

    async detachProof(purchaseId, proofId) {
      return keep(await inOpenRegister(() => client.proofDetach({ purchaseId, proofId })));
    },

    forgetRegister() {
      set(initialPurchasesState);
    },
  };
});

onRegisterChange(() => usePurchasesStore.getState().forgetRegister());

/** Lots a CAL can still be assigned from: not voided, listed first when they have free seats. */
export function assignableLots(purchases: readonly PurchaseView[]): PurchaseView[] {
  return purchases.filter((p) => p.voidedAt === null).sort((a, b) => Number(b.seatsFree > 0) - Number(a.seatsFree > 0));
}
