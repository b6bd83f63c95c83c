import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineHeight, printableHeight } from '../../../electron/services/export/layout';
import { RowHeights, summaryColumnWidths, writeSummarySheet } from '../../../electron/services/export/sheet-writers';
import { createSampleRegister } from '../../../electron/services/sample/sample-register';
import type { OpenRegister } from '../../../electron/services/register/open-register';
import { charsPerLine, fittedToWords, fittedWidth, linesNeeded, widthForOneLine } from '../../../shared/export/text-lines';
import type { SummaryBlock, SummarySheetModel, TableSheetModel, WorkbookModel } from '../../../shared/export/types';
import { buildWorkbookModel } from '../../../shared/export/workbook-model';
import { computeCompliance } from '../../../shared/licensing/compliance';
import { localizedProductName } from '../../../shared/licensing/product-names';
import { tempDir, testDeps } from '../register/helpers';
import { column, sampleCompliance, sampleOptions, sampleRegister, table } from './fixture';

type SummaryTable = Extract<SummaryBlock, { kind: 'table' }>;

describe('a column fitted to what it holds', () => {
  it('is the narrowest width that prints each text on one line, in bold where the text is bold', () => {
    const text = fc.string({ unit: fc.constantFrom(...'abcmwxyzĄąŁłŚś0129 .@/-WMI%&—…'.split('')), minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(text, fc.boolean(), (value, bold) => {
        const width = widthForOneLine(value, bold);
        expect(linesNeeded(value, width, bold)).toBe(1);
        // One unit less wraps it, unless the spaces at its end (which hang past the edge) were all that did not fit, or it is
        // so short that any letters fit (a single "m" is never wrapped, however narrow the column).
        if (width > 1 && !value.endsWith(' ') && value.length > charsPerLine(width - 1, bold)) expect(linesNeeded(value, width - 1, bold)).toBeGreaterThan(1);
      }),
    );
  });

  it('stays within its bounds: a narrow column for short texts, a long one wrapping at the limit', () => {
    expect(fittedWidth(28, 40, ['EX01', 'anna@x.pl'])).toBe(28);
    expect(fittedWidth(28, 40, ['jozef.pietrzak@budmax.przyklad.pl'])).toBe(widthForOneLine('jozef.pietrzak@budmax.przyklad.pl'));
    expect(fittedWidth(28, 40, ['x'.repeat(80)])).toBe(40);
    // A bold header is measured in bold.
    expect(fittedWidth(13, 24, ['12.03.2026'], ['Data weryfikacji'])).toBe(widthForOneLine('Data weryfikacji', true));
    expect(widthForOneLine('Data weryfikacji', true)).toBeGreaterThan(widthForOneLine('Data weryfikacji'));
  });

  it('fitted to words, is as wide as the widest run without a space, the texts wrapping at their spaces', () => {
    expect(fittedToWords(28, 40, ['Exchange Server 2019 Standard — CAL na użytkownika, 29.10.2022', 'EX01'])).toBe(28);
    expect(fittedToWords(28, 40, ['holder jozef.pietrzak@budmax.przyklad.pl\nsince 2024'])).toBe(widthForOneLine('jozef.pietrzak@budmax.przyklad.pl'));
    expect(fittedToWords(28, 40, [`${'x'.repeat(80)} y`])).toBe(40);
  });
});

// Found in review: the app's sample register printed its Polish Summary on two pages, the English one on one. The Polish
// product names ("… — CAL na użytkownika", 45–49 wide) wrapped in the 40-wide first column, and "Nigdy nie zweryfikowano"
// and the header "Data weryfikacji" in the 13-wide Verified on column: 709 points against the 658 a page can be shrunk to.
describe('the Summary of the sample register', () => {
  const asOf = '2026-11-25';
  let sample: OpenRegister;
  beforeAll(async () => {
    sample = await createSampleRegister(join(tempDir(), 'sample'), testDeps());
  });
  afterAll(() => sample.close());

  function written(lang: 'en' | 'pl') {
    const doc = sample.document;
    const model: WorkbookModel = buildWorkbookModel(doc, sampleOptions({ lang, asOf, compliance: computeCompliance(doc, { asOf }), sheets: ['summary'] }));
    const sheet = model.sheets[0] as SummarySheetModel;
    const result = writeSummarySheet(new ExcelJS.Workbook().addWorksheet(sheet.name), model, sheet, printableHeight);
    const tables = sheet.blocks.filter((b): b is SummaryTable => b.kind === 'table');
    return { ...result, widths: summaryColumnWidths(sheet), position: tables[0]!, servers: tables[1]! };
  }

  it('fits on one page in Polish as in English, every product name of the position on one line', () => {
    for (const lang of ['en', 'pl'] as const) {
      const { onePage, position, widths } = written(lang);
      expect(onePage, lang).toBe(true);
      const heights = new RowHeights(position.columns);
      for (const row of position.rows) expect(heights.of(row), `${lang}: ${row[0]}`).toBe(lineHeight);
      // The bold total under them too, and the first column of the page as wide as the table's.
      expect(linesNeeded(String(position.totals?.[0]), position.columns[0]!.width, true), lang).toBe(1);
      expect(widths[0]).toBeGreaterThanOrEqual(position.columns[0]!.width);
    }
    const longest = localizedProductName('exchange-2019-enterprise-user-cal', 'pl');
    expect(written('pl').position.rows.map((r) => r[0])).toContain(longest);
    expect(written('pl').position.columns[0]!.width).toBe(widthForOneLine(longest));
  });

  it('prints each server’s verification and the table’s headers on one line; the English Summary keeps its widths', () => {
    const { servers } = written('pl');
    const verifiedOn = servers.columns.findIndex((c) => c.key === 'verifiedOn');
    expect(servers.rows.map((r) => r[verifiedOn])).toContain('Nigdy nie zweryfikowano');
    for (const row of servers.rows) expect(linesNeeded(String(row[verifiedOn]), servers.columns[verifiedOn]!.width)).toBe(1);
    for (const c of servers.columns) expect(linesNeeded(c.header, c.width, true), c.header).toBe(1);
    expect(written('en').widths).toEqual([40, 22, 13, 30, 13, 13, 13]);
  });
});

function findingsSheet(subjects: readonly string[], lang: 'en' | 'pl' = 'pl'): TableSheetModel {
  const findings = subjects.map((subject) => ({ ...sampleCompliance.findings[0]!, subject }));
  const model = buildWorkbookModel(sampleRegister(), sampleOptions({ lang, compliance: { ...sampleCompliance, findings }, sheets: ['findings'] }));
  return model.sheets[0] as TableSheetModel;
}

const subjectWidth = (sheet: TableSheetModel): number => sheet.columns.find((c) => c.key === 'subject')!.width;

// Found in review: the 28-wide Subject column printed "jozef.pietrzak@budmax.przyklad." over "pl".
describe('the Findings sheet’s Subject column', () => {
  const addresses = ['jozef.pietrzak@budmax.przyklad.pl', 'stanislaw.wieczorek@budmax.przyklad.pl', 'DiscoverySearchMailbox@budmax.przyklad.pl'];

  it('is as wide as the longest address it holds, each on one line, and the row heights count it so', () => {
    const sheet = findingsSheet([...addresses, 'EX01', 'Exchange Server 2019 Standard User CAL, 2022-10-29']);
    const width = subjectWidth(sheet);
    expect(width).toBe(Math.max(...addresses.map((a) => widthForOneLine(a))));
    const subject = sheet.columns.findIndex((c) => c.key === 'subject');
    const heights = new RowHeights(sheet.columns);
    for (const row of sheet.rows) {
      const value = String(row[subject]);
      if (!value.includes('@')) continue;
      expect(linesNeeded(value, width), value).toBe(1);
      // The row is as tall as its other cells: the address adds no line.
      const others = sheet.columns.map((c, i) => (i === subject || c.type !== 'text' ? 1 : linesNeeded(String(row[i] ?? ''), c.width)));
      expect(heights.of(row), value).toBe(Math.max(...others) * lineHeight);
    }
  });

  it('is not widened by a subject that wraps at its spaces, stays 28 wide for short ones, and stops at 40', () => {
    expect(subjectWidth(findingsSheet(['EX01', 'Exchange Server 2019 Standard — CAL na użytkownika, 29.10.2022']))).toBe(28);
    expect(subjectWidth(findingsSheet([]))).toBe(28);
    expect(subjectWidth(findingsSheet([`${'bardzo.dlugi.adres'.repeat(3)}@budmax.przyklad.pl`]))).toBe(40);
  });
});

describe('the License type column', () => {
  // Found in review: the column stopped at 48, a unit short of "Exchange Server 2019 Enterprise — CAL na użytkownika", so every such row printed with a blank second line.
  it('holds the longest Polish product name on one line, an Enterprise User CAL’s', () => {
    const enterprise = sampleRegister();
    enterprise.purchases = enterprise.purchases.map((p) => (p.id === 'pur-1' ? { ...p, productId: 'exchange-2019-enterprise-user-cal' } : p));
    const model = buildWorkbookModel(enterprise, sampleOptions({ lang: 'pl' }));
    const name = localizedProductName('exchange-2019-enterprise-user-cal', 'pl');
    for (const id of ['register', 'history'] as const) {
      const sheet = table(model, id);
      expect(sheet.rows.some((r) => r[column(sheet, 'licenseType')] === name), id).toBe(true);
      expect(linesNeeded(name, sheet.columns[column(sheet, 'licenseType')]!.width), id).toBe(1);
    }
  });
});
