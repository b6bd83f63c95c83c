import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportWorkbook } from '../../../electron/services/export/workbook';
import { createSampleRegister } from '../../../electron/services/sample/sample-register';
import type { Activation, RegisterDocument } from '../../../shared/domain/model';
import { applyImport } from '../../../shared/import/apply';
import { interpretFile, interpretSheet } from '../../../shared/import/interpret';
import { previewImport } from '../../../shared/import/preview';
import { printedActivation } from '../../../shared/import/audit-servers';
import { computeCompliance } from '../../../shared/licensing/compliance';
import { trialDaysLeftOn } from '../../../shared/licensing/compliance-servers';
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
  it.each(['en', 'pl'] as const)('(%s) reads the Register, Purchases and Servers sheets and sets every report sheet aside, saying which it is', async (lang) => {
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
      [names[4], 'audit-servers', 'ok', []],
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

  it.each(['en', 'pl'] as const)('(%s) the sample register’s workbook rebuilds every assignment in an empty register: holder, CAL, lot, dates, release reason; each lot with its coverage; each server', async (lang) => {
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
      // Each server as recorded: a trial's days as counted on the report's day, the day it was verified (the workbook prints no time).
      expect(doc.servers.some((s) => s.activation.state === 'trial') && doc.servers.some((s) => s.verifiedAt !== null)).toBe(true);
      expect(serverKeys(rebuilt, asOf)).toEqual(serverKeys(doc, asOf));
    } finally {
      sample.close();
    }
  });

  it('reads a server’s activation as the workbook prints it, in either language', () => {
    expect(printedActivation('Trial, 12 days left on 2025-01-01')).toEqual({ state: 'trial', daysLeft: 12, asOf: '2025-01-01' });
    expect(printedActivation('Wersja próbna, pozostało dni: 1 (stan na 05.03.2025)')).toEqual({ state: 'trial', daysLeft: 1, asOf: '2025-03-05' });
    expect(printedActivation('Aktywowany')).toEqual({ state: 'activated' });
    expect(printedActivation('Trial expired')).toEqual({ state: 'trial-expired' });
    expect(printedActivation('Wersja próbna wygasła')).toEqual({ state: 'trial-expired' });
    expect(printedActivation('aktywny od wczoraj')).toEqual({ state: 'unknown' });
  });

  it('a server the register has keeps its activation, key and verification; the workbook only adds servers it lacks', async () => {
    const parsed = await exportedAndRead('pl');
    const doc = register({ servers: [{ id: 'srv-own', name: 'EX01', product: 'Exchange Server 2019', edition: 'Standard', build: '15.2.1544.4', activation: { state: 'trial', daysLeft: 5, asOf: '2024-03-30' } }] });
    const preview = previewImport(doc, [parsed], { now: NOW });
    expect(preview.servers.map((c) => [c.name, c.action, c.activation.state])).toEqual([
      ['EX01', 'unchanged', 'trial'],
      ['EX02', 'new', 'trial'],
    ]);
    const applied = applyImport(doc, preview, {}, counter(), NOW);
    expect(applied.servers.find((s) => s.name === 'EX01')).toEqual(doc.servers[0]);
    // Recorded with 40 days on 2024-03-01, printed as counted down to the report's day (2024-03-31): the same trial.
    expect(applied.servers.find((s) => s.name === 'EX02')).toMatchObject({ edition: 'Enterprise', activation: { state: 'trial', daysLeft: 10, asOf: '2024-03-31' }, verifiedAt: null, source: 'import' });
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

function serverKeys(doc: RegisterDocument, asOf: string): string[] {
  const activation = (a: Activation) => (a.state === 'trial' ? `trial:${trialDaysLeftOn(a, asOf)}` : a.state);
  return doc.servers
    .map((s) => JSON.stringify([s.name, s.product, s.edition, s.build, activation(s.activation), s.partialProductKey, s.verifiedAt?.slice(0, 10) ?? null, s.verifiedBy, s.retiredOn, s.notes]))
    .sort();
}