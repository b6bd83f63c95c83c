import { describe, expect, it } from 'vitest';
import { fillTemplate, importMessages } from '../../../shared/import/messages';
import { previewImport } from '../../../shared/import/preview';
import type { ImportMessage } from '../../../shared/import/types';
import { file, NOW, register, sheet } from './helpers';

// Found in review (12-08): the CLI refuses "Exchange Server 2019 Standard CAL" (neither User nor Device), while the import read
// the same name in a hand-kept sheet as a User CAL without a word. Which CAL it is changes who it covers, so it is not guessed.
const registerHeaders = ['Imię', 'Nazwisko', 'E-mail', 'Typ licencji', 'Data przypisania', 'Nr faktury'];
const purchaseHeaders = ['Produkt', 'Ilość', 'Data zakupu', 'Nr faktury'];
const lot = (id: string, productId: string, document: string) => ({ id, productId, quantity: 10, date: '2024-03-01', document });
const userLot = lot('lot-user', 'exchange-2019-standard-user-cal', 'FV/1');
const deviceLot = lot('lot-device', 'exchange-2019-standard-device-cal', 'FV/2');

const kindMissing = (value: string, version = '2019', tier = 'Standard') => ({
  key: 'importFile.skip.licenseKindMissing',
  params: { value, user: `Exchange Server ${version} ${tier} User CAL`, device: `Exchange Server ${version} ${tier} Device CAL` },
});

/** The reason in the language of the UI catalogs, as the Import screen and the CLI fill it. */
const reasonText = (language: 'en' | 'pl', reason: ImportMessage): string => {
  const [, group, name] = reason.key.split('.');
  const table = (importMessages[language].importFile as unknown as Record<string, Record<string, string>>)[group!]!;
  return fillTemplate(table[name!]!, reason.params);
};

describe('a hand-kept CAL name that says neither User nor Device', () => {
  it('a register row naming no invoice is left out with the reason, in English and Polish, never assigned a User CAL', () => {
    const rows = file('rejestr.csv', sheet(registerHeaders, [['Anna', 'Nowak', 'a.nowak@przyklad.pl', 'Exchange 2019 Standard CAL', '04.11.2024', '']], 'Rejestr'));
    const p = previewImport(register({ purchases: [userLot] }), [rows], { now: NOW });

    expect(p.assignments).toEqual([]);
    const skipped = p.sheets.flatMap((s) => s.skipped);
    expect(skipped.map((s) => ({ line: s.line, key: s.reason.key, params: s.reason.params }))).toEqual([{ line: 2, ...kindMissing('Exchange 2019 Standard CAL') }]);
    expect(skipped[0]!.reason.message).toBe(
      'license type "Exchange 2019 Standard CAL" does not say whether it is a User or a Device CAL: write which, e.g. "Exchange Server 2019 Standard User CAL" or "Exchange Server 2019 Standard Device CAL"',
    );
    expect(reasonText('pl', skipped[0]!.reason)).toBe(
      'typ licencji „Exchange 2019 Standard CAL” nie mówi, czy to licencja CAL na użytkownika (User), czy na urządzenie (Device): wpisz, która, np. „Exchange Server 2019 Standard User CAL” lub „Exchange Server 2019 Standard Device CAL”',
    );
  });

  it('a purchase row is not a lot of User CALs: it is left out with the reason', () => {
    const lots = file('zakupy.csv', sheet(purchaseHeaders, [['Exchange Server 2016 Enterprise CAL', '25', '01.03.2024', 'FV/9'], ['Exchange Server 2019 Standard User CAL', '5', '01.03.2024', 'FV/10']], 'Zakupy'));
    const p = previewImport(register(), [lots], { now: NOW });

    expect(p.purchases.map((c) => [c.purchase.productId, c.purchase.document])).toEqual([['exchange-2019-standard-user-cal', 'FV/10']]);
    expect(p.sheets.flatMap((s) => s.skipped).map((s) => ({ line: s.line, key: s.reason.key, params: s.reason.params }))).toEqual([
      { line: 2, ...kindMissing('Exchange Server 2016 Enterprise CAL', '2016', 'Enterprise') },
    ]);
  });

  it('a register row naming its invoice takes the invoice’s lot of that version and tier, a Device CAL too', () => {
    const rows = file('rejestr.csv', sheet(registerHeaders, [['Anna', 'Nowak', 'a.nowak@przyklad.pl', 'Exchange 2019 Standard CAL', '04.11.2024', 'FV/2']], 'Rejestr'));
    const p = previewImport(register({ purchases: [userLot, deviceLot] }), [rows], { now: NOW });

    expect(p.unresolved).toEqual([]);
    expect(p.assignments.map((a) => [a.personLabel, a.purchase, a.assignedOn])).toEqual([['Anna Nowak', { kind: 'existing', purchaseId: 'lot-device' }, '2024-11-04']]);
  });

  it('an invoice with both a User and a Device lot of that CAL does not say which: the row is left out with the reason', () => {
    const both = [userLot, { ...deviceLot, document: 'FV/1' }];
    const rows = file('rejestr.csv', sheet(registerHeaders, [['Anna', 'Nowak', 'a.nowak@przyklad.pl', 'Exchange 2019 Standard CAL', '04.11.2024', 'FV/1']], 'Rejestr'));
    const p = previewImport(register({ purchases: both }), [rows], { now: NOW });

    expect(p.assignments).toEqual([]);
    expect(p.unresolved.map((u) => ({ line: u.line, key: u.reason.key, params: u.reason.params }))).toEqual([{ line: 2, ...kindMissing('Exchange 2019 Standard CAL') }]);
  });
});
