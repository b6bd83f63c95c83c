import type { PurchaseField, RegisterField } from './types';
import { foldText } from './values';

/** Header key: case, diacritics, spaces and punctuation folded ("E-mail" → "email", "Imię" → "imie"). */
export function normalizeHeader(header: string): string {
  return foldText(header).replace(/[^a-z0-9]/g, '');
}

/** Columns of the PowerShell exports DOMAIN.md asks for (normalized). */
export const exportColumns = {
  servers: ['name', 'edition', 'admindisplayversion', 'isexchangetrialedition', 'remainingtrialperiod', 'serverrole'],
  mailboxes: [
    'displayname',
    'alias',
    'primarysmtpaddress',
    'userprincipalname',
    'samaccountname',
    'recipienttypedetails',
    'archivestatus',
    'archivestate',
    'archivedatabase',
    'archivedomain',
    'archiveguid',
    'litigationholdenabled',
    'inplaceholds',
    'whencreated',
    'database',
  ],
  'ad-users': ['givenname', 'surname', 'samaccountname', 'userprincipalname', 'mail', 'enabled', 'lastlogondate', 'whencreated', 'department', 'title'],
  users: [
    'name',
    'displayname',
    'firstname',
    'lastname',
    'samaccountname',
    'userprincipalname',
    'windowsemailaddress',
    'recipienttype',
    'recipienttypedetails',
    'accountdisabled',
    'useraccountcontrol',
    'department',
  ],
  'cal-usage': ['licensename', 'productname', 'unitlabel', 'tabulationmethod', 'count'],
  'cal-users': ['licensename', 'name', 'username'],
} as const;

/** Columns whose absence matters, with the original spelling for messages; `a|b` means either will do. */
export const expectedColumns: Record<keyof typeof exportColumns, string[]> = {
  servers: ['Name', 'Edition', 'AdminDisplayVersion', 'IsExchangeTrialEdition', 'RemainingTrialPeriod'],
  mailboxes: [
    'DisplayName',
    'PrimarySmtpAddress',
    'UserPrincipalName',
    'SamAccountName',
    'RecipientTypeDetails',
    'ArchiveState|ArchiveDatabase|ArchiveGuid',
    'LitigationHoldEnabled',
    'InPlaceHolds',
  ],
  'ad-users': ['GivenName', 'Surname', 'SamAccountName', 'UserPrincipalName', 'mail', 'Enabled'],
  users: ['SamAccountName', 'UserPrincipalName', 'RecipientTypeDetails', 'AccountDisabled|UserAccountControl'],
  'cal-usage': ['LicenseName'],
  'cal-users': ['LicenseName', 'Name|UserName'],
};

/** EN/PL synonyms (normalized) of the hand-kept register sheet's columns. */
export const registerSynonyms: Record<RegisterField, string[]> = {
  givenName: ['imie', 'imiona', 'givenname', 'firstname', 'first', 'forename'],
  surname: ['nazwisko', 'surname', 'lastname', 'familyname', 'last'],
  fullName: [
    'imieinazwisko',
    'nazwiskoiimie',
    'imienazwisko',
    'nazwiskoimie',
    'pracownik',
    'uzytkownik',
    'osoba',
    'fullname',
    'displayname',
    'name',
    'employee',
    'user',
    'person',
  ],
  email: ['email', 'mail', 'adresemail', 'emailaddress', 'emaillublogin', 'emailorlogin', 'upn', 'userprincipalname', 'primarysmtpaddress'],
  login: ['login', 'samaccountname', 'konto', 'username', 'nazwauzytkownika', 'account', 'kontoad', 'loginad'],
  department: ['dzial', 'department', 'wydzial', 'komorka'],
  licenseType: ['typlicencji', 'rodzajlicencji', 'licencja', 'license', 'licence', 'licensetype', 'cal', 'typcal', 'produkt', 'product'],
  assignedOn: ['dataprzypisania', 'przypisano', 'dataprzydzielenia', 'przydzielono', 'dataprzydzialu', 'dataprzyznania', 'przyznano', 'assignedon', 'assignmentdate', 'dateassigned', 'assigned', 'data', 'date', 'od', 'from', 'datawydania'],
  releasedOn: ['datazwolnienia', 'zwolniono', 'dataodebrania', 'odebrano', 'releasedon', 'releasedate', 'released', 'datazakonczenia', 'do', 'until', 'koniec'],
  document: [
    'nrfaktury',
    'numerfaktury',
    'faktura',
    'invoice',
    'invoiceno',
    'invoicenumber',
    'dokument',
    'document',
    'dokumentzakupu',
    'nrdokumentu',
    'numerzamowienia',
    'nrzamowienia',
    'ordernumber',
    'order',
    'purchasedocument',
    'dowodzakupu',
  ],
  notes: ['uwagi', 'notatki', 'notes', 'note', 'comment', 'comments', 'komentarz', 'opis', 'description'],
};

/** EN/PL synonyms (normalized) of the hand-kept purchases sheet's columns. */
export const purchaseSynonyms: Record<PurchaseField, string[]> = {
  product: ['produkt', 'product', 'nazwaproduktu', 'productname', 'licencja', 'typlicencji', 'license', 'licence', 'licensetype', 'towar', 'nazwa', 'item'],
  quantity: ['ilosc', 'liczba', 'quantity', 'qty', 'szt', 'sztuk', 'iloscsztuk', 'iloscszt', 'count', 'licenses', 'liczbalicencji', 'seats'],
  date: ['datazakupu', 'data', 'date', 'purchasedate', 'datafaktury', 'invoicedate', 'datasprzedazy', 'purchased', 'zakupiono'],
  vendor: ['dostawca', 'sprzedawca', 'vendor', 'supplier', 'reseller', 'dystrybutor', 'seller', 'kontrahent'],
  document: ['nrfaktury', 'numerfaktury', 'faktura', 'invoice', 'invoiceno', 'invoicenumber', 'dokument', 'document', 'nrdokumentu', 'dowodzakupu'],
  orderNumber: ['numerzamowienia', 'nrzamowienia', 'zamowienie', 'order', 'ordernumber', 'orderno', 'po', 'ponumber'],
  program: ['program', 'licensingprogram', 'programlicencyjny', 'kanal', 'typzakupu', 'channel'],
  coveredUntil: ['covereduntil', 'saend', 'subscriptionend', 'koniecsa', 'koniecsubskrypcji', 'sado', 'wsparciedo', 'subskrypcjado', 'coverageuntil', 'sauntil', 'subscriptionuntil', 'wygasa', 'expires', 'validuntil', 'waznedo'],
  notes: ['uwagi', 'notatki', 'notes', 'note', 'comment', 'comments', 'komentarz', 'opis', 'description'],
};

const knownHeaders: Set<string> = new Set([
  ...Object.values(exportColumns).flat(),
  ...Object.values(registerSynonyms).flat(),
  ...Object.values(purchaseSynonyms).flat(),
]);

/** How many cells of a row are known header names: used to find the header row under title rows. */
export function headerScore(cells: readonly string[]): number {
  let score = 0;
  for (const cell of cells) if (cell.trim() !== '' && knownHeaders.has(normalizeHeader(cell))) score += 1;
  return score;
}

/**
 * Index of the header row among the first rows: the one with the most known header names
 * (at least 2), else the first row with two or more filled cells, else the first non-empty row.
 */
export function findHeaderRow(rows: ReadonlyArray<readonly string[]>, scan = 30): number {
  let best = -1;
  let bestScore = 1;
  const limit = Math.min(rows.length, scan);
  for (let i = 0; i < limit; i += 1) {
    const score = headerScore(rows[i] ?? []);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  const filled = (r: readonly string[]): number => r.filter((c) => c.trim() !== '').length;
  for (let i = 0; i < limit; i += 1) if (filled(rows[i] ?? []) >= 2) return i;
  return rows.findIndex((r) => filled(r) > 0);
}
