import { randomBytes } from 'node:crypto';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { RegisterDocument } from '../../../shared/domain/model';
import { keyedError, writeFailedError } from '../../../shared/errors/messages';
import { buildWorkbookModelInTurns } from '../../../shared/export/workbook-model';
import type { ExportOptions, SheetId, WorkbookModel } from '../../../shared/export/types';
import { DomainError } from '../../../shared/result';
import { baseFont, headerFooter, pageSetup, printableHeight } from './layout';

import { autoFilterRange, nextTurn, writeSummarySheet, writeTableSheet } from './sheet-writers';

export interface ExportProgress {
  sheet: SheetId;
  /** 0-based position of the sheet being written, out of `sheetCount`. */
  sheetIndex: number;
  sheetCount: number;
  /** Data rows written so far over the whole workbook, out of `totalRows`. */
  rowsWritten: number;
  totalRows: number;
}

export interface ExportResult {
  path: string;
  /** Tab names in order, in the workbook's language. */
  sheets: string[];
  /** The same sheets by id (summary, register, …): what a script compares, whatever the language. */
  sheetIds: SheetId[];
  /** Data rows written over all sheets (headers and totals not counted). */
  rows: number;
}

/**
 * exceljs adds Calibri 11 as font 0 lazily; adding Arial 10 first makes it the workbook's
 * default, which is what column widths are measured in (and what LibreOffice can match).
 */
function setDefaultFont(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const styles = (workbook as unknown as { styles?: { _addFont?: (font: object) => number } }).styles;
  styles?._addFont?.(baseFont);
}

function totalRowsOf(model: WorkbookModel): number {
  return model.sheets.reduce((n, s) => n + (s.kind === 'table' ? s.rows.length : 0), 0);
}

async function writeWorkbook(model: WorkbookModel, tempPath: string, onProgress?: (p: ExportProgress) => void): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tempPath, useStyles: true, useSharedStrings: true });
  setDefaultFont(workbook);
  workbook.creator = 'CAL Register';
  workbook.title = model.title;
  workbook.created = new Date();

  const totalRows = totalRowsOf(model);
  let done = 0;
  for (const [sheetIndex, sheet] of model.sheets.entries()) {
    const report = (rowsInSheet: number) =>
      onProgress?.({ sheet: sheet.id, sheetIndex, sheetCount: model.sheets.length, rowsWritten: done + rowsInSheet, totalRows });
    if (sheet.kind === 'summary') {
      const ws = workbook.addWorksheet(sheet.name, {
        pageSetup: pageSetup(undefined),
        headerFooter: headerFooter(model, sheet.title),
        properties: { defaultRowHeight: 12.75 },
      });
      // A Summary a little taller than a page is shrunk onto one, so the sign-off stays with the figures.
      const { onePage } = writeSummarySheet(ws, model, sheet, printableHeight);
      if (onePage) ws.pageSetup.fitToHeight = 1;
      ws.commit();
      report(0);
      continue;
    }
    const ws = workbook.addWorksheet(sheet.name, {
      pageSetup: pageSetup('1:1'),
      headerFooter: headerFooter(model, sheet.title),
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
      properties: { defaultRowHeight: 12.75 },
    });
    ws.autoFilter = autoFilterRange(sheet);
    done += await writeTableSheet(ws, model, sheet, report);
    ws.commit();
  }
  await workbook.commit();
  return done;
}

/**
 * Writes the printable audit workbook to `outPath` atomically (temp file in the same folder,
 * then rename), streaming rows so a 50,000-row register stays small in memory.
 */
export async function exportWorkbook(
  doc: RegisterDocument,
  options: ExportOptions,
  outPath: string,
  onProgress?: (progress: ExportProgress) => void,
): Promise<ExportResult> {
  const model = await buildWorkbookModelInTurns(doc, options, nextTurn);
  if (model.sheets.length === 0) {
    throw keyedError('invalid-input', 'export-no-sheets', {}, { sheets: (options.sheets ?? []).join(',') });
  }
  const tempPath = join(dirname(outPath), `.${basename(outPath)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const rows = await writeWorkbook(model, tempPath, onProgress);
    await rename(tempPath, outPath);
    return { path: outPath, sheets: model.sheets.map((s) => s.name), sheetIds: model.sheets.map((s) => s.id), rows };
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    if (error instanceof DomainError) throw error;
    // The file asked for and the OS code, never the OS text: it names the temp file.
    throw writeFailedError('export', error, { path: outPath });
  }
}
