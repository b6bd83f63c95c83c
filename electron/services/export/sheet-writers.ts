import type { Row, Style, Worksheet } from 'exceljs';
import { cleanCellText, columnLetter, excelDate } from '../../../shared/export/cells';
import type {
  CellValue,
  ColumnModel,
  ColumnType,
  RowValues,
  SummaryBlock,
  SummaryField,
  SummarySheetModel,
  TableSheetModel,
  WorkbookModel,
} from '../../../shared/export/types';
import { charsPerLine, columnStyles, lineHeight, linesNeeded, numFormatOf, summaryStyles, type ColumnStyles } from './layout';

/** Only primitives and dates reach exceljs: a formula or hyperlink object can never be built from register data. */
export type SafeValue = string | number | Date | null;

/** The value to store: a finite number, a date of a date column, text cleaned for a cell, or null (empty). */
function cellValue(value: CellValue, type: ColumnType): SafeValue {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (type === 'date') {
    const date = excelDate(value);
    if (date) return date;
  }
  const text = cleanCellText(value);
  return text === '' ? null : text;
}

/** Text in a date or number column (a mistyped date, a note): it is styled as text, not in the column's format. */
const isFallback = (value: CellValue, stored: SafeValue, type: ColumnType): boolean => typeof value === 'string' && type !== 'text' && !(stored instanceof Date);

/** The value to store and whether it is text that ended up in a typed column. */
export function safeValue(value: CellValue, type: ColumnType): { value: SafeValue; fallback: boolean } {
  const stored = cellValue(value, type);
  return { value: stored, fallback: isFallback(value, stored, type) };
}

/** Texts remembered per column: a sheet repeats few of them (products, documents, departments, statuses). */
const REMEMBERED_PER_COLUMN = 5000;
/** The tallest row written: 30 lines of Arial 10 (382.5 points), under Excel's 409 and well within a printed page. */
export const MAX_ROW_LINES = 30;

/** A date as the model gives it, written as a date cell: one line. */
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Printed row heights of one table sheet: the lines of its tallest wrapped text cell. Each text
 * column's line length is worked out once, a text surely short enough for one line costs a length check,
 * and a text that repeats (a Polish product name on every assignment) is measured once.
 */
export class RowHeights {
  readonly #columns: readonly ColumnModel[];
  /** Positions of the columns that may hold text, which wraps: text columns, and date columns (a date, or a word where there is none: "Never verified"). */
  readonly #text: number[] = [];
  readonly #perLine: number[];
  readonly #measured: Map<string, number>[];
  /** Per column, the last value measured and its lines. */
  readonly #last: (string | null)[];
  readonly #lastLines: number[];

  constructor(columns: readonly ColumnModel[]) {
    this.#columns = columns;
    columns.forEach((c, i) => {
      if (c.type === 'text' || c.type === 'date') this.#text.push(i);
    });
    this.#last = columns.map(() => null);
    this.#lastLines = columns.map(() => 1);
    this.#perLine = columns.map((c) => charsPerLine(c.width));
    this.#measured = columns.map(() => new Map());
  }

  /** Height of a row of `values`; `bold` (the totals line) measures with the wider bold letters and remembers nothing. */
  of(values: RowValues, bold = false): number {
    let lines = 1;
    for (const i of this.#text) {
      const value = values[i];
      if (typeof value !== 'string' || (value.length === 10 && isoDate.test(value))) continue;
      const needed = bold ? linesNeeded(value, this.#columns[i]!.width, true) : this.#lines(value, i);
      if (needed > lines) lines = needed;
    }
    // Excel cannot make a row taller than 409 points, and a row taller than a page is not printed
    // at all: a very long note shows its first lines, and all of it in the cell.
    return Math.min(lines, MAX_ROW_LINES) * lineHeight;
  }

  /** Lines of `value` in text column `i`. */
  #lines(value: string, i: number): number {
    if (value.length <= this.#perLine[i]! && !value.includes('\n')) return 1;
    // The value of the row before (a product name on every row of a sheet sorted by person): its lines are known.
    if (value === this.#last[i]) return this.#lastLines[i]!;
    this.#last[i] = value;
    // A value seen before in this column (a product, a document, a status) is measured once, whether it fits or not.
    const measured = this.#measured[i]!;
    let needed = measured.get(value);
    if (needed === undefined) {
      needed = linesNeeded(value, this.#columns[i]!.width);
      if (measured.size < REMEMBERED_PER_COLUMN) measured.set(value, needed);
    }
    this.#lastLines[i] = needed;
    return needed;
  }
}

/**
 * `continuedBy`: the next row's values when it continues this one (a lot's further proof): a cell it
 * leaves empty goes on into it, so no rule is drawn under this one.
 */
function writeCells(row: Row, values: RowValues, columns: readonly ColumnModel[], styles: readonly ColumnStyles[], role: 'cell' | 'totals', continuedBy?: RowValues): void {
  for (let i = 0; i < columns.length; i++) {
    const style = styles[i];
    if (!style) continue;
    const type = columns[i]!.type;
    const value = values[i] ?? null;
    const stored = cellValue(value, type);
    const cell = row.getCell(i + 1);
    if (stored !== null) cell.value = stored;
    const open = continuedBy !== undefined && (continuedBy[i] ?? null) === null;
    cell.style = (role === 'cell' && isFallback(value, stored, type) ? style.textFallback : open ? style.open : style[role]) as Style;
  }
}

function writeHeader(row: Row, columns: readonly ColumnModel[], styles: readonly ColumnStyles[]): void {
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    cell.value = cleanCellText(column.header);
    cell.style = styles[i]?.header as Style;
  });
  row.height = headerHeight(columns);
}

const headerHeight = (columns: readonly ColumnModel[]): number => Math.max(...columns.map((c) => linesNeeded(c.header, c.width, true))) * lineHeight;

/**
 * exceljs caches style ids by object identity and gives every new row a fresh `{}` style, so it
 * re-renders that empty style's XML once per row; one shared empty style is looked up instead.
 */
const unstyledRow: Partial<Style> = {};

export interface RowProgress {
  (rowsWritten: number): void;
}

/** Rows written between two progress reports, each followed by a turn of the event loop. */
const rowsPerTurn = 500;

/** One turn of the event loop: the progress the renderer polls for (and every other call) is answered while a large sheet is written. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A data sheet: header on row 1 (frozen, filtered, repeated on every printed page), then rows, then totals.
 * Every `rowsPerTurn` rows it reports progress and gives the event loop a turn: main writes a 50k register's sheets for
 * seconds, and the export's own progress is a call the renderer makes in the meantime.
 */
export async function writeTableSheet(ws: Worksheet, model: WorkbookModel, sheet: TableSheetModel, progress: RowProgress): Promise<number> {
  const styles = sheet.columns.map((c) => columnStyles(c, model));
  ws.columns = sheet.columns.map((c) => ({ width: c.width }));
  writeHeader(ws.getRow(1), sheet.columns, styles);
  ws.getRow(1).commit();

  const heights = new RowHeights(sheet.columns);
  const continued = new Set(sheet.continuedRows);
  let rowNumber = 2;
  for (const [index, values] of sheet.rows.entries()) {
    const row = ws.getRow(rowNumber);
    (row as Row & { style: Partial<Style> }).style = unstyledRow;
    writeCells(row, values, sheet.columns, styles, 'cell', continued.has(index + 1) ? sheet.rows[index + 1] : undefined);
    row.height = heights.of(values);
    row.commit();
    rowNumber += 1;
    if ((index + 1) % rowsPerTurn === 0) {
      progress(index + 1);
      await nextTurn();
    }
  }
  if (sheet.rows.length === 0) {
    // Across the sheet, in the Summary's note style: a printed empty page says there is nothing, or why (Findings with nothing to check yet).
    ws.mergeCells(rowNumber, 1, rowNumber, sheet.columns.length);
    const row = ws.getRow(rowNumber);
    const text = cleanCellText(sheet.emptyLine ?? model.emptySheet);
    row.getCell(1).value = text;
    row.getCell(1).style = summaryStyles.note as Style;
    const width = sheet.columns.reduce((n, c) => n + c.width, 0);
    row.height = (Math.min(linesNeeded(text, width), MAX_ROW_LINES) + 0.5) * lineHeight;
    row.commit();
    rowNumber += 1;
  }
  if (sheet.totals) {
    const row = ws.getRow(rowNumber);
    writeCells(row, sheet.totals, sheet.columns, styles, 'totals');
    row.height = heights.of(sheet.totals, true);
    row.commit();
  }
  progress(sheet.rows.length);
  return sheet.rows.length;
}

/** Filter over the header and the data rows, never the totals line. */
export function autoFilterRange(sheet: TableSheetModel): string {
  return `A1:${columnLetter(sheet.columns.length)}${sheet.rows.length + 1}`;
}

const summaryColumnCount = 7;

/** Column widths of the Summary: the widest use of each column by any of its tables, at least a form's width. */
export function summaryColumnWidths(sheet: SummarySheetModel): number[] {
  const widths = [40, 22, 13, 26, 13, 13, 13];
  for (const block of sheet.blocks) {
    if (block.kind !== 'table') continue;
    block.columns.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, c.width);
    });
  }
  return widths.slice(0, summaryColumnCount);
}

class SummaryCursor {
  row = 1;
  /** Printed height so far, in points. */
  height = 0;
  /** Width of the whole Summary, in column units: a note wraps across it. */
  readonly noteWidth: number;
  /** Width of a field's value, from the second column to the last: a long one wraps across it. */
  readonly valueWidth: number;
  /** Width of the sign-off's name column. */
  readonly nameWidth: number;
  constructor(
    readonly ws: Worksheet,
    widths: readonly number[],
  ) {
    this.noteWidth = widths.reduce((n, w) => n + w, 0);
    this.valueWidth = this.noteWidth - (widths[0] ?? 0);
    this.nameWidth = widths[1] ?? 0;
  }
  next(fill: (row: Row) => void, height?: number): void {
    const row = this.ws.getRow(this.row);
    fill(row);
    if (height) row.height = height;
    this.height += row.height || lineHeight;
    row.commit();
    this.row += 1;
  }
  /** A blank line; `pageBreak`: the next page starts after it. */
  skip(pageBreak = false): void {
    this.next((row) => {
      if (pageBreak) row.addPageBreak();
    }, lineHeight);
  }
}

/** Height in points of the title lines, and of each block as `writeSummaryBlock` writes it. */
const summaryTitleHeight = 24 + 16 + lineHeight;
const signoffRowHeight = 36;
/** A sign-off row: the signatory's name wraps in its column (a long one was cut at the date beside it), the line under it kept. */
const signoffHeight = (name: string, nameWidth: number): number => Math.max(signoffRowHeight, Math.min(linesNeeded(name, nameWidth), MAX_ROW_LINES) * lineHeight + 12);
/** A field's row: a text value wraps across the Summary's width (an organization's full name, a register's folder). */
const fieldHeight = (field: SummaryField, valueWidth: number): number =>
  field.type === 'text' && typeof field.value === 'string' ? Math.min(linesNeeded(field.value, valueWidth), MAX_ROW_LINES) * lineHeight : lineHeight;

function summaryBlockHeight(block: SummaryBlock, noteWidth: number, valueWidth: number, nameWidth: number): number {
  switch (block.kind) {
    case 'heading':
      return lineHeight + 20;
    case 'note':
      return linesNeeded(block.text, noteWidth) * lineHeight;
    case 'fields':
      return block.fields.reduce((n, field) => n + fieldHeight(field, valueWidth), 0);
    case 'table': {
      const heights = new RowHeights(block.columns);
      return headerHeight(block.columns) + block.rows.reduce((n, values) => n + heights.of(values), 0) + (block.totals ? lineHeight : 0);
    }
    case 'signoff':
      return block.roles.reduce((n, role) => n + signoffHeight(role.name, nameWidth), 0);
  }
}

/** Where the Summary's page stands while a table is written across pages: the height used on it, and the page's. */
interface SummaryPage {
  used: number;
  readonly height: number;
}

/**
 * A table of the Summary. With `page` (a Summary flowing onto more pages), a table taller than
 * what is left of its page breaks before the row that would not fit, and its header row is
 * written again at the top of the next page (the server table of 27 servers or more), as the
 * table sheets repeat theirs; `page.used` follows what is written.
 */
function writeSummaryTable(cursor: SummaryCursor, model: WorkbookModel, block: Extract<SummaryBlock, { kind: 'table' }>, page: SummaryPage | null): void {
  const styles = block.columns.map((c) => columnStyles(c, model));
  const header = headerHeight(block.columns);
  cursor.next((row) => writeHeader(row, block.columns, styles));
  const heights = new RowHeights(block.columns);
  const rowHeights = block.rows.map((values) => heights.of(values));
  // What must follow a row on its page: the next row, or the totals under the last.
  const after = (i: number): number => rowHeights[i + 1] ?? (block.totals ? lineHeight : 0);
  if (page) page.used += header;
  block.rows.forEach((values, i) => {
    const height = rowHeights[i]!;
    const breakAfter = page !== null && after(i) > 0 && page.used + height + after(i) > page.height;
    cursor.next((row) => {
      writeCells(row, values, block.columns, styles, 'cell');
      if (breakAfter) row.addPageBreak();
    }, height);
    if (!page) return;
    page.used += height;
    if (breakAfter) {
      cursor.next((row) => writeHeader(row, block.columns, styles));
      page.used = header;
    }
  });
  if (block.totals) {
    const totals = block.totals;
    cursor.next((row) => writeCells(row, totals, block.columns, styles, 'totals'), lineHeight);
    if (page) page.used += lineHeight;
  }
}

function writeSummaryBlock(cursor: SummaryCursor, model: WorkbookModel, block: SummaryBlock, pageBreak = false): void {
  const s = summaryStyles;
  switch (block.kind) {
    case 'heading':
      cursor.skip(pageBreak);
      cursor.next((row) => {
        row.getCell(1).value = cleanCellText(block.text);
        for (let c = 1; c <= summaryColumnCount; c++) row.getCell(c).style = (c === 1 ? s.heading : s.headingRule) as Style;
      }, 20);
      return;
    case 'note':
      // Across the whole Summary, wrapped: a long note never runs past the page's edge.
      cursor.ws.mergeCells(cursor.row, 1, cursor.row, summaryColumnCount);
      cursor.next((row) => {
        row.getCell(1).value = cleanCellText(block.text);
        row.getCell(1).style = s.note as Style;
      }, linesNeeded(block.text, cursor.noteWidth) * lineHeight);
      return;
    case 'fields':
      for (const field of block.fields) {
        const text = field.type === 'text';
        // A text value spans the columns to the Summary's right edge and wraps there: a long one never runs off the page.
        if (text) cursor.ws.mergeCells(cursor.row, 2, cursor.row, summaryColumnCount);
        cursor.next((row) => {
          row.getCell(1).value = cleanCellText(field.label);
          row.getCell(1).style = s.label as Style;
          const { value } = safeValue(field.value, field.type);
          const cell = row.getCell(2);
          if (value !== null) cell.value = value;
          // A date or a count in the format its column of a table has (a count "2,500", not "2500" above a total of "2,507").
          const numFmt = value instanceof Date || typeof value === 'number' ? numFormatOf(field.type, model) : undefined;
          cell.style = (text ? s.wrappedValue : { ...s.value, ...(numFmt ? { numFmt } : {}) }) as Style;
        }, fieldHeight(field, cursor.valueWidth));
      }
      return;
    case 'table':
      writeSummaryTable(cursor, model, block, null);
      return;
    case 'signoff':
      for (const role of block.roles) {
        cursor.next((row) => {
          const put = (col: number, value: string | Date | null, style: Partial<Style>) => {
            const cell = row.getCell(col);
            if (value !== null && value !== '') cell.value = typeof value === 'string' ? cleanCellText(value) : value;
            cell.style = style as Style;
          };
          put(1, role.role, s.signRole);
          put(2, role.name, { ...s.signLine, alignment: { ...s.signLine.alignment, wrapText: true } });
          put(3, block.dateLabel, s.signLabel);
          put(4, role.date ? excelDate(role.date) : null, { ...s.signLine, numFmt: model.dateFormat });
          put(5, block.signatureLabel, s.signLabel);
          put(6, null, s.signLine);
          put(7, null, s.signLine);
        }, signoffHeight(role.name, cursor.nameWidth));
      }
      return;
  }
}

/** Shrinking a Summary by more than this would make it hard to read; it flows onto a second page instead. */
export const summaryShrinkLimit = 1.35;

/**
 * The Summary: a title, labelled fields, small tables and the sign-off lines. Returns its
 * printed height in points and whether it is shrunk onto one page (`pageHeight`, in points, at
 * 100%). One that would have to shrink too far flows onto more pages, a section (a heading and
 * what follows it) never split by a page where it fits on one: a table keeps its header row, and
 * the sign-off stays whole.
 */
export function writeSummarySheet(ws: Worksheet, model: WorkbookModel, sheet: SummarySheetModel, pageHeight: number): { height: number; onePage: boolean } {
  const widths = summaryColumnWidths(sheet);
  const noteWidth = widths.reduce((n, w) => n + w, 0);
  const heights = sheet.blocks.map((block) => summaryBlockHeight(block, noteWidth, noteWidth - (widths[0] ?? 0), widths[1] ?? 0));
  const total = summaryTitleHeight + heights.reduce((n, h) => n + h, 0);
  const onePage = total <= pageHeight * summaryShrinkLimit;
  // Where each section starts (its heading) and its height.
  const sectionHeight = (start: number): number => {
    let h = heights[start]!;
    for (let i = start + 1; i < sheet.blocks.length && sheet.blocks[i]!.kind !== 'heading'; i++) h += heights[i]!;
    return h;
  };
  ws.columns = widths.map((width) => ({ width }));
  const cursor = new SummaryCursor(ws, widths);
  cursor.next((row) => {
    row.getCell(1).value = cleanCellText(sheet.heading);
    row.getCell(1).style = summaryStyles.title as Style;
  }, 24);
  cursor.next((row) => {
    row.getCell(1).value = cleanCellText(sheet.title);
    row.getCell(1).style = summaryStyles.subtitle as Style;
  }, 16);
  cursor.skip();
  const page: SummaryPage = { used: summaryTitleHeight, height: pageHeight };
  sheet.blocks.forEach((block, i) => {
    let pageBreak = false;
    if (!onePage && block.kind === 'heading') {
      const section = sectionHeight(i);
      // The blank line before the heading ends the page; a section taller than a page starts where it is.
      if (page.used + section > pageHeight && section <= pageHeight && page.used > 0) {
        pageBreak = true;
        page.used = -lineHeight;
      }
    }
    // A table in a Summary of more pages is written row by row against the page, so one that does not fit repeats its header.
    if (!onePage && block.kind === 'table') writeSummaryTable(cursor, model, block, page);
    else {
      writeSummaryBlock(cursor, model, block, pageBreak);
      page.used += heights[i]!;
    }
  });
  return { height: cursor.height, onePage };
}
