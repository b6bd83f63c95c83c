import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportWorkbook } from '../../../electron/services/export/workbook';
import { createSampleRegister } from '../../../electron/services/sample/sample-register';
import type { RegisterDocument } from '../../../shared/domain/model';
import { applyImport } from '../../../shared/import/apply';
import { interpretFile, interpretSheet } from '../../../shared/import/interpret';
import { previewImport } from '../../../shared/import/preview';
import { computeCompliance } from '../../../shared/licensing/compliance';
import type { ParsedSheet } from '../../../shared/import/types';
import { sampleCompliance, sampleOptions, sampleRegister } from '../export/fixture';
import { tempDir, testDeps } from '../register/helpers';
import { counter, dataOf, NOW, readOk, register } from './helpers';

/** The audit workbook the app exports, in `lang`, read back by the import as a user would give it. */
async function exportedAndRead(lang: 'en' | 'pl', people = 12) {
  const path = join(tempDir(), `audit-${lang}.xlsx`);
  const checklist = [{ point: 'The server is activated and working', result: 'pass' as const, reason: 'EX01 activated' }];
  await exportWorkbook(sampleRegister(people), sampleOptions({ lang, compliance: sampleCompliance, checklist }), path);
  return interpretFile(await readOk(`audit-${lang}.xlsx`, new Uint8Array(await readFile(path))));
}

describe('CAL Register’s own audit workbook given to the import', () => {
  it.each(['en', 'pl'] as const)('(%s) reads the Register and Purchases sheets and sets every report sheet aside, saying which it is', async (lang) => {
    const parsed = await exportedAndRead(lang);
    const bySheet = parsed.sheets.map((s) => [s.sheetName, s.kind, s.status, s.warnings.map((w) => w.key)]);
    const names =
      lang === 'en'
        ? ['Summary', 'Register', 'Assignment history', 'Purchases & proof', 'Servers', 'Checklist', 'Findings']
        : ['Podsumowanie', 'Rejestr', 'Historia przypisań', 'Zakupy i dowody', 'Serwery', 'Lista kontrolna', 'Ustalenia'];
    expect(bySheet).toEqual([
      [names[0], 'audit-report', 'set-aside', ['importFile.warning.auditReport']],
      [names[1], 'register-sheet', 'ok', []],
      [names[2], 'audit-report', 'set-aside', ['importFile.warning.auditHistory']],
      [names[3], 'purchases-sheet', 'ok', []],
      [names[4], 'audit-report', 'set-aside', ['importFile.warning.auditServers']],
      [names[5], 'audit-report', 'set-aside', ['importFile.warning.auditReport']],
      [names[6], 'audit-report', 'set-aside', ['importFile.warning.auditReport']],
    ]);
    const history = parsed.sheets[2]!;
    expect(history.warnings[0]!.message).toContain('is the assignment history of a CAL Register audit workbook, not read');
    expect(history.warnings[0]!.message).toContain(names[2]);
  });

  it('a hand-kept sheet with one column more than the workbook’s history is still read as the register it may be', async () => {
    const parsed = await exportedAndRead('pl');
    const history = parsed.sheets[2]!;
    const ownSheet = interpretSheet({ name: 'Moja historia', headerLine: 1, headers: [...history.headers, 'Dział'], rows: [{ line: 2, cells: ['2024-01-02', 'Przypisano', 'Anna', 'Nowak', 'anowak@przyklad.pl', 'Exchange Server 2019 Standard User CAL', 'FV/1', '', '', 'Kadry'] }] });
    expect([ownSheet.kind, ownSheet.warnings.map((w) => w.key)]).toEqual(['register-sheet', []]);
  });

  it('says why the rows it does not read are skipped: a lot’s further proof file, the “no entries” line, a total', async () => {
    const reasons = (sheet: ParsedSheet | undefined) => sheet!.skipped.map((k) => k.reason.key);
    // sampleRegister's second lot has two proof files: the second is a row of its own under the lot.
    const withProofs = await exportedAndRead('pl');
    expect(reasons(withProofs.sheets[3])).toEqual(['importFile.skip.furtherProofFile', 'importFile.skip.totalRow']);
    expect(dataOf(withProofs.sheets[3], 'purchases-sheet').rows.map((r) => r.document)).toEqual(['FV/2022/12/17', '-FV/2023/01/02']);
    const noAssignments = await exportedAndRead('en', 0);
    expect(reasons(noAssignments.sheets[1])).toEqual(['importFile.skip.auditEmptyLine']);
  });

  it('a row of a hand-kept sheet with values only in columns no field reads names them', () => {
    const sheet = interpretSheet({
      name: 'Rejestr',
      headerLine: 1,
      headers: ['Imię', 'Nazwisko', 'Typ licencji', 'Pokój'],
      rows: [
        { line: 2, cells: ['Anna', 'Nowak', 'Exchange Server 2019 Standard User CAL', ''] },
        { line: 3, cells: ['', '', '', '214'] },
      ],
    });
    expect(sheet.skipped.map((k) => [k.line, k.reason.message])).toEqual([[3, 'only "Pokój" filled, which the import does not read']]);
  });

  it.each(['en', 'pl'] as const)('(%s) the sample register’s workbook rebuilds every assignment in an empty register: holder, CAL, lot, dates, release reason; each lot with its coverage', async (lang) => {
    const sample = await createSampleRegister(join(tempDir(), 'sample'), testDeps());
    try {
      const doc = sample.document;
      const asOf = '2026-11-25';
      const path = join(tempDir(), `sample-${lang}.xlsx`);
      await exportWorkbook(doc, sampleOptions({ lang, asOf, compliance: computeCompliance(doc, { asOf }) }), path);
      const parsed = interpretFile(await readOk(`sample-${lang}.xlsx`, new Uint8Array(await readFile(path))));
      const empty = register({});
      const preview = previewImport(empty, [parsed], { now: NOW });
      expect(preview.unresolved).toEqual([]);
      const rebuilt = applyImport(empty, preview, {}, counter(), NOW);
      // The sample has a lot without a document (printed "No document (lot of …)"), released CALs with their reasons, two lots of one product.
      expect(doc.purchases.some((p) => p.document === '')).toBe(true);
      expect(doc.assignments.some((a) => a.releaseReason === 'left')).toBe(true);
      expect(assignmentKeys(rebuilt)).toEqual(assignmentKeys(doc));
      // Each lot with its program and coverage (Software Assurance or a subscription and its end, printed in words).
      expect(doc.purchases.some((p) => p.coverage.kind !== 'perpetual')).toBe(true);
      expect(lotKeys(rebuilt)).toEqual(lotKeys(doc));
    } finally {
      sample.close();
    }
  });
});

/** Each assignment as the workbook can tell it: holder's name, the lot's product, document and date, its dates and release reason. */
function assignmentKeys(doc: RegisterDocument): string[] {
  const people = new Map(doc.people.map((p) => [p.id, p]));
  const lots = new Map(doc.purchases.map((p) => [p.id, p]));
  return doc.assignments
    .map((a) => {
      const person = people.get(a.personId)!;
      const lot = lots.get(a.purchaseId)!;
      return [person.givenName, person.surname, lot.productId, lot.document, lot.date, a.assignedOn, a.releasedOn, a.releaseReason].join('|');
    })
    .sort();
}

function lotKeys(doc: RegisterDocument): string[] {
  return doc.purchases.map((p) => JSON.stringify([p.productId, p.quantity, p.date, p.document, p.program, p.coverage])).sort();
}
