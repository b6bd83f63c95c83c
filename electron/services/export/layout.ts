import type { Alignment, Borders, Fill, Font, PageSetup, HeaderFooter, Style } from 'exceljs';
import type { ColumnModel, ColumnType, WorkbookModel } from '../../../shared/export/types';

/** Arial 10 everywhere: metric-compatible fonts exist on every platform, so print layout is predictable. */
export const baseFont: Partial<Font> = { name: 'Arial', family: 2, size: 10 };
/** Height of one line of Arial 10 in points (Excel's own default for this font). */
export const lineHeight = 12.75;

export const margins = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
/** A4 landscape is 297 × 210 mm; the body of a page is what the margins (inches) leave, in points. */
export const printableHeight = (210 / 25.4 - margins.top - margins.bottom) * 72;

/** A4 landscape, one page wide and as many pages tall as needed (fitToHeight 0 = automatic). */
export function pageSetup(printTitlesRow: string | undefined): Partial<PageSetup> {
  return {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins,
    ...(printTitlesRow ? { printTitlesRow } : {}),
  };
}

/** Header/footer text is a small language of its own: a literal `&` must be doubled. */
function escapeHeaderText(text: string, max: number): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ').trim();
  const cut = oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
  return cut.replace(/&/g, '&&');
}

/** Organization left, sheet title right; "Page N of M" left and the as-of date right in the footer. */
export function headerFooter(model: WorkbookModel, sheetTitle: string): Partial<HeaderFooter> {
  const pages = escapeHeaderText(model.pageFooter, 60).replace('{page}', '&P').replace('{pages}', '&N');
  return {
    oddHeader: `&L${escapeHeaderText(model.organization, 90)}&R&B${escapeHeaderText(sheetTitle, 90)}`,
    oddFooter: `&L${pages}&R${escapeHeaderText(model.asOfFooter, 60)}`,
  };
}

const thin = { style: 'thin' as const, color: { argb: 'FF8A8A8A' } };
const headerFill: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE3EC' } };
const headerBorder: Partial<Borders> = { bottom: { style: 'medium', color: { argb: 'FF44546A' } } };
const totalsBorder: Partial<Borders> = { top: thin, bottom: { style: 'double', color: { argb: 'FF44546A' } } };
const rowBorder: Partial<Borders> = { bottom: { style: 'hair', color: { argb: 'FFBFBFBF' } } };

/** The Excel number format of a column's cells: the workbook's date or count format (text has none). */
export function numFormatOf(type: ColumnType, formats: NumberFormats): string | undefined {
  switch (type) {
    case 'text':
      return undefined;
    case 'date':
      return formats.dateFormat;
    case 'integer':
      return formats.integerFormat;
    case 'number':
      return `${formats.integerFormat}.00`;
  }
}

/** The number formats of the workbook's language (shared/export/workbook-model.ts). */
export type NumberFormats = Pick<WorkbookModel, 'dateFormat' | 'integerFormat'>;

function alignmentOf(column: Pick<ColumnModel, 'type'>): Partial<Alignment> {
  const horizontal = column.type === 'integer' || column.type === 'number' ? 'right' : column.type === 'date' ? 'center' : 'left';
  return { vertical: 'top', horizontal, wrapText: column.type === 'text' };
}

export interface ColumnStyles {
  header: Partial<Style>;
  cell: Partial<Style>;
  /** A cell whose row the next row continues: no rule under it. */
  open: Partial<Style>;
  /** A string in a date or number column (bad data): printed as left-aligned text. */
  textFallback: Partial<Style>;
  totals: Partial<Style>;
}

/**
 * One style object per column and role, reused for every cell: exceljs caches styles by
 * object identity, so 50,000 rows cost one style lookup each instead of a serialization.
 */
export function columnStyles(column: ColumnModel, formats: NumberFormats): ColumnStyles {
  const numFmt = numFormatOf(column.type, formats);
  const alignment = alignmentOf(column);
  const withFormat = numFmt ? { numFmt } : {};
  return {
    header: {
      font: { ...baseFont, bold: true },
      fill: headerFill,
      border: headerBorder,
      alignment: { vertical: 'bottom', horizontal: alignment.horizontal, wrapText: true },
    },
    cell: { font: baseFont, alignment, border: rowBorder, ...withFormat },
    open: { font: baseFont, alignment, ...withFormat },
    textFallback: { font: baseFont, alignment: { vertical: 'top', horizontal: 'left', wrapText: true }, border: rowBorder },
    totals: { font: { ...baseFont, bold: true }, alignment, border: totalsBorder, ...withFormat },
  };
}

export const summaryStyles = {
  title: { font: { ...baseFont, size: 16, bold: true, color: { argb: 'FF1F3864' } } } satisfies Partial<Style>,
  subtitle: { font: { ...baseFont, size: 11, color: { argb: 'FF44546A' } } } satisfies Partial<Style>,
  heading: {
    font: { ...baseFont, size: 12, bold: true, color: { argb: 'FF1F3864' } },
    border: { bottom: { style: 'medium', color: { argb: 'FF1F3864' } } },
  } satisfies Partial<Style>,
  headingRule: { border: { bottom: { style: 'medium', color: { argb: 'FF1F3864' } } } } satisfies Partial<Style>,
  label: { font: { ...baseFont, bold: true }, alignment: { vertical: 'top' } } satisfies Partial<Style>,
  value: { font: baseFont, alignment: { vertical: 'top', horizontal: 'left' } } satisfies Partial<Style>,
  wrappedValue: { font: baseFont, alignment: { vertical: 'top', horizontal: 'left', wrapText: true } } satisfies Partial<Style>,
  note: { font: { ...baseFont, italic: true }, alignment: { wrapText: true, vertical: 'top' } } satisfies Partial<Style>,
  signRole: { font: { ...baseFont, bold: true }, alignment: { vertical: 'bottom' } } satisfies Partial<Style>,
  signLabel: { font: baseFont, alignment: { vertical: 'bottom', horizontal: 'right' } } satisfies Partial<Style>,
  signLine: { font: baseFont, alignment: { vertical: 'bottom' }, border: { bottom: { style: 'thin', color: { argb: 'FF000000' } } } } satisfies Partial<Style>,
};

export { charsPerLine, fitsOneLine, lineDigits, linesNeeded } from '../../../shared/export/text-lines';

