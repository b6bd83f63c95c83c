import { focusScreenTitle } from '../../app/useFocusRescue';
import { create } from 'zustand';
import { organizationSchema, type Organization } from '../../../shared/domain/model';
import type { BackupInfo } from '../../../shared/contracts/register';
import type { AppError } from '../../../shared/result';
import { client } from '../../api/client';
import { useNavigationStore } from '../../app/navigationStore';
import { inOpenRegister, latestLoads, onRegisterChange, useSessionStore } from '../../app/sessionStore';

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

/** File ▸ Restore from a backup…: the open register's backups, as main listed them when the dialog opened. */
export type BackupList = { kind: 'closed' } | { kind: 'loading' } | { kind: 'loaded'; backups: BackupInfo[] } | { kind: 'failed'; error: AppError };

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: AppError };

export interface OverviewState {
  save: SaveState;
  /** Organization settings typed and not saved yet, kept while the user visits other screens; `path`: the register they belong to. */
  organizationDraft: { path: string; draft: Organization } | null;
  keepOrganizationDraft(path: string, draft: Organization): void;
  /** The backup the user chose to restore, awaiting confirmation. */
  restoreCandidate: BackupInfo | null;
  restoring: boolean;
  /** The list of File ▸ Restore from a backup…; closed when the dialog is not shown. */
  backupList: BackupList;
  /** Whether the open register has backups, as the last list said (null: not asked yet), for the File menu. */
  hasBackups: boolean | null;
  /** Asks main whether the open register has backups, for the File menu to say so before the dialog opens. */
  checkBackups(): Promise<void>;
  openBackupList(): Promise<void>;
  closeBackupList(): void;
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
  backupList: { kind: 'closed' },
  hasBackups: null,
} satisfies Partial<OverviewState>;

const backupLoads = latestLoads();

export const useOverviewStore = create<OverviewState>()((set, get) => ({
  ...initialOverviewState,

  async checkBackups() {
    const current = backupLoads.begin();
    const result = await client.registerBackups({});
    if (result.ok && current()) set({ hasBackups: result.value.length > 0 });
  },

  async openBackupList() {
    const current = backupLoads.begin();
    set({ backupList: { kind: 'loading' } });
    const result = await client.registerBackups({});
    if (!current() || get().backupList.kind === 'closed') return;
    set(result.ok ? { backupList: { kind: 'loaded', backups: result.value }, hasBackups: result.value.length > 0 } : { backupList: { kind: 'failed', error: result.error } });
  },

  closeBackupList() {
    backupLoads.drop();
    set({ backupList: { kind: 'closed' }, restoreCandidate: null });
  },

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
    const restored = await useSessionStore.getState().restoreBackup(backup.id);
    const fromList = get().backupList.kind !== 'closed';
    set({ restoring: false, restoreCandidate: null, backupList: { kind: 'closed' } });
    // Restored over the open register from File ▸: its notice (what was restored, where the register before it went) is on the Overview.
    if (restored && fromList) {
      useNavigationStore.getState().go('overview');
      focusScreenTitle();
    }
  },
}));

// What was typed into the organization form belongs to the register before: a restored backup has its own organization.
onRegisterChange(() => useOverviewStore.setState({ organizationDraft: null, hasBackups: null }));
