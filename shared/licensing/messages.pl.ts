import type { licensingEn } from './messages.en';

type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/** Polish texts of the licensing engine; the type keeps the keys in step with English. */
export const licensingPl: SameKeys<typeof licensingEn> = {
  finding: {
    'mailbox-without-cal': {
      default:
        '{{subject}} ma skrzynkę pocztową, która wymaga licencji dostępowej (CAL) Standard dla Exchange Server {{version}}, ale nie ma aktywnej licencji CAL Standard.',
      older:
        '{{subject}} ma tylko licencję CAL Standard liczoną jako Exchange Server {{heldVersion}}; najnowszy serwer działa na Exchange Server {{version}}, więc skrzynka nie jest objęta licencją.',
      olderNoServer:
        '{{subject}} ma tylko licencję CAL Standard liczoną jako Exchange Server {{heldVersion}}. W rejestrze nie ma żadnego serwera Exchange, więc każda licencja CAL jest oceniana względem najnowszej wersji, dla której rejestr ma licencje CAL, Exchange Server {{version}}, a ta jej nie obejmuje: zapisz serwer, aby licencje były oceniane względem jego wersji.',
      left: '{{subject}} odszedł(-a) {{leftOn}}, ale ostatnia inwentaryzacja nadal pokazuje jego/jej skrzynkę pocztową ({{recipientType}}), która dopóki istnieje, wymaga licencji CAL Standard: przekształć ją w skrzynkę współdzieloną albo usuń.',
      noCoverage:
        '{{subject}} ma licencję CAL Standard dla Exchange Server {{heldVersion}}, ale bez Software Assurance ani subskrypcji aktywnej w dniu raportu; licencja CAL daje dostęp do serwera Exchange Server SE tylko z nimi, więc skrzynka nie jest objęta licencją.',
      unmatched:
        'Skrzynka pocztowa {{subject}} ({{recipientType}}) wymaga licencji CAL Standard dla Exchange Server {{version}}, ale nie pasuje do żadnej osoby w rejestrze (e-mail, UPN ani login).',
      noInventory:
        '{{subject}} jest aktywną osobą w rejestrze, ale nie ma licencji CAL Standard dla Exchange Server {{version}}. Nie zaimportowano inwentaryzacji, więc każda aktywna osoba jest liczona jako użytkownik Exchange.',
    },
    'cal-shortfall': {
      default: '{{product}}: wymagane {{required}}, zakupione {{purchased}} — niedobór {{shortfall}}.',
      coverage:
        '{{product}}: wymagane {{required}} i zakupione {{purchased}}, ale tylko {{reaching}} z Software Assurance lub subskrypcją, których wymaga serwer Exchange Server SE — niedobór {{shortfall}}.',
    },
    'over-assigned': {
      default: 'Zakup {{purchase}} ({{product}}) ma więcej aktywnych przypisań niż licencji — licencje: {{quantity}}, aktywne przypisania: {{active}}.',
      voided: 'Zakup {{purchase}} ({{product}}) został unieważniony, a nadal ma aktywne przypisania: {{active}}.',
    },
    'cal-version-too-old': {
      default:
        '{{person}} ma {{product}}, liczoną jako Exchange Server {{calVersion}}. Najnowszy serwer, {{server}}, działa na Exchange Server {{serverVersion}}, a licencja CAL nie obejmuje nowszego serwera (rejestr przyjmuje najnowszy serwer jako wersję, którą musi obejmować każda licencja CAL).',
      coverageEnded:
        '{{person}} ma {{product}}; jej Software Assurance lub subskrypcja skończyła się {{until}}, więc znów jest liczona jako Exchange Server {{calVersion}}. Najnowszy serwer, {{server}}, działa na Exchange Server {{serverVersion}}, którego ona nie obejmuje.',
      seCoverageEnded:
        '{{person}} ma {{product}}; jej Software Assurance lub subskrypcja skończyła się {{until}}. Najnowszy serwer, {{server}}, działa na Exchange Server SE, do którego licencja CAL daje dostęp tylko przy aktywnym Software Assurance lub subskrypcji.',
      seNoCoverage:
        '{{person}} ma {{product}}, zapisaną bez Software Assurance i bez subskrypcji. Najnowszy serwer, {{server}}, działa na Exchange Server SE, do którego licencja CAL daje dostęp tylko przy aktywnym Software Assurance lub subskrypcji (jeśli zakup je ma, zapisz je przy zakupie).',
    },
    'enterprise-feature-without-enterprise-cal': {
      default: '{{subject}} korzysta z funkcji Enterprise ({{features}}), ale nie ma aktywnej licencji CAL Enterprise.',
      older:
        '{{subject}} korzysta z funkcji Enterprise ({{features}}), ale ma tylko licencję CAL Enterprise liczoną jako Exchange Server {{heldVersion}}, która nie obejmuje Exchange Server {{version}}.',
      noCoverage:
        '{{subject}} korzysta z funkcji Enterprise ({{features}}) i ma licencję CAL Enterprise dla Exchange Server {{heldVersion}}, ale bez Software Assurance ani subskrypcji aktywnej w dniu raportu; licencja CAL daje dostęp do serwera Exchange Server SE tylko z nimi.',
    },
    'enterprise-without-standard': {
      default: '{{person}} ma {{product}} bez aktywnej licencji CAL Standard; licencja CAL Enterprise jest tylko dodatkiem do licencji CAL Standard.',
    },
    'proof-missing-or-altered': {
      missing: 'Brak pliku dowodu zakupu {{file}} (zakup {{purchase}}) w folderze rejestru.',
      altered: 'Plik dowodu zakupu {{file}} (zakup {{purchase}}) został zmieniony: jego SHA-256 nie zgadza się z zapisanym.',
      unreadable:
        'Plik dowodu zakupu {{file}} (zakup {{purchase}}) jest w folderze rejestru, ale nie dało się go odczytać (uprawnienia albo błąd dysku), więc nie można go sprawdzić z zapisanym SHA-256.',
    },
    'coverage-expired': {
      'software-assurance':
        'Zakup {{purchase}} ({{product}}): Software Assurance skończyło się {{until}}. W rejestrze jest serwer Exchange Server SE, a do SE wolno łączyć się tylko z licencjami CAL z aktywnym Software Assurance lub subskrypcją.',
      subscription:
        'Zakup {{purchase}} ({{product}}): subskrypcja skończyła się {{until}}. W rejestrze jest serwer Exchange Server SE, a do SE wolno łączyć się tylko z licencjami CAL z aktywnym Software Assurance lub subskrypcją.',
      perpetual:
        'Zakup {{purchase}} ({{product}}) jest zapisany jako wieczysty, bez Software Assurance i bez subskrypcji. Licencje CAL dla SE są udzielane tylko z aktywnym Software Assurance albo jako subskrypcja: zapisz okres ich ważności i datę końca.',
    },
    'server-trial-expired': {
      default: 'Serwer {{server}}: wersja próbna wygasła, a klucz produktu nie został wprowadzony.',
    },
    'assigned-to-disabled-account': {
      disabled: '{{person}} ma {{product}}, ale konto jest wyłączone.',
      left: '{{person}} ma {{product}}, ale odszedł(-a) {{leftOn}}.',
    },
    'duplicate-assignment': {
      default: '{{person}} ma aktywne licencje {{product}} w liczbie {{count}}.',
      userAndDevice:
        '{{person}} ma aktywne licencje CAL Exchange Server {{version}} {{tier}} w liczbie {{count}}, razem CAL na użytkownika i CAL na urządzenie ({{products}}). Wystarczy jedna: CAL na użytkownika obejmuje swojego posiadacza na każdym urządzeniu.',
    },
    'purchase-without-proof': {
      default: 'Zakup {{purchase}} ({{product}}, licencji: {{quantity}}) nie ma pliku dowodu zakupu.',
    },
    'purchase-without-document': {
      default: 'Zakup {{quantity}} × {{product}} z dnia {{date}} nie ma numeru faktury ani zamówienia.',
    },
    'server-trial': {
      default: 'Serwer {{server}} działa w wersji próbnej: pozostało dni: {{daysLeft}}.',
      keyEntered:
        'Serwer {{server}}: okres próbny minął, a zapisano klucz produktu kończący się na {{key}}; sprawdź, czy serwer jest aktywowany.',
    },
    'server-not-verified': {
      default: 'Serwer {{server}}: aktywacja nigdy nie została sprawdzona.',
    },
    'early-reassignment': {
      default:
        'Licencja z zakupu {{purchase}} przeszła od {{previous}} (przypisana {{previousStart}}) do {{person}} dnia {{assignedOn}} (dni pomiędzy: {{days}}). Ponowne przypisanie przed upływem 90 dni jest dozwolone tylko, gdy poprzedni użytkownik odszedł, na zastępstwo nieobecnego lub, dla CAL na urządzenie, po trwałej awarii urządzenia.',
    },
    'disabled-account-with-mailbox': {
      default:
        '{{subject}} ma skrzynkę użytkownika, ale konto jest wyłączone. Skrzynka nadal wymaga licencji CAL: zamień ją na skrzynkę współdzieloną lub usuń, a potem zwolnij licencję.',
    },
    'assigned-without-mailbox': {
      default: '{{person}} ma aktywną licencję CAL, ale nie ma skrzynki pocztowej w ostatniej inwentaryzacji ({{snapshot}}).',
    },
    'assigned-before-purchase': {
      default:
        'Zakup {{purchase}} ({{quantity}} × {{product}}) ma datę {{date}}, ale licencje CAL z niego przypisano przed tą datą (licencje: {{count}}; najwcześniej {{earliest}}). Licencji CAL nie można mieć przed jej zakupem.',
    },
    'purchase-after-as-of': {
      default: 'Zakup {{purchase}} ({{quantity}} × {{product}}) ma datę {{date}}, późniejszą niż data tego raportu: nie jest jeszcze liczony jako kupiony.',
    },
    'server-out-of-support': {
      default: 'Serwer {{server}} (Exchange Server {{version}}) utracił rozszerzone wsparcie {{endDate}}; jego licencje pozostają ważne.',
    },
    'exchange-count-differs': {
      standard:
        'Użytkownicy licencji {{license}} według Exchange: {{exchange}}; skrzynki wymagające licencji CAL Standard według rejestru: {{register}}. Exchange liczy też skrzynki współdzielone (w ostatniej inwentaryzacji: {{shared}}).',
      'standard-shared-counted': 'Użytkownicy licencji {{license}} według Exchange: {{exchange}}; skrzynki wymagające licencji CAL Standard według rejestru: {{register}}, wliczając skrzynki współdzielone z ostatniej inwentaryzacji ({{shared}}), tak jak liczy je Exchange.',
      'standard-no-shared': 'Użytkownicy licencji {{license}} według Exchange: {{exchange}}; skrzynki wymagające licencji CAL Standard według rejestru: {{register}}.',
      'standard-external':
        'Użytkownicy licencji {{license}} według Exchange: {{exchange}}; skrzynki wymagające licencji CAL Standard według rejestru: {{register}}. Exchange liczy też skrzynki współdzielone (w ostatniej inwentaryzacji: {{shared}}) oraz skrzynki użytkowników zewnętrznych, których rejestr nie liczy jako wymagających licencji CAL Standard ({{external}}).',
      'standard-shared-counted-external':
        'Użytkownicy licencji {{license}} według Exchange: {{exchange}}; skrzynki wymagające licencji CAL Standard według rejestru: {{register}}, wliczając skrzynki współdzielone z ostatniej inwentaryzacji ({{shared}}), tak jak liczy je Exchange. Exchange liczy też skrzynki użytkowników zewnętrznych, których rejestr nie liczy jako wymagających licencji CAL Standard ({{external}}).',
      'standard-no-shared-external':
        'Użytkownicy licencji {{license}} według Exchange: {{exchange}}; skrzynki wymagające licencji CAL Standard według rejestru: {{register}}. Exchange liczy też skrzynki użytkowników zewnętrznych, których rejestr nie liczy jako wymagających licencji CAL Standard ({{external}}).',
      enterprise: 'Użytkownicy licencji {{license}} według Exchange: {{exchange}}; użytkownicy funkcji Enterprise według rejestru: {{register}}.',
    },
    'no-mailbox-needs-cal': {
      shared: '{{subject}} to skrzynka współdzielona: nie wymaga własnej licencji CAL; licencji potrzebują osoby, które ją otwierają.',
      resource: '{{subject}} to skrzynka sali lub sprzętu ({{recipientType}}): licencja CAL nie jest potrzebna.',
      system: '{{subject}} to skrzynka systemowa ({{recipientType}}): licencja CAL nie jest potrzebna.',
      'no-mailbox': '{{subject}} ({{recipientType}}) nie ma skrzynki na serwerze: licencja CAL nie jest potrzebna.',
      'system-account': '{{subject}} to konto systemowe Exchange (HealthMailbox lub SM_): licencja CAL nie jest potrzebna.',
      external: '{{subject}} należy do użytkownika zewnętrznego, objętego licencją serwera: licencja CAL Standard nie jest potrzebna.',
    },
  },
  fix: {
    'assign-cal': 'Przypisz licencję CAL wymaganej wersji.',
    'release-cal': 'Zwolnij licencję CAL (i w razie potrzeby przypisz ją ponownie).',
    'add-purchase': 'Kup i zapisz brakujące licencje CAL.',
    'attach-proof': 'Dołącz fakturę, certyfikat lub e-mail z licencją.',
    'verify-server': 'Sprawdź aktywację w Exchange i zapisz weryfikację.',
    'activate-server': 'Wprowadź klucz produktu: Set-ExchangeServer -Identity <Serwer> -ProductKey <KluczProduktu>, a potem uruchom ponownie usługi Exchange.',
    'add-document': 'Wpisz numer faktury lub zamówienia.',
    'upgrade-cal': 'Kup licencje CAL wersji najnowszego serwera (lub z Software Assurance) i przypisz je ponownie.',
    'renew-coverage': 'Odnów Software Assurance lub subskrypcję.',
    'review-reassignment': 'Sprawdź powód ponownego przypisania i zapisz go.',
    'correct-dates': 'Popraw datę zakupu albo daty przypisania licencji CAL.',
    'convert-or-remove-mailbox': 'Zamień skrzynkę na współdzieloną lub ją usuń, a potem zwolnij jej licencję CAL.',
    'import-inventory': 'Zaimportuj aktualny eksport skrzynek pocztowych.',
    'add-server': 'Zapisz każdy serwer Exchange z jego wersją, aby każdą licencję CAL można było sprawdzić względem najnowszego z nich.',
    none: 'Nie trzeba nic robić.',
  },
  assignment: {
    'person-not-found': 'Osoby {{personId}} nie ma w rejestrze.',
    'purchase-not-found': 'Zakupu {{purchaseId}} nie ma w rejestrze.',
    'unknown-product': 'Zakup {{purchase}} wskazuje produkt spoza katalogu ({{productId}}).',
    'purchase-voided': 'Zakup {{purchase}} został unieważniony; jego licencji CAL nie można przypisać.',
    'person-left': '{{person}} odszedł(-a) {{leftOn}}; nie można przypisać licencji CAL od {{assignedOn}}.',
    'released-when-left': '{{person}} odszedł(-a) {{leftOn}}: licencja CAL od {{assignedOn}} zostanie zapisana jako zwolniona w dniu odejścia, tak jak odejście zwolniło jego (jej) licencje.',
    'lot-full': 'Wszystkie licencje z zakupu {{purchase}} ({{product}}) są przypisane (liczba licencji: {{quantity}}).',
    'duplicate-standard-cal': '{{person}} ma już aktywną licencję CAL Standard dla Exchange Server {{version}} ({{held}}).',
    'duplicate-enterprise-cal': '{{person}} ma już aktywną licencję CAL Enterprise dla Exchange Server {{version}} ({{held}}).',
    'duplicate-standard-cal-other-kind':
      '{{person}} ma już aktywną licencję CAL Standard dla Exchange Server {{version}} ({{held}}). Wystarczy jedna, na użytkownika lub na urządzenie: CAL na użytkownika obejmuje swojego posiadacza na każdym urządzeniu.',
    'duplicate-enterprise-cal-other-kind':
      '{{person}} ma już aktywną licencję CAL Enterprise dla Exchange Server {{version}} ({{held}}). Wystarczy jedna, na użytkownika lub na urządzenie: CAL na użytkownika obejmuje swojego posiadacza na każdym urządzeniu.',
    'enterprise-needs-standard': 'Licencja CAL Enterprise jest tylko dodatkiem: najpierw przypisz osobie {{person}} licencję CAL Standard.',
    'enterprise-needs-standard-released':
      'Licencja CAL Enterprise jest tylko dodatkiem i wymaga licencji CAL Standard przez cały czas, gdy jest przypisana: licencja CAL Standard osoby {{person}} jest zwolniona {{releasedOn}} i od tego dnia nie ma innej. Najpierw przypisz osobie {{person}} licencję CAL Standard od {{releasedOn}}.',
    'cal-older-than-server':
      '{{product}} jest liczona jako Exchange Server {{calVersion}}, a najnowszy serwer, {{server}}, działa na Exchange Server {{serverVersion}}. Licencja CAL obejmuje serwery swojej wersji lub starsze.',
    'cal-older-than-server-coverage-ended':
      '{{product}}: Software Assurance lub subskrypcja skończyła się {{until}}, więc licencja jest liczona jako Exchange Server {{calVersion}}; najnowszy serwer, {{server}}, działa na Exchange Server {{serverVersion}}. Licencja CAL obejmuje serwery swojej wersji lub starsze.',
    'cal-older-than-server-se-coverage-ended':
      '{{product}}: Software Assurance lub subskrypcja skończyła się {{until}}. Najnowszy serwer, {{server}}, działa na Exchange Server SE, do którego licencja CAL daje dostęp tylko przy aktywnym Software Assurance lub subskrypcji.',
    'cal-older-than-server-se-no-coverage':
      '{{product}} jest zapisana bez Software Assurance i bez subskrypcji. Najnowszy serwer, {{server}}, działa na Exchange Server SE, do którego licencja CAL daje dostęp tylko z nimi (jeśli zakup je ma, zapisz je przy zakupie).',
    'early-reassignment':
      'Ta licencja z zakupu {{purchase}} została przypisana osobie {{previous}} dnia {{previousStart}} (dni pomiędzy: {{days}}). Ponowne przypisanie przed upływem 90 dni jest dozwolone tylko, gdy poprzedni użytkownik odszedł, na zastępstwo nieobecnego lub, dla CAL na urządzenie, po trwałej awarii urządzenia.',
    'account-disabled': 'Konto osoby {{person}} jest wyłączone według ostatniego importu.',
    'assigned-before-purchase': 'Data przypisania {{assignedOn}} jest wcześniejsza niż data zakupu {{date}}.',
    'assigned-after-today': 'Przypisanie zaczyna się {{assignedOn}}, po dzisiejszej dacie ({{today}}): licencja CAL zajmuje miejsce już teraz, ale osoba jest nią objęta dopiero od tego dnia. Sprawdź datę, chyba że początek jest zaplanowany.'
  },
};
