/**
 * What the CLI says to a person, in English and Polish. `--lang pl` or a `LANG`/`LC_ALL` that
 * starts with `pl` chooses Polish; `--json` output stays language-neutral.
 */
import type { RegisterNotice } from '../../shared/contracts/register';
import { schemaHintPl } from '../../shared/domain/hints';
import { readFailure } from '../../shared/errors/read-failure';
import { localizedProductName } from '../../shared/licensing/product-names';
import { flattenCatalog, localeOf, uiCatalogs } from '../../shared/i18n';
import { en as uiEn } from '../../shared/i18n/en';
import { pl as uiPl } from '../../shared/i18n/pl';

export type CliLanguage = 'en' | 'pl';

const en = {
  helpInit: 'cal-register init <dir> --org "Name" [--tax-id NIP] [--json]',
  helpOrg: 'cal-register org <dir> [--name "Name"] [--tax-id NIP] [--address A] [--contact C] [--json]   (changes only what is given; without options shows the organization)',
  helpServerAdd:
    'cal-register server add <dir> --name EX01 --product "Exchange Server 2019" --edition Standard [--build 15.2.1544.4] [--activated | --trial-days N] [--key-tail XXXXX] [--json]',
  helpPurchaseAdd:
    'cal-register purchase add <dir> --product "Exchange Server 2019 Standard User CAL" --quantity 25 --date 2024-03-01 --document "FV/2024/03/17" [--vendor V] [--program retail|oem|volume|csp] [--coverage perpetual|sa|subscription --until YYYY-MM-DD] [--notes T] [--proof FILE] [--json]   (each document number once; an SE server needs CALs with active SA or a subscription)',
  helpPersonAdd: 'cal-register person add <dir> --given "Łukasz" --surname "Żółkiewski" --email l.zolkiewski@przyklad.pl [--login lzolkiewski] [--department D] [--external] [--feature dlp|retention|journaling|unified-messaging|archive|hold]... [--json]',
  helpPersonEdit: 'cal-register person edit <dir> <email|login|id> [--given G] [--surname S] [--email E] [--login L] [--department D] [--external|--internal] [--feature F]... [--no-features] [--notes T] [--json]   (changes only what is given; --feature lists the Enterprise features recorded by hand)',
  helpPersonLeave: 'cal-register person leave <dir> <email|login|id> --on YYYY-MM-DD [--keep-cals] [--json]   (releases their CALs with reason left unless --keep-cals)',
  helpPeople: 'cal-register people <dir> [--as-of YYYY-MM-DD] [--json]   (id, name, e-mail or login, status, CALs held; tab-separated, read-only)',
  helpPurchases: 'cal-register purchases <dir> [--as-of YYYY-MM-DD] [--json]   (id, document, product, quantity, date, seats; tab-separated, read-only)',
  helpServers: 'cal-register servers <dir> [--json]   (id, name, product, edition, build, verified on; tab-separated, read-only)',
  helpPersonReturn: 'cal-register person return <dir> <email|login|id> [--json]   (undoes person leave; released CALs stay released)',
  helpServerVerify: 'cal-register server verify <dir> <name|id> --by "Name" [--json]   (records that the server was checked now, and by whom)',
  helpPurchaseVoid: 'cal-register purchase void <dir> <document|id> --reason "Why" --yes [--json]   (a lot recorded in error: kept, marked, counted nowhere; cannot be undone, so --yes confirms it)',
  helpPurchaseEdit:
    'cal-register purchase edit <dir> <document|id> [--product P] [--quantity N] [--date YYYY-MM-DD] [--document D] [--vendor V] [--program retail|oem|volume|csp] [--coverage perpetual|sa|subscription] [--until YYYY-MM-DD] [--notes T] [--json]   (changes only what is given; --until alone moves the end of the coverage the lot has)',
  helpPurchaseProof: 'cal-register purchase proof <dir> <document|id> --proof FILE [--proof FILE]... [--json]   (attaches proof files to a lot already recorded)',
  helpPurchaseDetach:
    'cal-register purchase detach <dir> <document|id> <file name|SHA-256|id> --yes [--json]   (takes a proof file attached by mistake off a lot; the file stays in the register folder and the removal is recorded in the change history; --yes confirms it)',
  helpAssign: 'cal-register assign <dir> --person <email|login|id> --purchase <document|id> [--date YYYY-MM-DD] [--notes T] [--yes] [--json]   (--yes accepts warnings)',
  helpRelease:
    'cal-register release <dir> --person <email|login|id> [--purchase <document|id>] [--date YYYY-MM-DD] [--reason left|absence-cover|hardware-failure|role-change|other] [--notes T] [--json]',
  helpImport: 'cal-register import <dir> <file>... [--commit] [--json] [--map "Imię=givenName,…"] [--skip SHEET|FILE]...   preview unless --commit',
  helpCheck: 'cal-register check <dir> [--json] [--as-of YYYY-MM-DD]   exit 1 when a finding of severity error exists',
  helpExport: 'cal-register export <dir> --out FILE.xlsx [--lang en|pl] [--prepared-by "Name"] [--as-of YYYY-MM-DD] [--json]   (the workbook is in the CLI\'s language unless --lang says otherwise)',
  helpVerify: 'cal-register verify <dir> [--json]   proof hashes + audit chain (read-only)',
  helpBackups: "cal-register backups <dir> [--json]   list the register's backups, newest first (read-only)",
  helpRestore: 'cal-register restore <dir> --backup <id> [--json]   put a backup back; the current file, if any, is kept as a backup first',
  placeholderDir: '<dir>',
  placeholderPerson: '<email|login|id>',
  placeholderLot: '<document|id>',
  placeholderServer: '<name|id>',
  title: 'cal-register — the Exchange Server CAL register, from the command line',
  usage: 'Usage:',
  version: 'cal-register {{version}} (reads and writes registers up to schema {{schema}})',
  versionNote: 'cal-register --version shows the version, and the newest register schema it reads.',
  exitCodes: 'Exit codes: 0 done; 1 done with error findings or a failed verification; 2 bad usage or bad input (nothing written); 3 the register is open in another CAL Register (nothing written; run it again later).',
  languageNote: 'Messages follow LANG/LC_ALL (pl… gives Polish) or --lang en|pl.',
  takeOverNote: 'A register locked by a CAL Register that is no longer running (its computer crashed) opens with --take-over-lock; never use it while that program still runs.',
  unknownCommand: 'cal-register: unknown command "{{command}}". Run cal-register --help.',
  unexpectedFailure: 'unexpected failure',
  invalidValues: 'the values given are not valid, nothing was written — {{issues}}',
  wholeValue: '(the whole entry)',
  unexpectedArgument: 'unexpected argument "{{arg}}"; nothing was done (put a value that has spaces in quotes)',
  unknownOption: 'unknown option {{option}}; cal-register {{command}} --help lists the options',
  optionNeedsValue: '{{option}} needs a value',
  optionRepeated: '{{option}} is given more than once; give it once (nothing was done)',
  optionTakesNoValue: '{{option}} takes no value',
  badArguments: 'the arguments could not be read; cal-register {{command}} --help shows how to write them',
  notAFolder: '{{dir}} cannot be a register folder: that path, or a part of it, is a file; nothing was changed',
  folderMissing: 'the register folder is missing (it comes first after the command)',
  badDate: '{{flag}} must be a date YYYY-MM-DD, not "{{value}}"',
  noSuchDay: '{{flag}} {{value}}: there is no such day in the calendar',
  badYear: '{{flag}} {{value}}: the year looks mistyped; give a year from {{first}} to {{last}}',
  proofUnreadable: '--proof {{file}}: not a file that can be read; nothing was written',
  required: '{{flag}} is required',
  orgRequired: '--org "Organization name" is required',
  created: 'Created the register of {{name}} in {{dir}}',
  orgShown: 'Organization: {{name}}; NIP: {{taxId}}; address: {{address}}; contact: {{contact}}.',
  orgUpdated: 'Organization saved: {{name}}; NIP: {{taxId}}; address: {{address}}; contact: {{contact}}.',
  serverAdded: 'Added server {{name}} ({{product}} {{edition}}, {{state}}).',
  purchaseAdded: 'Added {{quantity}} × {{product}} ({{document}}).',
  enterpriseLeft: 'warning: {{who}} holds {{enterprise}}, an add-on that needs a Standard CAL, and from {{date}} holds it without one; release it too, or assign a Standard CAL from that day, or check reports enterprise-without-standard.',
  enterpriseLeftUntil:
    'warning: {{who}} holds {{enterprise}} until its release on {{until}}, an add-on that needs a Standard CAL, and from {{date}} holds it without one; assign a Standard CAL from that day, or check reports enterprise-without-standard.',
  releasedLeftNotRecorded: 'note: the register does not record that {{name}} left, so check still counts them as a user who needs a CAL; to record it: cal-register person leave {{dir}} {{key}} --on {{date}}',
  listed: 'Listed: {{count}}.',
  calFrom: ', planned from {{date}}',
  seatsLine: 'assigned {{used}}, free {{free}}',
  voidedLine: 'voided: {{reason}}',
  calsBeforePurchase: 'warning: CALs of purchase {{document}} were assigned before its date {{date}} (CALs: {{count}}); check reports assigned-before-purchase until the dates agree.',
  boughtAfterLine: 'bought {{date}}, after {{asOf}}: not counted on that date',
  personReturned: '{{name}} is no longer marked as left; CALs released when they left stay released (assign them again if needed).',
  serverVerified: 'Server {{name}} marked verified now by {{by}}.',
  serverNotFound: 'No server named or with id "{{key}}" is in the register.',
  purchaseVoided: 'Purchase {{document}} voided ({{reason}}); it is kept and counted nowhere.',
  proofsAlreadyAttached: 'Purchase {{document}} already had these proof files; nothing new was attached.',
  proofsAlreadyAttachedRepaired: 'Purchase {{document}} already had these proof files; nothing new was attached. Repaired in the register folder:',
  proofRepairedMissing: 'Proof {{name}}: its file was missing from the register folder; it was stored again from the file given.',
  proofRepairedAltered: 'Proof {{name}}: the file in the register folder was not the one attached (changed, or a link to another file); it was replaced with the file given.',
  proofRepairedUnreadable: 'Proof {{name}}: the file in the register folder could not be read; it was replaced with the file given.',
  proofShared: 'note: this file is also the proof of purchase {{others}}; it is kept once, as {{name}}, and counts as proof of each.',
  proofDetached: 'Removed {{name}} from purchase {{document}}; the file stays in the register folder ({{file}}), and attaching it again undoes this.',
  proofDetachedUnrecorded: 'Removed proof {{id}}, which has no record (its file is unknown), from purchase {{document}}.',
  proofDetachedStillOf: 'It stays the proof of purchase {{others}}.',
  proofDetachedLast: 'note: purchase {{document}} now has no proof of purchase; check reports purchase-without-proof until one is attached (cal-register purchase proof).',
  detachNeedsYes:
    'this removes {{name}} from purchase {{document}}: it will no longer be a proof of that lot (the file stays in the register folder, and attaching it again undoes it). Nothing was written; to remove it, run the same command again with --yes.',
  lotHasNoProof: 'purchase {{document}} has no proof attached; nothing was written',
  proofNotOnLot: 'purchase {{document}} has no proof file named, or with the SHA-256 or id, "{{key}}"; nothing was written. Its proofs: {{proofs}}',
  proofKeyAmbiguous: '"{{key}}" names {{count}} proofs of purchase {{document}}; name one by its SHA-256 or id: {{proofs}}',
  proofLine: '{{name}} (SHA-256 {{sha}}…, id {{id}})',
  proofLineUnrecorded: 'id {{id}} (no record)',
  proofsAttached_one: 'Attached {{count}} proof file to purchase {{document}}.',
  proofsAttached_other: 'Attached {{count}} proof files to purchase {{document}}.',
  purchaseAddedWithProofs_one: 'Added {{quantity}} × {{product}} ({{document}}) with {{count}} proof file.',
  purchaseAddedWithProofs_other: 'Added {{quantity}} × {{product}} ({{document}}) with {{count}} proof files.',
  noDocument: 'no document number',
  personAdded: 'Added {{name}} ({{id}}).',
  assigned: 'Assigned {{product}} ({{document}}) to {{name}} on {{date}}.',
  released: 'Released {{product}} from {{name}} on {{date}} ({{reason}}).',
  personLeft_one: '{{name}} left on {{date}}; {{count}} CAL released (reason left), its seat can be reassigned at once.',
  personLeft_other: '{{name}} left on {{date}}; {{count}} CALs released (reason left), their seats can be reassigned at once.',
  personLeftNoCals: '{{name}} left on {{date}}; they held no CAL.',
  personLeftKept_one: '{{name}} left on {{date}}; {{count}} CAL kept (check flags it until it is released).',
  personLeftKept_other: '{{name}} left on {{date}}; {{count}} CALs kept (check flags them until they are released).',
  position: '{{product}}: purchased {{purchased}}, assigned {{assigned}}, required {{required}}',
  shortfall: ', SHORTFALL {{count}}',
  surplus: ', surplus {{count}}',
  notReaching: ' ({{count}} do not cover the server in use)',
  checkSummary_one: '{{count}} finding (errors: {{errors}}) as of {{date}}.',
  checkSummary_other: '{{count}} findings (errors: {{errors}}) as of {{date}}.',
  checkNothingYet: 'Nothing to check yet: the register has no Exchange server in use and no mailbox export, so finding nothing does not mean the CALs are in order. First: cal-register server add, then cal-register import with the mailbox export.',
  checkNothingYetServers: 'Nothing to check yet: the register has no Exchange server in use on {{date}}, so finding nothing does not mean the CALs are in order. First: cal-register server add.',
  checkNothingYetInventory: 'Nothing to check yet: no mailbox export has been imported, so finding nothing does not mean the CALs are in order. First: cal-register import with the mailbox export.',
  mailboxesAfterAsOf:
    'note: the mailboxes are those of the export of {{date}}, later than {{asOf}}; a mailbox created or removed in between is judged as that export shows it.',
  exportWrote: 'Wrote {{path}}: {{sheets}} ({{rows}} rows).',
  importSheet: '{{file}}: {{kind}}, rows read: {{read}}, skipped: {{skipped}}',
  importMissingColumns: ', missing columns: {{columns}}',
  importWarning: 'warning: {{text}}',
  importAmbiguous: 'ambiguous, skipped: {{incoming}} matches {{candidates}} by name only; choose the person in the app’s Import, or give the right person this e-mail or login in the register and import again.',
  importUnresolved: 'not imported: {{where}}: {{reason}}',
  importMissing: 'no longer in the directory: {{person}}; the import marks them as not seen in the latest export, deletes nothing and leaves their CALs assigned (release them if they left)',
  importMissingMore: '… {{count}} more no longer in the directory (--json lists them all)',
  importNewPerson: 'new person: {{person}}',
  importNewPeopleMore: '… {{count}} more new people (--json lists them all)',
  importUpdated: 'updated: {{person}}: {{changes}}',
  importUpdatedMore: '… {{count}} more people updated (--json lists them all)',
  importSkipped: 'skipped: {{where}}: {{reason}}',
  importSkippedMore: '… {{count}} more skipped rows in {{file}} (--json lists them all)',
  importUnusedColumns: 'not read: {{file}}: columns {{columns}} hold values that no field takes; if they matter, map them with --map "Header=field"',
  importColumnNoHeader: '{{letter}} (no header: give it one in the sheet to map it)',
  importDateAssumed: 'no date: {{where}}: {{person}} — the sheet gives no assignment date; {{date}} (the purchase date, or today) is recorded in its place, check it',
  importDateAssumedMore: '… {{count}} more assignments without a date (--json lists them all)',
  notice: 'notice: {{text}}',
  importWould:
    'Would import: new people: {{newPeople}}, updated: {{updated}}, no longer in the directory: {{missing}}, ambiguous: {{ambiguous}}, servers: {{servers}}, purchases: {{purchases}}, assignments: {{assignments}}, to release: {{released}}.',
  importDone:
    'Imported: new people: {{newPeople}}, updated: {{updated}}, no longer in the directory: {{missing}}, ambiguous: {{ambiguous}} (skipped if any), servers: {{servers}}, purchases: {{purchases}}, assignments: {{assignments}}, released: {{released}}.',
  importNothingWritten: 'Nothing was written; add --commit to apply.',
  verifyFailed: 'Verification failed: {{problem}}.',
  chainIntact: 'Audit trail: events: {{count}}, chain intact (head {{head}}…).',
  chainBroken: 'Audit trail: BROKEN at event {{at}} of {{count}} ({{reason}}).',
  proofBad: 'Proof {{name}}: {{status}}.',
  proofUnrecorded: 'Proof {{id}} of purchase {{purchases}}: missing from the register (the lot names it, but no proof record has this id).',
  proofsIntact: 'Proof files: {{ok}} of {{count}} intact.',
  noBackups: '{{dir}} has no backups.',
  movedAside: 'Files moved aside (kept): {{files}}',
  restoreHint: 'Restore one with: cal-register restore {{dir}} --backup <id>',
  remainsHint: 'List them with: cal-register backups {{dir}}; restore one with: cal-register restore {{dir}} --backup <id>',
  restored: 'Restored {{id}} as register.json of {{name}}; the previous file was kept as a backup.',
  restoredNoPrevious: 'Restored {{id}} as register.json of {{name}}; there was no previous file to keep.',
  backupNotFound: '"{{id}}" is not a backup of this register; list them with: cal-register backups {{dir}}',
  backupUnreadable: 'backup {{id}} is not a readable register; nothing was changed',
  lockedHint: 'Close CAL Register where the register is open, then run the command again; if that computer crashed, run it again with --take-over-lock.',
  lockedHereHint:
    'That process still runs on this computer, so --take-over-lock does not take the lock over: close CAL Register there and run the command again. If no CAL Register runs (the process number now belongs to another program), restart the computer, or delete register.lock in the register folder once you are sure.',
  tooNewHint: 'Update CAL Register to the version that wrote this register.',
  backupsHint: 'Backups: {{count}}, newest {{newest}}. List them with: cal-register backups {{dir}}; restore with: cal-register restore {{dir}} --backup <id>',
  folderUnusableHint: 'Check that you may read and write the folder (its permissions, a write-protected stick, a full disk); the register itself is unchanged. check, export, verify and people only read it.',
  dirMissing: '{{dir}} does not exist',
  backupRequired: '--backup <id> is required (list them with cal-register backups <dir>)',
  outRequired: '--out FILE.xlsx is required',
  outNotXlsx: '--out must name an .xlsx file',
  outFolderMissing: '--out: the folder {{folder}} does not exist (or is not a folder); nothing was written',
  badOption: '--{{flag}}: {{problem}}',
  filesRequired: 'name at least one file to import',
  mapUnknown: '--map names unknown fields: {{fields}}',
  mapMalformed: '--map takes Header=field pairs separated by commas; not one: {{pairs}}',
  unmatchedColumns: 'columns could not be matched with confidence — {{list}}. Supply them with --map "Header=field,…"',
  noSheetRecognised:
    'no sheet was recognised as an export or a register: {{files}}. The exports read are those of Get-Mailbox, Get-User, Get-ADUser, Get-ExchangeServer and Get-ExchangeServerAccessLicenseUser (the Import screen gives the commands). Name the columns of a hand-kept sheet with --map "Header=field,…"; register fields: {{register}}; purchase fields: {{purchases}}',
  unmatchedSkipHint: ', or leave such a sheet out: {{skip}}',
  importLeftOut: 'left out (--skip): {{name}}',
  skipUnknown: '--skip names no sheet or file given: {{names}}',
  skipAll: '--skip leaves out every sheet given ({{names}}); nothing to import',
  productChoice: '--product must be one of: {{choices}}',
  editionChoice: '--edition must be Standard or Enterprise',
  activatedOrTrial: 'use either --activated or --trial-days, not both',
  trialDays: '--trial-days must be a whole number of days (0–365)',
  notACal: '"{{text}}" is not an Exchange Server CAL of the catalog; name the CAL with its version: {{products}}',
  calKindMissing: '"{{text}}" does not say whether it is a User or a Device CAL; name one of: {{products}}',
  programChoice: '--program must be one of: {{choices}}',
  featureChoice: '--feature must be one of: {{choices}}',
  externalAndInternal: '--external and --internal contradict each other; give one',
  personEdited: 'Saved {{name}}.',
  purchaseEdited: 'Saved purchase {{document}}.',
  nothingToChange: 'nothing to change: give at least one of the options to change; nothing was written',
  purchaseVoidedNoEdit: 'purchase {{document}} is voided and cannot be edited; nothing was written (record the lot again with purchase add)',
  voidNeedsYes: 'voiding purchase {{document}} ({{quantity}} × {{product}}) cannot be undone: it stays in the register, counted nowhere, and its CALs cannot be assigned. Nothing was written; to void it, run the same command again with --yes.',
  featuresAndNoFeatures: '--feature and --no-features contradict each other; give one',
  langChoice: 'cal-register: --lang must be en or pl; nothing was done',
  coverageChoice: '--coverage must be perpetual, sa (Software Assurance) or subscription',
  seWithoutCoverage:
    'Warning: Exchange Server SE CALs come only with Software Assurance or as a subscription, and reach an SE server only while it is active. Recorded as perpetual, this lot covers nobody on an SE server: record its coverage (the Purchases screen, or cal-register purchase edit <dir> <document> --coverage sa|subscription --until YYYY-MM-DD).',
  untilWithoutCoverage: '--until is the end of Software Assurance or of a subscription: give --coverage sa or --coverage subscription with it',
  quantity: '--quantity must be a whole number of CALs, from 1 to 1000000',
  reasonChoice: '--reason must be one of: {{choices}}',
  severalCals: '{{who}} holds {{count}} CALs; name one with --purchase',
  documentTaken: 'a purchase with document number "{{document}}" is already in the register; nothing was written (a document number names one purchase)',
  purchaseAmbiguous: 'document number "{{key}}" belongs to {{count}} purchases; name one by its id: {{ids}}',
  acceptWarnings: 'To record it anyway, run the same command again with --yes.',
  unmatchedHeaders: 'headers: {{headers}}',
  verifyUnreadable: 'register.json cannot be read',
  verifyNotRegister: 'register.json does not have the shape of a register',
  verifyTooNew: 'register.json was written by a newer CAL Register (schema {{version}}; this version reads up to {{supported}}): update CAL Register to verify it',
  chainSequence: 'an event is out of sequence',
  chainLink: 'an event does not follow from the one before',
  chainContent: 'an event was changed after it was written',
  noRegisterFile: '{{dir}} holds no register (register.json)',
} as const;

/** Every English key (a language may add plural forms English does not use, e.g. Polish _few/_many). */
type Messages = { [K in keyof typeof en]: string } & Record<string, string>;

const pl: Messages = {
  helpInit: 'cal-register init <folder> --org "Nazwa" [--tax-id NIP] [--json]',
  helpOrg: 'cal-register org <folder> [--name "Nazwa"] [--tax-id NIP] [--address A] [--contact K] [--json]   (zmienia tylko podane pola; bez opcji pokazuje organizację)',
  helpServerAdd:
    'cal-register server add <folder> --name EX01 --product "Exchange Server 2019" --edition Standard [--build 15.2.1544.4] [--activated | --trial-days N] [--key-tail XXXXX] [--json]',
  helpPurchaseAdd:
    'cal-register purchase add <folder> --product "Exchange Server 2019 Standard User CAL" --quantity 25 --date 2024-03-01 --document "FV/2024/03/17" [--vendor D] [--program retail|oem|volume|csp] [--coverage perpetual|sa|subscription --until RRRR-MM-DD] [--notes T] [--proof PLIK] [--json]   (każdy numer dokumentu tylko raz; serwer SE wymaga licencji CAL z aktywnym SA lub subskrypcją)',
  helpPersonAdd: 'cal-register person add <folder> --given "Łukasz" --surname "Żółkiewski" --email l.zolkiewski@przyklad.pl [--login lzolkiewski] [--department D] [--external] [--feature dlp|retention|journaling|unified-messaging|archive|hold]... [--json]',
  helpPersonEdit: 'cal-register person edit <folder> <e-mail|login|identyfikator> [--given I] [--surname N] [--email E] [--login L] [--department D] [--external|--internal] [--feature F]... [--no-features] [--notes T] [--json]   (zmienia tylko podane pola; --feature wymienia funkcje Enterprise zaznaczane ręcznie)',
  helpPersonLeave: 'cal-register person leave <folder> <e-mail|login|identyfikator> --on RRRR-MM-DD [--keep-cals] [--json]   (zwalnia licencje CAL osoby z powodem „odejście”, chyba że podano --keep-cals)',
  helpPeople: 'cal-register people <folder> [--as-of RRRR-MM-DD] [--json]   (id, imię i nazwisko, e-mail lub login, stan, licencje CAL; kolumny rozdzielone tabulatorem, tylko odczyt)',
  helpPurchases: 'cal-register purchases <folder> [--as-of RRRR-MM-DD] [--json]   (id, dokument, produkt, ilość, data, miejsca; kolumny rozdzielone tabulatorem, tylko odczyt)',
  helpServers: 'cal-register servers <folder> [--json]   (id, nazwa, produkt, wersja, kompilacja, data weryfikacji; kolumny rozdzielone tabulatorem, tylko odczyt)',
  helpPersonReturn: 'cal-register person return <folder> <e-mail|login|identyfikator> [--json]   (cofa person leave; zwolnione licencje CAL pozostają zwolnione)',
  helpServerVerify: 'cal-register server verify <folder> <nazwa|identyfikator> --by "Imię i nazwisko" [--json]   (zapisuje, że serwer sprawdzono teraz, i przez kogo)',
  helpPurchaseVoid: 'cal-register purchase void <folder> <numer dokumentu|identyfikator> --reason "Powód" --yes [--json]   (partia wpisana omyłkowo: zachowana, oznaczona, nigdzie nieliczona; tego nie można cofnąć, więc --yes to potwierdza)',
  helpPurchaseEdit:
    'cal-register purchase edit <folder> <numer dokumentu|identyfikator> [--product P] [--quantity N] [--date RRRR-MM-DD] [--document D] [--vendor D] [--program retail|oem|volume|csp] [--coverage perpetual|sa|subscription] [--until RRRR-MM-DD] [--notes T] [--json]   (zmienia tylko podane pola; samo --until przesuwa koniec okresu, który zakup już ma)',
  helpPurchaseProof: 'cal-register purchase proof <folder> <numer dokumentu|identyfikator> --proof PLIK [--proof PLIK]... [--json]   (dołącza pliki dowodu zakupu do zapisanej już partii)',
  helpPurchaseDetach:
    'cal-register purchase detach <folder> <numer dokumentu|identyfikator> <nazwa pliku|SHA-256|identyfikator> --yes [--json]   (odłącza od partii plik dowodu zakupu dołączony omyłkowo; plik zostaje w folderze rejestru, a usunięcie jest zapisane w historii zmian; --yes je potwierdza)',
  helpAssign: 'cal-register assign <folder> --person <e-mail|login|identyfikator> --purchase <numer dokumentu|identyfikator> [--date RRRR-MM-DD] [--notes T] [--yes] [--json]   (--yes akceptuje ostrzeżenia)',
  helpRelease:
    'cal-register release <folder> --person <e-mail|login|identyfikator> [--purchase <numer dokumentu|identyfikator>] [--date RRRR-MM-DD] [--reason left|absence-cover|hardware-failure|role-change|other] [--notes T] [--json]',
  helpImport: 'cal-register import <folder> <plik>... [--commit] [--json] [--map "Imię=givenName,…"] [--skip ARKUSZ|PLIK]...   tylko podgląd, chyba że podano --commit',
  helpCheck: 'cal-register check <folder> [--json] [--as-of RRRR-MM-DD]   kod wyjścia 1, gdy jest ustalenie o wadze błąd',
  helpExport: 'cal-register export <folder> --out PLIK.xlsx [--lang en|pl] [--prepared-by "Imię i nazwisko"] [--as-of RRRR-MM-DD] [--json]   (skoroszyt jest w języku CLI, chyba że --lang wskazuje inny)',
  helpVerify: 'cal-register verify <folder> [--json]   skróty plików dowodów zakupu + łańcuch dziennika zmian (tylko odczyt)',
  helpBackups: 'cal-register backups <folder> [--json]   kopie zapasowe rejestru, od najnowszej (tylko odczyt)',
  helpRestore: 'cal-register restore <folder> --backup <identyfikator> [--json]   przywraca kopię zapasową; bieżący plik, jeśli jest, najpierw zachowuje jako kopię zapasową',
  placeholderDir: '<folder>',
  placeholderPerson: '<e-mail|login|identyfikator>',
  placeholderLot: '<numer dokumentu|identyfikator>',
  placeholderServer: '<nazwa|identyfikator>',
  title: 'cal-register — rejestr licencji dostępowych (CAL) Exchange Server z wiersza poleceń',
  usage: 'Użycie:',
  version: 'cal-register {{version}} (odczytuje i zapisuje rejestry do schematu {{schema}})',
  versionNote: 'cal-register --version podaje wersję i najnowszy schemat rejestru, który odczytuje.',
  exitCodes: 'Kody wyjścia: 0 gotowe; 1 gotowe, ale są ustalenia o wadze błąd lub weryfikacja się nie powiodła; 2 złe użycie lub złe dane (nic nie zapisano); 3 rejestr jest otwarty w innym CAL Register (nic nie zapisano; uruchom polecenie później).',
  languageNote: 'Komunikaty zależą od LANG/LC_ALL (pl… daje polski) lub --lang en|pl.',
  takeOverNote: 'Rejestr zablokowany przez CAL Register, który już nie działa (jego komputer uległ awarii), otwiera się z --take-over-lock; nigdy nie używaj tej opcji, gdy tamten program nadal działa.',
  unknownCommand: 'cal-register: nieznane polecenie „{{command}}”. Uruchom cal-register --help.',
  unexpectedFailure: 'nieoczekiwany błąd',
  invalidValues: 'podane wartości są nieprawidłowe, nic nie zapisano — {{issues}}',
  wholeValue: '(cały wpis)',
  unexpectedArgument: 'nieoczekiwany argument „{{arg}}”; nic nie zrobiono (wartość ze spacjami ujmij w cudzysłów)',
  unknownOption: 'nieznana opcja {{option}}; cal-register {{command}} --help wymienia opcje',
  optionNeedsValue: '{{option}} wymaga wartości',
  optionRepeated: '{{option}} podano więcej niż raz; podaj tę opcję raz (nic nie zrobiono)',
  optionTakesNoValue: '{{option}} nie przyjmuje wartości',
  badArguments: 'nie udało się odczytać argumentów; cal-register {{command}} --help pokazuje, jak je zapisać',
  notAFolder: '{{dir}} nie może być folderem rejestru: ta ścieżka lub jej część jest plikiem; niczego nie zmieniono',
  folderMissing: 'brak folderu rejestru (podaje się go zaraz po poleceniu)',
  badDate: '{{flag}} musi być datą RRRR-MM-DD, a nie „{{value}}”',
  noSuchDay: '{{flag}} {{value}}: taki dzień nie istnieje w kalendarzu',
  badYear: '{{flag}} {{value}}: rok wygląda na literówkę; podaj rok od {{first}} do {{last}}',
  proofUnreadable: '--proof {{file}}: to nie jest plik, który da się odczytać; nic nie zapisano',
  required: '{{flag}} jest wymagane',
  orgRequired: 'wymagane jest --org "Nazwa organizacji"',
  created: 'Utworzono rejestr licencji {{name}} w {{dir}}',
  orgShown: 'Organizacja: {{name}}; NIP: {{taxId}}; adres: {{address}}; kontakt: {{contact}}.',
  orgUpdated: 'Zapisano organizację: {{name}}; NIP: {{taxId}}; adres: {{address}}; kontakt: {{contact}}.',
  serverAdded: 'Dodano serwer {{name}} ({{product}} {{edition}}, {{state}}).',
  purchaseAdded: 'Dodano {{quantity}} × {{product}} ({{document}}).',
  enterpriseLeft:
    'ostrzeżenie: {{who}} ma licencję {{enterprise}}, dodatek wymagający licencji Standard CAL, a od {{date}} nie ma pod nią licencji Standard CAL; zwolnij również ją albo przypisz licencję Standard CAL od tego dnia, w przeciwnym razie check zgłosi enterprise-without-standard.',
  enterpriseLeftUntil:
    'ostrzeżenie: {{who}} ma licencję {{enterprise}} do jej zwolnienia {{until}}, dodatek wymagający licencji Standard CAL, a od {{date}} nie ma pod nią licencji Standard CAL; przypisz licencję Standard CAL od tego dnia, w przeciwnym razie check zgłosi enterprise-without-standard.',
  releasedLeftNotRecorded: 'uwaga: rejestr nie zapisuje, że {{name}} odszedł(-a), więc check nadal liczy tę osobę jako użytkownika, który potrzebuje licencji CAL; aby to zapisać: cal-register person leave {{dir}} {{key}} --on {{date}}',
  listed: 'Wymieniono: {{count}}.',
  calFrom: ', planowana od {{date}}',
  seatsLine: 'przypisane {{used}}, wolne {{free}}',
  voidedLine: 'unieważniony: {{reason}}',
  calsBeforePurchase: 'ostrzeżenie: licencje CAL z zakupu {{document}} przypisano przed jego datą {{date}} (licencje: {{count}}); check zgłasza assigned-before-purchase, dopóki daty się nie zgadzają.',
  boughtAfterLine: 'kupiony {{date}}, po dniu {{asOf}}: na ten dzień nie jest liczony',
  personReturned: '{{name}}: usunięto oznaczenie odejścia; licencje CAL zwolnione przy odejściu pozostają zwolnione (w razie potrzeby przypisz je ponownie).',
  serverVerified: 'Serwer {{name}} oznaczono jako zweryfikowany teraz przez: {{by}}.',
  serverNotFound: 'W rejestrze nie ma serwera o nazwie lub identyfikatorze „{{key}}”.',
  purchaseVoided: 'Unieważniono zakup {{document}} ({{reason}}); pozostaje w rejestrze i nie jest nigdzie liczony.',
  proofsAlreadyAttached: 'Zakup {{document}} miał już te pliki dowodu zakupu; niczego nowego nie dołączono.',
  proofsAlreadyAttachedRepaired: 'Zakup {{document}} miał już te pliki dowodu zakupu; niczego nowego nie dołączono. Naprawiono w folderze rejestru:',
  proofRepairedMissing: 'Dowód zakupu {{name}}: jego pliku brakowało w folderze rejestru; zapisano go ponownie z podanego pliku.',
  proofRepairedAltered: 'Dowód zakupu {{name}}: plik w folderze rejestru nie był tym dołączonym (zmieniony albo dowiązanie do innego pliku); zastąpiono go podanym plikiem.',
  proofRepairedUnreadable: 'Dowód zakupu {{name}}: pliku w folderze rejestru nie dało się odczytać; zastąpiono go podanym plikiem.',
  proofShared: 'uwaga: ten plik jest też dowodem zakupu {{others}}; jest przechowywany raz, jako {{name}}, i jest dowodem każdego z nich.',
  proofDetached: 'Usunięto {{name}} z zakupu {{document}}; plik pozostaje w folderze rejestru ({{file}}), a ponowne dołączenie go cofa tę zmianę.',
  proofDetachedUnrecorded: 'Usunięto z zakupu {{document}} dowód zakupu {{id}}, który nie ma wpisu w rejestrze (jego plik jest nieznany).',
  proofDetachedStillOf: 'Pozostaje dowodem zakupu {{others}}.',
  proofDetachedLast: 'uwaga: zakup {{document}} nie ma teraz dowodu zakupu; check zgłasza purchase-without-proof, dopóki żaden nie zostanie dołączony (cal-register purchase proof).',
  detachNeedsYes:
    'to polecenie usuwa {{name}} z zakupu {{document}}: plik nie będzie już dowodem tej partii (zostaje w folderze rejestru, a ponowne dołączenie go cofa tę zmianę). Nic nie zapisano; aby go usunąć, uruchom to samo polecenie ponownie z --yes.',
  lotHasNoProof: 'zakup {{document}} nie ma dołączonego dowodu zakupu; nic nie zapisano',
  proofNotOnLot: 'zakup {{document}} nie ma pliku dowodu zakupu o nazwie, sumie SHA-256 ani id „{{key}}”; nic nie zapisano. Jego dowody: {{proofs}}',
  proofKeyAmbiguous: '„{{key}}” wskazuje kilka dowodów zakupu {{document}} ({{count}}); wskaż jeden przez jego SHA-256 lub id: {{proofs}}',
  proofLine: '{{name}} (SHA-256 {{sha}}…, id {{id}})',
  proofLineUnrecorded: 'id {{id}} (bez wpisu w rejestrze)',
  proofsAttached_one: 'Dołączono {{count}} plik dowodu zakupu do zakupu {{document}}.',
  proofsAttached_few: 'Dołączono {{count}} pliki dowodu zakupu do zakupu {{document}}.',
  proofsAttached_many: 'Dołączono {{count}} plików dowodu zakupu do zakupu {{document}}.',
  proofsAttached_other: 'Dołączono {{count}} pliku dowodu zakupu do zakupu {{document}}.',
  purchaseAddedWithProofs_one: 'Dodano {{quantity}} × {{product}} ({{document}}) z {{count}} plikiem dowodu zakupu.',
  purchaseAddedWithProofs_few: 'Dodano {{quantity}} × {{product}} ({{document}}) z {{count}} plikami dowodu zakupu.',
  purchaseAddedWithProofs_many: 'Dodano {{quantity}} × {{product}} ({{document}}) z {{count}} plikami dowodu zakupu.',
  purchaseAddedWithProofs_other: 'Dodano {{quantity}} × {{product}} ({{document}}) z {{count}} pliku dowodu zakupu.',
  noDocument: 'bez numeru dokumentu',
  personAdded: 'Dodano {{name}} ({{id}}).',
  assigned: 'Przypisano {{product}} ({{document}}) osobie {{name}} z datą {{date}}.',
  released: 'Zwolniono {{product}} (osoba: {{name}}) z datą {{date}} ({{reason}}).',
  personLeftNoCals: '{{name}}: odejście {{date}}; osoba nie miała licencji CAL.',
  personLeft_one: '{{name}}: odejście {{date}}; zwolniono {{count}} licencję CAL (powód: odejście), miejsce można od razu przypisać ponownie.',
  personLeft_few: '{{name}}: odejście {{date}}; zwolniono {{count}} licencje CAL (powód: odejście), miejsca można od razu przypisać ponownie.',
  personLeft_many: '{{name}}: odejście {{date}}; zwolniono {{count}} licencji CAL (powód: odejście), miejsca można od razu przypisać ponownie.',
  personLeft_other: '{{name}}: odejście {{date}}; zwolniono {{count}} licencji CAL (powód: odejście), miejsca można od razu przypisać ponownie.',
  personLeftKept_one: '{{name}}: odejście {{date}}; pozostawiono {{count}} licencję CAL (check zgłasza ją, dopóki nie zostanie zwolniona).',
  personLeftKept_few: '{{name}}: odejście {{date}}; pozostawiono {{count}} licencje CAL (check zgłasza je, dopóki nie zostaną zwolnione).',
  personLeftKept_many: '{{name}}: odejście {{date}}; pozostawiono {{count}} licencji CAL (check zgłasza je, dopóki nie zostaną zwolnione).',
  personLeftKept_other: '{{name}}: odejście {{date}}; pozostawiono {{count}} licencji CAL (check zgłasza je, dopóki nie zostaną zwolnione).',
  position: '{{product}}: kupiono {{purchased}}, przypisano {{assigned}}, wymagane {{required}}',
  shortfall: ', NIEDOBÓR {{count}}',
  surplus: ', nadwyżka {{count}}',
  notReaching: ' (w tym {{count}} nieobejmujących używanego serwera)',
  checkSummary_one: '{{count}} ustalenie (błędy: {{errors}}) na dzień {{date}}.',
  checkSummary_few: '{{count}} ustalenia (błędy: {{errors}}) na dzień {{date}}.',
  checkSummary_many: '{{count}} ustaleń (błędy: {{errors}}) na dzień {{date}}.',
  checkSummary_other: '{{count}} ustalenia (błędy: {{errors}}) na dzień {{date}}.',
  checkNothingYet: 'Nie ma jeszcze czego sprawdzać: w rejestrze nie ma używanego serwera Exchange ani eksportu skrzynek pocztowych, więc brak ustaleń nie oznacza, że licencje CAL są w porządku. Najpierw: cal-register server add, potem cal-register import z eksportem skrzynek.',
  checkNothingYetServers: 'Nie ma jeszcze czego sprawdzać: w rejestrze nie ma serwera Exchange używanego na dzień {{date}}, więc brak ustaleń nie oznacza, że licencje CAL są w porządku. Najpierw: cal-register server add.',
  checkNothingYetInventory: 'Nie ma jeszcze czego sprawdzać: nie zaimportowano eksportu skrzynek pocztowych, więc brak ustaleń nie oznacza, że licencje CAL są w porządku. Najpierw: cal-register import z eksportem skrzynek.',
  mailboxesAfterAsOf:
    'uwaga: skrzynki pochodzą z eksportu z {{date}}, późniejszego niż {{asOf}}; skrzynka utworzona lub usunięta w tym czasie jest oceniana tak, jak pokazuje ją ten eksport.',
  exportWrote: 'Zapisano {{path}}: {{sheets}} (wiersze: {{rows}}).',
  importSheet: '{{file}}: {{kind}}, odczytane wiersze: {{read}}, pominięte: {{skipped}}',
  importMissingColumns: ', brakujące kolumny: {{columns}}',
  importWarning: 'ostrzeżenie: {{text}}',
  importAmbiguous: 'niejednoznaczne, pominięte: {{incoming}} pasuje tylko po imieniu i nazwisku do: {{candidates}}; wybierz osobę w imporcie w aplikacji albo dopisz właściwej osobie w rejestrze ten e-mail lub login i zaimportuj ponownie.',
  importUnresolved: 'nie zaimportowano: {{where}}: {{reason}}',
  importMissing: 'nie ma już w katalogu: {{person}}; import oznaczy tę osobę jako niewidzianą w najnowszym eksporcie, niczego nie usunie, a jej licencje CAL pozostaną przypisane (zwolnij je, jeśli osoba odeszła)',
  importMissingMore: '… jeszcze osoby, których nie ma już w katalogu: {{count}} (--json wymienia wszystkie)',
  importNewPerson: 'nowa osoba: {{person}}',
  importNewPeopleMore: '… jeszcze nowe osoby: {{count}} (--json wymienia wszystkie)',
  importUpdated: 'zmiana: {{person}}: {{changes}}',
  importUpdatedMore: '… jeszcze zmienione osoby: {{count}} (--json wymienia wszystkie)',
  importSkipped: 'pominięto: {{where}}: {{reason}}',
  importSkippedMore: '… pominięte wiersze w {{file}}, jeszcze: {{count}} (--json wymienia wszystkie)',
  importUnusedColumns: 'nie wczytano: {{file}}: kolumny {{columns}} zawierają wartości, których nie przyjmuje żadne pole; jeśli są ważne, przypisz je przez --map "Nagłówek=pole"',
  importColumnNoHeader: '{{letter}} (bez nagłówka: nadaj mu nagłówek w arkuszu, aby go przypisać)',
  importDateAssumed: 'bez daty: {{where}}: {{person}} — arkusz nie podaje daty przypisania; zapisana zostanie data {{date}} (data zakupu albo dzisiejsza), sprawdź ją',
  importDateAssumedMore: '… jeszcze przypisania bez daty: {{count}} (--json wymienia wszystkie)',
  notice: 'komunikat: {{text}}',
  importWould:
    'Do zaimportowania: nowe osoby: {{newPeople}}, zaktualizowane: {{updated}}, nieobecne już w katalogu: {{missing}}, niejednoznaczne: {{ambiguous}}, serwery: {{servers}}, zakupy: {{purchases}}, przypisania: {{assignments}}, do zwolnienia: {{released}}.',
  importDone:
    'Zaimportowano: nowe osoby: {{newPeople}}, zaktualizowane: {{updated}}, nieobecne już w katalogu: {{missing}}, niejednoznaczne: {{ambiguous}} (pominięte, jeśli są), serwery: {{servers}}, zakupy: {{purchases}}, przypisania: {{assignments}}, zwolnione: {{released}}.',
  importNothingWritten: 'Nic nie zapisano; dodaj --commit, aby zastosować zmiany.',
  verifyFailed: 'Weryfikacja nie powiodła się: {{problem}}.',
  chainIntact: 'Dziennik zmian: zdarzenia: {{count}}, łańcuch nienaruszony (skrót ostatniego zdarzenia {{head}}…).',
  chainBroken: 'Dziennik zmian: PRZERWANY przy zdarzeniu {{at}} z {{count}} ({{reason}}).',
  proofBad: 'Dowód zakupu {{name}}: {{status}}.',
  proofUnrecorded: 'Dowód zakupu {{id}} zakupu {{purchases}}: brak w rejestrze (zakup go wskazuje, ale żaden zapis dowodu nie ma tego identyfikatora).',
  proofsIntact: 'Pliki dowodów zakupu: nienaruszone {{ok}} z {{count}}.',
  noBackups: '{{dir}} nie ma kopii zapasowych.',
  movedAside: 'Pliki odłożone na bok (zachowane): {{files}}',
  restoreHint: 'Przywróć jedną poleceniem: cal-register restore {{dir}} --backup <identyfikator>',
  remainsHint: 'Listę pokazuje: cal-register backups {{dir}}; przywrócenie: cal-register restore {{dir}} --backup <identyfikator>',
  restored: 'Przywrócono {{id}} jako register.json rejestru {{name}}; poprzedni plik zachowano jako kopię zapasową.',
  restoredNoPrevious: 'Przywrócono {{id}} jako register.json rejestru {{name}}; poprzedniego pliku nie było, więc nie zachowano kopii.',
  backupNotFound: '„{{id}}” nie jest kopią zapasową tego rejestru; listę pokazuje: cal-register backups {{dir}}',
  backupUnreadable: 'kopia zapasowa {{id}} nie jest czytelnym rejestrem; niczego nie zmieniono',
  lockedHint: 'Zamknij CAL Register tam, gdzie rejestr jest otwarty, i uruchom polecenie ponownie; jeśli tamten komputer uległ awarii, uruchom je ponownie z --take-over-lock.',
  lockedHereHint:
    'Ten proces nadal działa na tym komputerze, więc --take-over-lock nie przejmie blokady: zamknij tam CAL Register i uruchom polecenie ponownie. Jeśli żaden CAL Register nie działa (numer procesu należy teraz do innego programu), uruchom komputer ponownie albo, gdy masz pewność, usuń plik register.lock z folderu rejestru.',
  tooNewHint: 'Zaktualizuj CAL Register do wersji, która zapisała ten rejestr.',
  backupsHint: 'Kopie zapasowe: {{count}}, najnowsza {{newest}}. Listę pokazuje: cal-register backups {{dir}}; przywrócenie: cal-register restore {{dir}} --backup <identyfikator>',
  folderUnusableHint: 'Sprawdź, czy masz prawo odczytu i zapisu w tym folderze (uprawnienia, pamięć USB chroniona przed zapisem, pełny dysk); sam rejestr jest bez zmian. Polecenia check, export, verify i people tylko go odczytują.',
  dirMissing: '{{dir}} nie istnieje',
  backupRequired: 'wymagane jest --backup <identyfikator> (listę pokazuje cal-register backups <folder>)',
  outRequired: 'wymagane jest --out PLIK.xlsx',
  outNotXlsx: '--out musi wskazywać plik .xlsx',
  outFolderMissing: '--out: folder {{folder}} nie istnieje (albo nie jest folderem); nic nie zapisano',
  badOption: '--{{flag}}: {{problem}}',
  filesRequired: 'podaj co najmniej jeden plik do importu',
  mapUnknown: '--map wskazuje nieznane pola: {{fields}}',
  mapMalformed: '--map przyjmuje pary Nagłówek=pole rozdzielone przecinkami; to nie jest para: {{pairs}}',
  unmatchedColumns: 'nie udało się pewnie dopasować kolumn — {{list}}. Podaj je w --map "Nagłówek=pole,…"',
  noSheetRecognised:
    'żaden arkusz nie został rozpoznany jako eksport ani rejestr: {{files}}. Odczytywane są eksporty poleceń Get-Mailbox, Get-User, Get-ADUser, Get-ExchangeServer i Get-ExchangeServerAccessLicenseUser (polecenia podaje ekran Import). Kolumny arkusza prowadzonego ręcznie wskaż w --map "Nagłówek=pole,…"; pola rejestru: {{register}}; pola zakupów: {{purchases}}',
  unmatchedSkipHint: ' albo pomiń taki arkusz: {{skip}}',
  importLeftOut: 'pominięto (--skip): {{name}}',
  skipUnknown: '--skip nie wskazuje żadnego z podanych arkuszy ani plików: {{names}}',
  skipAll: '--skip pomija wszystkie podane arkusze ({{names}}); nie ma czego importować',
  productChoice: '--product musi być jednym z: {{choices}}',
  editionChoice: '--edition musi mieć wartość Standard lub Enterprise',
  activatedOrTrial: 'użyj albo --activated, albo --trial-days, nie obu naraz',
  trialDays: '--trial-days musi być liczbą całkowitą dni (0–365)',
  notACal: '„{{text}}” nie jest licencją CAL Exchange Server z katalogu; podaj licencję CAL z wersją: {{products}}',
  calKindMissing: '„{{text}}” nie mówi, czy to licencja CAL na użytkownika (User), czy na urządzenie (Device); podaj jedną z: {{products}}',
  programChoice: '--program musi być jednym z: {{choices}}',
  featureChoice: '--feature musi być jednym z: {{choices}}',
  externalAndInternal: '--external i --internal wykluczają się; podaj jedno z nich',
  personEdited: 'Zapisano: {{name}}.',
  purchaseEdited: 'Zapisano zakup {{document}}.',
  nothingToChange: 'nic do zmiany: podaj co najmniej jedną z opcji zmiany; nic nie zapisano',
  purchaseVoidedNoEdit: 'zakup {{document}} jest unieważniony i nie można go zmienić; nic nie zapisano (wpisz partię ponownie przez purchase add)',
  voidNeedsYes: 'unieważnienia zakupu {{document}} ({{quantity}} × {{product}}) nie można cofnąć: zostaje w rejestrze, nie jest nigdzie liczony, a jego licencji CAL nie można przypisać. Nic nie zapisano; aby go unieważnić, uruchom to samo polecenie ponownie z --yes.',
  featuresAndNoFeatures: '--feature i --no-features wykluczają się; podaj jedno z nich',
  langChoice: 'cal-register: --lang musi mieć wartość en lub pl; niczego nie zrobiono',
  coverageChoice: '--coverage musi mieć wartość perpetual, sa (Software Assurance) lub subscription',
  seWithoutCoverage:
    'Uwaga: licencje CAL Exchange Server SE są sprzedawane tylko z Software Assurance lub jako subskrypcja i dają dostęp do serwera SE tylko wtedy, gdy są aktywne. Zapisany jako bezterminowy, ten zakup nie obejmuje nikogo na serwerze SE: zapisz jego okres (ekran Zakupy albo cal-register purchase edit <folder> <numer dokumentu> --coverage sa|subscription --until RRRR-MM-DD).',
  untilWithoutCoverage: '--until to koniec Software Assurance lub subskrypcji: podaj razem z nim --coverage sa albo --coverage subscription',
  quantity: '--quantity musi być liczbą całkowitą licencji CAL, od 1 do 1000000',
  reasonChoice: '--reason musi być jednym z: {{choices}}',
  severalCals: '{{who}} — przypisane licencje CAL: {{count}}; wskaż jedną przez --purchase',
  documentTaken: 'zakup o numerze dokumentu „{{document}}” już jest w rejestrze; nic nie zapisano (numer dokumentu wskazuje jeden zakup)',
  purchaseAmbiguous: 'numer dokumentu „{{key}}” ma kilka zakupów ({{count}}); wskaż jeden przez jego id: {{ids}}',
  acceptWarnings: 'Aby mimo to zapisać, uruchom to samo polecenie ponownie z --yes.',
  unmatchedHeaders: 'nagłówki: {{headers}}',
  verifyUnreadable: 'nie można odczytać register.json',
  verifyNotRegister: 'register.json nie ma struktury rejestru',
  verifyTooNew: 'register.json zapisała nowsza wersja CAL Register (schemat {{version}}; ta wersja czyta do {{supported}}): zaktualizuj CAL Register, aby go zweryfikować',
  chainSequence: 'zdarzenie jest poza kolejnością',
  chainLink: 'zdarzenie nie wynika z poprzedniego',
  chainContent: 'zdarzenie zmieniono po zapisaniu',
  noRegisterFile: '{{dir}} nie zawiera rejestru (register.json)',
};

export const cliMessages: Record<CliLanguage, Messages> = { en, pl };
export type CliMessageKey = keyof typeof en;
type PluralBase<K> = K extends `${infer B}_other` ? B : never;
export type CliPluralKey = PluralBase<CliMessageKey>;
export type CliTextKey = Exclude<CliMessageKey, `${string}_${'one' | 'few' | 'many' | 'other'}`>;

let current: CliLanguage = 'en';

/**
 * The language asked for: `--lang` wins, then LC_ALL, LC_MESSAGES and LANG (POSIX precedence), and
 * where none is set (Windows sets none) the system's locale (`systemLocale`, Intl's default: the
 * user's Windows display locale), so a Polish Windows gets Polish without --lang.
 */
export function cliLanguageFrom(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, systemLocale = ''): CliLanguage {
  // The last --lang wins, as it does for the options of a command (export's workbook language).
  let at = -1;
  argv.forEach((a, i) => {
    if (a === '--lang' || a.startsWith('--lang=')) at = i;
  });
  if (at >= 0) {
    const value = argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
    if (value === 'pl' || value === 'en') return value;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || systemLocale;
  return locale.toLowerCase().startsWith('pl') ? 'pl' : 'en';
}

/** A catalog product's name in the CLI's language ("Exchange Server 2019 Standard — CAL na użytkownika"), as `check` prints it. */
export function productLabel(productId: string): string {
  return localizedProductName(productId, current);
}

export function setCliLanguage(language: CliLanguage): void {
  current = language;
}

export const cliLanguage = (): CliLanguage => current;

/** Why a value was refused, in the CLI's language: a schema's own hint by its key, else zod's text (already in that language: index.ts sets shared/domain/zod-language.ts). */
export const issueReason = (message: string): string => (current === 'pl' && schemaHintPl(message)) || message;

/** Fills `{{name}}`; an i18next format (`{{count, number}}`, from the app's catalogs) gets the plain value. */
const fill = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)(?:, *\w+)?\}\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));

/** A message in the CLI's language. */
export function msg(key: CliTextKey, params: Record<string, string | number> = {}): string {
  return fill(cliMessages[current][key], params);
}

/** A counted message: Polish picks one/few/many the way Intl.PluralRules does. */
export function msgCount(key: CliPluralKey, count: number, params: Record<string, string | number> = {}): string {
  const table = cliMessages[current] as Record<string, string>;
  return fill(table[pluralForm(key, count)] ?? table[`${key}_other`]!, { ...params, count });
}

const pluralForm = (key: string, count: number): string => `${key}_${new Intl.PluralRules(localeOf[current]).select(count)}`;

const uiFlat: Partial<Record<CliLanguage, Map<string, string>>> = {};

/**
 * A text of the app's own catalogs (shared/i18n) in the CLI's language, so a code the app shows
 * in words (an activation state, a release reason, a sheet kind) reads the same here. A numeric
 * `count` picks the plural form; `fallback` (else the key) stands for a text the catalog lacks.
 */
export function uiText(key: string, params: Record<string, string | number> = {}, fallback = key): string {
  const flat = (uiFlat[current] ??= flattenCatalog(uiCatalogs[current]));
  const counted = typeof params.count === 'number' ? (flat.get(pluralForm(key, params.count)) ?? flat.get(`${key}_other`)) : undefined;
  const template = counted ?? flat.get(key);
  return template === undefined ? fallback : fill(template, params);
}

const two = (n: number): string => String(n).padStart(2, '0');

/** A moment stored in UTC as this computer's local time, the way the CLI's language writes dates: 05.12.2026 05:51, 2026-12-05 05:51. */
export function localTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const [y, m, d] = [at.getFullYear(), two(at.getMonth() + 1), two(at.getDate())];
  return `${current === 'pl' ? `${d}.${m}.${y}` : `${y}-${m}-${d}`} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** Detail values (`host`, `pid`, `since`…) under the labels the app's notices give them: "Computer: vm; Process: 42". */
export function detailText(detail: Readonly<Record<string, string | number | boolean | null>>): string {
  const { notices } = current === 'pl' ? uiPl : uiEn;
  const labels = notices.detail as Record<string, string>;
  return Object.entries(detail)
    // A flag (the lock's holder runs on this computer) is said by the hint, not listed as "runningHere: true".
    .filter(([, value]) => value !== null && value !== '' && typeof value !== 'boolean')
    .map(([key, value]) => `${labels[key] ?? key}: ${key === 'since' && typeof value === 'string' ? localTime(value) : String(value)}`)
    .join('; ');
}

/**
 * A notice the register raised while opening (an upgrade, a lock taken over, a broken trail) as one
 * line, in the words and detail labels the app's overview shows for it.
 */
export function noticeLine(notice: RegisterNotice): string {
  const { notices } = current === 'pl' ? uiPl : uiEn;
  const details = detailText(notice.detail);
  return msg('notice', { text: details ? `${notices[notice.code]} (${details})` : notices[notice.code] });
}

/** A damaged register's reason as the app's card says it: a JSON reader's failure named in words, anything else quoted. */
export function readFailureText(reason: string): string {
  const failure = readFailure(reason);
  if (!failure) return uiText('problem.reasonQuoted', { reason });
  if (failure.kind === 'syntax') return uiText('problem.readFailure.syntax', { line: failure.line, column: failure.column });
  if (failure.kind === 'syntaxAt') return uiText('problem.readFailure.syntaxAt', { character: failure.character });
  return uiText(`problem.readFailure.${failure.kind}`);
}
