/**
 * The sample register: a small Polish company with one Exchange 2019 server and a new SE server on
 * trial, added after the CALs were assigned (the migration that makes an old CAL fall short). Dates are days relative to the day the sample is created, so it tells the same story
 * whenever it is opened. Each person's note says which finding they are there to show.
 */
import type { Organization } from '../domain/model';

export const sampleOrganization: Organization = {
  name: 'BudMax Wiśniewski sp. z o.o. (przykład)',
  taxId: '5250000000',
  address: 'ul. Żwirki i Wigury 12, 02-092 Warszawa',
  contact: 'Łukasz Żółkiewski, it@budmax.przyklad.pl',
};

export const sampleDomain = 'budmax.przyklad.pl';

export interface SampleServer {
  name: string;
  product: 'Exchange Server 2019' | 'Exchange Server SE';
  edition: 'Standard' | 'Enterprise';
  build: string;
  activation: { state: 'activated' } | { state: 'trial'; daysLeft: number };
  partialProductKey: string;
  verified: boolean;
  /** Added after the assignments: a newer server does not block history, it shows in findings. */
  addedLast: boolean;
  notes: string;
}

export const sampleServers: SampleServer[] = [
  { name: 'EX01', product: 'Exchange Server 2019', edition: 'Standard', build: '15.2.1544.4', activation: { state: 'activated' }, partialProductKey: 'H4K7M', verified: true, addedLast: false, notes: 'Serwer produkcyjny w serwerowni biura.' },
  { name: 'EX-SE', product: 'Exchange Server SE', edition: 'Standard', build: '15.2.2562.17', activation: { state: 'trial', daysLeft: 45 }, partialProductKey: '', verified: false, addedLast: true, notes: 'Nowy serwer SE w trakcie migracji; klucz produktu jeszcze nie wpisany.' },
];

export interface SampleProof {
  fileName: string;
  kind: 'invoice-pdf' | 'certificate-text' | 'license-email';
  /** Lines printed into the generated file. */
  lines: string[];
}

export interface SamplePurchase {
  /** Key the assignments use; the document number when there is one. */
  key: string;
  productId: string;
  quantity: number;
  dayOffset: number;
  vendor: string;
  document: string;
  program: 'retail' | 'oem' | 'volume' | 'csp';
  coverage: { kind: 'perpetual' } | { kind: 'software-assurance' | 'subscription'; untilOffset: number };
  notes: string;
  proofs: SampleProof[];
}

export const samplePurchases: SamplePurchase[] = [
  {
    key: 'FV/2024/03/17',
    productId: 'exchange-2019-standard-user-cal',
    quantity: 20,
    dayOffset: -620,
    vendor: 'Przykładowy Dystrybutor sp. z o.o.',
    document: 'FV/2024/03/17',
    program: 'volume',
    coverage: { kind: 'software-assurance', untilOffset: 475 },
    notes: 'Umowa licencjonowania zbiorowego z Software Assurance na 3 lata.',
    proofs: [
      { fileName: 'FV_2024_03_17.pdf', kind: 'invoice-pdf', lines: ['FAKTURA VAT FV/2024/03/17', 'Exchange Server 2019 Standard User CAL x 20', 'Software Assurance 3 lata', 'Nabywca: BudMax Wisniewski sp. z o.o.'] },
      { fileName: 'certyfikat-licencji-2019.txt', kind: 'certificate-text', lines: ['Potwierdzenie licencji — licencjonowanie zbiorowe', 'Produkt: Exchange Server 2019 Standard User CAL', 'Ilość: 20', 'Software Assurance: aktywne'] },
    ],
  },
  {
    key: 'CSP/2025/08/0042',
    productId: 'exchange-se-standard-user-cal',
    quantity: 5,
    dayOffset: -85,
    vendor: 'Przykładowy Partner CSP sp. z o.o.',
    document: 'CSP/2025/08/0042',
    program: 'csp',
    coverage: { kind: 'subscription', untilOffset: 280 },
    notes: 'Subskrypcja roczna dla nowych pracowników działu projektów.',
    proofs: [{ fileName: 'potwierdzenie-subskrypcji.eml', kind: 'license-email', lines: ['Subject: Potwierdzenie zamówienia CSP/2025/08/0042', 'Exchange Server SE Standard User CAL x 5', 'Okres subskrypcji: 12 miesięcy'] }],
  },
  {
    key: 'ZAM/2024/118',
    productId: 'exchange-2019-enterprise-user-cal',
    quantity: 2,
    dayOffset: -600,
    vendor: 'Przykładowy Dystrybutor sp. z o.o.',
    document: 'ZAM/2024/118',
    program: 'volume',
    coverage: { kind: 'software-assurance', untilOffset: 475 },
    notes: 'Archiwum i blokada dla zarządu i IT. Faktura do dołączenia.',
    proofs: [],
  },
  {
    key: 'zakup-sklep-2019',
    productId: 'exchange-2019-standard-user-cal',
    quantity: 3,
    dayOffset: -1500,
    vendor: 'Sklep komputerowy',
    document: '',
    program: 'retail',
    coverage: { kind: 'perpetual' },
    notes: 'Kupione w sklepie razem z serwerem EX01, bez Software Assurance; faktury nie odnaleziono.',
    proofs: [],
  },
];

export interface SamplePerson {
  login: string;
  givenName: string;
  surname: string;
  department: string;
  title: string;
  /** What the directory exports say. */
  mailbox: 'user' | 'none';
  accountEnabled: boolean;
  archive?: boolean;
  litigationHold?: boolean;
  external?: string;
  notes?: string;
}

const person = (login: string, givenName: string, surname: string, department: string, title: string, extra: Partial<SamplePerson> = {}): SamplePerson => ({
  login,
  givenName,
  surname,
  department,
  title,
  mailbox: 'user',
  accountEnabled: true,
  ...extra,
});

export const samplePeople: SamplePerson[] = [
  person('anna.wisniewska', 'Anna', 'Wiśniewska', 'Zarząd', 'Prezes zarządu', { archive: true }),
  person('lukasz.zolkiewski', 'Łukasz', 'Żółkiewski', 'IT', 'Administrator', { litigationHold: true }),
  person('malgorzata.krol', 'Małgorzata', 'Król', 'Księgowość', 'Główna księgowa'),
  person('pawel.sledz', 'Paweł', 'Śledź', 'Sprzedaż', 'Kierownik sprzedaży'),
  person('zofia.gorska', 'Zofia', 'Górska', 'Sprzedaż', 'Handlowiec'),
  person('jerzy.nowak', 'Jerzy', 'Nowak', 'Projekty', 'Kierownik budowy'),
  person('katarzyna.dabrowska', 'Katarzyna', 'Dąbrowska', 'Projekty', 'Projektantka'),
  person('grzegorz.lewandowski', 'Grzegorz', 'Lewandowski', 'Magazyn', 'Magazynier'),
  person('agnieszka.wojcik', 'Agnieszka', 'Wójcik', 'Księgowość', 'Księgowa'),
  person('tomasz.kaczmarek', 'Tomasz', 'Kaczmarek', 'Sprzedaż', 'Handlowiec'),
  person('ewa.mazur', 'Ewa', 'Mazur', 'Kadry', 'Specjalistka ds. kadr'),
  person('michal.zielinski', 'Michał', 'Zieliński', 'IT', 'Technik IT'),
  person('jozef.pietrzak', 'Józef', 'Pietrzak', 'Magazyn', 'Kierownik magazynu', { notes: 'Ma licencję CAL 2019 bez Software Assurance: nie obejmuje serwera SE.' }),
  person('barbara.szymanska', 'Barbara', 'Szymańska', 'Projekty', 'Architektka'),
  person('krzysztof.wozniak', 'Krzysztof', 'Woźniak', 'Sprzedaż', 'Handlowiec'),
  person('joanna.kowalczyk', 'Joanna', 'Kowalczyk', 'Marketing', 'Specjalistka ds. marketingu'),
  person('lena.pawlak', 'Lena', 'Pawlak', 'Marketing', 'Graficzka'),
  person('piotr.jankowski', 'Piotr', 'Jankowski', 'Projekty', 'Inżynier budowy', { accountEnabled: false, notes: 'Odszedł z firmy; skrzynka czeka na zamianę na współdzieloną.' }),
  person('dorota.wrobel', 'Dorota', 'Wróbel', 'Projekty', 'Inżynier budowy', { notes: 'Przejęła licencję CAL Piotra Jankowskiego.' }),
  person('marek.kaminski', 'Marek', 'Kamiński', 'Projekty', 'Kierownik robót', { mailbox: 'none', notes: 'Przeszedł na budowę, gdzie nie korzysta z poczty.' }),
  person('aleksandra.lis', 'Aleksandra', 'Lis', 'Projekty', 'Kosztorysantka', { notes: 'Przejęła miejsce Marka Kamińskiego po 40 dniach: za wcześnie przy zmianie roli.' }),
  person('stanislaw.wieczorek', 'Stanisław', 'Wieczorek', 'Zarząd', 'Członek zarządu', { accountEnabled: false, notes: 'Długi urlop; konto wyłączone.' }),
  person('hanna.zajac', 'Hanna', 'Zając', 'Księgowość', 'Księgowa', { notes: 'Nowa osoba; licencja CAL jeszcze nie przypisana.' }),
  person('wojciech.krawczyk', 'Wojciech', 'Krawczyk', 'IT', 'Administrator sieci', { mailbox: 'none', notes: 'Konto administracyjne bez skrzynki.' }),
  person('ireneusz.scibor', 'Ireneusz', 'Ścibor', 'IT', 'Specjalista ds. bezpieczeństwa', { litigationHold: true }),
  person('natalia.grabowska', 'Natalia', 'Grabowska', 'Biuro rachunkowe', 'Księgowa zewnętrzna', { external: 'Biuro rachunkowe; dostęp tylko do skrzynki faktur.' }),
];

export interface SampleAssignment {
  login: string;
  purchase: string;
  dayOffset: number;
  release?: { dayOffset: number; reason: 'left' | 'absence-cover' | 'hardware-failure' | 'role-change' | 'other'; notes: string };
}

const onLot = (purchase: string, dayOffset: number) => (login: string): SampleAssignment => ({ login, purchase, dayOffset });

export const sampleAssignments: SampleAssignment[] = [
  ...[
    'anna.wisniewska',
    'lukasz.zolkiewski',
    'malgorzata.krol',
    'pawel.sledz',
    'zofia.gorska',
    'jerzy.nowak',
    'katarzyna.dabrowska',
    'grzegorz.lewandowski',
    'agnieszka.wojcik',
    'tomasz.kaczmarek',
    'ewa.mazur',
    'michal.zielinski',
    'stanislaw.wieczorek',
    'wojciech.krawczyk',
    'ireneusz.scibor',
  ].map(onLot('FV/2024/03/17', -600)),
  { login: 'piotr.jankowski', purchase: 'FV/2024/03/17', dayOffset: -600, release: { dayOffset: -60, reason: 'left', notes: 'Koniec umowy o pracę.' } },
  { login: 'dorota.wrobel', purchase: 'FV/2024/03/17', dayOffset: -55 },
  ...['barbara.szymanska', 'krzysztof.wozniak', 'joanna.kowalczyk', 'lena.pawlak'].map(onLot('CSP/2025/08/0042', -80)),
  // The lot is full, so Aleksandra takes Marek's seat 40 days after he got it: an early reassignment.
  { login: 'marek.kaminski', purchase: 'CSP/2025/08/0042', dayOffset: -80, release: { dayOffset: -45, reason: 'role-change', notes: 'Zmiana stanowiska.' } },
  { login: 'aleksandra.lis', purchase: 'CSP/2025/08/0042', dayOffset: -40 },
  ...['anna.wisniewska', 'lukasz.zolkiewski'].map(onLot('ZAM/2024/118', -590)),
  onLot('zakup-sklep-2019', -1400)('jozef.pietrzak'),
];

/** Mailboxes that are not people: none of them needs a CAL. */
export const sampleOtherMailboxes = [
  { alias: 'biuro', displayName: 'Biuro — skrzynka wspólna', type: 'SharedMailbox' },
  { alias: 'faktury', displayName: 'Faktury', type: 'SharedMailbox' },
  { alias: 'sala.narad', displayName: 'Sala narad (1. piętro)', type: 'RoomMailbox' },
  { alias: 'projektor', displayName: 'Projektor przenośny', type: 'EquipmentMailbox' },
  { alias: 'DiscoverySearchMailbox', displayName: 'Discovery Search Mailbox', type: 'DiscoveryMailbox' },
] as const;
