import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../shared/export/labels';
import { formatLicensingMessage, licensingPl, localizedLabel, localizedParams } from '../../../shared/licensing/messages';
import { localizedProductName } from '../../../shared/licensing/product-names';
import { featureNames } from '../../../shared/licensing/feature-names';
import { makeFinding } from '../../../shared/licensing/findings';

const polish = { date: (iso: string) => formatDate('pl', iso), number: (n: number) => new Intl.NumberFormat('pl-PL').format(n) };

describe('message parameters as a person reads them', () => {
  it('formats the calendar-date parameters and the counts, and leaves names, documents and versions alone', () => {
    const params = { date: '2025-03-01', leftOn: '2024-09-30', snapshot: '2025-10-01', quantity: 12000, product: 'Exchange Server 2019 Standard User CAL', version: '2019', purchase: '2024-03-01', until: '' };
    expect(localizedParams(params, polish)).toEqual({
      date: '01.03.2025',
      leftOn: '30.09.2024',
      snapshot: '01.10.2025',
      quantity: '12\u00a0000',
      product: 'Exchange Server 2019 Standard User CAL',
      version: '2019',
      // A document number that happens to look like a date is not a date parameter.
      purchase: '2024-03-01',
      until: '',
    });
  });

  it('a Polish finding reads with its date and count in Polish form', () => {
    const text = formatLicensingMessage('finding.purchase-without-document.default', localizedParams({ quantity: 1200, product: 'CAL', date: '2025-03-01' }, polish), licensingPl);
    expect(text).toBe('Zakup 1200 × CAL z dnia 01.03.2025 nie ma numeru faktury ani zamówienia.');
  });

  it('with a product formatter, catalog product names and undocumented purchases ("<product>, <date>") are named in the reader\'s language', () => {
    const withProducts = { ...polish, product: (id: string) => localizedProductName(id, 'pl') };
    const params = {
      product: 'Exchange Server 2019 Standard User CAL',
      held: 'Exchange Server 2016 Enterprise User CAL',
      purchase: 'Exchange Server SE Standard Device CAL, 2024-03-01',
      subject: 'FV/2024/03/17',
      person: 'Exchange Server 2019 Standard User CAL',
    };
    expect(localizedParams(params, withProducts)).toEqual({
      product: 'Exchange Server 2019 Standard — CAL na użytkownika',
      held: 'Exchange Server 2016 Enterprise — CAL na użytkownika',
      purchase: 'Exchange Server SE Standard — CAL na urządzenie, 01.03.2024',
      // A document number, and a parameter that never names a product, stay as they are.
      subject: 'FV/2024/03/17',
      person: 'Exchange Server 2019 Standard User CAL',
    });
    // Names outside the catalog, or a date after something else, are left alone; without the formatter nothing changes.
    expect(localizedLabel('Exchange Server 2019 Premium User CAL', withProducts)).toBe('Exchange Server 2019 Premium User CAL');
    expect(localizedLabel('Kowalski, 2024-03-01', withProducts)).toBe('Kowalski, 2024-03-01');
    expect(localizedLabel('Exchange Server 2019 Standard User CAL', polish)).toBe('Exchange Server 2019 Standard User CAL');
  });

  it('a lot without a document is named by its date where the message names its product beside it, in English and in Polish', () => {
    const params = { purchase: 'Exchange Server 2019 Standard User CAL, 2024-03-01', product: 'Exchange Server 2019 Standard User CAL', quantity: 5 };
    expect(formatLicensingMessage('finding.purchase-without-proof.default', params)).toBe(
      'Purchase 2024-03-01 (Exchange Server 2019 Standard User CAL, seats: 5) has no proof-of-purchase file.',
    );
    const withProducts = { ...polish, product: (id: string) => localizedProductName(id, 'pl') };
    expect(formatLicensingMessage('finding.purchase-without-proof.default', localizedParams(params, withProducts), licensingPl)).toBe(
      'Zakup 01.03.2024 (Exchange Server 2019 Standard — CAL na użytkownika, licencji: 5) nie ma pliku dowodu zakupu.',
    );
    // Without the product beside it (a subject, a voided lot), the lot keeps its product and date; a document number is never touched.
    expect(formatLicensingMessage('assignment.purchase-voided', { purchase: params.purchase })).toBe('Purchase Exchange Server 2019 Standard User CAL, 2024-03-01 was voided; its CALs cannot be assigned.');
    expect(formatLicensingMessage('assignment.lot-full', { purchase: 'FV/2024/1', product: 'Exchange Server 2019 Standard User CAL', quantity: 2 })).toBe(
      'Every seat of purchase FV/2024/1 (Exchange Server 2019 Standard User CAL) is assigned (seats: 2).',
    );
  });

  it('Enterprise features are named in words: the engine\'s English message from ids, and Polish through the formatter', () => {
    const finding = makeFinding({
      rule: 'enterprise-feature-without-enterprise-cal',
      subject: 'a.nowak@przyklad.pl',
      subjectKind: 'person',
      subjectId: 'p1',
      params: { features: 'archive, hold' },
      fix: 'assign-cal',
    });
    expect(finding.params.features).toBe('archive, hold');
    expect(finding.message).toBe('a.nowak@przyklad.pl uses Enterprise features (archive mailbox, litigation or In-Place Hold) but holds no active Enterprise CAL.');
    const polishFeatures = { ...polish, features: (ids: string) => featureNames(ids, 'pl') };
    expect(formatLicensingMessage(finding.messageKey!, localizedParams(finding.params, polishFeatures), licensingPl)).toBe(
      'a.nowak@przyklad.pl korzysta z funkcji Enterprise (archiwum skrzynki, blokada prawna lub In-Place Hold), ale nie ma aktywnej licencji CAL Enterprise.',
    );
    expect(featureNames('archive, something-new', 'en')).toBe('archive mailbox, something-new');
  });
});
