import { schemaHintPl } from '../domain/hints';
import { DomainError, type ErrorCode } from '../result';

/** register.json replaced by another program while open: what was not done (`register-replaced-*`). */
const replacedEn =
  'register.json in {{dir}} was replaced by another program while CAL Register had it open (a sync service such as OneDrive or Dropbox, a copy from another computer, an editor). Your change was not saved, so that file was not overwritten';
const replacedPl =
  'Plik register.json w {{dir}} został zastąpiony przez inny program, gdy był otwarty w CAL Register (usługę synchronizacji, np. OneDrive lub Dropbox, kopię z innego komputera, edytor). Zmiany nie zapisano, aby nie nadpisać tamtego pliku';
/** …and the register as the app last saved it could not be kept as a backup, `why`: what the user can do then. */
const replacedNotKeptEn = (why: string): string =>
  `${replacedEn}. The register as CAL Register last saved it could not be kept as a backup either: ${why}. CAL Register still holds it: once the register’s backups folder can be written, make the change again, and it is kept as a backup first. Opening the register again instead shows what the file holds now, and that last save is not kept.`;
const replacedNotKeptPl = (why: string): string =>
  `${replacedPl}. Nie udało się też zachować jako kopii zapasowej rejestru w postaci ostatnio zapisanej przez CAL Register: ${why}. CAL Register nadal go przechowuje: gdy do folderu kopii zapasowych rejestru znów będzie można zapisywać, wprowadź zmianę ponownie, a najpierw zostanie on zachowany jako kopia zapasowa. Ponowne otwarcie rejestru pokaże zamiast tego, co plik zawiera teraz, a tamten ostatni zapis nie zostanie zachowany.`;

/**
 * Messages of the refusals services give most often, in English and Polish. A service throws
 * `keyedError(key, params)`; the error carries `detail.messageKey` and the values, so the CLI
 * (and the UI) can word it in the user's language. Placeholders are i18next-style.
 */
export const serviceErrorsEn = {
  'person-not-found': 'No person with id, e-mail or login "{{key}}" is in the register.',
  'purchase-not-found': 'No purchase with document number or id "{{key}}" is in the register.',
  'server-id-not-found': 'Server {{id}} is not in the register.',
  'purchase-id-not-found': 'Purchase {{id}} is not in the register.',
  'person-id-not-found': 'Person {{id}} is not in the register.',
  'assignment-not-found': 'Assignment {{id}} is not in the register.',
  'proof-not-found': 'Proof {{id}} is not in the register.',
  'product-not-in-catalog': '{{product}} is not a product of the catalog.',
  'server-name-taken': 'A server named {{name}} is already in the register.',
  'server-build-mismatch': 'Build {{build}} is {{builtProduct}}, not {{product}}: choose the product that build belongs to, or correct the build.',
  'person-taken': '{{who}} already belongs to someone in the register.',
  'person-ambiguous': '"{{key}}" is the e-mail of one person and the login of another ({{ids}}); name the person by id.',
  'already-released': 'This CAL was already released on {{date}}.',
  'release-before-assignment': 'The release date {{releasedOn}} is before the assignment date {{assignedOn}}.',
  'no-active-cal': '{{who}} holds no active CAL{{from}}.',
  'register-exists': '{{dir}} already holds a register (register.json); nothing was changed.',
  'register-remains':
    '{{dir}} holds backups or a set-aside copy of an earlier register; no new register was created there, so they stay as they are. Restore one of them, or choose an empty folder.',
  'register-missing': '{{dir}} holds no register (register.json is missing).',
  'register-exists-use-open': '{{dir}} already holds a register; use Open register.',
  'register-gone':
    '{{dir}} holds no register any more, or is not there now (a USB stick not plugged in, a network drive not connected). Connect it and choose it again, or, if it is gone for good, remove it from the recent list.',
  'recent-removal-not-saved':
    'The register is taken off the recent list until CAL Register is closed, but the list could not be saved for the next start ({{osCode}}). Free some space on the disk of the app’s data folder or make that folder writable.',
  'register-read-only': 'The register was opened only to be read; nothing was written.',
  'register-open-read-only': 'This register is open read-only, so nothing was changed. Open it for editing to make changes.',
  'recent-register-unknown': 'That register is no longer in the recent list.',
  'register-closed-meanwhile': 'Register "{{folder}}" was closed before this could be done, so nothing was written. Open it again and try once more.',
  'register-reopened-meanwhile': 'Register "{{folder}}" was opened anew before this could be done, so nothing was written. Check what it holds now and try once more.',
  'register-changed-meanwhile': 'The register this was asked of is no longer open, so nothing was written. Check the register open now and try once more.',
  'no-register-folder': 'No register folder is selected.',
  'register-folder-unusable': 'The register folder {{dir}} could not be read or written ({{osCode}}).',
  'register-file-is-folder':
    'In {{dir}}, register.json is a folder, not the register file; nothing was changed. Rename or move that folder, then open the register again or restore a backup.',
  'register-file-read-only': 'register.json in {{dir}} is marked read-only, so nothing was written ({{osCode}}). Make it writable to record changes or restore a backup.',
  'register-folder-gone':
    'The register folder {{dir}} is not there any more (a USB stick taken out, a network drive disconnected, the folder moved or renamed), so the change was not saved. Put it back where it was and try again.',
  'language-not-saved': 'The language is switched until CAL Register is closed, but it could not be saved for the next start ({{osCode}}). Free some space on the disk of the app’s data folder or make that folder writable.',
  'register-replaced-on-disk': `${replacedEn}; the register as CAL Register last saved it is kept as backup {{backup}}. Open the register again to work on what the file holds now.`,
  'register-replaced-not-kept-disk-full': replacedNotKeptEn('the disk is full ({{osCode}})'),
  'register-replaced-not-kept-denied': replacedNotKeptEn('permission was denied ({{osCode}})'),
  'register-replaced-not-kept-read-only': replacedNotKeptEn('the disk is read-only ({{osCode}})'),
  'register-replaced-not-kept-failed': replacedNotKeptEn('the system gave {{osCode}}'),
  'change-not-valid': 'The change was not saved: {{field}}: {{reason}}.',
  'backup-id-invalid': '"{{backup}}" is not a backup of this register.',
  'backup-not-found': 'Backup {{backup}} does not exist.',
  'backup-unreadable': 'Backup {{backup}} is not a readable register; nothing was changed.',
  'backup-too-new': 'Backup {{backup}} was written by a newer CAL Register (schema {{version}}); update CAL Register to restore it. Nothing was changed.',
  'register-too-new-not-restored':
    'register.json in {{dir}} was written by a newer CAL Register (schema {{version}}; this version reads up to {{supported}}), so no backup was restored over it. Update CAL Register to open it. Nothing was changed.',
  'sample-folder-taken': '{{dir}} holds files that are not a register; the sample is not written there.',
  'purchase-in-use': 'Purchase {{purchase}} still has active assignments; release them first.',
  'purchase-date-implausible': 'The purchase date {{date}} looks mistyped: give a year from 1990 to 2099.',
  'coverage-until-implausible': 'The coverage end date {{date}} looks mistyped: give a year from 1990 to 2099.',
  'id-repeated':
    'The register holds {{count}} records with the id {{id}} (a row copied by hand in register.json), so a change to one would change them all; nothing was changed. Give each its own id in register.json, or restore a backup.',
  'purchase-already-voided': 'Purchase {{purchase}} was already voided on {{date}}; nothing was changed.',
  'purchase-voided-no-proof': 'Purchase {{purchase}} is voided (recorded in error), so it takes no proof of purchase; nothing was changed.',
  'purchase-voided-proof-kept':
    'Purchase {{purchase}} is voided (recorded in error): it is kept as it was when voided, with its proof files, so none can be removed from it; nothing was changed.',
  'proof-not-attached': 'The proof file {{file}} is not attached to purchase {{purchase}}; nothing was changed.',
  'quantity-below-assigned': 'Purchase {{purchase}} still has active assignments ({{active}}); its quantity cannot drop to {{quantity}}.',
  'product-change-assigned':
    'Purchase {{purchase}} has CALs assigned ({{active}}); its product cannot change under them, as each holder would hold another CAL than the one assigned. Release them first, or void the lot and record it again.',
  'person-already-left': '{{who}} is already recorded as having left on {{date}}; undo that first to record another date.',
  'left-before-assignment': '{{who}} cannot have left on {{leftOn}}: they hold a CAL assigned on {{assignedOn}}. Choose a later date, or release or correct that CAL first.',
  'person-not-left': '{{who}} is not recorded as having left.',
  'register-save-denied': 'The register could not be saved: permission denied ({{osCode}}). Nothing was changed.',
  'register-save-disk-full': 'The register could not be saved: the disk is full ({{osCode}}). Nothing was changed.',
  'register-save-read-only': 'The register could not be saved: the disk is read-only ({{osCode}}). Nothing was changed.',
  'register-save-file-read-only': 'The register could not be saved: register.json is marked read-only ({{osCode}}). Nothing was changed; make it writable to record changes.',
  'register-save-failed': 'The register could not be saved ({{osCode}}). Nothing was changed.',
  'export-save-denied': 'The audit workbook could not be saved: permission denied ({{osCode}}); if the file is open in Excel, close it and try again. Nothing was written.',
  'export-save-disk-full': 'The audit workbook could not be saved: the disk is full ({{osCode}}). Nothing was written.',
  'export-save-read-only': 'The audit workbook could not be saved: the disk is read-only ({{osCode}}). Nothing was written.',
  'export-save-failed': 'The audit workbook could not be saved ({{osCode}}). Nothing was written.',
  'proof-too-large': '{{file}} is {{sizeMb}} MB; proof files are limited to 50 MB.',
  'proof-store-failed': '{{file}} could not be stored with the register ({{osCode}}); nothing was attached.',
  'backups-unreadable': 'The backups folder {{folder}} could not be read ({{osCode}}): its backups cannot be listed. Check its permissions.',
  'proof-file-missing': 'The proof file {{file}} is missing from the register folder.',
  'proof-file-altered': 'The proof file {{file}} was changed after it was attached (its SHA-256 differs), so it was not opened.',
  'proof-file-unreadable': 'The proof file {{file}} in the register folder could not be read (its permissions or a disk error), so it was not opened.',
  'proof-file-foreign': 'The register names a proof file CAL Register never writes; it was not opened.',
  'export-running': 'An export is already being written.',
  'export-none-yet': 'Nothing has been exported yet.',
  'export-no-sheets': 'No sheet is selected for the audit workbook.',
  'import-preview-expired': 'This import preview has expired; pick the files again.',
  'import-file-unknown': '{{file}} is not part of this import.',
} as const;

export type ServiceErrorKey = keyof typeof serviceErrorsEn;

export const serviceErrorsPl: Record<ServiceErrorKey, string> = {
  'person-not-found': 'W rejestrze nie ma osoby o identyfikatorze, e-mailu lub loginie „{{key}}”.',
  'purchase-not-found': 'W rejestrze nie ma zakupu o numerze dokumentu lub identyfikatorze „{{key}}”.',
  'server-id-not-found': 'Serwera {{id}} nie ma w rejestrze.',
  'purchase-id-not-found': 'Zakupu {{id}} nie ma w rejestrze.',
  'person-id-not-found': 'Osoby {{id}} nie ma w rejestrze.',
  'assignment-not-found': 'Przypisania {{id}} nie ma w rejestrze.',
  'proof-not-found': 'Dowodu zakupu {{id}} nie ma w rejestrze.',
  'product-not-in-catalog': 'Produktu {{product}} nie ma w katalogu.',
  'server-name-taken': 'Serwer o nazwie {{name}} już jest w rejestrze.',
  'server-build-mismatch': 'Kompilacja {{build}} to {{builtProduct}}, nie {{product}}: wybierz produkt, do którego należy ta kompilacja, albo popraw numer kompilacji.',
  'person-taken': '{{who}} należy już do innej osoby w rejestrze.',
  'person-ambiguous': '„{{key}}” to e-mail jednej osoby i login innej ({{ids}}); wskaż osobę po identyfikatorze.',
  'already-released': 'Ta licencja CAL została już zwolniona {{date}}.',
  'release-before-assignment': 'Data zwolnienia {{releasedOn}} jest wcześniejsza niż data przypisania {{assignedOn}}.',
  'no-active-cal': '{{who}} nie ma aktywnej licencji CAL{{from}}.',
  'register-exists': '{{dir}} zawiera już rejestr (register.json); niczego nie zmieniono.',
  'register-remains':
    'Folder {{dir}} zawiera kopie zapasowe lub odłożoną kopię wcześniejszego rejestru; nie utworzono w nim nowego rejestru, więc zostają nietknięte. Przywróć jedną z nich albo wybierz pusty folder.',
  'register-missing': '{{dir}} nie zawiera rejestru (brak register.json).',
  'register-exists-use-open': 'Folder {{dir}} zawiera już rejestr; użyj polecenia „Otwórz rejestr”.',
  'register-read-only': 'Rejestr otwarto tylko do odczytu; niczego nie zapisano.',
  'register-open-read-only': 'Ten rejestr jest otwarty tylko do odczytu, więc niczego nie zmieniono. Otwórz go do edycji, aby wprowadzać zmiany.',
  'register-gone':
    'Folder {{dir}} nie zawiera już rejestru albo nie jest teraz dostępny (niepodłączony pendrive, odłączony dysk sieciowy). Podłącz go i wybierz ponownie albo, jeśli zniknął na dobre, usuń go z listy ostatnich rejestrów.',
  'recent-removal-not-saved':
    'Rejestr zdjęto z listy ostatnich rejestrów do zamknięcia CAL Register, ale nie udało się zapisać tej listy na następne uruchomienie ({{osCode}}). Zwolnij miejsce na dysku folderu danych aplikacji albo umożliw zapis w tym folderze.',
  'recent-register-unknown': 'Tego rejestru nie ma już na liście ostatnich rejestrów.',
  'register-closed-meanwhile': 'Rejestr „{{folder}}” zamknięto, zanim udało się to zrobić, więc niczego nie zapisano. Otwórz go ponownie i spróbuj jeszcze raz.',
  'register-reopened-meanwhile': 'Rejestr „{{folder}}” otwarto na nowo, zanim udało się to zrobić, więc niczego nie zapisano. Sprawdź, co teraz zawiera, i spróbuj jeszcze raz.',
  'register-changed-meanwhile': 'Rejestr, którego to dotyczyło, nie jest już otwarty, więc niczego nie zapisano. Sprawdź rejestr otwarty teraz i spróbuj jeszcze raz.',
  'no-register-folder': 'Nie wybrano folderu rejestru.',
  'register-folder-unusable': 'Nie udało się odczytać ani zapisać folderu rejestru {{dir}} ({{osCode}}).',
  'register-file-is-folder':
    'W {{dir}} register.json jest folderem, a nie plikiem rejestru; niczego nie zmieniono. Zmień nazwę tego folderu lub go przenieś, a potem otwórz rejestr ponownie albo przywróć kopię zapasową.',
  'register-file-read-only': 'Plik register.json w {{dir}} jest oznaczony jako tylko do odczytu, więc niczego nie zapisano ({{osCode}}). Zdejmij to oznaczenie, aby zapisywać zmiany lub przywrócić kopię.',
  'register-folder-gone':
    'Folderu rejestru {{dir}} już nie ma (wyjęto pendrive, odłączono dysk sieciowy, folder przeniesiono lub zmieniono jego nazwę), więc zmiany nie zapisano. Przywróć go na dawne miejsce i spróbuj ponownie.',
  'language-not-saved': 'Język zmieniono do zamknięcia CAL Register, ale nie udało się go zapisać na następne uruchomienie ({{osCode}}). Zwolnij miejsce na dysku folderu danych aplikacji albo umożliw zapis w tym folderze.',
  'register-replaced-on-disk': `${replacedPl}; rejestr w postaci ostatnio zapisanej przez CAL Register zachowano jako kopię zapasową {{backup}}. Otwórz rejestr ponownie, aby pracować na tym, co plik zawiera teraz.`,
  'register-replaced-not-kept-disk-full': replacedNotKeptPl('dysk jest pełny ({{osCode}})'),
  'register-replaced-not-kept-denied': replacedNotKeptPl('brak uprawnień ({{osCode}})'),
  'register-replaced-not-kept-read-only': replacedNotKeptPl('dysk jest tylko do odczytu ({{osCode}})'),
  'register-replaced-not-kept-failed': replacedNotKeptPl('system zgłosił błąd {{osCode}}'),
  'change-not-valid': 'Zmiany nie zapisano: {{field}}: {{reason}}.',
  'backup-id-invalid': '„{{backup}}” nie jest kopią zapasową tego rejestru.',
  'backup-not-found': 'Kopia zapasowa {{backup}} nie istnieje.',
  'backup-unreadable': 'Kopia zapasowa {{backup}} nie jest czytelnym rejestrem; niczego nie zmieniono.',
  'backup-too-new': 'Kopię zapasową {{backup}} zapisała nowsza wersja CAL Register (schemat {{version}}); zaktualizuj CAL Register, aby ją przywrócić. Niczego nie zmieniono.',
  'register-too-new-not-restored':
    'Plik register.json w {{dir}} zapisała nowsza wersja CAL Register (schemat {{version}}; ta wersja czyta do {{supported}}), więc nie przywrócono w jego miejsce kopii zapasowej. Zaktualizuj CAL Register, aby go otworzyć. Niczego nie zmieniono.',
  'sample-folder-taken': 'Folder {{dir}} zawiera pliki, które nie są rejestrem; nie zapisano w nim przykładowego rejestru.',
  'purchase-in-use': 'Zakup {{purchase}} ma nadal aktywne przypisania; najpierw je zwolnij.',
  'purchase-date-implausible': 'Data zakupu {{date}} wygląda na literówkę: podaj rok od 1990 do 2099.',
  'coverage-until-implausible': 'Data końca okresu {{date}} wygląda na literówkę: podaj rok od 1990 do 2099.',
  'id-repeated':
    'W rejestrze jest więcej niż jeden wpis o identyfikatorze {{id}} (wpisy: {{count}}; wiersz skopiowany ręcznie w register.json), więc zmiana jednego zmieniłaby wszystkie; niczego nie zmieniono. Nadaj każdemu własny identyfikator w register.json albo przywróć kopię zapasową.',
  'purchase-already-voided': 'Zakup {{purchase}} unieważniono już {{date}}; niczego nie zmieniono.',
  'purchase-voided-no-proof': 'Zakup {{purchase}} jest unieważniony (wpisany omyłkowo), więc nie przyjmuje dowodu zakupu; niczego nie zmieniono.',
  'purchase-voided-proof-kept':
    'Zakup {{purchase}} jest unieważniony (wpisany omyłkowo): zostaje taki, jaki był w chwili unieważnienia, razem z plikami dowodu zakupu, więc nie można z niego usunąć żadnego z nich; niczego nie zmieniono.',
  'proof-not-attached': 'Plik dowodu zakupu {{file}} nie jest dołączony do zakupu {{purchase}}; niczego nie zmieniono.',
  'quantity-below-assigned': 'Zakup {{purchase}} ma jeszcze aktywne przypisania ({{active}}); jego ilości nie można zmniejszyć do {{quantity}}.',
  'product-change-assigned':
    'Zakup {{purchase}} ma przypisane licencje CAL ({{active}}); jego produktu nie można zmienić, bo każda z tych osób miałaby inną licencję niż przypisana. Najpierw je zwolnij albo unieważnij zakup i zapisz go ponownie.',
  'person-already-left': 'Dla osoby {{who}} zapisano już odejście {{date}}; aby zapisać inną datę, najpierw je cofnij.',
  'left-before-assignment': 'Osoba {{who}} nie mogła odejść {{leftOn}}: ma licencję CAL przypisaną {{assignedOn}}. Wybierz późniejszą datę albo najpierw zwolnij lub popraw tę licencję.',
  'person-not-left': 'Dla osoby {{who}} nie zapisano odejścia.',
  'register-save-denied': 'Nie udało się zapisać rejestru: brak uprawnień ({{osCode}}). Niczego nie zmieniono.',
  'register-save-disk-full': 'Nie udało się zapisać rejestru: dysk jest pełny ({{osCode}}). Niczego nie zmieniono.',
  'register-save-read-only': 'Nie udało się zapisać rejestru: dysk jest tylko do odczytu ({{osCode}}). Niczego nie zmieniono.',
  'register-save-file-read-only': 'Nie udało się zapisać rejestru: plik register.json jest oznaczony jako tylko do odczytu ({{osCode}}). Niczego nie zmieniono; zdejmij to oznaczenie, aby zapisywać zmiany.',
  'register-save-failed': 'Nie udało się zapisać rejestru ({{osCode}}). Niczego nie zmieniono.',
  'export-save-denied': 'Nie udało się zapisać skoroszytu audytu: brak uprawnień ({{osCode}}); jeśli plik jest otwarty w Excelu, zamknij go i spróbuj ponownie. Nic nie zapisano.',
  'export-save-disk-full': 'Nie udało się zapisać skoroszytu audytu: dysk jest pełny ({{osCode}}). Nic nie zapisano.',
  'export-save-read-only': 'Nie udało się zapisać skoroszytu audytu: dysk jest tylko do odczytu ({{osCode}}). Nic nie zapisano.',
  'export-save-failed': 'Nie udało się zapisać skoroszytu audytu ({{osCode}}). Nic nie zapisano.',
  'proof-too-large': 'Plik {{file}} ma {{sizeMb}} MB; pliki dowodów zakupu mogą mieć najwyżej 50 MB.',
  'proof-store-failed': 'Nie udało się zapisać pliku {{file}} razem z rejestrem ({{osCode}}); niczego nie dołączono.',
  'backups-unreadable': 'Nie udało się odczytać folderu kopii zapasowych {{folder}} ({{osCode}}): nie można wymienić jego kopii. Sprawdź uprawnienia do folderu.',
  'proof-file-missing': 'W folderze rejestru brakuje pliku dowodu zakupu {{file}}.',
  'proof-file-altered': 'Plik dowodu zakupu {{file}} zmieniono po dołączeniu (jego suma SHA-256 jest inna), dlatego go nie otwarto.',
  'proof-file-unreadable': 'Nie dało się odczytać pliku dowodu zakupu {{file}} w folderze rejestru (uprawnienia albo błąd dysku), dlatego go nie otwarto.',
  'proof-file-foreign': 'Rejestr wskazuje plik dowodu zakupu, którego CAL Register nigdy nie zapisuje; nie otwarto go.',
  'export-running': 'Skoroszyt audytu jest już zapisywany.',
  'export-none-yet': 'Jeszcze niczego nie wyeksportowano.',
  'export-no-sheets': 'Nie wybrano żadnego arkusza skoroszytu audytu.',
  'import-preview-expired': 'Ten podgląd importu wygasł; wybierz pliki ponownie.',
  'import-file-unknown': 'Plik {{file}} nie należy do tego importu.',
};

const fill = (template: string, params: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));

/** A DomainError whose message can be re-worded from its key in another language. */
export function keyedError(code: ErrorCode, key: ServiceErrorKey, params: Record<string, string | number> = {}, extra: Record<string, string | number> = {}): DomainError {
  return new DomainError(code, fill(serviceErrorsEn[key], params), { ...extra, ...params, messageKey: key });
}

/** The system's code of a failed file operation (EACCES, ENOSPC…), never its text: that names the file, often a temp file. */
export function osErrorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return code;
  return (error instanceof Error && /^(E[A-Z0-9]{2,}):/.exec(error.message)?.[1]) || 'UNKNOWN';
}

const writeFailureReasons: Readonly<Record<string, 'denied' | 'disk-full' | 'read-only'>> = {
  EACCES: 'denied',
  EPERM: 'denied',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'read-only',
};

/** A failed write of the register or of the audit workbook as an io-error with a message key; the OS code is its `osCode`. */
export function writeFailedError(target: 'register' | 'export', error: unknown, extra: Record<string, string | number> = {}): DomainError {
  const osCode = osErrorCode(error);
  // A file made read-only on purpose is said as such (json-store.ts refuses to replace it), not as a denied folder.
  if (target === 'register' && isReadOnlyFileError(error)) return keyedError('io-error', 'register-save-file-read-only', { osCode }, extra);
  return keyedError('io-error', `${target}-save-${writeFailureReasons[osCode] ?? 'failed'}`, { osCode }, extra);
}

/**
 * register.json replaced by another program (`register-replaced-on-disk`) on a disk where the app's last save could not be
 * kept as a backup either: both said, the second with `writeFailedError`'s reasons.
 */
export function replacedNotKeptError(dir: string, error: unknown): DomainError {
  const osCode = osErrorCode(error);
  return keyedError('conflict', `register-replaced-not-kept-${writeFailureReasons[osCode] ?? 'failed'}`, { dir, osCode });
}

/** The error json-store.ts throws for a file with no write permission at all, which it will not replace. */
export const isReadOnlyFileError = (error: unknown): boolean => (error as { readOnlyFile?: unknown } | null)?.readOnlyFile === true;

/** The error's message in `lang` when it carries a known key; its own message otherwise. */
export function serviceErrorText(error: { message: string; detail?: Record<string, string | number | boolean | null> }, lang: 'en' | 'pl'): string {
  const key = error.detail?.messageKey;
  if (typeof key !== 'string' || !(key in serviceErrorsEn)) return error.message;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(error.detail ?? {})) if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  // A schema's own hint given as the reason of a refusal ('change-not-valid') is worded in Polish too.
  const hint = lang === 'pl' && typeof params.reason === 'string' ? schemaHintPl(params.reason) : null;
  if (hint) params.reason = hint;
  return fill((lang === 'pl' ? serviceErrorsPl : serviceErrorsEn)[key as ServiceErrorKey], params);
}
