import type { Language } from '../contracts/register';
import { localeOf } from '../i18n/catalog';

/**
 * Every text the audit workbook prints, in English and Polish (glossary of DOMAIN.md).
 * `{name}` marks a parameter filled by `formatLabel`.
 */
const en = {
  'workbook.title': 'Exchange Server CAL audit workbook',
  'workbook.fileName': '{organization} – CAL audit {date}',
  'page.footer': 'Page {page} of {pages}',
  'page.asOf': 'As of {date}',
  'table.empty': 'None: the register records nothing for this sheet as of {date}.',

  'sheet.summary': 'Summary',
  'sheet.register': 'Register',
  'sheet.history': 'Assignment history',
  'sheet.purchases': 'Purchases & proof',
  'sheet.servers': 'Servers',
  'sheet.checklist': 'Checklist',
  'sheet.findings': 'Findings',

  'title.summary': 'Summary of the license register',
  'title.register': 'License register: CAL assignments',
  'title.history': 'Assignment history',
  'title.purchases': 'Purchases and proof of purchase',
  'title.servers': 'Exchange servers',
  'title.checklist': 'Verification checklist',
  'title.findings': 'Compliance findings',

  'summary.register': 'Register',
  'summary.organization': 'Organization',
  'summary.taxId': 'Tax ID',
  'summary.address': 'Address',
  'summary.registerFile': 'Register file',
  'summary.asOf': 'As-of date',
  'summary.preparedBy': 'Prepared by',
  'summary.people': 'People in the register',
  'summary.activeAssignments': 'Active assignments',
  'summary.compliance': 'Compliance position per product',
  'summary.complianceNotComputed': 'Compliance was not computed for this export.',
  'summary.sharedNotCounted': 'Shared mailboxes were not counted as needing a CAL: the people who open them need their own.',
  'summary.sharedCounted': 'Shared mailboxes were counted as needing a CAL, as Exchange\'s own CAL report counts them.',
  'summary.notReaching': 'Of the surplus, these CALs do not cover the server in use (an older version, or no active Software Assurance or subscription for Exchange Server SE) and license none of its users: {products}.',
  'summary.inventory':
    'Required rests on the mailbox export imported on {date} ({files}): {mailboxes}; {needCal}, {enterprise} of them an Enterprise CAL; {exempt}; {disabled}.',
  // The counts of summary.inventory, each in the form its number takes.
  'summary.mailboxes_one': '{count} mailbox',
  'summary.mailboxes_other': '{count} mailboxes',
  'summary.needCal_one': '{count} user needs a CAL',
  'summary.needCal_other': '{count} users need a CAL',
  'summary.exempt_one': '{count} mailbox needs none',
  'summary.exempt_other': '{count} mailboxes need none',
  'summary.disabled_one': '{count} disabled account still has a mailbox',
  'summary.disabled_other': '{count} disabled accounts still have a mailbox',
  'summary.noInventory': 'No mailbox export was imported: Required counts every active person in the register ({people}) as needing a CAL.',
  'summary.inventoryAfterAsOf': 'That export is later than the report’s date: a mailbox created or removed in between is counted as the export shows it.',
  'summary.noInventoryExternal':
    'No mailbox export was imported: Required counts every active person in the register ({people}) as needing a CAL, but not external users without Enterprise features, whom the server license covers ({external}; marked on the Register).',
  'summary.findings': 'Findings by severity',
  'summary.findingCount': 'Number of findings',
  // A report with no finding because it had nothing to judge yet, as the Findings screen says it (shared/licensing/findings.ts `nothingToCheckYet`).
  'findings.nothingYet':
    'Nothing to check yet: the rules check the CALs against the Exchange servers and the mailboxes that need them, and the register has none of either (no server in use on {date}, no mailbox export imported). No finding here does not mean the CALs are in order: record the servers and import the mailbox export first.',
  'findings.nothingYetServers':
    'Nothing to check yet: the rules check the CALs against the Exchange servers, and the register has none in use on {date}. No finding here does not mean the CALs are in order: record the servers first.',
  'findings.nothingYetInventory':
    'Nothing to check yet: the rules check the CALs against the mailboxes that need them, and no mailbox export has been imported. No finding here does not mean the CALs are in order: import the mailbox export first.',
  'summary.servers': 'Server status',
  'summary.noServers': 'No servers are recorded in the register.',
  'summary.audit': 'Audit trail',
  'summary.auditHead': 'Last event hash (SHA-256)',
  'summary.auditCount': 'Number of events',
  'summary.auditBroken': 'DOES NOT VERIFY from event {event}: the register was changed outside CAL Register after it (cal-register verify names it)',
  'summary.signOff': 'Sign-off',
  'summary.reviewedBy': 'Reviewed by',
  'summary.date': 'Date',
  'summary.signature': 'Signature',

  'col.product': 'Product',
  'col.purchased': 'Purchased',
  'col.assigned': 'Assigned',
  'col.required': 'Required',
  'col.shortfall': 'Shortfall',
  'col.surplus': 'Surplus',
  'col.givenName': 'Given name',
  'col.surname': 'Surname',
  'col.emailOrLogin': 'E-mail or login',
  'col.assignmentDate': 'Assignment date',
  'col.licenseType': 'License type',
  'col.purchaseDocument': 'Purchase document / order number',
  'col.status': 'Status',
  'col.releasedOn': 'Released on',
  'col.reason': 'Reason',
  'col.notes': 'Notes',
  'col.date': 'Date',
  'col.event': 'Event',
  'col.quantity': 'Quantity',
  'col.seatsAssigned': 'Seats assigned',
  'col.seatsFree': 'Seats free',
  'col.purchaseDate': 'Purchase date',
  'col.vendor': 'Vendor',
  'col.documentNumber': 'Invoice / order number',
  'col.program': 'Licensing program',
  'col.coverage': 'Coverage',
  'col.proofFile': 'Proof of purchase file',
  'col.sha256': 'SHA-256',
  'col.verified': 'Verified',
  'col.server': 'Server',
  'col.edition': 'Edition',
  'col.build': 'Build',
  'col.productKeyTail': 'Product key (last 5)',
  'col.activation': 'Activation',
  'col.verifiedOn': 'Verified on',
  'col.verifiedBy': 'Verified by',
  'col.retiredOn': 'Retired on',
  'col.number': 'No.',
  'col.point': 'Verification point',
  'col.result': 'Result',
  'col.resultReason': 'Reason',
  'col.severity': 'Severity',
  'col.rule': 'Rule',
  'col.subject': 'Subject',
  'col.finding': 'Finding',
  'col.fix': 'Suggested fix',

  // CALs of every product added up: a person needing Enterprise features counts in both the Standard and the Enterprise row.
  'total': 'Total, CALs of all products',
  'total.purchases': 'Total on the as-of date (without voided or later lots)',

  'status.active': 'Active',
  'person.external': 'External user',
  'status.notOwned': 'Not counted: lot bought later or voided',
  'status.scheduled': 'Scheduled',
  'status.released': 'Released',
  'event.assigned': 'Assigned',
  'event.released': 'Released',
  'event.afterAsOf': '{event} (after the as-of date)',

  'reason.left': 'Left the company',
  'reason.absence-cover': 'Cover for an absent user',
  'reason.hardware-failure': 'Permanent hardware failure',
  'reason.role-change': 'Role change',
  'reason.other': 'Other',

  'program.retail': 'Retail (FPP)',
  'program.oem': 'OEM',
  'program.volume': 'Volume licensing',
  'program.csp': 'CSP',
  'coverage.perpetual': 'Perpetual',
  'coverage.software-assurance': 'Perpetual with Software Assurance until {date}',
  'coverage.subscription': 'Subscription until {date}',
  // Ended before the report's date: a reviewer must not read a lapsed SA or subscription as current.
  'coverage.software-assurance-ended': 'Perpetual with Software Assurance until {date} (ended)',
  'coverage.subscription-ended': 'Subscription until {date} (ended)',
  'purchase.voided': 'Voided on {date}: {reason}',
  'purchase.afterAsOf': 'Bought after the as-of date ({date}): not counted on it',
  'purchase.noDocument': 'No document (lot of {date})',

  'proof.ok': 'Yes',
  'proof.missing': 'No: file missing',
  'proof.altered': 'No: file altered',
  'proof.unreadable': 'No: file cannot be read',
  'proof.unchecked': 'Not checked',
  'proof.none': 'No proof attached',

  'activation.activated': 'Activated',
  'activation.trial_one': 'Trial, {count} day left on {date}',
  'activation.trial_other': 'Trial, {count} days left on {date}',
  'summary.serversAfterAsOf': 'Activation and verification are shown as last recorded; some of it was recorded after {asOf}, the date of this report.',
  'activation.trial-expired': 'Trial expired',
  'activation.unknown': 'Unknown',
  'server.notVerified': 'Never verified',
  'server.recordedAsSe': '{product} (recorded as SE, released {date})',

  'result.pass': 'Passed',
  'result.fail': 'Failed',
  'result.warning': 'Needs attention',
  'result.not-checked': 'Not checked',
  'result.not-applicable': 'Not applicable',

  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Information',

  'fix.assign-cal': 'Assign a CAL',
  'fix.release-cal': 'Release the CAL',
  'fix.add-purchase': 'Record a purchase of more CALs',
  'fix.attach-proof': 'Attach the proof of purchase',
  'fix.verify-server': 'Verify the server activation',
  'fix.activate-server': 'Activate the server with its product key',
  'fix.add-document': 'Enter the invoice or order number',
  'fix.upgrade-cal': 'Buy CALs of the server version',
  'fix.renew-coverage': 'Renew the subscription or Software Assurance',
  'fix.review-reassignment': 'Review the reassignment',
  'fix.correct-dates': 'Correct the purchase or assignment dates',
  'fix.convert-or-remove-mailbox': 'Convert or remove the mailbox',
  'fix.import-inventory': 'Import a fresh inventory',
  'fix.add-server': 'Record the Exchange server',
  'fix.none': '',
} as const;

type EnglishKey = keyof typeof en;
/** A counted label (`x_one`, `x_other`) is asked for by its base `x` with a `count`, as i18next does. */
type CountedBase<K> = K extends `${infer Base}_other` ? Base : never;
type CountedForm = `${string}_one` | `${string}_other`;
export type LabelKey = Exclude<EnglishKey, CountedForm> | CountedBase<EnglishKey>;
/** Polish has the forms of English and the counted labels in the four forms Polish counts need. */
type PolishLabels = { [K in EnglishKey as K extends CountedForm ? never : K]: string } & {
  [K in EnglishKey as K extends `${string}_other` ? `${CountedBase<K>}_${'one' | 'few' | 'many' | 'other'}` : never]: string;
};

const pl: PolishLabels = {
  'workbook.title': 'Skoroszyt audytowy licencji dostępowych (CAL) Exchange Server',
  'workbook.fileName': '{organization} – audyt licencji CAL {date}',
  'page.footer': 'Strona {page} z {pages}',
  'page.asOf': 'Stan na {date}',
  'table.empty': 'Brak: rejestr nie zawiera na dzień {date} żadnych wpisów dla tego arkusza.',

  'sheet.summary': 'Podsumowanie',
  'sheet.register': 'Rejestr',
  'sheet.history': 'Historia przypisań',
  'sheet.purchases': 'Zakupy i dowody',
  'sheet.servers': 'Serwery',
  'sheet.checklist': 'Lista kontrolna',
  'sheet.findings': 'Ustalenia',

  'title.summary': 'Podsumowanie rejestru licencji',
  'title.register': 'Rejestr licencji: przypisania CAL',
  'title.history': 'Historia przypisań',
  'title.purchases': 'Zakupy i dowody zakupu',
  'title.servers': 'Serwery Exchange',
  'title.checklist': 'Lista kontrolna weryfikacji',
  'title.findings': 'Ustalenia zgodności licencyjnej',

  'summary.register': 'Rejestr',
  'summary.organization': 'Organizacja',
  'summary.taxId': 'NIP',
  'summary.address': 'Adres',
  'summary.registerFile': 'Plik rejestru',
  'summary.asOf': 'Stan na dzień',
  'summary.preparedBy': 'Sporządził(a)',
  'summary.people': 'Osoby w rejestrze',
  'summary.activeAssignments': 'Aktywne przypisania',
  'summary.compliance': 'Zgodność licencyjna według produktu',
  'summary.complianceNotComputed': 'Dla tego eksportu nie obliczono zgodności licencyjnej.',
  'summary.sharedNotCounted': 'Skrzynek współdzielonych nie liczono jako wymagających licencji CAL: osoby, które je otwierają, potrzebują własnej.',
  'summary.sharedCounted': 'Skrzynki współdzielone liczono jako wymagające licencji CAL, tak jak liczy je raport licencji CAL programu Exchange.',
  'summary.notReaching': 'Z nadwyżki te licencje CAL nie obejmują używanego serwera (starsza wersja albo brak aktywnego Software Assurance lub subskrypcji dla Exchange Server SE) i nie licencjonują żadnego z jego użytkowników: {products}.',
  'summary.inventory':
    'Kolumna „Wymagane” opiera się na eksporcie skrzynek zaimportowanym {date} ({files}): {mailboxes}; {needCal}, w tym Enterprise CAL: {enterprise}; {exempt}; {disabled}.',
  'summary.mailboxes_one': '{count} skrzynka',
  'summary.mailboxes_few': '{count} skrzynki',
  'summary.mailboxes_many': '{count} skrzynek',
  'summary.mailboxes_other': '{count} skrzynki',
  'summary.needCal_one': '{count} użytkownik wymaga licencji CAL',
  'summary.needCal_few': '{count} użytkowników wymaga licencji CAL',
  'summary.needCal_many': '{count} użytkowników wymaga licencji CAL',
  'summary.needCal_other': '{count} użytkownika wymaga licencji CAL',
  'summary.exempt_one': '{count} skrzynka nie wymaga licencji',
  'summary.exempt_few': '{count} skrzynki nie wymagają licencji',
  'summary.exempt_many': '{count} skrzynek nie wymaga licencji',
  'summary.exempt_other': '{count} skrzynki nie wymaga licencji',
  'summary.disabled_one': '{count} wyłączone konto nadal ma skrzynkę',
  'summary.disabled_few': '{count} wyłączone konta nadal mają skrzynkę',
  'summary.disabled_many': '{count} wyłączonych kont nadal ma skrzynkę',
  'summary.disabled_other': '{count} wyłączonego konta nadal ma skrzynkę',
  'summary.noInventory': 'Nie zaimportowano eksportu skrzynek: kolumna „Wymagane” liczy każdą aktywną osobę w rejestrze ({people}) jako wymagającą licencji CAL.',
  'summary.inventoryAfterAsOf': 'Ten eksport jest późniejszy niż data raportu: skrzynka utworzona lub usunięta w tym czasie jest liczona tak, jak pokazuje ją eksport.',
  'summary.noInventoryExternal':
    'Nie zaimportowano eksportu skrzynek: kolumna „Wymagane” liczy każdą aktywną osobę w rejestrze ({people}) jako wymagającą licencji CAL, z wyjątkiem użytkowników zewnętrznych bez funkcji Enterprise, objętych licencją serwera (osób: {external}; oznaczono je w arkuszu Rejestr).',
  'summary.findings': 'Ustalenia według istotności',
  'summary.findingCount': 'Liczba ustaleń',
  'findings.nothingYet':
    'Nie ma jeszcze czego sprawdzać: reguły sprawdzają licencje CAL względem serwerów Exchange i skrzynek pocztowych, które ich wymagają, a w rejestrze nie ma ani jednych, ani drugich (żadnego serwera w użyciu na dzień {date}, żadnego zaimportowanego eksportu skrzynek). Brak ustaleń nie oznacza więc, że licencje CAL są w porządku: najpierw zapisz serwery i zaimportuj eksport skrzynek pocztowych.',
  'findings.nothingYetServers':
    'Nie ma jeszcze czego sprawdzać: reguły sprawdzają licencje CAL względem serwerów Exchange, a w rejestrze nie ma żadnego serwera w użyciu na dzień {date}. Brak ustaleń nie oznacza więc, że licencje CAL są w porządku: najpierw zapisz serwery.',
  'findings.nothingYetInventory':
    'Nie ma jeszcze czego sprawdzać: reguły sprawdzają licencje CAL względem skrzynek pocztowych, które ich wymagają, a nie zaimportowano jeszcze eksportu skrzynek. Brak ustaleń nie oznacza więc, że licencje CAL są w porządku: najpierw zaimportuj eksport skrzynek pocztowych.',
  'summary.servers': 'Stan serwerów',
  'summary.noServers': 'W rejestrze nie zapisano żadnego serwera.',
  'summary.audit': 'Dziennik zmian',
  'summary.auditHead': 'Skrót ostatniego zdarzenia (SHA-256)',
  'summary.auditCount': 'Liczba zdarzeń',
  'summary.auditBroken': 'NIE WERYFIKUJE SIĘ od zdarzenia {event}: po nim rejestr zmieniono poza CAL Register (wskaże je cal-register verify)',
  'summary.signOff': 'Zatwierdzenie',
  'summary.reviewedBy': 'Sprawdził(a)',
  'summary.date': 'Data',
  'summary.signature': 'Podpis',

  'col.product': 'Produkt',
  'col.purchased': 'Zakupione',
  'col.assigned': 'Przypisane',
  'col.required': 'Wymagane',
  'col.shortfall': 'Niedobór',
  'col.surplus': 'Nadwyżka',
  'col.givenName': 'Imię',
  'col.surname': 'Nazwisko',
  'col.emailOrLogin': 'E-mail lub login',
  'col.assignmentDate': 'Data przypisania',
  'col.licenseType': 'Typ licencji',
  'col.purchaseDocument': 'Dokument zakupu / numer zamówienia',
  'col.status': 'Status',
  'col.releasedOn': 'Data zwolnienia',
  'col.reason': 'Powód',
  'col.notes': 'Uwagi',
  'col.date': 'Data',
  'col.event': 'Zdarzenie',
  'col.quantity': 'Liczba',
  'col.seatsAssigned': 'Przypisane',
  'col.seatsFree': 'Wolne',
  'col.purchaseDate': 'Data zakupu',
  'col.vendor': 'Sprzedawca',
  'col.documentNumber': 'Faktura / numer zamówienia',
  'col.program': 'Program licencyjny',
  'col.coverage': 'Okres licencji',
  'col.proofFile': 'Plik dowodu zakupu',
  'col.sha256': 'SHA-256',
  'col.verified': 'Zweryfikowano',
  'col.server': 'Serwer',
  'col.edition': 'Edycja',
  'col.build': 'Kompilacja',
  'col.productKeyTail': 'Klucz produktu (ost. 5 znaków)',
  'col.activation': 'Aktywacja',
  'col.verifiedOn': 'Data weryfikacji',
  'col.verifiedBy': 'Zweryfikował(a)',
  'col.retiredOn': 'Data wycofania',
  'col.number': 'Lp.',
  'col.point': 'Punkt weryfikacji',
  'col.result': 'Wynik',
  'col.resultReason': 'Uzasadnienie',
  'col.severity': 'Istotność',
  'col.rule': 'Reguła',
  'col.subject': 'Dotyczy',
  'col.finding': 'Ustalenie',
  'col.fix': 'Zalecane działanie',

  'total': 'Razem, licencje CAL wszystkich produktów',
  'total.purchases': 'Razem na dzień raportu (bez partii unieważnionych i późniejszych)',

  'status.active': 'Aktywne',
  'person.external': 'Użytkownik zewnętrzny',
  'status.notOwned': 'Nieliczone: zakup późniejszy lub unieważniony',
  'status.scheduled': 'Zaplanowane',
  'status.released': 'Zwolnione',
  'event.assigned': 'Przypisano',
  'event.released': 'Zwolniono',
  'event.afterAsOf': '{event} (po dniu raportu)',

  'reason.left': 'Odejście z firmy',
  'reason.absence-cover': 'Zastępstwo za nieobecnego użytkownika',
  'reason.hardware-failure': 'Trwała awaria sprzętu',
  'reason.role-change': 'Zmiana stanowiska',
  'reason.other': 'Inny',

  'program.retail': 'Detaliczny (BOX/FPP)',
  'program.oem': 'OEM',
  'program.volume': 'Licencjonowanie zbiorowe',
  'program.csp': 'CSP',
  'coverage.perpetual': 'Wieczysta',
  'coverage.software-assurance': 'Wieczysta z Software Assurance do {date}',
  'coverage.subscription': 'Subskrypcja do {date}',
  'coverage.software-assurance-ended': 'Wieczysta z Software Assurance do {date} (zakończona)',
  'coverage.subscription-ended': 'Subskrypcja do {date} (zakończona)',
  'purchase.voided': 'Unieważniono {date}: {reason}',
  'purchase.afterAsOf': 'Zakup po dniu raportu ({date}): na ten dzień nie jest liczony',
  'purchase.noDocument': 'Brak dokumentu (partia z {date})',

  'proof.ok': 'Tak',
  'proof.missing': 'Nie: brak pliku',
  'proof.altered': 'Nie: plik zmieniony',
  'proof.unreadable': 'Nie: nie można odczytać pliku',
  'proof.unchecked': 'Nie sprawdzono',
  'proof.none': 'Brak dowodu zakupu',

  'activation.activated': 'Aktywowany',
  'activation.trial_one': 'Wersja próbna, pozostało dni: {count} (stan na {date})',
  'activation.trial_few': 'Wersja próbna, pozostało dni: {count} (stan na {date})',
  'activation.trial_many': 'Wersja próbna, pozostało dni: {count} (stan na {date})',
  'activation.trial_other': 'Wersja próbna, pozostało dni: {count} (stan na {date})',
  'summary.serversAfterAsOf': 'Aktywację i weryfikację pokazano według ostatniego zapisu; część zapisano po {asOf}, dniu tego raportu.',
  'activation.trial-expired': 'Wersja próbna wygasła',
  'activation.unknown': 'Nieznany',
  'server.notVerified': 'Nigdy nie zweryfikowano',
  'server.recordedAsSe': '{product} (zapisany jako SE, wydany {date})',

  'result.pass': 'Spełniony',
  'result.fail': 'Niespełniony',
  'result.warning': 'Wymaga uwagi',
  'result.not-checked': 'Nie sprawdzono',
  'result.not-applicable': 'Nie dotyczy',

  'severity.error': 'Błąd',
  'severity.warning': 'Ostrzeżenie',
  'severity.info': 'Informacja',

  'fix.assign-cal': 'Przypisz licencję CAL',
  'fix.release-cal': 'Zwolnij licencję CAL',
  'fix.add-purchase': 'Zarejestruj zakup kolejnych licencji CAL',
  'fix.attach-proof': 'Dołącz dowód zakupu',
  'fix.verify-server': 'Zweryfikuj aktywację serwera',
  'fix.activate-server': 'Aktywuj serwer kluczem produktu',
  'fix.add-document': 'Wpisz numer faktury lub zamówienia',
  'fix.upgrade-cal': 'Kup licencje CAL w wersji serwera',
  'fix.renew-coverage': 'Odnów subskrypcję lub Software Assurance',
  'fix.review-reassignment': 'Sprawdź ponowne przypisanie',
  'fix.correct-dates': 'Popraw datę zakupu lub daty przypisania',
  'fix.convert-or-remove-mailbox': 'Przekształć lub usuń skrzynkę pocztową',
  'fix.import-inventory': 'Zaimportuj aktualny spis',
  'fix.add-server': 'Zapisz serwer Exchange',
  'fix.none': '',
};

export const exportLabels: Readonly<Record<Language, Readonly<Record<string, string>>>> = { en, pl };

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a mistake shows in review. */
export function formatLabel(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  // Most labels have no placeholder; skipping the regex matters at one call per exported row.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A translator bound to one language: `t('col.surname')`, `t('page.asOf', { date })`. */
export type Translate = (key: LabelKey, params?: Readonly<Record<string, string | number>>) => string;

/**
 * A count as the workbook prints it in text: grouped in thousands as its number cells print them
 * (#,##0: "1 250" in Polish, where the locale's own text style leaves four digits ungrouped).
 */
export function countFormatter(lang: Language): (value: number) => string {
  const format = new Intl.NumberFormat(localeOf[lang], { useGrouping: 'always' });
  return (value) => format.format(value);
}

export function translator(lang: Language): Translate {
  const labels = exportLabels[lang];
  const plural = new Intl.PluralRules(localeOf[lang]);
  const count = countFormatter(lang);
  return (key, params) => {
    const n = params?.count;
    const template = labels[key] ?? (typeof n === 'number' ? (labels[`${key}_${plural.select(n)}`] ?? labels[`${key}_other`]) : undefined) ?? key;
    if (!params) return formatLabel(template);
    const written: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params)) written[name] = typeof value === 'number' ? count(value) : value;
    return formatLabel(template, written);
  };
}

/** A calendar date as printed inside text cells: dd.mm.yyyy in Polish, ISO in English. */
export function formatDate(lang: Language, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  return lang === 'pl' ? `${match[3]}.${match[2]}.${match[1]}` : `${match[1]}-${match[2]}-${match[3]}`;
}
