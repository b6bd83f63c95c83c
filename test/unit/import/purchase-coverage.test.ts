import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../shared/import/preview';
import { dataOf, file, NOW, register, sheet } from './helpers';

const CAL = 'Exchange Server 2019 Standard User CAL';

describe('a purchase list’s coverage written in words', () => {
  it('gives the lot its kind and the end date written in it; an end-date column, where there is one, gives the date', () => {
    const headers = ['Produkt', 'Liczba', 'Data zakupu', 'Nr faktury', 'Okres licencji', 'Koniec SA'];
    const rows = [
      [CAL, '10', '01.03.2024', 'FV/1', 'Subskrypcja do 30.06.2027', ''],
      [CAL, '5', '02.03.2024', 'FV/2', 'Wieczysta z Software Assurance do 14.03.2028 (zakończona)', ''],
      [CAL, '5', '03.03.2024', 'FV/3', 'Wieczysta', ''],
      [CAL, '5', '04.03.2024', 'FV/4', 'Software Assurance', '31.12.2026'],
      [CAL, '5', '05.03.2024', 'FV/5', 'SA', ''],
      [CAL, '5', '06.03.2024', 'FV/6', 'licencja firmowa', ''],
    ];
    const parsed = file('zakupy.xlsx', sheet(headers, rows, 'Zakupy'));
    const read = dataOf(parsed.sheets[0], 'purchases-sheet');
    expect(read.rows.map((r) => [r.document, r.coverage, r.coveredUntil])).toEqual([
      ['FV/1', 'subscription', '2027-06-30'],
      ['FV/2', 'software-assurance', '2028-03-14'],
      ['FV/3', 'perpetual', null],
      ['FV/4', 'software-assurance', '2026-12-31'],
      // Words that name no coverage leave the lot as the other columns make it.
      ['FV/6', null, null],
    ]);
    // Software Assurance without its end is not taken for perpetual: the row waits for the date.
    expect(parsed.sheets[0]!.skipped.map((k) => [k.line, k.reason.key, k.reason.params])).toEqual([[6, 'importFile.skip.coverageWithoutDate', { value: 'SA' }]]);

    const preview = previewImport(register({}), [parsed], { now: NOW });
    expect(preview.purchases.map((p) => [p.purchase.document, p.purchase.coverage])).toEqual([
      ['FV/1', { kind: 'subscription', until: '2027-06-30' }],
      ['FV/2', { kind: 'software-assurance', until: '2028-03-14' }],
      ['FV/3', { kind: 'perpetual' }],
      ['FV/4', { kind: 'software-assurance', until: '2026-12-31' }],
      ['FV/6', { kind: 'perpetual' }],
    ]);
  });
});
