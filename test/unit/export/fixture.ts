import { CURRENT_SCHEMA_VERSION, registerDocumentSchema, type RegisterDocument } from '../../../shared/domain/model';
import type { ExportOptions, TableSheetModel, WorkbookModel } from '../../../shared/export/types';
import type { ComplianceReport } from '../../../shared/licensing/types';

const given = ['Anna', 'Łukasz', 'Zofia', 'Piotr', 'Małgorzata', 'Jan', 'Ewa', 'Krzysztof'];
const surnames = ['Nowak', 'Kowalski', 'Wiśniewska', 'Żółkiewski', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zieliński'];

function day(offset: number): string {
  return new Date(Date.UTC(2023, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A register with `people` people, each holding one CAL from one of two lots; every tenth
 * person also has an earlier, released assignment (so History has both kinds of event).
 */
export function sampleRegister(people = 6): RegisterDocument {
  const seats = Math.max(people, 1);
  return registerDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    registerId: 'reg-1',
    createdAt: '2023-01-01T08:00:00.000Z',
    organization: { name: 'Przykład & Syn Sp. z o.o.', taxId: '5250001009', address: 'ul. Długa 1, 00-001 Warszawa' },
    servers: [
      {
        id: 'srv-1',
        name: 'EX01',
        product: 'Exchange Server 2019',
        edition: 'Standard',
        build: '15.2.1544.4',
        activation: { state: 'activated' },
        verifiedAt: '2024-03-02T10:00:00.000Z',
        verifiedBy: 'Administrator',
      },
      { id: 'srv-2', name: 'EX02', product: 'Exchange Server 2019', edition: 'Enterprise', activation: { state: 'trial', daysLeft: 40, asOf: '2024-03-01' } },
    ],
    purchases: [
      {
        id: 'pur-1',
        productId: 'exchange-2019-standard-user-cal',
        quantity: Math.ceil(seats / 2),
        date: '2022-12-15',
        vendor: 'KluczeSoft',
        document: 'FV/2022/12/17',
        proofIds: ['prf-1'],
      },
      {
        id: 'pur-2',
        productId: 'exchange-2019-standard-user-cal',
        quantity: seats,
        date: '2023-01-01',
        vendor: 'KluczeSoft',
        document: '-FV/2023/01/02',
        program: 'volume',
        coverage: { kind: 'software-assurance', until: '2026-01-01' },
        proofIds: ['prf-2', 'prf-3'],
      },
    ],
    proofs: [
      { id: 'prf-1', sha256: 'a'.repeat(64), originalName: 'faktura-17.pdf', extension: 'pdf', size: 1000, addedAt: '2023-01-02T00:00:00.000Z' },
      { id: 'prf-2', sha256: 'b'.repeat(64), originalName: 'faktura-02.pdf', extension: 'pdf', size: 1000, addedAt: '2023-01-02T00:00:00.000Z' },
      { id: 'prf-3', sha256: 'c'.repeat(64), originalName: 'certyfikat.pdf', extension: 'pdf', size: 1000, addedAt: '2023-01-02T00:00:00.000Z' },
    ],
    people: Array.from({ length: people }, (_, i) => ({
      id: `p${i + 1}`,
      givenName: given[(i + Math.floor(i / surnames.length)) % given.length],
      surname: `${surnames[i % surnames.length]}${i >= surnames.length ? ` ${Math.floor(i / surnames.length)}` : ''}`,
      email: `user${i + 1}@przyklad.pl`,
      login: `user${i + 1}`,
    })),
    assignments: Array.from({ length: people }, (_, i) => i).flatMap((i) => {
      const current = { id: `a${i + 1}`, personId: `p${i + 1}`, purchaseId: i % 2 ? 'pur-1' : 'pur-2', assignedOn: day(100 + (i % 300)) };
      if (i % 10 !== 0) return [current];
      return [
        { id: `a${i + 1}-old`, personId: `p${i + 1}`, purchaseId: 'pur-2', assignedOn: day(i % 90), releasedOn: day(100 + (i % 300)), releaseReason: 'role-change', notes: 'zmiana stanowiska' },
        current,
      ];
    }),
  });
}

export const sampleCompliance: ComplianceReport = {
  asOf: '2024-03-31',
  servers: [{ name: 'EX01', product: 'Exchange Server 2019', activation: 'activated' }],
  inventory: { mailboxes: 6, needCal: 6, exempt: 0, disabledWithMailbox: 0, enterpriseFeatureUsers: 0 },
  position: [
    { product: 'Exchange Server 2019 Standard User CAL', productId: 'exchange-2019-standard-user-cal', purchased: 9, assigned: 6, required: 6, shortfall: 0, surplus: 3, notReaching: 0 },
  ],
  findings: [
    {
      rule: 'server-trial',
      severity: 'warning',
      subject: 'EX02',
      subjectKind: 'server',
      subjectId: 'srv-2',
      message: 'EX02 runs as a trial with 40 days left.',
      params: { days: 40 },
      fix: 'activate-server',
    },
    {
      rule: 'purchase-without-document',
      severity: 'error',
      subject: 'pur-x',
      subjectKind: 'purchase',
      subjectId: null,
      message: 'A lot has no document.',
      params: {},
      fix: 'add-document',
    },
  ],
};

export function sampleOptions(overrides: Partial<ExportOptions> = {}): ExportOptions {
  return {
    lang: 'en',
    preparedBy: 'Jan Kowalski',
    asOf: '2024-03-31',
    registerPath: '/home/jan/Klienci/Przyklad',
    auditHead: { hash: 'f'.repeat(64), count: 42 },
    ...overrides,
  };
}

/** The table sheet `id` of a workbook model. */
export function table(model: WorkbookModel, id: TableSheetModel['id']): TableSheetModel {
  const sheet = model.sheets.find((s) => s.id === id);
  if (!sheet || sheet.kind !== 'table') throw new Error(`no ${id} sheet`);
  return sheet;
}

/** The position of column `key` in a table sheet. */
export function column(sheet: TableSheetModel, key: string): number {
  const index = sheet.columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`no column ${key}`);
  return index;
}
