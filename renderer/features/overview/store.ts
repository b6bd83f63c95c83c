import { create } from 'zustand';
import { organizationSchema, type Organization } from '../../../shared/domain/model';
import type { BackupInfo } from '../../../shared/contracts/register';
import type { AppError } from '../../../shared/result';
import { client } from '../../api/client';
import { inOpenRegister, useSessionStore } from '../../app/sessionStore';

export type OrganizationDraft = Organization;
export type OrganizationField = keyof Organization;
/** i18n keys of field problems, under `organization.invalid`. */
export type OrganizationProblem = 'nameRequired' | 'tooLong';

/** Checks a draft against the shared schema and names each field's problem. */
export function validateOrganization(draft: OrganizationDraft): Partial<Record<OrganizationField, OrganizationProblem>> {
  const parsed = organizationSchema.safeParse(draft);
  if (parsed.success) return {};
  const problems: Partial<Record<OrganizationField, OrganizationProblem>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as OrganizationField | undefined;
    if (!field || problems[field]) continue;
    problems[field] = issue.code === 'too_big' ? 'tooLong' : 'nameRequired';
  }
  return problems;
}

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: AppError };

export interface OverviewState {
  save: SaveState;
  /** Organization settings typed and not saved yet, kept while the user visits other screens; `path`: the register they belong to. */
  organizationDraft: { path: string; draft: Organization } | null;
  keepOrganizationDraft(path: string, draft: Organization): void;
  /** The backup the user chose to restore, awaiting confirmation. */
  restoreCandidate: BackupInfo | null;
  restoring: boolean;
  saveOrganization(draft: OrganizationDraft): Promise<void>;
  resetSave(): void;
  askRestore(backup: BackupInfo): void;
  cancelRestore(): void;
  confirmRestore(): Promise<void>;
}

export const initialOverviewState = {
  save: { kind: 'idle' },
  organizationDraft: null,
  restoreCandidate: null,
  restoring: false,
} satisfies Partial<OverviewState>;

export const useOverviewStore = create<OverviewState>()((set, get) => ({
  ...initialOverviewState,

  async saveOrganization(draft) {
    set({ save: { kind: 'saving' } });
    const result = await inOpenRegister(() => client.organizationUpdate(draft));
    if (!result.ok) {
      // Answered for a register no longer open (`inOpenRegister`): its status is not this register's, and no "saved" is shown.
      set({ save: result.error.code === 'cancelled' ? { kind: 'idle' } : { kind: 'failed', error: result.error } });
      return;
    }
    useSessionStore.getState().applyStatus(result.value);
    set({ save: { kind: 'saved' }, organizationDraft: null });
  },

  keepOrganizationDraft(path, draft) {
    set({ organizationDraft: { path, draft } });
  },

  resetSave() {
    set({ save: { kind: 'idle' } });
  },

  askRestore(backup) {
    set({ restoreCandidate: backup });
  },

  cancelRestore() {
    set({ restoreCandidate: null });
  },

  async confirmRestore() {
    const backup = get().restoreCandidate;
    if (!backup) return;
    set({ restoring: true });
    // A failure lands in the session store's error, shown by the app frame.
    await useSessionStore.getState().restoreBackup(backup.id);
    set({ restoring: false, restoreCandidate: null });
  },
}));
