import { z } from 'zod';
import { organizationSchema } from '../domain/model';
import { registerSessionIdSchema } from './define';
import { rowsAtSchema } from './ledger';

export const languageSchema = z.enum(['en', 'pl']);
export type Language = z.infer<typeof languageSchema>;

const none = z.object({}).strict();

export const registerCountsSchema = z.object({
  servers: z.number().int(),
  purchases: z.number().int(),
  people: z.number().int(),
  activeAssignments: z.number().int(),
  proofs: z.number().int(),
  auditEvents: z.number().int(),
});

/** A notice the user must read after opening (a migration backup, a file moved aside…). */
export const registerNoticeSchema = z.object({
  code: z.enum(['migrated', 'corrupt-moved-aside', 'restored-from-backup', 'proofs-unattached', 'stale-lock-taken', 'lock-taken-over', 'created', 'audit-chain-broken', 'backup-failed', 'last-register-missing', 'settings-not-saved', 'settings-reset', 'settings-unreadable', 'lock-not-removed']),
  detail: z.record(z.string(), z.string()).default({}),
});
export type RegisterNotice = z.infer<typeof registerNoticeSchema>;

/**
 * Why a backup was written, from its file name: `daily`, `migration` (before an upgrade), `before-restore` (the register a
 * restore replaced), `manual` (saved by hand), `replaced` (the app's last save, kept when another program put another
 * register.json in its place); null for a name this app does not write.
 */
export const backupKindSchema = z.enum(['daily', 'migration', 'before-restore', 'manual', 'replaced']);
export type BackupKind = z.infer<typeof backupKindSchema>;

export const backupInfoSchema = z.object({ id: z.string(), createdAt: z.string(), size: z.number().int(), kind: backupKindSchema.nullable() });
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** The CAL Register that holds a locked register: its computer, process and since when (ISO time). */
/**
 * `runningHere`: its process runs on this computer now, so the lock is never taken over (a process
 * number another program has since taken needs the computer restarted, or the lock file deleted).
 */
export const lockHolderSchema = z.object({ host: z.string(), pid: z.number().int().nullable(), since: z.string(), runningHere: z.boolean().optional() });
export type LockHolder = z.infer<typeof lockHolderSchema>;

export const registerStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('open'),
    /**
     * The id main gave this opening of the register (new at each open, the same folder's too; random, never a path). The
     * window sends it with every register-bound channel, and main refuses one whose id is not the register's open now.
     */
    sessionId: registerSessionIdSchema,
    path: z.string(),
    folderName: z.string(),
    /**
     * Opened only to be read (the user chose it for a register another CAL Register holds, or a folder
     * that cannot be written): every channel that writes is refused, and nothing is written at close.
     */
    readOnly: z.boolean(),
    /** Open read-only because another CAL Register holds it: who, as its lock file says (null otherwise). */
    lock: lockHolderSchema.nullable(),
    schemaVersion: z.number().int(),
    organization: organizationSchema,
    counts: registerCountsSchema,
    notices: z.array(registerNoticeSchema),
    /** Which people's rows main would list now (`RowsAt`): a visit to the Register or the wizard loads the list again only when its own differ. */
    rowsAt: rowsAtSchema,
  }),
  z.object({
    state: z.literal('problem'),
    /** As an open register's: a backup restored from this screen is of the problem the window shows. */
    sessionId: registerSessionIdSchema,
    path: z.string(),
    code: z.enum(['register-corrupt', 'register-missing', 'register-too-new', 'register-locked', 'io-error']),
    message: z.string(),
    /** Where the unreadable file was moved (kept, never deleted). */
    movedTo: z.string().nullable(),
    /** Who holds the register when it is locked, as its lock file says (null for other problems or an unreadable lock). */
    lock: lockHolderSchema.nullable(),
    /** The system's code of a failed file operation (EACCES, ENOENT…) for an io-error, never its text. */
    osCode: z.string().nullable(),
    /** Why a damaged file could not be read, in the reader's words: the JSON parser's message, or the first field that does not fit and why; null for other problems. */
    reason: z.string().nullable(),
    /** The key of main's own sentence for the problem (`serviceErrors.<key>`) where it says more than the code: `register-file-is-folder`. */
    messageKey: z.string().nullable().optional(),
    /**
     * No register is in the folder, nor what is left of one: the register could not be made there (the default register at
     * start on a full disk or in a folder that cannot be written). Only Try again or another folder can work: nothing to read or restore.
     */
    notMade: z.boolean().optional(),
    backups: z.array(backupInfoSchema),
  }),
  z.object({ state: z.literal('none') }),
]);
export type RegisterStatus = z.infer<typeof registerStatusSchema>;

export const recentRegisterSchema = z.object({ id: z.string(), path: z.string(), name: z.string(), openedAt: z.string() });
export type RecentRegister = z.infer<typeof recentRegisterSchema>;

export const appSettingsViewSchema = z.object({
  language: languageSchema,
  recent: z.array(recentRegisterSchema),
  version: z.string(),
});
export type AppSettingsView = z.infer<typeof appSettingsViewSchema>;

export const registerContract = {
  appSettings: { input: none, output: appSettingsViewSchema },
  setLanguage: { input: z.object({ language: languageSchema }).strict(), output: appSettingsViewSchema },
  registerStatus: { input: none, output: registerStatusSchema },
  /** Main shows a folder dialog; the renderer never sends a path. */
  registerNew: { input: none, output: registerStatusSchema },
  registerOpen: { input: none, output: registerStatusSchema },
  /** Recent registers are named by the id main gave them, not by path. */
  registerOpenRecent: { input: z.object({ id: z.string().min(1).max(64) }).strict(), output: registerStatusSchema },
  /** Removes an entry from the recent list, on the user's word (its folder gone for good, not a stick unplugged); the register itself is not touched. */
  recentRemove: { input: z.object({ id: z.string().min(1).max(64) }).strict(), output: appSettingsViewSchema },
  /** Opens again the register that could not be opened (a lock released since, a folder back online). */
  registerRetry: { input: none, output: registerStatusSchema },
  /** Opens the locked register that could not be opened, replacing its lock: the user confirmed its holder is gone. */
  registerTakeOver: { input: none, output: registerStatusSchema },
  /**
   * Opens, only to be read, the register that could not be opened because it is locked or its folder
   * cannot be written; from a register open read-only, `registerRetry` tries again to open it for editing.
   */
  registerOpenReadOnly: { input: none, output: registerStatusSchema },
  /** The open register's backups, newest first (none when no register is open): the window restores one by its id. */
  registerBackups: { input: none, output: z.array(backupInfoSchema) },
  registerRestoreBackup: { input: z.object({ backupId: z.string().min(1).max(120) }).strict(), output: registerStatusSchema, writes: true },
  organizationUpdate: { input: organizationSchema.strict(), output: registerStatusSchema, writes: true },
} as const;
