import { z } from 'zod';
import type { Language } from '../contracts/register';
import { calendarDate } from '../domain/model';
import type { ComplianceReport, Finding } from '../licensing/types';

export const sheetIds = ['summary', 'register', 'history', 'purchases', 'servers', 'checklist', 'findings'] as const;
export type SheetId = (typeof sheetIds)[number];

export const proofStatuses = ['ok', 'missing', 'altered', 'unreadable'] as const;
export type ProofStatus = (typeof proofStatuses)[number];

export const checklistResults = ['pass', 'fail', 'warning', 'not-checked', 'not-applicable'] as const;
export type ChecklistResult = (typeof checklistResults)[number];

/** One verification point of the vendor guide, already worded in the export language. */
export interface ChecklistItem {
  point: string;
  result: ChecklistResult;
  reason: string;
}

/** What the user chooses on the Export screen or on the CLI (serializable, crosses IPC). */
export const exportChoicesSchema = z
  .object({
    lang: z.enum(['en', 'pl']),
    preparedBy: z.string().trim().max(200).default(''),
    asOf: calendarDate,
    sheets: z.array(z.enum(sheetIds)).min(1).optional(),
  })
  .strict();
export type ExportChoices = z.infer<typeof exportChoicesSchema>;

export interface ExportOptions {
  lang: Language;
  preparedBy: string;
  /** The date the workbook speaks for (YYYY-MM-DD). */
  asOf: string;
  /** Sheets to include, in any order (printed in the fixed order); all available when absent. */
  sheets?: readonly SheetId[];
  /** Where the register lives, printed on the Summary so a reviewer can find it. */
  registerPath: string;
  compliance?: ComplianceReport;
  checklist?: readonly ChecklistItem[];
  /** Result of hashing each proof file again; a proof not in the map is "not checked". */
  proofStatus?: ReadonlyMap<string, ProofStatus>;
  /** The audit trail's last hash and length; `brokenAt`: the first event that does not verify (the hash is then meaningless). */
  auditHead: { hash: string; count: number; brokenAt?: number };
  /** Catalog display name of a product id (shared/licensing/catalog.ts); the id itself when unknown. */
  productName?: (productId: string) => string | undefined;
  /** Translated finding message; the engine's English message when absent. */
  findingMessage?: (finding: Finding) => string;
}

export type ColumnType = 'text' | 'date' | 'number' | 'integer';
/** A cell as plain data: date columns hold `YYYY-MM-DD` strings, empty cells are null. */
export type CellValue = string | number | null;
export type RowValues = readonly CellValue[];

export interface ColumnModel {
  key: string;
  header: string;
  /** Width in Excel character units. */
  width: number;
  /** Text columns wrap long values onto more lines, never cut them. */
  type: ColumnType;
}

export interface TableSheetModel {
  kind: 'table';
  id: Exclude<SheetId, 'summary'>;
  /** Tab name (≤ 31 characters). */
  name: string;
  /** Printed in the page header. */
  title: string;
  columns: readonly ColumnModel[];
  rows: readonly RowValues[];
  /** A totals line under the data, numbers only where the column is numeric. */
  totals?: RowValues;
  /** Indexes of rows that continue the row above (a lot's further proof files): no rule is printed between them. */
  continuedRows?: readonly number[];
  /** The line printed under the header when there are no rows, where the workbook's `emptySheet` ("None: …") would mislead. */
  emptyLine?: string;
}

export interface SummaryField {
  label: string;
  value: CellValue;
  type: ColumnType;
}

export type SummaryBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'fields'; fields: readonly SummaryField[] }
  | { kind: 'table'; columns: readonly ColumnModel[]; rows: readonly RowValues[]; totals?: RowValues }
  | { kind: 'note'; text: string }
  | { kind: 'signoff'; roles: readonly { role: string; name: string; date: string | null }[]; dateLabel: string; signatureLabel: string };

export interface SummarySheetModel {
  kind: 'summary';
  id: 'summary';
  name: string;
  title: string;
  /** Big title line at the top of the page. */
  heading: string;
  blocks: readonly SummaryBlock[];
}

export type SheetModel = TableSheetModel | SummarySheetModel;

export interface WorkbookModel {
  lang: Language;
  title: string;
  organization: string;
  asOf: string;
  /** Page footer template with `{page}` and `{pages}`. */
  pageFooter: string;
  /** Right footer text, e.g. "As of 25.11.2026". */
  asOfFooter: string;
  /** Excel number format of date cells. */
  dateFormat: string;
  /** Excel number format of count cells, in the workbook's language (integerFormats). */
  integerFormat: string;
  /** The line a table sheet with no rows prints under its header, so that an empty page reads as empty, not as lost. */
  emptySheet: string;
  sheets: readonly SheetModel[];
}
