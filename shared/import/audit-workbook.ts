/**
 * The sheets of CAL Register's own audit workbook that are not lists of people and lots, known by
 * their column headers in English or Polish.
 *
 * Why: the workbook's Register and Purchases sheets read back as a hand-kept register and purchase
 * list, so a register can be rebuilt from its printout. Its other sheets must not be read as such:
 * - the History lists each assignment again as an "Assigned" row and a "Released" row, so reading
 *   it as a register gave a CAL given back long ago a second, active assignment;
 * - the Servers sheet looked like a register lacking the name columns, and the whole import was
 *   refused until the user left the sheet out; it is now read back by its own reader
 *   (audit-servers.ts);
 * - the Summary, Checklist and Findings are what the app worked out, not records.
 * The reports are set aside with a message that says which sheet of the workbook each is and where
 * its contents are read from instead.
 */
import { languageSchema } from '../contracts/register';
import { CURRENT_SCHEMA_VERSION, registerDocumentSchema } from '../domain/model';
import { exportContext } from '../export/context';
import { translator, type LabelKey } from '../export/labels';
import { buildHistorySheet } from '../export/register-sheets';
import { buildServersSheet } from '../export/lot-sheets';
import { buildChecklistSheet, buildFindingsSheet } from '../export/report-sheets';
import { buildSummarySheet } from '../export/summary-sheet';
import type { ColumnModel, ExportOptions } from '../export/types';
import { computeCompliance } from '../licensing/compliance';
import { normalizeHeader } from './headers';
import type { SheetRead } from './types';
import { parseDate } from './values';

export type AuditReportSheet = 'summary' | 'history' | 'servers' | 'checklist' | 'findings';

const languages = languageSchema.options;

/** Normalized headers of a table sheet, as the import compares them, joined into one key. */
const headerKey = (headers: readonly string[]): string => headers.map(normalizeHeader).join('\u0000');

interface ReportHeaders {
  /** Each report table's normalized headers, joined (`headerKey`). */
  tables: ReadonlyMap<string, AuditReportSheet>;
  /** The Summary's tables (the position per product, the servers), normalized, one list per table and language. */
  summaryTables: ReadonlyArray<readonly string[]>;
}

let known: ReportHeaders | null = null;

/**
 * The column headers of every table in the report sheets, in each language, from the same builders
 * the export uses (so they never drift), worked out once.
 */
function reportHeaders(): ReportHeaders {
  if (known) return known;
  const doc = registerDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    registerId: 'audit-workbook',
    createdAt: '2025-01-01T00:00:00.000Z',
    organization: { name: '-' },
    servers: [{ id: 's', name: 'EX', product: 'Exchange Server 2019', edition: 'Standard', activation: { state: 'activated' } }],
  });
  const asOf = '2025-01-01';
  const tables = new Map<string, AuditReportSheet>();
  const summaryTables: string[][] = [];
  const headersOf = (columns: readonly ColumnModel[]) => columns.map((c) => c.header);
  for (const lang of languages) {
    const options: ExportOptions = { lang, preparedBy: '', asOf, registerPath: '', auditHead: { hash: '', count: 0 }, compliance: computeCompliance(doc, { asOf }) };
    const ctx = exportContext(doc, options);
    tables.set(headerKey(headersOf(buildHistorySheet(ctx).columns)), 'history');
    tables.set(headerKey(headersOf(buildServersSheet(ctx).columns)), 'servers');
    tables.set(headerKey(headersOf(buildChecklistSheet(ctx, []).columns)), 'checklist');
    tables.set(headerKey(headersOf(buildFindingsSheet(ctx, []).columns)), 'findings');
    for (const block of buildSummarySheet(ctx).blocks) if (block.kind === 'table') summaryTables.push(headersOf(block.columns).map(normalizeHeader));
  }
  known = { tables, summaryTables };
  return known;
}

/**
 * One of the Summary's tables taken for the header row: the reader joins a heading printed above
 * some of its columns to their headers ("Compliance position per product Required"), so each
 * header need only end with the column's own.
 */
function isSummaryTable(headers: readonly string[]): boolean {
  const keys = headers.map(normalizeHeader);
  return reportHeaders().summaryTables.some((table) => table.length === keys.length && table.every((header, i) => keys[i]!.endsWith(header)));
}

/**
 * The Summary: its header row, as the reader finds it, is the organization's line ("Organization",
 * the name), and one of the lines under it (after the tax id and address, when given) names the
 * register file, in the same language.
 */
function isSummary(sheet: SheetRead): boolean {
  const labels = sheet.rows.slice(0, 3).map((row) => normalizeHeader(row.cells[0] ?? ''));
  return languages.some((lang) => {
    const t = translator(lang);
    return normalizeHeader(sheet.headers[0] ?? '') === normalizeHeader(t('summary.organization')) && labels.includes(normalizeHeader(t('summary.registerFile')));
  });
}

/** Which of these sheets of a CAL Register audit workbook `sheet` is (the Servers sheet or a report), or null for any other sheet (the Register and Purchases sheets included). */
export function auditReportSheet(sheet: SheetRead): AuditReportSheet | null {
  if (sheet.headers.length === 0) return null;
  return reportHeaders().tables.get(headerKey(sheet.headers)) ?? (isSummaryTable(sheet.headers) || isSummary(sheet) ? 'summary' : null);
}

/**
 * A workbook label in each language cut at its placeholders, in the order given (`date`, then `reason`): the fixed
 * texts before, between and after them. Worked out once per label, when first asked for.
 */
const labelPieces = new Map<string, ReadonlyArray<readonly string[]>>();

function piecesOf(key: LabelKey, placeholders: readonly string[]): ReadonlyArray<readonly string[]> {
  const id = `${key}|${placeholders.join('|')}`;
  let pieces = labelPieces.get(id);
  if (!pieces) {
    // Private-use characters, which no label holds, mark where each value goes.
    const params = Object.fromEntries(placeholders.map((name, i) => [name, String.fromCharCode(0xe000 + i)]));
    pieces = languages.map((lang) => translator(lang)(key, params).split(/[\ue000-\ue0ff]/));
    labelPieces.set(id, pieces);
  }
  return pieces;
}

/** A workbook text made from a label with a `{date}` in it, in either language: the text before the date and after it. */
function isFromDatedLabel(key: LabelKey, text: string): boolean {
  const trimmed = text.trim();
  return piecesOf(key, ['date']).some(([before = '', after = '']) => trimmed.length > before.length + after.length && trimmed.startsWith(before) && trimmed.endsWith(after));
}

/**
 * The one line a table sheet of the audit workbook prints when it has no rows ("None: the register
 * records nothing for this sheet as of …"), in either language: no person and no lot.
 */
export function isAuditEmptyLine(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length === 1 && isFromDatedLabel('table.empty', filled[0]!);
}

/**
 * What the audit workbook's Register prints for a lot recorded without an invoice or order number
 * ("No document (lot of 2022-10-17)"): no document, so the row's lot is found as for any row
 * naming none (by its license and date).
 */
export const isAuditNoDocument = (text: string): boolean => isFromDatedLabel('purchase.noDocument', text);

/**
 * Whether a lot's notes begin as the audit workbook's Purchases sheet marks a voided lot ("Voided on 07.12.2026:
 * entered twice"): a lot that holds no CALs, left out of the workbook's totals.
 */
export function isAuditVoidedNote(notes: string): boolean {
  const first = notes.trimStart().split('\n', 1)[0] ?? '';
  // The label's texts before its date and between the date and the reason, in either language.
  return piecesOf('purchase.voided', ['date', 'reason']).some(([before = '', between = '']) => {
    if (!first.startsWith(before)) return false;
    const end = first.indexOf(between, before.length);
    return end > before.length && parseDate(first.slice(before.length, end)).ok;
  });
}

/** The audit workbook's Purchases column of proof file names, in either language. */
export function isAuditProofFileHeader(header: string): boolean {
  const key = normalizeHeader(header);
  return languages.some((lang) => key === normalizeHeader(translator(lang)('col.proofFile')));
}
