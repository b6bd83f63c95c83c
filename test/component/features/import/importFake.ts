import { vi } from 'vitest';
import type { ImportPreviewView, ImportSessionView } from '../../../../shared/contracts/import';
import { importMessage } from '../../../../shared/import/messages';
import type { SheetSummary } from '../../../../shared/import/preview-types';
import type { Result } from '../../../../shared/result';
import { addFakes } from '../../fakeApi';

const facts = { accountEnabled: true, mailboxType: 'UserMailbox', archive: false, litigationHold: false, inPlaceHold: false };

export const mailboxSheet: SheetSummary = {
  fileName: 'mailboxes.csv',
  sha256: 'a'.repeat(64),
  sheetName: '',
  kind: 'mailboxes',
  status: 'ok',
  rowsRead: 1000,
  rowsSkipped: 1,
  skipped: [{ line: 7, reason: importMessage('importFile.skip.noIdentity'), fileName: 'mailboxes.csv', sheetName: '' }],
  warnings: [importMessage('importFile.warning.exactly1000')],
  missingColumns: ['ArchiveState'],
  mapping: null,
};

export const registerSheet: SheetSummary = {
  fileName: 'rejestr.xlsx',
  sha256: 'b'.repeat(64),
  sheetName: 'Licencje',
  kind: 'register-sheet',
  status: 'needs-mapping',
  rowsRead: 0,
  rowsSkipped: 0,
  skipped: [],
  warnings: [importMessage('importFile.warning.needsMapping', { columns: 'Typ' })],
  missingColumns: [],
  mapping: {
    kind: 'register-sheet',
    columns: [
      { header: 'Imię', index: 0, field: 'givenName', confidence: 1, explicit: false },
      { header: 'Nazwisko', index: 1, field: 'surname', confidence: 1, explicit: false },
      { header: 'Typ', index: 2, field: null, confidence: 0, explicit: false },
      { header: 'Uwagi', index: 3, field: 'notes', confidence: 0.6, explicit: false },
    ],
    unmatchedRequired: ['licenseType'],
    complete: false,
    fingerprint: 'register-sheet:imię|nazwisko|typ|uwagi',
  },
};

export const preview: ImportPreviewView = {
  now: '2026-11-25T09:00:00.000Z',
  sheets: [mailboxSheet],
  warnings: [],
  newPeople: [
    { key: 'new:anowak', source: 'directory', givenName: 'Anna', surname: 'Nowak', email: 'anowak@przyklad.pl', login: 'anowak', department: 'Księgowość', facts },
    { key: 'new:jkowalski', source: 'directory', givenName: 'Jan', surname: 'Kowalski', email: 'jkowalski@przyklad.pl', login: 'jkowalski', department: '', facts },
  ],
  updatedPeople: [
    { key: 'upd:p1', personId: 'p1', at: 0, name: 'Ewa Wiśniewska', facts: { ...facts, accountEnabled: false }, fill: {}, changes: [{ field: 'accountEnabled', before: true, after: false }] },
    { key: 'upd:p2', personId: 'p2', at: 1, name: 'Piotr Zieliński', facts, fill: {}, changes: [] },
  ],
  missingPeople: [{ key: 'miss:p3', personId: 'p3', at: 2, name: 'Marek Wójcik', email: 'mwojcik@przyklad.pl', login: 'mwojcik', facts: { ...facts, mailboxType: null } }],
  ambiguous: [
    {
      key: 'amb:lzolkiewski',
      source: 'directory',
      incoming: { key: 'amb:lzolkiewski', source: 'directory', givenName: 'Łukasz', surname: 'Żółkiewski', email: 'l.zolkiewski@przyklad.pl', login: 'lzolkiewski', department: 'IT', facts },
      candidates: [{ personId: 'p9', name: 'Łukasz Żółkiewski', email: '', login: '' }],
    },
  ],
  servers: [],
  purchases: [],
  assignments: [],
  unresolved: [],
  systemAccounts: 2,
  mailboxTypes: { UserMailbox: 4, SharedMailbox: 1 },
  snapshot: { mailboxes: 1000, users: 0, sources: [{ fileName: 'mailboxes.csv', sha256: 'a'.repeat(64), kind: 'mailboxes', rows: 1000 }] },
};

const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });

/** Fakes the import channels on the installed bridge: pick answers `session`, remap answers `remapped`. */
export function fakeImport(session: ImportSessionView, remapped: ImportSessionView = session) {
  const api = {
    importPick: vi.fn(() => ok(session)),
    importRemap: vi.fn((_input: { token: string; fileName: string; mapping: Record<string, string> }) => ok(remapped)),
    importCommit: vi.fn(() => ok({ snapshotId: 'snap-1', newPeople: 2, updatedPeople: 1, servers: 0, purchases: 0, assignments: 0, releasedAssignments: 0, assumedDates: 0 })),
    importCancel: vi.fn(() => ok(null)),
  };
  addFakes(api);
  return api;
}
