import { describe, expect, it } from 'vitest';
import { createAssignment, personHistory, releaseAssignment, savePerson, savePurchase } from '../../../electron/services/ledger/ledger';
import { createRegister } from '../../../electron/services/register/register-store';
import type { TableSheetModel } from '../../../shared/export/types';
import { buildWorkbookModel } from '../../../shared/export/workbook-model';
import { computeCompliance } from '../../../shared/licensing/compliance';
import { sampleOptions } from '../export/fixture';
import { org, tempDir, testDeps } from '../register/helpers';

// Found in review of 12-06: a release's notes were added to the assignment's own notes, so the printed history showed
// "moved, CAL released" on the day the CAL was given, and a report dated before the release showed it beside an active CAL.
describe('the notes of a release', () => {
  it('are kept apart from the assignment’s: each event shows its own, and a report dated before the release shows none', () => {
    const register = createRegister(tempDir(), org(), testDeps());
    const lot = savePurchase(register, { productId: 'exchange-2019-standard-user-cal', quantity: 2, date: '2024-01-10', document: 'FV/1' });
    const jan = savePerson(register, { givenName: 'Jan', surname: 'Nowak', email: 'j.nowak@x.pl' });
    const cal = createAssignment(register, { personId: jan.id, purchaseId: lot.id, assignedOn: '2024-02-01', notes: 'Konto sprawdzone' });
    const released = releaseAssignment(register, { assignmentId: cal.id, releasedOn: '2025-03-01', reason: 'role-change', notes: 'Przeniesiony, licencja zwolniona' });
    expect([released.notes, released.releaseNotes]).toEqual(['Konto sprawdzone', 'Przeniesiony, licencja zwolniona']);
    expect(register.document.audit.at(-1)!.after).toMatchObject({ notes: 'Przeniesiony, licencja zwolniona' });
    expect(personHistory(register.document, jan.id).map((e) => [e.kind, e.notes])).toEqual([
      ['assigned', 'Konto sprawdzone'],
      ['released', 'Przeniesiony, licencja zwolniona'],
    ]);

    const sheets = (asOf: string) => {
      const model = buildWorkbookModel(register.document, sampleOptions({ asOf, compliance: computeCompliance(register.document, { asOf }) }));
      const sheet = (id: string) => model.sheets.find((s) => s.id === id) as TableSheetModel;
      const notesOf = (s: TableSheetModel) => s.rows.map((r) => r[s.columns.findIndex((c) => c.key === 'notes')]);
      return { register: notesOf(sheet('register')), history: notesOf(sheet('history')) };
    };
    expect(sheets('2024-12-31')).toEqual({ register: ['Konto sprawdzone'], history: ['Konto sprawdzone', 'Przeniesiony, licencja zwolniona'] });
    expect(sheets('2025-06-30').register).toEqual(['Konto sprawdzone\nPrzeniesiony, licencja zwolniona']);
    register.close();
  });
});
