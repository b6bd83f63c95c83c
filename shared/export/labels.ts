import type { Language } from '../contracts/register';

/**
 * Every text the audit workbook prints, in English and Polish (glossary of DOMAIN.md).
 * `{name}` marks a parameter filled by `formatLabel`.
 */
const en = {
  'workbook.title': 'Exchange Server CAL audit workbook',
  'page.footer': 'Page {page} of {pages}',
  'page.asOf': 'As of {date}',

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
  'summary.inventory':
    'Required rests on the mailbox export imported on {date} ({files}): {mailboxes} mailboxes; {needCal} users need a CAL, {enterprise} of them an Enterprise CAL; {exempt} mailboxes need none; {disabled} disabled accounts still have a mailbox.',
  'summary.noInventory': 'No mailbox export was imported: Required counts every active person in the register ({people}) as needing a CAL.',
  'summary.findings': 'Findings by severity',
  'summary.findingCount': 'Number of findings',
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
  'status.scheduled': 'Scheduled',
  'status.released': 'Released',
  'event.assigned': 'Assigned',
  'event.released': 'Released',

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
  'purchase.voided': 'Voided on {date}: {reason}',
  'purchase.afterAsOf': 'Bought after the as-of date ({date}): not counted on it',
  'purchase.noDocument': 'No document (lot of {date})',

  'proof.ok': 'Yes',
  'proof.missing': 'No: file missing',
  'proof.altered': 'No: file altered',
  'proof.unchecked': 'Not checked',
  'proof.none': 'No proof attached',

  'activation.activated': 'Activated',
  'activation.trial': 'Trial, {days} days left on {date}',
  'activation.trial-expired': 'Trial expired',
  'activation.unknown': 'Unknown',
  'server.notVerified': 'Never verified',

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
  'fix.convert-or-remove-mailbox': 'Convert or remove the mailbox',
  'fix.import-inventory': 'Import a fresh inventory',
  'fix.none': '',
} as const;

export type LabelKey = keyof typeof en;
export type Labels = Record<LabelKey, string>;

const pl: Labels = {
  'workbook.title': 'Skoroszyt audytowy licencji dostępowych (CAL) Exchange Server',
  'page.footer': 'Strona {page} z {pages}',
  'page.asOf': 'Stan na {date}',

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
  'summary.inventory':
    'Kolumna „Wymagane” opiera się na eksporcie skrzynek zaimportowanym {date} ({files}): skrzynek {mailboxes}; licencji CAL wymaga użytkowników {needCal}, w tym Enterprise CAL {enterprise}; skrzynek niewymagających licencji {exempt}; wyłączonych kont ze skrzynką {disabled}.',
  'summary.noInventory': 'Nie zaimportowano eksportu skrzynek: kolumna „Wymagane” liczy każdą aktywną osobę w rejestrze ({people}) jako wymagającą licencji CAL.',
  'summary.findings': 'Ustalenia według istotności',
  'summary.findingCount': 'Liczba ustaleń',
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
  'status.scheduled': 'Zaplanowane',
  'status.released': 'Zwolnione',
  'event.assigned': 'Przypisano',
  'event.released': 'Zwolniono',

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
  'purchase.voided': 'Unieważniono {date}: {reason}',
  'purchase.afterAsOf': 'Kupiono po dniu raportu ({date}): nie jest na ten dzień liczona',
  'purchase.noDocument': 'Brak dokumentu (partia z {date})',

  'proof.ok': 'Tak',
  'proof.missing': 'Nie: brak pliku',
  'proof.altered': 'Nie: plik zmieniony',
  'proof.unchecked': 'Nie sprawdzono',
  'proof.none': 'Brak dowodu zakupu',

  'activation.activated': 'Aktywowany',
  'activation.trial': 'Wersja próbna, pozostało dni: {days} (stan na {date})',
  'activation.trial-expired': 'Wersja próbna wygasła',
  'activation.unknown': 'Nieznany',
  'server.notVerified': 'Nigdy nie zweryfikowano',

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
  'fix.convert-or-remove-mailbox': 'Przekształć lub usuń skrzynkę pocztową',
  'fix.import-inventory': 'Zaimportuj aktualny spis',
  'fix.none': '',
};

export const exportLabels: Readonly<Record<Language, Labels>> = { en, pl };

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

export function translator(lang: Language): Translate {
  const labels = exportLabels[lang];
  return (key, params) => formatLabel(labels[key], params);
}

/** A calendar date as printed inside text cells: dd.mm.yyyy in Polish, ISO in English. */
export function formatDate(lang: Language, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  return lang === 'pl' ? `${match[3]}.${match[2]}.${match[1]}` : `${match[1]}-${match[2]}-${match[3]}`;
}
