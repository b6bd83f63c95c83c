/**
 * The import found each sheet row's lot by scanning every lot of the register, case-folding each one's invoice number
 * as it went: a hand-kept sheet of 20,000 rows into a register of 2,236 lots took 4.2 s to preview (0.5 s at 5,000 rows
 * and 555 lots). How many times the preview case-folds a text is counted here, not how long it takes.
 */
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../shared/import/preview';
import type { ParsedFile } from '../../../shared/import/types';
import { file, NOW, register, sheet } from './helpers';

const LOTS = 600;
const standard = 'exchange-2019-standard-user-cal';
const lots = Array.from({ length: LOTS }, (_, i) => ({ id: `lot-${i}`, productId: standard, quantity: 2, date: `2024-${String((i % 12) + 1).padStart(2, '0')}-01`, document: `FV/2024/${i}` }));
const day = (iso: string) => iso.split('-').reverse().join('.');

// A row per lot, each naming its invoice (in another case, as people type it), and the purchase list of those lots again.
const registerSheet = file(
  'rejestr.csv',
  sheet(
    ['Imię', 'Nazwisko', 'E-mail', 'Typ licencji', 'Data przypisania', 'Nr faktury'],
    lots.map((lot, i) => ['Osoba', `Numer${i}`, `osoba${i}@przyklad.pl`, 'Exchange Server 2019 Standard User CAL', day(lot.date), lot.document.toLowerCase()]),
    'Rejestr',
  ),
);
const purchaseSheet = file(
  'zakupy.csv',
  sheet(['Produkt', 'Ilość', 'Data zakupu', 'Nr faktury'], lots.map((lot) => ['Exchange Server 2019 Standard User CAL', '2', day(lot.date), lot.document]), 'Zakupy'),
);

/** The preview of `files` into the register of `lots`, and how many strings it lower-cased. */
function countingFolds(files: ParsedFile[]): { preview: ReturnType<typeof previewImport>; folds: number } {
  const doc = register({ purchases: lots });
  const original = String.prototype.toLowerCase;
  let folds = 0;
  String.prototype.toLowerCase = function (this: string) {
    folds += 1;
    return original.call(this);
  };
  try {
    return { preview: previewImport(doc, files, { now: NOW }), folds };
  } finally {
    String.prototype.toLowerCase = original;
  }
}

describe('an import finds each row’s lot', () => {
  it('without scanning every lot of the register for every row of a hand-kept register sheet', () => {
    const { preview, folds } = countingFolds([registerSheet]);

    // Each row found its own invoice's lot.
    expect(preview.assignments.map((a) => (a.purchase.kind === 'existing' ? a.purchase.purchaseId : null))).toEqual(lots.map((lot) => lot.id));
    // A scan of the lots per row folded about LOTS² / 2 = 180,000 invoice numbers; a few per row and lot is linear.
    expect(folds).toBeLessThan(50 * LOTS);
  });

  it('without scanning every lot of the register for every row of a purchase list', () => {
    const { preview, folds } = countingFolds([purchaseSheet]);

    expect(preview.purchases.map((p) => [p.action, p.purchaseId])).toEqual(lots.map((lot) => ['existing', lot.id]));
    expect(folds).toBeLessThan(50 * LOTS);
  });
});
