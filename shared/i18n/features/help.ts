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
      text: 'Open a complete register of a small company, with servers, purchases, proofs, people, history and findings of every kind. It is created in the app data folder and can be re-created at any time.',
      open: 'Open the sample register',
      opening: 'Creating the sample register…',
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
      text: 'Otwórz pełny rejestr licencji małej firmy z serwerami, zakupami, dowodami zakupu, osobami, historią i ustaleniami każdego rodzaju. Powstaje w folderze danych aplikacji i można go w każdej chwili utworzyć od nowa.',
      open: 'Otwórz przykładowy rejestr',
      opening: 'Tworzenie przykładowego rejestru…',
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
