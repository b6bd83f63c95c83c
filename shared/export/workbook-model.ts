import { localizedProductName } from '../licensing/product-names';
import type { RegisterDocument } from '../domain/model';
import { exportContext } from './context';
import { buildHistorySheet, buildRegisterSheet } from './register-sheets';
import { buildPurchasesSheet, buildServersSheet } from './lot-sheets';
import { buildChecklistSheet, buildFindingsSheet } from './report-sheets';
import { buildSummarySheet } from './summary-sheet';
import { sheetIds, type ExportOptions, type SheetId, type SheetModel, type WorkbookModel } from './types';

/** Excel number formats of date cells: the Polish habit, and ISO for English readers everywhere. */
export const dateFormats = { en: 'yyyy-mm-dd', pl: 'dd.mm.yyyy' } as const;
/**
 * Excel number formats of counts, tagged with the workbook's locale (409 English, 415 Polish): LibreOffice then groups
 * thousands as the text cells do ("1,250"; "1 250" in Polish, where "1,250" reads as one and a quarter) whatever
 * language the computer that prints it runs in. Excel shows its system's separators either way.
 */
export const integerFormats = { en: '[$-409]#,##0', pl: '[$-415]#,##0' } as const;

/**
 * Sheets the options make possible: Checklist only with checklist rows, Findings only with a
 * compliance report, so a reviewer never signs an empty sheet that looks like "nothing found".
 */
export function availableSheets(options: Pick<ExportOptions, 'checklist' | 'compliance'>): SheetId[] {
  return sheetIds.filter(
    (id) => (id !== 'checklist' || options.checklist !== undefined) && (id !== 'findings' || options.compliance !== undefined),
  );
}

/** Everything the workbook will print, as plain data; the writer only lays it out. */
export function buildWorkbookModel(doc: RegisterDocument, options: ExportOptions): WorkbookModel {
  const steps = workbookModelSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `buildWorkbookModel` with a turn of `between` after each sheet: main builds a 50k register's sheets for about half a
 * second, and the export's progress, like every other call, is answered in the meantime.
 */
export async function buildWorkbookModelInTurns(doc: RegisterDocument, options: ExportOptions, between: () => Promise<void>): Promise<WorkbookModel> {
  const steps = workbookModelSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await between();
  }
}

/** The model, one sheet a step. */
function* workbookModelSteps(doc: RegisterDocument, options: ExportOptions): Generator<void, WorkbookModel> {
  const ctx = exportContext(doc, {
    ...options,
    productName: options.productName ?? ((id) => localizedProductName(id, options.lang)),
  });
  const wanted = new Set(options.sheets ?? sheetIds);
  const sheets: SheetModel[] = [];
  for (const id of availableSheets(options)) {
    if (!wanted.has(id)) continue;
    switch (id) {
      case 'summary':
        sheets.push(buildSummarySheet(ctx));
        break;
      case 'register':
        sheets.push(buildRegisterSheet(ctx));
        break;
      case 'history':
        sheets.push(buildHistorySheet(ctx));
        break;
      case 'purchases':
        sheets.push(buildPurchasesSheet(ctx));
        break;
      case 'servers':
        sheets.push(buildServersSheet(ctx));
        break;
      case 'checklist':
        sheets.push(buildChecklistSheet(ctx, options.checklist ?? []));
        break;
      case 'findings':
        sheets.push(buildFindingsSheet(ctx, options.compliance?.findings ?? []));
        break;
    }
    yield;
  }
  return {
    lang: options.lang,
    title: ctx.t('workbook.title'),
    organization: doc.organization.name,
    asOf: options.asOf,
    pageFooter: ctx.t('page.footer'),
    asOfFooter: ctx.t('page.asOf', { date: ctx.date(options.asOf) }),
    dateFormat: dateFormats[options.lang],
    integerFormat: integerFormats[options.lang],
    emptySheet: ctx.t('table.empty', { date: ctx.date(options.asOf) }),
    sheets,
  };
}
