import { describe, expect, it } from 'vitest';
import { detectKind, parseMappingArg, suggestMapping } from '../../../shared/import/detect';
import { importMessage, importMessages } from '../../../shared/import/messages';
import { calProductFromText, productFromBuild } from '../../../shared/import/products';
import { isExchangeSystemAccount } from '../../../shared/licensing/inventory';
import { foldText, parseBool, parseDate, parseExchangeBuild, parseNumber, parseTimeSpanDays, trialDaysLeft } from '../../../shared/import/values';

describe('dates', () => {
  it('reads 04.11.2024 as 4 November, never as 11 April', () => {
    expect(parseDate('04.11.2024')).toEqual({ ok: true, date: '2024-11-04', time: null });
    expect(parseDate('04.11.2024 08:15:00')).toEqual({ ok: true, date: '2024-11-04', time: '08:15:00' });
  });
  it('reads ISO dates with and without leading zeros and times', () => {
    expect(parseDate('2022-5-3')).toMatchObject({ ok: true, date: '2022-05-03' });
    // As hand-kept Polish sheets write them: "r." after the year, year first with dots, a dash for no date yet.
    expect(parseDate('04.03.2024 r.')).toMatchObject({ ok: true, date: '2024-03-04' });
    expect(parseDate('04.03.2024r')).toMatchObject({ ok: true, date: '2024-03-04' });
    expect(parseDate('2024.03.04')).toMatchObject({ ok: true, date: '2024-03-04' });
    for (const none of ['-', '—', 'brak', 'n/a']) expect(parseDate(none)).toEqual({ ok: false, reason: 'empty' });
    expect(parseDate('2024-03-01T12:30:00Z')).toEqual({ ok: true, date: '2024-03-01', time: '12:30:00' });
  });
  it('reads a US date only when unambiguous', () => {
    expect(parseDate('11/4/2024 3:05:00 PM')).toEqual({ ok: true, date: '2024-11-04', time: '15:05:00' });
    expect(parseDate('11/24/2024')).toMatchObject({ ok: true, date: '2024-11-24' });
    expect(parseDate('24/11/2024')).toMatchObject({ ok: true, date: '2024-11-24' });
    expect(parseDate('11/4/2024')).toEqual({ ok: false, reason: 'ambiguous' });
  });
  it('reads an Excel date serial (a date cell formatted as General), five digits from 1954 to 2119 only', () => {
    expect(parseDate('45234')).toEqual({ ok: true, date: '2023-11-04', time: null });
    expect(parseDate('45351')).toEqual({ ok: true, date: '2024-02-29', time: null });
    // A year, a count, a longer number or a fraction is no date.
    for (const text of ['2024', '19999', '80001', '123456', '45234.5']) expect(parseDate(text).ok, text).toBe(false);
  });

  it('refuses impossible dates and text', () => {
    expect(parseDate('31.02.2024')).toEqual({ ok: false, reason: 'bad' });
    expect(parseDate('wczoraj')).toEqual({ ok: false, reason: 'bad' });
    expect(parseDate('  ')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('numbers, booleans, time spans and builds', () => {
  it('reads a decimal comma, thousands groups and spaces', () => {
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber('1,000')).toBe(1000);
    expect(parseNumber('1 234,50')).toBe(1234.5);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('25 szt.')).toBeNull();
  });
  it('reads PowerShell True/False and Polish tak/nie', () => {
    expect([parseBool('True'), parseBool('False'), parseBool('tak'), parseBool('NIE'), parseBool('')]).toEqual([true, false, true, false, null]);
    // Excel in Polish saves TRUE/FALSE as PRAWDA/FAŁSZ.
    expect([parseBool('PRAWDA'), parseBool('FAŁSZ'), parseBool('falsz')]).toEqual([true, false, false]);
  });
  it('reads RemainingTrialPeriod 97.04:12:33 as 97 days', () => {
    expect(parseTimeSpanDays('97.04:12:33')).toBe(97);
    expect(parseTimeSpanDays('04:12:33')).toBe(0);
    expect(parseTimeSpanDays('soon')).toBeNull();
    expect(parseTimeSpanDays('-1.00:00:00')).toBe(-1);
    // A trial in its last hours still runs: it has a day left, never none.
    expect(trialDaysLeft('0.23:00:00')).toBe(1);
    expect(trialDaysLeft('00:05:00')).toBe(1);
    expect(trialDaysLeft('00:00:30')).toBe(1);
    expect(trialDaysLeft('97.04:12:33')).toBe(97);
    expect(trialDaysLeft('00:00:00')).toBe(0);
    expect(trialDaysLeft('-2.00:00:00')).toBe(0);
    // Missing or unreadable is not known, not "ended" (found in review: a trial with no days column was reported expired).
    expect(trialDaysLeft('')).toBeNull();
    expect(trialDaysLeft('97 days')).toBeNull();
  });
  it('reads AdminDisplayVersion and names the product by build', () => {
    expect(parseExchangeBuild('Version 15.2 (Build 1544.4)')).toBe('15.2.1544.4');
    expect(productFromBuild('15.1.2507.6')).toBe('Exchange Server 2016');
    expect(productFromBuild('15.2.2562.16')).toBe('Exchange Server SE');
    expect(productFromBuild('15.2.1748.10')).toBe('Exchange Server 2019');
    expect(productFromBuild('15.0.1497.2')).toBeNull();
  });
  it('folds diacritics and case for name comparison: ł→l', () => {
    expect(foldText('  Łukasz   ŻÓŁKIEWSKI ')).toBe('lukasz zolkiewski');
  });
});

describe('license names and system accounts', () => {
  it('reads hand-kept license types by pattern', () => {
    expect(calProductFromText('Exchange Server 2019 Standard 1 User CAL')?.id).toBe('exchange-2019-standard-user-cal');
    expect(calProductFromText('CAL Exchange 2016 na urządzenie')?.id).toBe('exchange-2016-standard-device-cal');
    expect(calProductFromText('Exchange 2019 Enterprise User CAL')?.id).toBe('exchange-2019-enterprise-user-cal');
  });
  it('does not take a server license, another product, a versionless name or one without User or Device for a CAL', () => {
    expect(calProductFromText('Exchange Server 2019 Standard')).toBeNull();
    expect(calProductFromText('Windows Server 2019 User CAL')).toBeNull();
    expect(calProductFromText('Exchange Standard CAL')).toBeNull();
    expect(calProductFromText('Exchange 2019 Standard CAL')).toBeNull();
    expect(calProductFromText('Exchange 2019 Enterprise CAL')).toBeNull();
  });
  it('flags Exchange’s own accounts as system by any of their names, and no one whose name only starts alike', () => {
    const account = (login: string, over: Partial<{ upn: string; email: string; displayName: string }> = {}) => ({ login, upn: '', email: '', ...over });
    for (const name of ['HealthMailbox0a1b2c3d', 'SM_4a5b6c7d8e9f', 'SystemMailbox{1f05a927-3be2}', 'FederatedEmail.4c1f4d8b', 'Migration.8f3e7716', 'DiscoverySearchMailbox{D919BA05}']) {
      expect(isExchangeSystemAccount(account(name)), name).toBe(true);
      expect(isExchangeSystemAccount(account('', { displayName: ` ${name}` })), name).toBe(true);
    }
    expect(isExchangeSystemAccount(account('', { upn: 'healthmailbox1@przyklad.local' }))).toBe(true);
    for (const name of ['smith', 'mazur', 'dnowak', 'federica', 'migrationteam', 'health']) expect(isExchangeSystemAccount(account(name)), name).toBe(false);
  });
});

describe('kinds and mappings', () => {
  it('detects each PowerShell export by headers, whatever their case', () => {
    expect(detectKind(['NAME', 'edition', 'AdminDisplayVersion', 'PSComputerName']).kind).toBe('servers');
    // Name and AdminDisplayVersion alone are a mailbox database or the organization config as much as a server.
    expect(detectKind(['Name', 'AdminDisplayVersion', 'EdbFilePath']).kind).not.toBe('servers');
    expect(detectKind(['GivenName', 'Surname', 'SamAccountName', 'Enabled']).kind).toBe('ad-users');
    expect(detectKind(['RunspaceId', 'LicenseName', 'ProductName', 'UnitLabel', 'TabulationMethod']).kind).toBe('cal-usage');
    expect(detectKind(['LicenseName', 'UserName']).kind).toBe('cal-users');
    expect(detectKind(['DisplayName', 'RecipientTypeDetails']).kind).toBe('mailboxes');
    expect(detectKind(['Kolor', 'Rozmiar']).kind).toBe('unknown');
  });
  it('tells a purchases sheet from a register sheet by Polish headers', () => {
    expect(detectKind(['Produkt', 'Ilość', 'Data zakupu', 'Dostawca', 'Nr faktury']).kind).toBe('purchases-sheet');
    expect(detectKind(['Imię i nazwisko', 'Login', 'Licencja', 'Data przypisania']).kind).toBe('register-sheet');
  });
  it('gives a lower confidence to a partial header match and lists required fields it cannot match', () => {
    const s = suggestMapping('register-sheet', ['Pracownik', 'Rodzaj licencji CAL', 'Kiedy']);
    expect(s.columns.map((c) => [c.field, c.confidence])).toEqual([
      ['fullName', 1],
      ['licenseType', 0.8],
      [null, 0],
    ]);
    expect(s.complete).toBe(true);
    const weak = suggestMapping('purchases-sheet', ['Produkt', 'Ile', 'Data']);
    expect(weak.unmatchedRequired).toEqual(['quantity']);
    expect(weak.complete).toBe(false);
  });
  it('takes the assignment date from "Data przydzielenia", never from "Data zakupu" in a register sheet (an optional column needs a telling header)', () => {
    const field = (headers: string[]) => Object.fromEntries(suggestMapping('register-sheet', headers).columns.map((c) => [c.header, c.field]));
    expect(field(['Imię', 'Nazwisko', 'Licencja', 'Data zakupu', 'Data przydzielenia', 'Data odebrania'])).toMatchObject({ 'Data zakupu': null, 'Data przydzielenia': 'assignedOn', 'Data odebrania': 'releasedOn' });
    expect(field(['Imię', 'Nazwisko', 'Licencja', 'Data zakupu', 'Przydzielono'])).toMatchObject({ 'Data zakupu': null, Przydzielono: 'assignedOn' });
    expect(field(['Imię', 'Nazwisko', 'Licencja', 'Data'])).toMatchObject({ Data: 'assignedOn' });
  });
  it('parses an explicit Header=field mapping and reports unknown fields', () => {
    expect(parseMappingArg('Imię=givenName, Nazwisko=surname,Kolor=colour,Uwagi=ignore')).toEqual({
      mapping: { Imię: 'givenName', Nazwisko: 'surname', Uwagi: '' },
      unknownFields: ['Kolor=colour'],
      malformed: [],
    });
  });
});

describe('messages', () => {
  it('has a Polish text for every English message key', () => {
    // A counted message has the forms each language counts with: `_one`/`_other` in English, `_one`/`_few`/`_many`/`_other` in Polish.
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [k.replace(/_(one|few|many|other)$/, '')] : keys(v).map((x) => `${k}.${x}`)));
    expect([...new Set(keys(importMessages.pl))].sort()).toEqual([...new Set(keys(importMessages.en))].sort());
  });
  it('fills the English text from the key and params', () => {
    expect(importMessage('importFile.skip.badQuantity', { value: 'dużo' }).message).toBe('quantity "dużo" is not a whole number above 0');
  });
});
