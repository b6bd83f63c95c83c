import type { MessageCatalog } from '../catalog';

/** The help page and its links; the page's sections live in shared/help. */
export const en = {
  help: {
    title: 'How CAL licensing works',
    intro: 'What an Exchange Server CAL is, who needs one and how to keep the register an auditor expects. Facts follow the Microsoft Product Terms as summarized for this app.',
    contents: 'Contents',
    link: 'Help: {{topic}}',
    linkShort: 'How does this work?',
    sample: {
      title: 'Explore a sample register',
      text: 'Open a complete register of a small company, with servers, purchases, proofs, people, history and findings of many kinds. It is created in the app data folder and can be re-created at any time.',
      open: 'Open the sample register',
      opening: 'Creating the sample register…',
    },
    keyboard: {
      title: 'Working from the keyboard',
      text: 'Every screen works without a mouse. On a Mac, Cmd takes the place of Ctrl.',
      keysHeader: 'Keys',
      actionHeader: 'What they do',
      keys: {
        tab: 'Tab, Shift+Tab',
        skip: 'Tab on a new screen',
        navigation: '↑ ↓ in the navigation',
        newRegister: 'Ctrl+N',
        openRegister: 'Ctrl+O',
        rowMenu: 'Enter, Space or ↓',
        dialog: 'Enter · Esc',
        dateType: '31.01.2026 or 2026-01-31',
        calendar: '↓ in a date field',
      },
      actions: {
        tab: 'Move to the next or previous field, button or link.',
        skip: 'The first stop offers “Skip to the screen”, past the navigation.',
        navigation: 'Move between the screens; Enter or Space opens the one reached. Tab into the navigation lands on the screen shown, the next Tab goes into the screen.',
        newRegister: 'Start a new register in a folder you choose.',
        openRegister: 'Open another register (one folder per organization).',
        rowMenu: 'On a row’s Actions button: open its menu; arrows move, Enter chooses, Esc closes.',
        dialog: 'In a dialog: save or confirm · cancel, focus back where it was.',
        dateType: 'A date typed in full is taken at once; other forms (1.3.2026) on Enter or Tab. A day that does not exist is never taken.',
        calendar: 'Open the calendar: arrows move by day and week, Enter picks, Esc closes.',
      },
    },
    diagnostics: {
      title: 'Diagnostics for support',
      text: 'Copies the app and system versions, the register’s counts and the end of the log to the clipboard, with e-mail addresses masked, so you can paste them into a message to support.',
      copy: 'Copy diagnostics',
      copied: 'Diagnostics copied to the clipboard.',
      clipboardFailed: 'The clipboard could not be written.',
    },
  },
} as const satisfies { help: MessageCatalog };

export const pl = {
  help: {
    title: 'Jak działa licencjonowanie CAL',
    intro: 'Czym jest licencja dostępowa (CAL) do Exchange Server, kto jej potrzebuje i jak prowadzić rejestr licencji, jakiego oczekuje audytor. Fakty według postanowień licencyjnych Microsoft (Product Terms) w skrócie przygotowanym dla tej aplikacji.',
    contents: 'Spis treści',
    link: 'Pomoc: {{topic}}',
    linkShort: 'Jak to działa?',
    sample: {
      title: 'Przykładowy rejestr',
      text: 'Otwórz pełny rejestr licencji małej firmy z serwerami, zakupami, dowodami zakupu, osobami, historią i ustaleniami wielu rodzajów. Powstaje w folderze danych aplikacji i można go w każdej chwili utworzyć od nowa.',
      open: 'Otwórz przykładowy rejestr',
      opening: 'Tworzenie przykładowego rejestru…',
    },
    keyboard: {
      title: 'Praca z klawiatury',
      text: 'Każdy ekran działa bez myszy. Na Macu zamiast Ctrl używa się Cmd.',
      keysHeader: 'Klawisze',
      actionHeader: 'Działanie',
      keys: {
        tab: 'Tab, Shift+Tab',
        skip: 'Tab na nowym ekranie',
        navigation: '↑ ↓ w nawigacji',
        newRegister: 'Ctrl+N',
        openRegister: 'Ctrl+O',
        rowMenu: 'Enter, Spacja lub ↓',
        dialog: 'Enter · Esc',
        dateType: '31.01.2026 lub 2026-01-31',
        calendar: '↓ w polu daty',
      },
      actions: {
        tab: 'Przejście do następnego lub poprzedniego pola, przycisku albo łącza.',
        skip: 'Pierwszy krok proponuje „Przejdź do ekranu” z pominięciem nawigacji.',
        navigation: 'Przejście między ekranami; Enter lub Spacja otwiera wskazany. Tab prowadzi do nawigacji na pozycję otwartego ekranu, a następny Tab do samego ekranu.',
        newRegister: 'Nowy rejestr w wybranym folderze.',
        openRegister: 'Otwarcie innego rejestru (jeden folder na organizację).',
        rowMenu: 'Na przycisku Akcje wiersza: otwiera jego menu; strzałki przechodzą, Enter wybiera, Esc zamyka.',
        dialog: 'W oknie dialogowym: zapis lub potwierdzenie · anulowanie z powrotem tam, gdzie było.',
        dateType: 'Data wpisana w całości jest przyjmowana od razu, inne zapisy (1.3.2026) po Enter lub Tab. Dzień, którego nie ma w kalendarzu, nigdy nie jest przyjmowany.',
        calendar: 'Otwiera kalendarz: strzałki przechodzą o dzień i tydzień, Enter wybiera, Esc zamyka.',
      },
    },
    diagnostics: {
      title: 'Diagnostyka dla wsparcia technicznego',
      text: 'Kopiuje do schowka wersje aplikacji i systemu, liczniki rejestru i koniec dziennika, z zamaskowanymi adresami e-mail, aby można je było wkleić do wiadomości do wsparcia.',
      copy: 'Kopiuj diagnostykę',
      copied: 'Skopiowano diagnostykę do schowka.',
      clipboardFailed: 'Nie udało się zapisać do schowka.',
    },
  },
} as const satisfies { help: MessageCatalog };
