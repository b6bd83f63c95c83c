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
  releaseReason: ['powod', 'powodzwolnienia', 'powododebrania', 'przyczyna', 'przyczynazwolnienia', 'reason', 'releasereason', 'reasonforrelease'],
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
  coverage: ['coverage', 'coveragetype', 'okreslicencji', 'pokrycie', 'licenseterm', 'rodzajuprawnien'],
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

/** How well a normalized header names a field, from its synonyms: 1 exact, 0.8 a long synonym inside it, 0.5 a short one, else 0. */
export function matchConfidence(key: string, synonyms: readonly string[]): number {
  if (key === '') return 0;
  let best = 0;
  for (const s of synonyms) {
    if (key === s) return 1;
    // Long synonyms inside a longer header ("Data przypisania CAL") are telling; short ones are hints.
    if (s.length >= 5 && key.includes(s)) best = Math.max(best, 0.8);
    else if (s.length >= 3 && key.includes(s)) best = Math.max(best, 0.5);
  }
  return best;
}

const sheetSynonyms = [...Object.values(registerSynonyms), ...Object.values(purchaseSynonyms)];
/** The best confidence any field of a hand-kept sheet gives `header`. */
const bestMatch = (header: string): number => {
  const key = normalizeHeader(header);
  return key === '' ? 0 : Math.max(...sheetSynonyms.map((synonyms) => matchConfidence(key, synonyms)));
};
const confident = (header: string): boolean => bestMatch(header) >= 0.8;
/** A cell no header holds: an address, a date, a quantity or a document number. */
const looksLikeData = (cell: string): boolean => /[@\d]/.test(cell);

/**
 * The names of a header written on two rows, as hand-kept sheets often are: "Data" over
 * "przypisania" and "zwolnienia" (a label spanning columns, written in the first of them), "Licencja"
 * in the upper row alone (a label spanning both rows), "Pracownik" over "Imię" and "Nazwisko". A
 * column takes its lower name, or the upper label with it where that names a field better ("Data
 * zwolnienia"), or the upper label alone where the lower row leaves it empty. Null when the two
 * rows are no such header: the combination must name more columns confidently than the chosen row
 * alone; the second row may hold no address, date or number; and, below the chosen row, each name
 * it adds must name a field confidently (a first data row does not).
 */
export function twoRowHeader(upper: readonly string[], lower: readonly string[], chosen: 'upper' | 'lower'): string[] | null {
  const second = chosen === 'upper' ? lower : upper;
  if (second.some((cell) => looksLikeData(cell.trim()))) return null;
  const names: string[] = [];
  let carried = '';
  for (let j = 0; j < Math.max(upper.length, lower.length); j += 1) {
    const up = (upper[j] ?? '').trim();
    const low = (lower[j] ?? '').trim();
    if (up !== '') carried = up;
    else if (low === '') carried = '';
    if (low === '' || low === up) {
      // A label over both rows (its value repeated down a merged cell, or in the upper row alone).
      names.push(up || low);
      continue;
    }
    const withLabel = carried ? `${carried} ${low}` : low;
    const name = bestMatch(withLabel) > bestMatch(low) ? withLabel : low;
    if (chosen === 'upper' && !confident(name)) return null;
    names.push(name);
  }
  const score = (headers: readonly string[]) => headers.filter(confident).length;
  return score(names) > score(chosen === 'upper' ? upper : lower) ? names : null;
}

/**
 * The header of a sheet: `row`, the one `findHeaderRow` chose, read with the row below or above it
 * where the two are one header (`twoRowHeader`); `above` and `below` are the rows on the lines next
 * to it (null where there is none). `below` in the result says the header ends one row lower.
 */
export function sheetHeader(above: readonly string[] | null, row: readonly string[], below: readonly string[] | null): { headers: string[]; below: boolean } {
  const withBelow = below ? twoRowHeader(row, below, 'upper') : null;
  if (withBelow) return { headers: withBelow, below: true };
  const withAbove = above ? twoRowHeader(above, row, 'lower') : null;
  return { headers: withAbove ?? row.map((cell) => cell.trim()), below: false };
}
