import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineHeight, linesNeeded } from '../../../electron/services/export/layout';
import { exportWorkbook } from '../../../electron/services/export/workbook';
import { registerDocumentSchema, type RegisterDocument } from '../../../shared/domain/model';
import type { ExportOptions, SummarySheetModel, TableSheetModel, WorkbookModel } from '../../../shared/export/types';
import { buildWorkbookModel } from '../../../shared/export/workbook-model';
import { en as findingsEn, pl as findingsPl } from '../../../shared/i18n/features/findings';
import { computeCompliance } from '../../../shared/licensing/compliance';
import type { ComplianceReport } from '../../../shared/licensing/types';
import { sampleOptions, sampleRegister } from './fixture';

const asOf = '2024-03-31';
/** The title the Findings screen gives a register with nothing to check yet. */
const screenTitle = { en: findingsEn.findings.nothingYetTitle, pl: findingsPl.findings.nothingYetTitle };

/** No server, no person, no lot, no mailbox export: what a register is on its first day. */
const emptyRegister = (): RegisterDocument => ({ ...sampleRegister(0), servers: [], purchases: [], proofs: [], people: [], assignments: [], inventory: [] });

/** sampleRegister with a mailbox export imported. */
function withInventory(doc: RegisterDocument): RegisterDocument {
  const snapshot = { id: 'snap-1', takenAt: '2024-03-20T10:00:00.000Z', sources: [{ fileName: 'mailboxes.csv', sha256: 'a'.repeat(64), kind: 'mailboxes', rows: 1 }], mailboxes: [{ displayName: 'A', email: 'user1@przyklad.pl', recipientType: 'UserMailbox' }] };
  return registerDocumentSchema.parse({ ...doc, inventory: [snapshot] });
}

function model(doc: RegisterDocument, lang: 'en' | 'pl', compliance: ComplianceReport = computeCompliance(doc, { asOf }), options: Partial<ExportOptions> = {}): WorkbookModel {
  return buildWorkbookModel(doc, sampleOptions({ lang, asOf, compliance, sheets: ['summary', 'findings'], ...options }));
}

const findingsOf = (m: WorkbookModel) => m.sheets.find((s) => s.id === 'findings') as TableSheetModel;

/** What the Summary prints under "Findings by severity": its notes and the labels of its counts. */
function summaryFindings(m: WorkbookModel): string[] {
  const { blocks } = m.sheets.find((s) => s.id === 'summary') as SummarySheetModel;
  const start = blocks.findIndex((b) => b.kind === 'heading' && (b.text === 'Findings by severity' || b.text === 'Ustalenia według istotności'));
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading');
  return blocks.slice(start + 1, end).flatMap((b) => (b.kind === 'note' ? [b.text] : b.kind === 'fields' ? b.fields.map((f) => `${f.label}: ${f.value}`) : []));
}

// Found in review: the workbook of an empty register printed "None: the register records nothing for this sheet" on
// its Findings sheet and 0 errors, 0 warnings on its Summary, beside a Checklist failing every point; a reviewer reads
// that as compliant. The Findings screen says "Nothing to check yet" for such a register.
describe('a report that had nothing to check yet', () => {
  it.each([
    ['en', 'Nothing to check yet: the rules check the CALs against the Exchange servers and the mailboxes that need them, and the register has none of either (no server in use on 2024-03-31, no mailbox export imported). No finding here does not mean the CALs are in order: record the servers and import the mailbox export first.'],
    ['pl', 'Nie ma jeszcze czego sprawdzać: reguły sprawdzają licencje CAL względem serwerów Exchange i skrzynek pocztowych, które ich wymagają, a w rejestrze nie ma ani jednych, ani drugich (żadnego serwera w użyciu na dzień 31.03.2024, żadnego zaimportowanego eksportu skrzynek). Brak ustaleń nie oznacza więc, że licencje CAL są w porządku: najpierw zapisz serwery i zaimportuj eksport skrzynek pocztowych.'],
  ] as const)('(%s) an empty register’s Findings sheet and Summary say so, as the Findings screen does, not that there are none', (lang, text) => {
    const doc = emptyRegister();
    const m = model(doc, lang);
    expect(computeCompliance(doc, { asOf }).findings).toEqual([]);
    expect(findingsOf(m).rows).toEqual([]);
    expect(findingsOf(m).emptyLine).toBe(text);
    expect(text.startsWith(`${screenTitle[lang]}:`)).toBe(true);
    // No count of 0 errors beside it.
    expect(summaryFindings(m)).toEqual([text]);
  });

  it('says which is missing, as the screen does: the mailbox export, or the servers', () => {
    const servers = sampleRegister();
    const noFindings = (doc: RegisterDocument) => ({ ...computeCompliance(doc, { asOf }), findings: [] });
    expect(findingsOf(model(servers, 'en', noFindings(servers))).emptyLine).toBe(
      'Nothing to check yet: the rules check the CALs against the mailboxes that need them, and no mailbox export has been imported. No finding here does not mean the CALs are in order: import the mailbox export first.',
    );
    const exported = withInventory({ ...sampleRegister(), servers: [] });
    expect(summaryFindings(model(exported, 'pl', noFindings(exported)))).toEqual([
      'Nie ma jeszcze czego sprawdzać: reguły sprawdzają licencje CAL względem serwerów Exchange, a w rejestrze nie ma żadnego serwera w użyciu na dzień 31.03.2024. Brak ustaleń nie oznacza więc, że licencje CAL są w porządku: najpierw zapisz serwery.',
    ]);
  });

  it('a register with a server and a mailbox export and no finding still prints none, and its counts of 0', () => {
    const doc = withInventory(sampleRegister());
    const m = model(doc, 'en', { ...computeCompliance(doc, { asOf }), findings: [] });
    expect(findingsOf(m).emptyLine).toBeUndefined();
    expect(summaryFindings(m)).toEqual(['Error: 0', 'Warning: 0', 'Information: 0']);
    expect(m.emptySheet).toBe('None: the register records nothing for this sheet as of 2024-03-31.');
  });

  it('a register whose report has findings counts them, whatever is missing', () => {
    const doc = sampleRegister();
    const compliance = computeCompliance(doc, { asOf });
    expect(compliance.findings.length).toBeGreaterThan(0);
    expect(summaryFindings(model(doc, 'en', compliance)).map((line) => line.split(':')[0])).toEqual(['Error', 'Warning', 'Information']);
  });
});

describe('the printed line of a Findings sheet with nothing to check', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cal-nothing-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('spans the sheet under its header, in a row tall enough for all its lines', async () => {
    const doc = emptyRegister();
    const out = join(dir, 'empty-pl.xlsx');
    await exportWorkbook(doc, sampleOptions({ lang: 'pl', asOf, compliance: computeCompliance(doc, { asOf }), sheets: ['findings'] }), out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const ws = workbook.getWorksheet('Ustalenia')!;
    const text = String(ws.getRow(2).getCell(1).value);
    expect(text.startsWith(screenTitle.pl)).toBe(true);
    expect(ws.model.merges).toContain('A2:E2');
    const width = findingsOf(model(doc, 'pl')).columns.reduce((n, c) => n + c.width, 0);
    expect(linesNeeded(text, width)).toBe(3);
    expect(ws.getRow(2).height).toBe(3.5 * lineHeight);
  });
});
