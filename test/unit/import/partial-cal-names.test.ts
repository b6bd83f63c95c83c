import { describe, expect, it } from 'vitest';
import { fillTemplate, importMessages } from '../../../shared/import/messages';
import { previewImport } from '../../../shared/import/preview';
import type { ImportPreview } from '../../../shared/import/preview-types';
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

/** The rows of a preview left out, with their reasons: those a sheet skips, then those the preview does not apply. */
const notRead = (p: ImportPreview) =>
  [...p.sheets.flatMap((s) => s.skipped), ...p.unresolved].map((s) => ({ line: s.line, key: s.reason.key, params: s.reason.params }));

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

  it('a purchase row is not a lot of User CALs: without its invoice’s lot in the register it is left out with the reason', () => {
    const rows = [
      ['Exchange Server 2016 Enterprise CAL', '25', '01.03.2024', 'FV/9'],
      ['Exchange Server 2019 Standard User CAL', '5', '01.03.2024', 'FV/10'],
      ['Exchange Server 2019 Standard CAL', '5', '01.03.2024', ''],
    ];
    const p = previewImport(register(), [file('zakupy.csv', sheet(purchaseHeaders, rows, 'Zakupy'))], { now: NOW });

    expect(p.purchases.map((c) => [c.purchase.productId, c.purchase.document])).toEqual([['exchange-2019-standard-user-cal', 'FV/10']]);
    expect(notRead(p)).toEqual([
      { line: 4, ...kindMissing('Exchange Server 2019 Standard CAL') },
      { line: 2, ...kindMissing('Exchange Server 2016 Enterprise CAL', '2016', 'Enterprise') },
    ]);
  });

  it('a purchase row naming an invoice whose one lot of that version and tier the register has is that lot, a Device CAL too', () => {
    const lots = file('zakupy.csv', sheet(purchaseHeaders, [['Exchange 2019 Standard CAL', '10', '01.03.2024', 'FV/2']], 'Zakupy'));
    const p = previewImport(register({ purchases: [userLot, deviceLot] }), [lots], { now: NOW });

    expect(notRead(p)).toEqual([]);
    expect(p.purchases.map((c) => [c.action, c.purchaseId, c.purchase.productId])).toEqual([['existing', 'lot-device', 'exchange-2019-standard-device-cal']]);
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

// Found in review (12-08): a purchase row naming an Exchange CAL without its version ("Exchange Standard User CAL") was refused as
// "not an Exchange CAL", and a register row's reason gave "Exchange Server 2019 Standard User CAL" as the example for any CAL.
const versions = '2016 / 2019 / SE';
const versionMissing = (value: string, example: string, key = 'versionMissing') => ({ key: `importFile.skip.${key}`, params: { value, versions, example } });
const bothMissing = (value: string, tier = 'Standard', key = 'versionAndKindMissing') => ({
  key: `importFile.skip.${key}`,
  params: { value, versions, user: `Exchange Server SE ${tier} User CAL`, device: `Exchange Server SE ${tier} Device CAL` },
});
const lot2016 = lot('lot-2016', 'exchange-2016-standard-user-cal', 'FV/3');

describe('a hand-kept CAL name without its Exchange version', () => {
  it('a purchase row naming its tier and kind is left out with the reason naming the versions, in English and Polish, not as "not an Exchange CAL"', () => {
    const rows = [
      ['Exchange Standard User CAL', '10', '01.03.2024', ''],
      ['Exchange Server CAL Enterprise - User', '10', '01.03.2024', ''],
      ['Licencja CAL Exchange Standard na urządzenie', '10', '01.03.2024', ''],
    ];
    const p = previewImport(register(), [file('zakupy.csv', sheet(purchaseHeaders, rows, 'Zakupy'))], { now: NOW });

    expect(p.purchases).toEqual([]);
    expect(notRead(p)).toEqual([
      { line: 2, ...versionMissing('Exchange Standard User CAL', 'Exchange Server SE Standard User CAL') },
      { line: 3, ...versionMissing('Exchange Server CAL Enterprise - User', 'Exchange Server SE Enterprise User CAL') },
      { line: 4, ...versionMissing('Licencja CAL Exchange Standard na urządzenie', 'Exchange Server SE Standard Device CAL') },
    ]);
    const reason = p.sheets[0]!.skipped[0]!.reason;
    expect(reason.message).toBe('license type "Exchange Standard User CAL" names no Exchange version (2016 / 2019 / SE): write it as the invoice does, e.g. "Exchange Server SE Standard User CAL"');
    expect(reasonText('pl', reason)).toBe(
      'typ licencji „Exchange Standard User CAL” nie podaje wersji Exchange (2016 / 2019 / SE): wpisz go tak jak na fakturze, np. „Exchange Server SE Standard User CAL”',
    );
  });

  it('a purchase row naming its invoice takes the version of the invoice’s one lot of that tier and kind in the register', () => {
    const rows = [
      ['Exchange Standard User CAL', '10', '01.03.2024', 'FV/3'],
      ['Exchange Standard User CAL', '12', '01.03.2024', 'fv/1'],
    ];
    const p = previewImport(register({ purchases: [userLot, deviceLot, lot2016] }), [file('zakupy.csv', sheet(purchaseHeaders, rows, 'Zakupy'))], { now: NOW });

    expect(p.purchases.map((c) => [c.action, c.purchaseId, c.purchase.productId])).toEqual([
      ['existing', 'lot-2016', 'exchange-2016-standard-user-cal'],
      ['existing', 'lot-user', 'exchange-2019-standard-user-cal'],
    ]);
    // The lot it is holds 10 CALs, the row says 12: said, as for a row naming its version.
    expect(notRead(p).map((r) => [r.line, r.key])).toEqual([[3, 'importFile.skip.purchaseDiffers']]);
  });

  it('a purchase row whose invoice has no lot of it, or two versions of it, is left out with the reason', () => {
    const rows = [
      ['Exchange Standard User CAL', '10', '01.03.2024', 'FV/9'],
      ['Exchange Standard Device CAL', '10', '01.03.2024', 'FV/1'],
      ['Exchange Standard User CAL', '10', '01.03.2024', 'FV/1'],
    ];
    const both = [userLot, { ...lot2016, document: 'FV/1' }];
    const p = previewImport(register({ purchases: both }), [file('zakupy.csv', sheet(purchaseHeaders, rows, 'Zakupy'))], { now: NOW });

    expect(p.purchases).toEqual([]);
    expect(notRead(p)).toEqual([
      { line: 2, ...versionMissing('Exchange Standard User CAL', 'Exchange Server SE Standard User CAL') },
      { line: 3, ...versionMissing('Exchange Standard Device CAL', 'Exchange Server SE Standard Device CAL') },
      { line: 4, ...versionMissing('Exchange Standard User CAL', 'Exchange Server SE Standard User CAL') },
    ]);
  });

  it('a register row naming no invoice is told that its invoice would say which, with an example of the tier and kind it names', () => {
    const rows = file('rejestr.csv', sheet(registerHeaders, [['Anna', 'Nowak', 'a.nowak@przyklad.pl', 'Exchange Server CAL Enterprise - User', '04.11.2024', '']], 'Rejestr'));
    const p = previewImport(register({ purchases: [userLot] }), [rows], { now: NOW });

    expect(p.assignments).toEqual([]);
    expect(notRead(p)).toEqual([{ line: 2, ...versionMissing('Exchange Server CAL Enterprise - User', 'Exchange Server SE Enterprise User CAL', 'versionMissingNoInvoice') }]);
    expect(reasonText('pl', p.sheets[0]!.skipped[0]!.reason)).toBe(
      'typ licencji „Exchange Server CAL Enterprise - User” nie podaje wersji Exchange (2016 / 2019 / SE): wpisz go tak jak na fakturze, np. „Exchange Server SE Enterprise User CAL”, albo podaj numer faktury',
    );
  });

  it('a register row whose invoice has two versions of it is not told to give the invoice it gives', () => {
    const rows = file('rejestr.csv', sheet(registerHeaders, [['Anna', 'Nowak', 'a.nowak@przyklad.pl', 'Exchange Standard User CAL', '04.11.2024', 'FV/1']], 'Rejestr'));
    const p = previewImport(register({ purchases: [userLot, { ...lot2016, document: 'FV/1' }] }), [rows], { now: NOW });

    expect(p.assignments).toEqual([]);
    expect(notRead(p)).toEqual([{ line: 2, ...versionMissing('Exchange Standard User CAL', 'Exchange Server SE Standard User CAL') }]);
  });

  it('a name without its version nor User or Device says both are missing; one without its tier is a Standard CAL', () => {
    const lots = file(
      'zakupy.csv',
      sheet(purchaseHeaders, [['Licencja CAL Exchange Standard', '10', '01.03.2024', ''], ['Exchange CAL Enterprise', '10', '01.03.2024', ''], ['Exchange User CAL', '10', '01.03.2024', ''], ['Exchange 2016 User CAL', '10', '01.03.2024', '']], 'Zakupy'),
    );
    const people = file('rejestr.csv', sheet(registerHeaders, [['Anna', 'Nowak', 'a.nowak@przyklad.pl', 'CAL Standard', '04.11.2024', '']], 'Rejestr'));
    const p = previewImport(register(), [lots, people], { now: NOW });

    expect(p.purchases.map((c) => c.purchase.productId)).toEqual(['exchange-2016-standard-user-cal']);
    expect(notRead(p)).toEqual([
      { line: 2, ...bothMissing('Licencja CAL Exchange Standard') },
      { line: 3, ...bothMissing('Exchange CAL Enterprise', 'Enterprise') },
      { line: 4, ...versionMissing('Exchange User CAL', 'Exchange Server SE Standard User CAL') },
      { line: 2, ...bothMissing('CAL Standard', 'Standard', 'versionAndKindMissingNoInvoice') },
    ]);
    const reason = p.sheets[0]!.skipped[0]!.reason;
    expect(reason.message).toBe(
      'license type "Licencja CAL Exchange Standard" names no Exchange version (2016 / 2019 / SE) and does not say whether it is a User or a Device CAL: write it as the invoice does, e.g. "Exchange Server SE Standard User CAL" or "Exchange Server SE Standard Device CAL"',
    );
    expect(reasonText('pl', reason)).toBe(
      'typ licencji „Licencja CAL Exchange Standard” nie podaje wersji Exchange (2016 / 2019 / SE) ani nie mówi, czy to licencja CAL na użytkownika (User), czy na urządzenie (Device): wpisz go tak jak na fakturze, np. „Exchange Server SE Standard User CAL” lub „Exchange Server SE Standard Device CAL”',
    );
  });

  it('a purchase row naming its invoice, without version nor kind, takes the invoice’s one lot of its tier', () => {
    const lots = file('zakupy.csv', sheet(purchaseHeaders, [['CAL Standard', '10', '01.03.2024', 'FV/3']], 'Zakupy'));
    const p = previewImport(register({ purchases: [userLot, lot2016] }), [lots], { now: NOW });

    expect(notRead(p)).toEqual([]);
    expect(p.purchases.map((c) => [c.action, c.purchaseId])).toEqual([['existing', 'lot-2016']]);
  });
});
