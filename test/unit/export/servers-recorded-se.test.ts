/**
 * A server recorded as Exchange SE counts as 2019 on a day before SE's release (2025-07-01, `serverVersionOn`). Found
 * 12-07: the Summary and the Servers sheet of a workbook as of such a day printed "Exchange Server SE" beside a position
 * and findings judged against 2019. They now print what the rules counted, with what was recorded.
 */
import { describe, expect, it } from 'vitest';
import type { SummarySheetModel, TableSheetModel, WorkbookModel } from '../../../shared/export/types';
import { buildWorkbookModel } from '../../../shared/export/workbook-model';
import { sampleOptions, sampleRegister } from './fixture';

/** The sample register with EX01 recorded as SE (its build then an SE build, as the server form requires). */
function withSeServer() {
  const doc = sampleRegister();
  doc.servers = doc.servers.map((s) => (s.id === 'srv-1' ? { ...s, product: 'Exchange Server SE', build: '15.2.2562.17' } : s));
  return doc;
}

/** The product printed for each server, on the Summary's server table and on the Servers sheet. */
function printedProducts(model: WorkbookModel): { summary: unknown[]; servers: unknown[] } {
  const summary = model.sheets.find((s): s is SummarySheetModel => s.kind === 'summary')!;
  const serverTable = summary.blocks.find((b) => b.kind === 'table' && b.columns.some((c) => c.key === 'activation'));
  if (serverTable?.kind !== 'table') throw new Error('no server table on the Summary');
  const sheet = model.sheets.find((s): s is TableSheetModel => s.id === 'servers')!;
  const product = (columns: readonly { key: string }[]) => columns.findIndex((c) => c.key === 'product');
  return { summary: serverTable.rows.map((r) => r[product(serverTable.columns)]), servers: sheet.rows.map((r) => r[product(sheet.columns)]) };
}

describe('a server recorded as Exchange SE in a workbook', () => {
  it('as of a day before SE’s release prints the 2019 the rules counted, saying it was recorded as SE and when SE was released, in the workbook’s language', () => {
    const en = printedProducts(buildWorkbookModel(withSeServer(), sampleOptions({ asOf: '2025-03-01' })));
    const english = ['Exchange Server 2019 (recorded as SE, released 2025-07-01)', 'Exchange Server 2019'];
    expect(en).toEqual({ summary: english, servers: english });

    const pl = printedProducts(buildWorkbookModel(withSeServer(), sampleOptions({ asOf: '2025-06-30', lang: 'pl' })));
    const polish = ['Exchange Server 2019 (zapisany jako SE, wydany 01.07.2025)', 'Exchange Server 2019'];
    expect(pl).toEqual({ summary: polish, servers: polish });
  });

  it('as of SE’s release or later prints SE, as recorded', () => {
    const printed = printedProducts(buildWorkbookModel(withSeServer(), sampleOptions({ asOf: '2025-07-01' })));
    expect(printed).toEqual({ summary: ['Exchange Server SE', 'Exchange Server 2019'], servers: ['Exchange Server SE', 'Exchange Server 2019'] });
  });
});
