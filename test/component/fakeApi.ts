import { vi, type Mock } from 'vitest';
import { channelIsRegisterBound, channels, type CalRegisterBridge, type Channel, type ChannelInput, type ChannelOutput } from '../../shared/contract';
import type { RegisterBound } from '../../shared/contracts/define';
import type { RowsAt } from '../../shared/contracts/ledger';
import type { AppSettingsView, BackupInfo, RegisterStatus, registerContract } from '../../shared/contracts/register';
import type { Result } from '../../shared/result';

/** The register channels this shell uses; other features' channels answer `not-found` in these tests. */
type ShellChannel = keyof typeof registerContract & Channel;
export type FakeApi = { [C in ShellChannel]: Mock<(input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>> };

export const openStatus: Extract<RegisterStatus, { state: 'open' }> = {
  state: 'open',
  sessionId: 'session-kowalski',
  path: 'C:\\Rejestry\\Kowalski i Syn',
  folderName: 'Kowalski i Syn',
  readOnly: false,
  lock: null,
  schemaVersion: 3,
  organization: { name: 'Kowalski i Syn sp. z o.o.', taxId: '5260250274', address: 'ul. Długa 5, 00-001 Warszawa', contact: 'it@kowalski.pl' },
  counts: { servers: 2, purchases: 4, people: 22, activeAssignments: 21, proofs: 1, auditEvents: 5 },
  notices: [],
  rowsAt: { revision: 1, day: '2026-01-15' },
};

export const problemStatus: Extract<RegisterStatus, { state: 'problem' }> = {
  state: 'problem',
  sessionId: 'session-klient',
  path: 'C:\\Rejestry\\Klient',
  code: 'register-corrupt',
  message: 'Unexpected token } in JSON',
  movedTo: 'C:\\Rejestry\\Klient\\register.corrupt-2026-01-15T10-00-00.json',
  lock: null,
  osCode: null,
  reason: 'Unexpected token } in JSON at position 1204',
  backups: [
    { id: 'backup-2026-01-14', createdAt: '2026-01-14T08:30:00.000Z', size: 48_200, kind: 'daily' },
    { id: 'backup-2026-01-15', createdAt: '2026-01-15T08:30:00.000Z', size: 49_100, kind: 'daily' },
  ],
};

/** The open register's backups (`registerBackups`), oldest first as a folder may list them: the window sorts them. */
export const openBackups: BackupInfo[] = [
  { id: 'register-20260110T083000000Z-migration.json', createdAt: '2026-01-10T08:30:00.000Z', size: 41_000, kind: 'migration' },
  { id: 'register-20260115T083000000Z-daily.json', createdAt: '2026-01-15T08:30:00.000Z', size: 49_100, kind: 'daily' },
  { id: 'register-20260116T141500000Z-replaced.json', createdAt: '2026-01-16T14:15:00.000Z', size: 49_800, kind: 'replaced' },
];

export const settings: AppSettingsView = {
  language: 'en',
  version: '0.1.0',
  recent: [{ id: 'r1', path: 'D:\\Klienci\\Nowak', name: 'Nowak', openedAt: '2026-01-10T09:00:00.000Z' }],
};

const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });

/**
 * The preload bridge over fakes that take each channel's own input: a register-bound channel's input crosses wrapped
 * with the id of the register the window shows (`RegisterBound`), and is unwrapped for its fake. The bridge's method of
 * such a channel is a mock of its own, whose calls show what crossed (the id included).
 */
export function fakeBridge(fakes: Partial<Record<Channel, (input: never) => unknown>>): Partial<CalRegisterBridge> {
  return Object.fromEntries(
    Object.entries(fakes).map(([channel, fake]) => [
      channel,
      channelIsRegisterBound(channel as Channel) ? vi.fn((wire: RegisterBound<never>) => (fake as (input: never) => unknown)(wire.input)) : fake,
    ]),
  ) as Partial<CalRegisterBridge>;
}

/** Puts fakes (each taking its channel's own input) on the installed bridge, over those there (`fakeBridge`). */
export function addFakes(fakes: Partial<Record<Channel, (input: never) => unknown>>): void {
  Object.assign(window.calRegister!, fakeBridge(fakes));
}

/**
 * A fake preload bridge: every channel answers from the given status and settings unless a test overrides it. `rowsAt`
 * gives the open status's `rowsAt` at each answer (the ledger fake's rows, which its changes move on).
 */
export function installFakeApi(options: { status?: RegisterStatus; settings?: AppSettingsView; rowsAt?: () => RowsAt; backups?: BackupInfo[] } = {}): FakeApi {
  let stored = options.status ?? openStatus;
  const { rowsAt } = options;
  const status = (): RegisterStatus => (rowsAt && stored.state === 'open' ? { ...stored, rowsAt: rowsAt() } : stored);
  let current = options.settings ?? settings;
  const api = {
    appSettings: vi.fn(() => ok(current)),
    setLanguage: vi.fn(({ language }) => {
      current = { ...current, language };
      return ok(current);
    }),
    registerStatus: vi.fn(() => ok(status())),
    registerNew: vi.fn(() => ok(status())),
    registerOpen: vi.fn(() => ok(status())),
    registerOpenRecent: vi.fn(() => ok(status())),
    recentRemove: vi.fn(({ id }) => {
      current = { ...current, recent: current.recent.filter((r) => r.id !== id) };
      return ok(current);
    }),
    registerRetry: vi.fn(() => ok(status())),
    registerTakeOver: vi.fn(() => ok(status())),
    registerOpenReadOnly: vi.fn(() => ok(status())),
    registerBackups: vi.fn(() => ok(stored.state === 'open' ? (options.backups ?? openBackups) : [])),
    registerRestoreBackup: vi.fn(({ backupId }) => {
      const keptAs: Record<string, string> = stored.state === 'open' ? { keptAs: 'register-20260117T090000000Z-before-restore.json' } : {};
      stored = { ...openStatus, sessionId: `${openStatus.sessionId}-restored`, notices: [{ code: 'restored-from-backup', detail: { backup: backupId, ...keptAs } }] };
      return ok(status());
    }),
    organizationUpdate: vi.fn((organization) => {
      if (stored.state === 'open') stored = { ...stored, organization: { taxId: '', address: '', contact: '', ...organization } };
      return ok(status());
    }),
  } satisfies FakeApi;
  const unfaked = Object.fromEntries(
    channels.map((channel) => [channel, vi.fn(() => Promise.resolve({ ok: false, error: { code: 'not-found', message: `${channel} is not faked` } }))]),
  );
  window.calRegister = { ...unfaked, ...fakeBridge(api) } as CalRegisterBridge;
  return api;
}
