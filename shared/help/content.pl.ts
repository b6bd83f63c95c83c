import type { HelpContent } from './types';

/** „Jak działa licencjonowanie CAL” po polsku, na podstawie faktów z DOMAIN.md. */
export const helpPl: HelpContent = {
  'cal-and-server': {
    id: 'cal-and-server',
    title: 'Licencja serwera i licencja dostępowa (CAL)',
    summary: 'Exchange wymaga dwóch rodzajów licencji: jednej na każdy serwer i jednej na każdego użytkownika lub urządzenie, które z niego korzysta.',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Każdy serwer Exchange wymaga licencji serwera w edycji Standard lub Enterprise. Edycje różnią się skalą: serwer Standard obsługuje do 5 baz danych, serwer Enterprise do 100.',
      },
      {
        kind: 'paragraph',
        text: 'Każdy użytkownik lub każde urządzenie, które łączy się z serwerem, wymaga licencji dostępowej (CAL). Edycja CAL nie zależy od edycji serwera: CAL Standard może łączyć się z serwerem w edycji Enterprise.',
      },
      {
        kind: 'paragraph',
        text: 'CAL to prawo, które się przypisuje i dokumentuje. Rejestr licencji zapisuje, kto ma każdą licencję CAL, z którego zakupu, od kiedy i gdzie jest dowód zakupu.',
      },
    ],
  },
  'no-key': {
    id: 'no-key',
    title: 'Licencja CAL nie ma klucza',
    summary: 'Licencji CAL nigdy się nie aktywuje; aktywuje się tylko serwer, jego kluczem produktu.',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Nie ma miejsca na wpisanie „klucza CAL”. Jeśli go szukasz, mylisz licencję serwera z licencją dostępową. Serwer aktywuje się osobno kluczem produktu, a potem uruchamia ponownie usługi Exchange:',
      },
      { kind: 'command', text: 'Set-ExchangeServer -Identity <Serwer> -ProductKey <KluczProduktu>' },
      { kind: 'paragraph', text: 'Aby sprawdzić wersję, numer kompilacji i to, czy serwer nadal działa jako wersja próbna:' },
      { kind: 'command', text: 'Get-ExchangeServer | Format-List Name,Edition,AdminDisplayVersion,IsExchangeTrialEdition,RemainingTrialPeriod' },
      {
        kind: 'paragraph',
        text: 'Utworzenie skrzynki pocztowej to konfiguracja techniczna; nie oznacza, że ktoś ma licencję CAL. Exchange działa dalej, gdy skrzynek jest więcej niż licencji CAL, ale środowisko nie zachowuje wtedy zgodności licencyjnej.',
      },
    ],
  },
  'user-vs-device': {
    id: 'user-vs-device',
    title: 'CAL na użytkownika czy CAL na urządzenie',
    summary: 'CAL na użytkownika należy do osoby; CAL na urządzenie zostaje przy urządzeniu.',
    blocks: [
      {
        kind: 'list',
        items: [
          'CAL na użytkownika obejmuje jedną wskazaną osobę na dowolnej liczbie urządzeń: komputer w biurze, laptop i telefon; Outlook, Outlook w sieci Web i dostęp mobilny obejmuje ta sama licencja.',
          'Licencji CAL na użytkownika nie mogą dzielić się różne osoby, nawet na jednym komputerze.',
          'CAL na urządzenie obejmuje jedno urządzenie używane przez dowolną liczbę osób, na przykład wspólny komputer w recepcji.',
          'Organizacja może łączyć licencje CAL na użytkownika i na urządzenie; rejestr zapisuje, którą jest każdy zakup.',
          'Osoba potrzebuje jednej licencji CAL danej edycji i wersji: CAL na użytkownika i CAL na urządzenie tej samej wersji przypisane jednej osobie licencjonują ją dwa razy, więc przypisanie drugiej zostanie odrzucone, a sprawdzenie zgodności to zgłosi.',
        ],
      },
    ],
  },
  'standard-vs-enterprise': {
    id: 'standard-vs-enterprise',
    title: 'CAL Standard i CAL Enterprise',
    summary: 'CAL Enterprise jest dodatkiem: osoba, która ją ma, potrzebuje też licencji CAL Standard.',
    blocks: [
      {
        kind: 'paragraph',
        text: 'CAL Standard obejmuje pocztę, kalendarz, kontakty i zadania, Outlook w sieci Web, dostęp mobilny ActiveSync z podstawowymi zasadami, ochronę przed złośliwym oprogramowaniem i spamem, kronikowanie na poziomie bazy danych, domyślne zasady przechowywania i wyszukiwanie eDiscovery w miejscu.',
      },
      { kind: 'paragraph', text: 'Skrzynka pocztowa, która korzysta z którejkolwiek z tych funkcji, wymaga licencji CAL Enterprise oprócz CAL Standard:' },
      {
        kind: 'list',
        items: [
          'lokalna skrzynka archiwum (archiwum w chmurze jest licencjonowane w Exchange Online);',
          'blokada w miejscu lub blokada na potrzeby postępowania sądowego;',
          'ochrona przed utratą danych i zarządzanie prawami do informacji;',
          'niestandardowe zasady przechowywania;',
          'kronikowanie dla użytkownika lub listy dystrybucyjnej;',
          'Unified Messaging (tylko Exchange 2016).',
        ],
      },
      {
        kind: 'paragraph',
        text: 'Import odczytuje archiwa i blokady z Get-Mailbox; pozostałe funkcje zaznacza się ręcznie przy osobie, gdy wiadomo, że z nich korzysta.',
      },
    ],
  },
  versions: {
    id: 'versions',
    title: 'Wersje i Exchange Server SE',
    summary: 'Licencja CAL daje dostęp do serwerów swojej wersji lub starszych.',
    blocks: [
      {
        kind: 'list',
        items: [
          'CAL 2019 obejmuje serwery 2016 i 2019; CAL 2016 nie obejmuje serwera 2019.',
          'Rejestr przyjmuje najnowszy zapisany w nim serwer Exchange jako wersję, którą musi osiągać każda licencja CAL. To ostrożna interpretacja i każde ustalenie to zaznacza.',
          'Exchange Server Subscription Edition (SE) następuje po wersji 2019 (kompilacja 15.2.2562 i nowsze). Można go używać tylko z licencjami w subskrypcji lub z aktywnym Software Assurance; tak samo każdej licencji CAL, która łączy się z serwerem SE.',
          'Wersja SE ukazała się w lipcu 2025 r. Rejestr nie zapisuje, od kiedy serwer działa na SE, więc na datę sprzed 1 lipca 2025 r. serwer zapisany jako SE jest oceniany jako Exchange 2019, którym wtedy był; gdy nie zapisano żadnego serwera, a w tym dniu nie posiadano żadnego zakupu, licencje CAL są oceniane względem Exchange 2019.',
          'Dlatego zakup zapisuje swoje pokrycie: licencja wieczysta, wieczysta z Software Assurance do daty albo subskrypcja do daty. Dopóki pokrycie trwa, CAL liczy się jako najnowsza wersja: SE od jej wydania, Exchange 2019 przed 1 lipca 2025 r.; po dacie końcowej liczy się jako kupiona wersja.',
          'Exchange 2016 i 2019 straciły wsparcie rozszerzone 14 października 2025 r. Ich licencje pozostają ważne; rejestr oznacza takie serwery informacyjnie.',
        ],
      },
    ],
  },
  'who-needs-a-cal': {
    id: 'who-needs-a-cal',
    title: 'Kto potrzebuje licencji CAL, a kto nie',
    summary: 'Osoby ze skrzynkami użytkownika potrzebują licencji CAL; skrzynki współdzielone, zasobów i systemowe — nie.',
    blocks: [
      {
        kind: 'table',
        head: ['Skrzynka lub adresat', 'CAL dla samej skrzynki'],
        rows: [
          ['Skrzynka użytkownika, skrzynka połączona, zdalna skrzynka użytkownika z dostępem lokalnym', 'Tak: CAL Standard dla osoby'],
          ['Skrzynka współdzielona', 'Nie: osoby, które ją otwierają, potrzebują własnej licencji CAL'],
          ['Skrzynki sali i skrzynki sprzętu', 'Nie'],
          ['Skrzynki wykrywania, arbitrażu, dziennika inspekcji, systemowe, monitorowania i folderów publicznych', 'Nie (skrzynki systemowe)'],
          ['Użytkownicy poczty i kontakty pocztowe (bez skrzynki na serwerze)', 'Nie'],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Rejestr liczy tak jak audytor: każda skrzynka użytkownika lub połączona wymaga licencji CAL Standard, nawet gdy jej konto w Active Directory jest wyłączone, bo serwer nadal ją obsługuje. Zamień taką skrzynkę na współdzieloną albo ją usuń, a potem zwolnij jej licencję CAL.',
      },
      {
        kind: 'paragraph',
        text: 'Raport CAL samego Exchange liczy też skrzynki współdzielone, więc może pokazywać więcej niż rejestr; ekran Ustalenia wyjaśnia różnicę. Ustawienie pozwala liczyć skrzynki współdzielone jako wymagające licencji CAL, jeśli wolisz taką zasadę.',
      },
      {
        kind: 'paragraph',
        text: 'Użytkownicy zewnętrzni (osoby, które nie są pracownikami ani wykonawcami na miejscu) są licencjonowani razem z serwerem; oznacz ich jako zewnętrznych z notatką. Funkcje Enterprise nadal wymagają dla nich obu licencji CAL.',
      },
    ],
  },
  reassignment: {
    id: 'reassignment',
    title: 'Zwalnianie i ponowne przypisanie licencji CAL',
    summary: 'Licencję CAL można przenieść na inną osobę, ale nie wcześniej niż 90 dni od ostatniego przeniesienia, z trzema wyjątkami.',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Zanim licencja CAL zostanie użyta, przypisuje się ją użytkownikowi lub urządzeniu. Można ją przypisać ponownie komuś innemu nie wcześniej niż 90 dni od ostatniego przeniesienia, chyba że:',
      },
      {
        kind: 'list',
        items: [
          'zakończyło się zatrudnienie lub umowa użytkownika;',
          'urządzenie trwale uległo awarii lub zaginęło (CAL na urządzenie);',
          'to tymczasowe zastępstwo za nieobecnego użytkownika lub niedziałające urządzenie.',
        ],
      },
      {
        kind: 'paragraph',
        text: 'Dostęp poprzedniego użytkownika musi się zakończyć. Rejestr przechowuje początek, koniec i powód każdego przypisania, nigdy nie usuwa historii i ostrzega, gdy miejsce trafia do innej osoby przed upływem 90 dni z innego powodu.',
      },
    ],
  },
  proof: {
    id: 'proof',
    title: 'Dowód licencji',
    summary: 'Przechowuj dokumenty pokazujące, co zostało kupione, tak długo, jak używasz oprogramowania.',
    blocks: [
      {
        kind: 'list',
        items: [
          'fakturę lub paragon od sprzedawcy;',
          'certyfikat licencji lub e-mail z potwierdzeniem licencji;',
          'dokumenty licencjonowania zbiorowego lub CSP: numer umowy i potwierdzenie licencji;',
          'dla licencji detalicznych i OEM — certyfikat lub opakowanie.',
        ],
      },
      {
        kind: 'paragraph',
        text: 'Dołącz te pliki do każdego zakupu. Rejestr przechowuje je w folderze dowodów pod ich skrótem SHA-256 i sprawdza skrót przy każdej weryfikacji, więc brakujący lub zmieniony plik zostanie zgłoszony.',
      },
    ],
  },
  'other-licenses': {
    id: 'other-licenses',
    title: 'Licencje spoza tego rejestru',
    summary: 'Licencja CAL Exchange nie jest jedyną licencją, której potrzebuje użytkownik.',
    blocks: [
      {
        kind: 'list',
        items: [
          'Każdy użytkownik lub każde urządzenie łączące się z serwerem Exchange potrzebuje też licencji CAL dla Windows Server.',
          'Licencja CAL Exchange nie obejmuje samego programu Outlook; Outlook jest licencjonowany razem z pakietem Office.',
        ],
      },
    ],
  },
};
