import { localizedLabel, localizedLabels, type ParamFormatters } from '../licensing/messages';
import type { ImportMessage } from './types';

/**
 * Messages of the import (reader errors, warnings, skip reasons), EN and PL, i18next syntax.
 * Keys are `importFile.<group>.<name>`; merge `importMessages.en/pl` into the UI catalogs.
 */
const en = {
  error: {
    tooLarge: '{{file}}: the file is {{sizeMb}} MB, larger than the {{limitMb}} MB limit',
    empty: '{{file}}: the file is empty',
    headerOnly: '{{file}}: the file has a header row but no data rows',
    noHeader: '{{file}}: no header row was found',
    binary: '{{file}}: this is not a text file (binary content)',
    nulBytes: '{{file}}: the file contains NUL bytes and is not a valid CSV',
    truncatedUtf16: '{{file}}: the UTF-16 text is truncated (odd number of bytes)',
    badQuotes: '{{file}}: unbalanced quotes near line {{line}}',
    tooManyRows: '{{file}}: {{rows}} rows is more than the limit of {{limit}}',
    tooManyColumns: '{{file}}: sheet {{sheet}} reaches column {{columns}}, more than the limit of {{limit}}; nothing was read',
    unpacksTooLarge: '{{file}}: unpacked, the workbook is larger than the {{limitMb}} MB limit (passed in part "{{part}}"); nothing was read — export it as CSV, or with only the columns the import needs',
    oldXls: '{{file}}: old Excel format (.xls) is not supported — save it as .xlsx or CSV',
    unreadable: '{{file}}: the file could not be read — {{detail}}',
    notZip: '{{file}}: not an Excel workbook (.xlsx): the file is not a zip package',
    damagedXlsx: '{{file}}: the Excel workbook is damaged or incomplete and cannot be opened — save it again in Excel',
    noWorksheets: '{{file}}: the Excel workbook has no worksheets',
    notFound: '{{file}}: no such file',
    isFolder: '{{file}}: this is a folder, not a file',
    noPermission: '{{file}}: no permission to read the file',
  },
  warning: {
    notUtf8: 'The file is not UTF-8; it was read as Windows-1250 (Central European)',
    seatsExceeded: 'Purchase {{document}} of {{date}} would hold more CALs than it has seats (CALs: {{count}}; seats: {{quantity}}): the import records them as the sheet says, and the compliance check reports the lot over-assigned until more CALs are bought or some are released',
    enterpriseWithoutStandard: '{{person}} would hold an Enterprise CAL ({{product}}) without a Standard CAL, which the Enterprise CAL adds to: the import records it as the sheet says, and a compliance check as of any day it is held without one reports it',
    enterpriseWithoutStandardFrom:
      'From {{from}} on, {{person}} would hold an Enterprise CAL ({{product}}) without a Standard CAL, which the Enterprise CAL adds to: the import records it as the sheet says, and a compliance check as of any day from then on that it is held without one reports it',
    calTwice: '{{person}} would hold {{product}} more than once (CALs: {{count}}): the import records them as the sheet says, and a compliance check as of any day they are held together reports it',
    calTwiceUserAndDevice:
      '{{person}} would hold a User CAL and a Device CAL of Exchange Server {{version}} {{tier}} together ({{products}}; CALs: {{count}}), where one is enough, as a User CAL covers its holder on every device: the import records them as the sheet says, and a compliance check as of any day they are held together reports it',
    badEmails_other: 'Not e-mail addresses, left out of {{count}} rows (lines {{lines}}): {{examples}} — the people are read by name and login; correct the addresses in the register',
    badEmails_one: 'Not an e-mail address, left out of {{count}} row (line {{lines}}): {{examples}} — the person is read by name and login; correct the address in the register',
    adBadAddresses_other:
      'UPN or mail values without "@" in the AD export, left out of {{count}} rows (lines {{lines}}): {{examples}} — the accounts are read by login; check the userPrincipalName and mail attributes in Active Directory',
    adBadAddresses_one:
      'A UPN or mail value without "@" in the AD export, left out of {{count}} row (line {{lines}}): {{examples}} — the account is read by login; check its userPrincipalName and mail attributes in Active Directory',
    shortened_other:
      'Values longer than the register keeps are shortened in {{count}} rows (lines {{lines}}): notes to 4,000 characters, names, e-mail, login, department, vendor and document numbers to 200 — the rest of those cells is not imported; keep the full text in the file',
    shortened_one:
      'Values longer than the register keeps are shortened in {{count}} row (line {{lines}}): notes to 4,000 characters, names, e-mail, login, department, vendor and document numbers to 200 — the rest of those cells is not imported; keep the full text in the file',
    notJoined_other:
      'Column {{column}} holds a .NET type name instead of its values in {{count}} rows (lines {{lines}}): what it lists is not known — export it joined with -join \';\', as the command on the Import screen does',
    notJoined_one:
      'Column {{column}} holds a .NET type name instead of its values in {{count}} row (line {{lines}}): what it lists is not known — export it joined with -join \';\', as the command on the Import screen does',
    namesDamaged:
      'Names with "?" in place of letters: {{count}} (an ASCII export, Windows PowerShell 5.1 default): names are damaged; people are matched by e-mail or login, one known only by name waits for your decision — export again with -Encoding UTF8 and import it to put the names right',
    exactly1000:
      'The mailbox export has exactly 1,000 rows: Get-Mailbox stops at 1,000 without -ResultSize Unlimited — the list is probably incomplete',
    exactly1000Users:
      'The Get-User export has exactly 1,000 rows: Get-User stops at 1,000 without -ResultSize Unlimited — the list is probably incomplete',
    missingColumns: 'Expected columns are missing: {{columns}} (not selected in the export, or Export-Csv took its columns from the first object)',
    repeatedHeaders: 'A column name appears more than once: {{columns}} — only the first of each is read; rename or remove the others',
    emptySheet: 'Sheet "{{sheet}}" is empty',
    unknownKind: 'Sheet "{{sheet}}" was not recognized as any known export or register',
    unknownFile: 'File "{{file}}" was not recognized as any known export or register',
    auditHistory:
      'Sheet "{{sheet}}" is the assignment history of a CAL Register audit workbook, not read: it lists every assignment again as events (assigned, released); the assignments are read from the workbook’s register sheet',
    auditReport: 'Sheet "{{sheet}}" is a report of a CAL Register audit workbook (summary, checklist or findings), not read: the app works it out from the register',
    needsMapping: 'Columns not matched: {{columns}} — supply a mapping such as "Imię=givenName"',
    unknownProduct: 'Unknown Exchange build {{build}} on server {{server}}',
    trialDaysUnknown:
      'Server {{server}} runs as a trial, but the export does not say how many days are left (RemainingTrialPeriod missing or unreadable): a trial the register already knew stays as recorded, otherwise its activation is unknown — export RemainingTrialPeriod too, or enter the days by hand',
    calUsageNoCount: 'The CAL usage export has no Count column; counts are taken from a CAL users export when present',
    unknownMappingField: 'Mapping "{{pair}}" names an unknown field',
    mappingHeaderMissing: 'Mapping "{{pair}}" names a column the sheet does not have',
  },
  skip: {
    totalRow: 'a total row',
    overlong: 'more values than the header has columns: a value holding the separator must be quoted',
    repeatedHeader: 'the header of another file (files joined one after another)',
    noIdentity: 'no name, e-mail or login',
    notAnAddress: 'its address "{{value}}" is no e-mail address: the row\'s values look shifted (a value holding the separator must be quoted)',
    noName: 'no name',
    noLicense: 'no license type',
    onlyUnreadColumns: 'only {{columns}} filled, which the import does not read',
    furtherProofFile: 'another proof file of the lot above, as a CAL Register audit workbook lists it: proof files are not imported (attach them to the lot in the app)',
    auditEmptyLine: 'the line of a CAL Register audit workbook saying the sheet has no entries',
    voidedLot: 'a lot the CAL Register audit workbook marks as voided: a voided lot holds no CALs, so it is not imported',
    unknownLicense: 'license type "{{value}}" is not an Exchange CAL',
    versionMissing: 'license type "{{value}}" names no Exchange version ({{versions}}): write it as the invoice does, e.g. "{{example}}"',
    versionMissingNoInvoice: 'license type "{{value}}" names no Exchange version ({{versions}}): write it as the invoice does, e.g. "{{example}}", or give the invoice number',
    versionAndKindMissing:
      'license type "{{value}}" names no Exchange version ({{versions}}) and does not say whether it is a User or a Device CAL: write it as the invoice does, e.g. "{{user}}" or "{{device}}"',
    versionAndKindMissingNoInvoice:
      'license type "{{value}}" names no Exchange version ({{versions}}) and does not say whether it is a User or a Device CAL: write it as the invoice does, e.g. "{{user}}" or "{{device}}", or give the invoice number',
    licenseNotOnInvoice: 'invoice {{document}} has no lot of "{{value}}": check the license type or the invoice number',
    licenseKindMissing: 'license type "{{value}}" does not say whether it is a User or a Device CAL: write which, e.g. "{{user}}" or "{{device}}"',
    noPurchaseByDate: 'no purchase of "{{license}}" was bought by {{date}}: check the row\'s date',
    badDate: 'date "{{value}}" is not a date (dd.MM.yyyy or yyyy-MM-dd)',
    ambiguousDate: 'date "{{value}}" is ambiguous (day and month both ≤ 12)',
    implausibleYear: 'date "{{value}}": the year looks mistyped (a year from {{first}} to {{last}} is expected)',
    badQuantity: 'quantity "{{value}}" is not a whole number above 0',
    ambiguousQuantity: 'quantity "{{value}}" could be a thousand or a number with decimals: write it without a separator, e.g. 1000',
    noQuantity: 'no quantity',
    noDate: 'no purchase date',
    coverageWithoutDate: 'coverage "{{value}}" gives no end date: write the day it ends, e.g. "Software Assurance until 2027-06-30", or give a column of end dates',
    noLicenseName: 'no license name',
    serverLicense: 'a server license ("{{value}}"), not a CAL: Exchange counts servers in this row, not users',
    noUser: 'no user',
    badCount: 'count "{{value}}" is not a number',
    noPurchase: 'no purchase matches document "{{document}}" / license "{{license}}"',
    severalPurchases: '{{count}} purchases of "{{license}}" could have given this CAL and the row names no invoice: add the invoice or order number to the row (a document column)',
    releasedBeforeAssigned: 'released on {{released}}, before it was assigned on {{assigned}}: the two dates look swapped',
    personLeft: 'assigned on {{assigned}}, but the person left on {{left}}: no CAL is given to someone who has left (record their return first)',
    overlapsReleased: 'the register records this person holding a CAL of this lot from {{from}} to {{to}}, which this row overlaps: one person holds one CAL of a lot at a time, so it is not imported (correct the dates in the sheet, or in the app)',
    overlapsHeld: 'the register records this person holding a CAL of this lot since {{from}}, which this row overlaps: one person holds one CAL of a lot at a time, so it is not imported (correct the dates in the sheet, or in the app)',
    repeatedPurchase:
      'the same purchase as {{where}} (document "{{document}}", same product): read once — if the invoice has two lines of this product, enter their total in one row',
    purchaseDiffers: 'purchase "{{document}}" is in the register with {{before}} CALs, the sheet says {{after}}: the register is not changed — edit the purchase if the sheet is right',
  },
};

/** A counted English text `x_one` / `x_other` is `x` in Polish with the forms Polish counts need. */
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;
type PolishOf<T> = { [K in keyof T as K extends `${string}_one` | `${string}_other` ? never : K]: string } & {
  [K in keyof T as K extends `${string}_other` ? `${PluralBase<K>}_${'one' | 'few' | 'many' | 'other'}` : never]: string;
};

const pl = {
  error: {
    tooLarge: '{{file}}: plik ma {{sizeMb}} MB, więcej niż limit {{limitMb}} MB',
    empty: '{{file}}: plik jest pusty',
    headerOnly: '{{file}}: plik ma wiersz nagłówka, ale nie ma wierszy danych',
    noHeader: '{{file}}: nie znaleziono wiersza nagłówka',
    binary: '{{file}}: to nie jest plik tekstowy (zawartość binarna)',
    nulBytes: '{{file}}: plik zawiera bajty NUL i nie jest poprawnym plikiem CSV',
    truncatedUtf16: '{{file}}: tekst UTF-16 jest ucięty (nieparzysta liczba bajtów)',
    badQuotes: '{{file}}: niezamknięty cudzysłów w pobliżu wiersza {{line}}',
    tooManyRows: '{{file}}: liczba wierszy ({{rows}}) przekracza limit {{limit}}',
    tooManyColumns: '{{file}}: arkusz {{sheet}} sięga kolumny {{columns}}, a limit to {{limit}}; nic nie odczytano',
    unpacksTooLarge: '{{file}}: rozpakowany skoroszyt jest większy niż limit {{limitMb}} MB (przekroczony w części „{{part}}”); nic nie odczytano — wyeksportuj go jako CSV albo tylko z kolumnami potrzebnymi do importu',
    oldXls: '{{file}}: stary format Excel (.xls) nie jest obsługiwany — zapisz go jako .xlsx lub CSV',
    unreadable: '{{file}}: nie udało się odczytać pliku — {{detail}}',
    notZip: '{{file}}: to nie jest skoroszyt Excel (.xlsx): plik nie jest archiwum zip',
    damagedXlsx: '{{file}}: skoroszyt Excel jest uszkodzony lub niekompletny i nie da się go otworzyć — zapisz go ponownie w Excelu',
    noWorksheets: '{{file}}: skoroszyt Excel nie ma żadnego arkusza',
    notFound: '{{file}}: nie ma takiego pliku',
    isFolder: '{{file}}: to jest folder, nie plik',
    noPermission: '{{file}}: brak uprawnień do odczytu pliku',
  },
  warning: {
    notUtf8: 'Plik nie jest w UTF-8; odczytano go jako Windows-1250 (środkowoeuropejskie)',
    seatsExceeded: 'Zakup {{document}} z {{date}} miałby więcej licencji CAL niż miejsc (licencje: {{count}}; miejsca: {{quantity}}): import zapisze je tak, jak podaje arkusz, a sprawdzenie zgodności zgłosi przekroczenie liczby licencji, dopóki nie zostaną dokupione lub zwolnione',
    enterpriseWithoutStandard: 'Osoba {{person}} miałaby licencję CAL Enterprise ({{product}}) bez licencji CAL Standard, do której CAL Enterprise jest dodatkiem: import zapisze ją tak, jak podaje arkusz, a sprawdzenie zgodności zgłosi to na każdy dzień, w którym byłaby tak przypisana',
    enterpriseWithoutStandardFrom:
      'Od {{from}} osoba {{person}} miałaby licencję CAL Enterprise ({{product}}) bez licencji CAL Standard, do której CAL Enterprise jest dodatkiem: import zapisze ją tak, jak podaje arkusz, a sprawdzenie zgodności zgłosi to na każdy dzień od tej daty, w którym byłaby tak przypisana',
    calTwice: 'Osoba {{person}} miałaby {{product}} więcej niż raz (licencje: {{count}}): import zapisze je tak, jak podaje arkusz, a sprawdzenie zgodności zgłosi to na każdy dzień, w którym byłyby przypisane jednocześnie',
    calTwiceUserAndDevice:
      'Osoba {{person}} miałaby jednocześnie CAL na użytkownika i CAL na urządzenie dla Exchange Server {{version}} {{tier}} ({{products}}; licencje: {{count}}), choć wystarczy jedna, bo CAL na użytkownika obejmuje swojego posiadacza na każdym urządzeniu: import zapisze je tak, jak podaje arkusz, a sprawdzenie zgodności zgłosi to na każdy dzień, w którym byłyby przypisane jednocześnie',
    badEmails_few: 'To nie są adresy e-mail, pominięto je w {{count}} wierszach (wiersze {{lines}}): {{examples}} — osoby odczytano po nazwisku i loginie; popraw adresy w rejestrze',
    badEmails_many: 'To nie są adresy e-mail, pominięto je w {{count}} wierszach (wiersze {{lines}}): {{examples}} — osoby odczytano po nazwisku i loginie; popraw adresy w rejestrze',
    badEmails_other: 'To nie są adresy e-mail, pominięto je w {{count}} wierszach (wiersze {{lines}}): {{examples}} — osoby odczytano po nazwisku i loginie; popraw adresy w rejestrze',
    badEmails_one: 'To nie jest adres e-mail, pominięto go w {{count}} wierszu (wiersz {{lines}}): {{examples}} — osobę odczytano po nazwisku i loginie; popraw adres w rejestrze',
    adBadAddresses_few:
      'Wartości UPN lub mail bez „@” w eksporcie AD pominięto w {{count}} wierszach (wiersze {{lines}}): {{examples}} — konta odczytano po loginie; sprawdź atrybuty userPrincipalName i mail w Active Directory',
    adBadAddresses_many:
      'Wartości UPN lub mail bez „@” w eksporcie AD pominięto w {{count}} wierszach (wiersze {{lines}}): {{examples}} — konta odczytano po loginie; sprawdź atrybuty userPrincipalName i mail w Active Directory',
    adBadAddresses_other:
      'Wartości UPN lub mail bez „@” w eksporcie AD pominięto w {{count}} wierszach (wiersze {{lines}}): {{examples}} — konta odczytano po loginie; sprawdź atrybuty userPrincipalName i mail w Active Directory',
    adBadAddresses_one:
      'Wartość UPN lub mail bez „@” w eksporcie AD pominięto w {{count}} wierszu (wiersz {{lines}}): {{examples}} — konto odczytano po loginie; sprawdź jego atrybuty userPrincipalName i mail w Active Directory',
    shortened_few:
      'Wartości dłuższe, niż przechowuje rejestr, skrócono w {{count}} wierszach (wiersze {{lines}}): uwagi do 4000 znaków, imiona, nazwiska, e-mail, login, dział, dostawcę i numery dokumentów do 200 — reszta tych komórek nie jest importowana; pełny tekst zostaje w pliku',
    shortened_many:
      'Wartości dłuższe, niż przechowuje rejestr, skrócono w {{count}} wierszach (wiersze {{lines}}): uwagi do 4000 znaków, imiona, nazwiska, e-mail, login, dział, dostawcę i numery dokumentów do 200 — reszta tych komórek nie jest importowana; pełny tekst zostaje w pliku',
    shortened_other:
      'Wartości dłuższe, niż przechowuje rejestr, skrócono w {{count}} wierszach (wiersze {{lines}}): uwagi do 4000 znaków, imiona, nazwiska, e-mail, login, dział, dostawcę i numery dokumentów do 200 — reszta tych komórek nie jest importowana; pełny tekst zostaje w pliku',
    shortened_one:
      'Wartości dłuższe, niż przechowuje rejestr, skrócono w {{count}} wierszu (wiersz {{lines}}): uwagi do 4000 znaków, imiona, nazwiska, e-mail, login, dział, dostawcę i numery dokumentów do 200 — reszta tych komórek nie jest importowana; pełny tekst zostaje w pliku',
    notJoined_few:
      'Kolumna {{column}} zawiera nazwę typu .NET zamiast wartości w {{count}} wierszach (wiersze {{lines}}): nie wiadomo, co zawiera — wyeksportuj ją połączoną przez -join \';\', jak w poleceniu na ekranie Import',
    notJoined_many:
      'Kolumna {{column}} zawiera nazwę typu .NET zamiast wartości w {{count}} wierszach (wiersze {{lines}}): nie wiadomo, co zawiera — wyeksportuj ją połączoną przez -join \';\', jak w poleceniu na ekranie Import',
    notJoined_other:
      'Kolumna {{column}} zawiera nazwę typu .NET zamiast wartości w {{count}} wierszach (wiersze {{lines}}): nie wiadomo, co zawiera — wyeksportuj ją połączoną przez -join \';\', jak w poleceniu na ekranie Import',
    notJoined_one:
      'Kolumna {{column}} zawiera nazwę typu .NET zamiast wartości w {{count}} wierszu (wiersz {{lines}}): nie wiadomo, co zawiera — wyeksportuj ją połączoną przez -join \';\', jak w poleceniu na ekranie Import',
    namesDamaged:
      'Nazwy z „?” zamiast liter: {{count}} (eksport ASCII, domyślny w Windows PowerShell 5.1): nazwy są uszkodzone; osoby dopasowano po adresie e-mail lub loginie, osoba znana tylko z imienia i nazwiska czeka na Twoją decyzję — wyeksportuj ponownie z -Encoding UTF8 i zaimportuj, aby poprawić nazwy',
    exactly1000:
      'Eksport skrzynek ma dokładnie 1000 wierszy: Get-Mailbox bez -ResultSize Unlimited zatrzymuje się na 1000 — lista jest zapewne niepełna',
    exactly1000Users:
      'Eksport Get-User ma dokładnie 1000 wierszy: Get-User bez -ResultSize Unlimited zatrzymuje się na 1000 — lista jest zapewne niepełna',
    missingColumns: 'Brak oczekiwanych kolumn: {{columns}} (nie wybrano ich w eksporcie albo Export-Csv wziął kolumny z pierwszego obiektu)',
    repeatedHeaders: 'Nazwa kolumny powtarza się: {{columns}} — odczytywana jest tylko pierwsza z nich; zmień nazwy pozostałych albo je usuń',
    emptySheet: 'Arkusz „{{sheet}}” jest pusty',
    unknownKind: 'Arkusza „{{sheet}}” nie rozpoznano jako żadnego znanego eksportu ani rejestru',
    unknownFile: 'Pliku „{{file}}” nie rozpoznano jako żadnego znanego eksportu ani rejestru',
    auditHistory:
      'Arkusz „{{sheet}}” to historia przypisań ze skoroszytu audytowego CAL Register, nie jest wczytywany: każde przypisanie występuje w nim ponownie jako zdarzenia (przypisanie, zwolnienie); przypisania są wczytywane z arkusza rejestru tego skoroszytu',
    auditReport: 'Arkusz „{{sheet}}” to raport ze skoroszytu audytowego CAL Register (podsumowanie, lista kontrolna lub ustalenia), nie jest wczytywany: aplikacja wylicza go z rejestru',
    needsMapping: 'Niedopasowane kolumny: {{columns}} — podaj mapowanie, np. „Imię=givenName”',
    unknownProduct: 'Nieznana wersja Exchange {{build}} na serwerze {{server}}',
    trialDaysUnknown:
      'Serwer {{server}} działa w wersji próbnej, ale eksport nie podaje, ile dni zostało (brak RemainingTrialPeriod albo nieczytelna wartość): wersja próbna znana już rejestrowi zostaje bez zmian, w innym razie aktywacja jest nieznana — wyeksportuj także RemainingTrialPeriod albo wpisz liczbę dni ręcznie',
    calUsageNoCount: 'Eksport użycia CAL nie ma kolumny Count; liczby są brane z eksportu użytkowników CAL, jeśli jest',
    unknownMappingField: 'Mapowanie „{{pair}}” wskazuje nieznane pole',
    mappingHeaderMissing: 'Mapowanie „{{pair}}” wskazuje kolumnę, której arkusz nie ma',
  },
  skip: {
    totalRow: 'wiersz sumy',
    overlong: 'więcej wartości niż kolumn w nagłówku: wartość zawierająca separator musi być w cudzysłowie',
    repeatedHeader: 'nagłówek kolejnego pliku (pliki połączone jeden za drugim)',
    noIdentity: 'brak imienia i nazwiska, e-maila lub loginu',
    notAnAddress: 'adres „{{value}}” nie jest adresem e-mail: wartości wiersza wyglądają na przesunięte (wartość zawierająca separator musi być w cudzysłowie)',
    noName: 'brak nazwy',
    noLicense: 'brak typu licencji',
    onlyUnreadColumns: 'wypełniono tylko {{columns}}, czego import nie wczytuje',
    furtherProofFile: 'kolejny plik dowodu zakupu partii powyżej, jak podaje go skoroszyt audytowy CAL Register: plików dowodów import nie wczytuje (dołącz je do partii w aplikacji)',
    auditEmptyLine: 'wiersz skoroszytu audytowego CAL Register mówiący, że arkusz nie ma wpisów',
    voidedLot: 'partia oznaczona w skoroszycie audytowym CAL Register jako unieważniona: unieważniona partia nie daje licencji CAL, więc nie jest importowana',
    unknownLicense: 'typ licencji „{{value}}” nie jest licencją CAL Exchange',
    versionMissing: 'typ licencji „{{value}}” nie podaje wersji Exchange ({{versions}}): wpisz go tak jak na fakturze, np. „{{example}}”',
    versionMissingNoInvoice: 'typ licencji „{{value}}” nie podaje wersji Exchange ({{versions}}): wpisz go tak jak na fakturze, np. „{{example}}”, albo podaj numer faktury',
    versionAndKindMissing:
      'typ licencji „{{value}}” nie podaje wersji Exchange ({{versions}}) ani nie mówi, czy to licencja CAL na użytkownika (User), czy na urządzenie (Device): wpisz go tak jak na fakturze, np. „{{user}}” lub „{{device}}”',
    versionAndKindMissingNoInvoice:
      'typ licencji „{{value}}” nie podaje wersji Exchange ({{versions}}) ani nie mówi, czy to licencja CAL na użytkownika (User), czy na urządzenie (Device): wpisz go tak jak na fakturze, np. „{{user}}” lub „{{device}}”, albo podaj numer faktury',
    licenseNotOnInvoice: 'na fakturze {{document}} nie ma partii „{{value}}”: sprawdź typ licencji lub numer faktury',
    licenseKindMissing: 'typ licencji „{{value}}” nie mówi, czy to licencja CAL na użytkownika (User), czy na urządzenie (Device): wpisz, która, np. „{{user}}” lub „{{device}}”',
    noPurchaseByDate: 'do dnia {{date}} nie kupiono żadnej licencji „{{license}}”: sprawdź datę w wierszu',
    badDate: 'data „{{value}}” nie jest datą (dd.MM.rrrr lub rrrr-MM-dd)',
    ambiguousDate: 'data „{{value}}” jest niejednoznaczna (dzień i miesiąc ≤ 12)',
    implausibleYear: 'data „{{value}}”: rok wygląda na literówkę (oczekiwano roku od {{first}} do {{last}})',
    badQuantity: 'ilość „{{value}}” nie jest liczbą całkowitą większą od 0',
    ambiguousQuantity: 'ilość „{{value}}” może oznaczać tysiąc albo liczbę z częścią dziesiętną: wpisz ją bez separatora, np. 1000',
    noQuantity: 'brak ilości',
    noDate: 'brak daty zakupu',
    coverageWithoutDate: 'okres licencji „{{value}}” nie podaje daty końca: wpisz dzień, w którym się kończy, np. „Software Assurance do 30.06.2027”, albo dodaj kolumnę z datami końca',
    noLicenseName: 'brak nazwy licencji',
    serverLicense: 'licencja serwera („{{value}}”), nie CAL: Exchange liczy w tym wierszu serwery, nie użytkowników',
    noUser: 'brak użytkownika',
    badCount: 'liczba „{{value}}” nie jest liczbą',
    noPurchase: 'żaden zakup nie pasuje do dokumentu „{{document}}” / licencji „{{license}}”',
    severalPurchases: 'tę licencję CAL mógł dać więcej niż jeden zakup „{{license}}” (zakupy: {{count}}), a wiersz nie podaje faktury: dopisz do wiersza numer faktury lub zamówienia (kolumna z numerem dokumentu)',
    releasedBeforeAssigned: 'zwolniona {{released}}, przed przypisaniem {{assigned}}: daty wyglądają na zamienione',
    personLeft: 'przypisana {{assigned}}, ale osoba odeszła {{left}}: licencji CAL nie przypisuje się komuś, kto odszedł (najpierw zapisz jej powrót)',
    overlapsReleased: 'rejestr zapisuje, że ta osoba miała licencję CAL z tej partii od {{from}} do {{to}}, a ten wiersz nakłada się na ten okres: jedna osoba ma naraz jedną licencję CAL z partii, więc wiersz nie jest importowany (popraw daty w arkuszu albo w aplikacji)',
    overlapsHeld: 'rejestr zapisuje, że ta osoba ma licencję CAL z tej partii od {{from}}, a ten wiersz nakłada się na ten okres: jedna osoba ma naraz jedną licencję CAL z partii, więc wiersz nie jest importowany (popraw daty w arkuszu albo w aplikacji)',
    repeatedPurchase:
      'ten sam zakup co {{where}} (dokument „{{document}}”, ten sam produkt): odczytany raz — jeśli faktura ma dwie pozycje tego produktu, wpisz ich sumę w jednym wierszu',
    purchaseDiffers: 'zakup „{{document}}” jest w rejestrze z liczbą licencji {{before}}, arkusz podaje {{after}}: rejestr nie zostaje zmieniony — popraw zakup, jeśli arkusz ma rację',
  },
} satisfies { [G in keyof typeof en]: PolishOf<(typeof en)[G]> };

export const importMessages = { en: { importFile: en }, pl: { importFile: pl } };

type Group = keyof typeof en;
/** A message's key: a counted text by its base (`…badEmails`), whose form its `count` picks. */
type MessageName<K> = K extends `${string}_one` ? never : K extends `${infer Base}_other` ? Base : K;
export type ImportMessageKey = { [G in Group]: `importFile.${G}.${MessageName<keyof (typeof en)[G] & string>}` }[Group];

/** The English text of `key`; a counted one (`_one` / `_other`) in the form its `count` takes, as i18next and the CLI's `uiText` pick it. */
function lookup(key: string, count: unknown): string {
  const [, group, name] = key.split('.');
  const table = (en as Record<string, Record<string, string>>)[group ?? ''];
  const plain = table?.[name ?? ''];
  if (plain !== undefined || typeof count !== 'number') return plain ?? key;
  return table?.[`${name}_${new Intl.PluralRules('en').select(count)}`] ?? table?.[`${name}_other`] ?? key;
}

/** Fills `{{name}}` placeholders (i18next syntax) of a template. */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => (name in params ? String(params[name]) : `{{${name}}}`));
}

/** The lines a warning names: the first ten, then "…" when there are more. */
export const lineList = (lines: readonly number[]): string => lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', …' : '');

/** A warning naming values left out of rows, with the lines (`lineList`) and the first three values; none when there are none. */
export function valuesLeftOutWarning(key: ImportMessageKey, leftOut: readonly { line: number; value: string }[]): ImportMessage[] {
  if (leftOut.length === 0) return [];
  const examples = leftOut.slice(0, 3).map((b) => `"${b.value}"`).join(', ');
  return [importMessage(key, { count: leftOut.length, lines: lineList(leftOut.map((b) => b.line)), examples })];
}

/** Builds an import message with its English text. */
export function importMessage(key: ImportMessageKey, params: Record<string, string | number> = {}): ImportMessage {
  return { key, params, message: fillTemplate(lookup(key, params.count), params) };
}

/**
 * A message's `product` (a catalog product the preview names) and `products` (a list of them) in the reader's language, as
 * `check` and the Purchases screen name them (`localizedLabel`); every other param as the import wrote it (a license as the
 * sheet typed it).
 */
export function withLocalizedProduct(params: ImportMessage['params'], format: ParamFormatters): ImportMessage['params'] {
  const out = typeof params.product === 'string' ? { ...params, product: localizedLabel(params.product, format) } : params;
  return typeof out.products === 'string' ? { ...out, products: localizedLabels(out.products, format) } : out;
}

/**
 * A directory fact or a person's or server's field as an import shows it changing: yes/no for a
 * boolean, a dash for nothing. `t` is the caller's translator (the app's i18next, the CLI's `uiText`).
 */
export function factValueText(t: (key: 'importScreen.values.none' | 'importScreen.values.yes' | 'importScreen.values.no') => string, value: string | boolean | null): string {
  if (value === null || value === '') return t('importScreen.values.none');
  if (typeof value === 'boolean') return t(value ? 'importScreen.values.yes' : 'importScreen.values.no');
  return value;
}
