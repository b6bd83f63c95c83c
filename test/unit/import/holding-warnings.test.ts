import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../shared/import/preview';
import { holdingWarnings } from '../../../shared/import/preview-seats';
import { file, NOW, register, sheet } from './helpers';

// The preview's holding warnings judged by product lists: a register CAL with any end date (even one still to come) and
// every sheet row with an end date were left out, and two CALs of one product counted whether or not they were held at once.
// They now judge each CAL the import gives over its own days, as `assign` does (`holdingConflicts`).

const STANDARD = 'Exchange Server 2019 Standard User CAL';
const ENTERPRISE = 'Exchange Server 2019 Enterprise User CAL';
const HEADERS = ['Imię', 'Nazwisko', 'E-mail', 'Typ licencji', 'Nr faktury', 'Data przypisania', 'Data zwolnienia'];
const lots = [
  { id: 'pur-std', productId: 'exchange-2019-standard-user-cal', quantity: 20, date: '2024-01-10', document: 'FV/1' },
  { id: 'pur-ent', productId: 'exchange-2019-enterprise-user-cal', quantity: 20, date: '2024-01-10', document: 'FV/2' },
  { id: 'pur-std2', productId: 'exchange-2019-standard-user-cal', quantity: 20, date: '2024-01-10', document: 'FV/3' },
];
const people = ['Anna Nowak', 'Ewa Lis', 'Jan Bury', 'Ola Wrona', 'Piotr Kowal', 'Marta Sowa'].map((name) => {
  const [givenName, surname] = name.split(' ') as [string, string];
  return { id: `p-${surname.toLowerCase()}`, givenName, surname, email: `${surname.toLowerCase()}@przyklad.pl` };
});

/** A row of the hand-kept sheet: who (by surname), which CAL of which invoice, from when, until when. */
const row = (surname: string, license: string, document: string, from: string, until = ''): string[] => {
  const person = people.find((p) => p.surname === surname)!;
  return [person.givenName, person.surname, person.email, license, document, from, until];
};

/** The preview's holding warnings (keys and params) for `rows` imported into a register holding `assignments`. */
function warningsFor(assignments: unknown[], rows: string[][]): Array<{ key: string; params: Record<string, string | number> }> {
  const doc = register({ people, purchases: lots, assignments });
  const preview = previewImport(doc, [file('rejestr.csv', sheet(HEADERS, rows))], { now: NOW });
  return preview.warnings.filter((w) => /enterpriseWithoutStandard|calTwice/.test(w.key)).map(({ key, params }) => ({ key, params: params ?? {} }));
}

const fromDay = (person: string, from: string) => ({ key: 'importFile.warning.enterpriseWithoutStandardFrom', params: { person, product: ENTERPRISE, from } });
const withoutStandard = (person: string) => ({ key: 'importFile.warning.enterpriseWithoutStandard', params: { person, product: ENTERPRISE } });

describe('the import preview’s Enterprise CAL without a Standard one', () => {
  it('counts a Standard CAL the register holds until a set day, and names the day it ends before the Enterprise CAL does', () => {
    const warnings = warningsFor(
      [
        // Anna’s Standard CAL is booked to end after today (NOW is 2025-03-10); Ewa’s ended last year.
        { id: 'a-anna', personId: 'p-nowak', purchaseId: 'pur-std', assignedOn: '2024-02-01', releasedOn: '2025-12-31', releaseReason: 'other' },
        { id: 'a-ewa', personId: 'p-lis', purchaseId: 'pur-std', assignedOn: '2024-02-01', releasedOn: '2024-12-31', releaseReason: 'other' },
        // Ola’s runs until a set day too, and the sheet gives her the next one from that day.
        { id: 'a-ola', personId: 'p-wrona', purchaseId: 'pur-std', assignedOn: '2024-02-01', releasedOn: '2025-12-31', releaseReason: 'other' },
      ],
      [
        row('Nowak', ENTERPRISE, 'FV/2', '2025-02-01'),
        row('Lis', ENTERPRISE, 'FV/2', '2024-06-01'),
        row('Wrona', ENTERPRISE, 'FV/2', '2025-02-01'),
        row('Wrona', STANDARD, 'FV/3', '2025-12-31'),
      ],
    );
    expect(warnings).toEqual([fromDay('Anna Nowak', '2025-12-31'), fromDay('Ewa Lis', '2024-12-31')]);
  });

  it('applies the end the sheet gives a Standard CAL the register holds, and takes no Standard CAL planned to start later as one held', () => {
    const warnings = warningsFor(
      [
        { id: 'a-jan', personId: 'p-bury', purchaseId: 'pur-std', assignedOn: '2024-02-01' },
        { id: 'a-marta', personId: 'p-sowa', purchaseId: 'pur-std', assignedOn: '2025-06-01' },
      ],
      [
        row('Bury', STANDARD, 'FV/1', '2024-02-01', '2025-01-31'),
        row('Bury', ENTERPRISE, 'FV/2', '2024-06-01'),
        row('Sowa', ENTERPRISE, 'FV/2', '2025-01-02'),
      ],
    );
    expect(warnings).toEqual([fromDay('Jan Bury', '2025-01-31'), withoutStandard('Marta Sowa')]);
  });

  it('judges a row with an end date over its own days, and counts a Standard row with an end date under it', () => {
    const warnings = warningsFor(
      [{ id: 'a-piotr', personId: 'p-kowal', purchaseId: 'pur-std', assignedOn: '2024-02-01', releasedOn: '2024-08-31', releaseReason: 'other' }],
      [
        // Piotr’s closed Enterprise CAL outlasts his Standard CAL; Marta’s has none under it at all.
        row('Kowal', ENTERPRISE, 'FV/2', '2024-06-01', '2024-12-31'),
        row('Sowa', ENTERPRISE, 'FV/2', '2024-03-01', '2024-05-31'),
        // Anna’s Standard row with its end covers her Enterprise row; Ewa’s ends while her Enterprise CAL is still held.
        row('Nowak', STANDARD, 'FV/1', '2024-02-01', '2024-12-31'),
        row('Nowak', ENTERPRISE, 'FV/2', '2024-03-01', '2024-11-30'),
        row('Lis', STANDARD, 'FV/1', '2024-02-01', '2024-06-30'),
        row('Lis', ENTERPRISE, 'FV/2', '2024-03-01'),
      ],
    );
    expect(warnings).toEqual([fromDay('Piotr Kowal', '2024-08-31'), withoutStandard('Marta Sowa'), fromDay('Ewa Lis', '2024-06-30')]);
  });
});

describe('an end the import gives a Standard CAL the register holds', () => {
  it('names the day a register Enterprise CAL is left without a Standard CAL, as the release dialog does', () => {
    const warnings = warningsFor(
      [
        // Jan and Marta hold a Standard and an Enterprise CAL; Ola’s Enterprise CAL ended before her Standard CAL does.
        { id: 'a-jan', personId: 'p-bury', purchaseId: 'pur-std', assignedOn: '2024-02-01' },
        { id: 'a-jan-e', personId: 'p-bury', purchaseId: 'pur-ent', assignedOn: '2024-03-01' },
        { id: 'a-marta', personId: 'p-sowa', purchaseId: 'pur-std', assignedOn: '2024-02-01' },
        { id: 'a-marta-e', personId: 'p-sowa', purchaseId: 'pur-ent', assignedOn: '2024-03-01' },
        { id: 'a-ola', personId: 'p-wrona', purchaseId: 'pur-std', assignedOn: '2024-02-01' },
        { id: 'a-ola-e', personId: 'p-wrona', purchaseId: 'pur-ent', assignedOn: '2024-03-01', releasedOn: '2024-10-31', releaseReason: 'other' },
      ],
      [
        // The sheet ends Jan’s Standard CAL and gives him no other.
        row('Bury', STANDARD, 'FV/1', '2024-02-01', '2025-01-31'),
        // Marta’s ends too, but the sheet’s next one starts that day.
        row('Sowa', STANDARD, 'FV/1', '2024-02-01', '2025-01-31'),
        row('Sowa', STANDARD, 'FV/3', '2025-01-31'),
        row('Wrona', STANDARD, 'FV/1', '2024-02-01', '2024-12-31'),
      ],
    );
    expect(warnings).toEqual([fromDay('Jan Bury', '2025-01-31')]);
  });
});

describe('the import preview’s CAL held twice', () => {
  it('is two CALs of one tier and version held on the same day, not one after the other', () => {
    const warnings = warningsFor(
      [
        // Jan’s register CAL ended in March; the sheet’s new one starts in April: one after the other.
        { id: 'a-jan', personId: 'p-bury', purchaseId: 'pur-std', assignedOn: '2024-02-01', releasedOn: '2024-03-31', releaseReason: 'other' },
        // Anna’s is booked to end after today, and the sheet gives her another before then.
        { id: 'a-anna', personId: 'p-nowak', purchaseId: 'pur-std', assignedOn: '2024-02-01', releasedOn: '2025-12-31', releaseReason: 'other' },
      ],
      [
        row('Bury', STANDARD, 'FV/3', '2024-04-01'),
        row('Nowak', STANDARD, 'FV/3', '2025-02-01'),
        // Two closed rows of Ewa’s overlap from June to December; Ola’s follow each other.
        row('Lis', STANDARD, 'FV/1', '2024-01-15', '2024-12-31'),
        row('Lis', STANDARD, 'FV/3', '2024-06-01', '2025-01-31'),
        row('Wrona', STANDARD, 'FV/1', '2024-01-15', '2024-05-31'),
        row('Wrona', STANDARD, 'FV/3', '2024-05-31', '2025-01-31'),
      ],
    );
    expect(warnings).toEqual([
      { key: 'importFile.warning.calTwice', params: { person: 'Anna Nowak', product: STANDARD, count: 2 } },
      { key: 'importFile.warning.calTwice', params: { person: 'Ewa Lis', product: STANDARD, count: 2 } },
    ]);
  });
});

// Found in review: the preview counted a CAL that no longer reaches the newest server as held, so importing its upgrade
// (a 2019 CAL with active Software Assurance beside an SE server) warned “more than once”, where `assign` accepts it.
describe('the import preview’s CAL held twice beside an SE server', () => {
  const seServer = { id: 'srv-se', name: 'EX01', product: 'Exchange Server SE', edition: 'Standard', build: '15.2.2562.17', activation: { state: 'activated' } };
  const seLots = [
    { id: 'pur-old', productId: 'exchange-2019-standard-user-cal', quantity: 20, date: '2023-01-10', document: 'FV/OLD' },
    { id: 'pur-sa', productId: 'exchange-2019-standard-user-cal', quantity: 20, date: '2023-01-10', document: 'FV/SA', coverage: { kind: 'software-assurance', until: '2027-12-31' } },
    { id: 'pur-sa2', productId: 'exchange-2019-standard-user-cal', quantity: 20, date: '2023-01-10', document: 'FV/SA2', coverage: { kind: 'software-assurance', until: '2027-12-31' } },
  ];
  const twiceFor = (assignments: unknown[], rows: string[][], now: string) => {
    const doc = register({ people, servers: [seServer], purchases: seLots, assignments });
    const preview = previewImport(doc, [file('rejestr.csv', sheet(HEADERS, rows))], { now });
    return preview.warnings.filter((w) => w.key === 'importFile.warning.calTwice').map((w) => w.params?.person);
  };
  // Anna’s register CAL is perpetual: it no longer reaches the SE server, and the sheet gives her its upgrade. Ewa’s is under
  // Software Assurance and still reaches it: a second one is a duplicate.
  const assignments = [
    { id: 'a-anna', personId: 'p-nowak', purchaseId: 'pur-old', assignedOn: '2023-02-01' },
    { id: 'a-ewa', personId: 'p-lis', purchaseId: 'pur-sa', assignedOn: '2023-02-01' },
  ];
  const rows = [row('Nowak', STANDARD, 'FV/SA', '2025-09-01'), row('Lis', STANDARD, 'FV/SA2', '2025-09-01')];

  it('is not a CAL of the same version that no longer reaches the newest server, as `assign` judges it', () => {
    expect(twiceFor(assignments, rows, '2026-01-15T09:00:00.000Z')).toEqual(['Ewa Lis']);
  });

  it('judges a row dated in the past on today, as `assign` does: before SE’s release the SE server counts as 2019, which every CAL reaches', () => {
    expect(twiceFor(assignments, [row('Nowak', STANDARD, 'FV/SA', '2025-03-01'), row('Lis', STANDARD, 'FV/SA2', '2025-03-01')], '2025-03-10T09:00:00.000Z')).toEqual(['Anna Nowak', 'Ewa Lis']);
  });
});

// Found in review: a User CAL and a Device CAL of one tier and version were warned as one product held “more than once”,
// naming only the row's product; `check` did not report them at all. Now all three count them as one CAL too many and say so.
describe('the import preview’s User CAL and Device CAL of one tier and version', () => {
  it('is one CAL too many, said as a User and a Device CAL, naming both products', () => {
    const deviceLot = { id: 'pur-dev', productId: 'exchange-2019-standard-device-cal', quantity: 20, date: '2024-01-10', document: 'FV/DEV' };
    const doc = register({ people, purchases: [...lots, deviceLot], assignments: [{ id: 'a-anna', personId: 'p-nowak', purchaseId: 'pur-std', assignedOn: '2024-02-01' }] });
    const rows = [row('Nowak', 'Exchange Server 2019 Standard Device CAL', 'FV/DEV', '2024-06-01')];
    const warnings = previewImport(doc, [file('rejestr.csv', sheet(HEADERS, rows))], { now: NOW }).warnings.filter((w) => /calTwice/.test(w.key));
    expect(warnings).toMatchObject([
      {
        key: 'importFile.warning.calTwiceUserAndDevice',
        params: { person: 'Anna Nowak', count: 2, tier: 'Standard', version: '2019', products: 'Exchange Server 2019 Standard User CAL, Exchange Server 2019 Standard Device CAL' },
      },
    ]);
  });
});

describe('an import that gives no CAL', () => {
  it('looks at none of the register’s assignments (a directory import of 50,000 mailboxes pays nothing here)', () => {
    const doc = register({ people, purchases: lots });
    Object.defineProperty(doc, 'assignments', {
      get: () => {
        throw new Error('the register’s assignments were read');
      },
    });
    expect(holdingWarnings(doc, [], [], '2025-03-10')).toEqual([]);
  });
});
