import type { MessageCatalog } from '../catalog';

/** The compliance dashboard on the Overview: position per product, findings, servers, last import, next actions. */
export const en = {
  compliance: {
    title: 'License compliance',
    asOf: 'As of {{date}}',
    loading: 'Checking the register…',
    refresh: 'Recalculate',
    position: {
      title: 'Position per product',
      empty: 'No CAL is purchased, assigned or required yet.',
      purchased: 'Purchased',
      required: 'Required',
      assigned: 'Assigned',
      numbers: '{{purchased}} purchased · {{required}} required · {{assigned}} assigned',
      shortfall: 'Shortfall: {{count, number}}',
      surplus: 'Surplus: {{count, number}}',
      // CALs of a version older than the server's (or SE CALs without the SA an SE server needs): spare, but of no use to it.
      surplusNotReaching: 'Surplus: {{count, number}} ({{notReaching, number}} do not cover the server in use)',
      covered: 'Covered',
      gauge: '{{product}}: {{purchased, number}} purchased, {{required, number}} required, {{assigned, number}} assigned',
      // Label and number, so one number or many reads right in both languages (no plural to agree with).
      inventory: 'Latest inventory — mailboxes: {{mailboxes}}, needing a CAL: {{needCal}}, needing none: {{exempt}}.',
    },
    findings: {
      title: 'Open findings',
      none: 'No open findings.',
      show: 'Show {{label}}',
      all: 'Show all findings',
    },
    servers: {
      title: 'Servers',
      none: 'No Exchange server is recorded.',
      recordedAsSe: '{{product}} (recorded as SE, released {{date}})',
    },
    lastImport: {
      title: 'Last import',
      never: 'Nothing imported yet. Import a mailbox export to count who needs a CAL.',
      when: 'Imported {{age}} ({{date}})',
      source: '{{file}} — {{kind}}, {{rows}} rows',
      sourceEarlier: '{{file}} — {{kind}}, {{rows}} rows, still counted from the import of {{date}}',
    },
    next: {
      title: 'What to do next',
      none: 'Nothing to do: every rule passes.',
      count_one: '{{count}} finding',
      count_other: '{{count}} findings',
      example: 'For example: {{subject}}',
    },
    shared: {
      label: 'Count shared mailboxes as needing a CAL',
      hint: 'Off by default: a shared mailbox needs no CAL of its own, the people who open it need theirs. Exchange’s own count includes shared mailboxes; turn this on to count as Exchange does.',
      failed: 'The setting was not saved.',
    },
  },
} satisfies MessageCatalog;

export const pl = {
  compliance: {
    title: 'Zgodność licencyjna',
    asOf: 'Stan na {{date}}',
    loading: 'Sprawdzanie rejestru…',
    refresh: 'Przelicz',
    position: {
      title: 'Stan licencji według produktu',
      empty: 'Nie kupiono, nie przypisano ani nie jest wymagana jeszcze żadna licencja CAL.',
      purchased: 'Kupione',
      required: 'Wymagane',
      assigned: 'Przypisane',
      numbers: 'kupione: {{purchased}} · wymagane: {{required}} · przypisane: {{assigned}}',
      shortfall: 'Niedobór: {{count, number}}',
      surplus: 'Nadwyżka: {{count, number}}',
      surplusNotReaching: 'Nadwyżka: {{count, number}} (w tym {{notReaching, number}} nieobejmujących używanego serwera)',
      covered: 'Pokryte',
      gauge: '{{product}}: kupione {{purchased, number}}, wymagane {{required, number}}, przypisane {{assigned, number}}',
      inventory: 'Najnowszy stan — skrzynki pocztowe: {{mailboxes}}, wymagające licencji CAL: {{needCal}}, niewymagające: {{exempt}}.',
    },
    findings: {
      title: 'Otwarte ustalenia',
      none: 'Brak otwartych ustaleń.',
      show: 'Pokaż: {{label}}',
      all: 'Pokaż wszystkie ustalenia',
    },
    servers: {
      title: 'Serwery',
      none: 'Nie zapisano żadnego serwera Exchange.',
      recordedAsSe: '{{product}} (zapisany jako SE, wydany {{date}})',
    },
    lastImport: {
      title: 'Ostatni import',
      never: 'Jeszcze nic nie zaimportowano. Zaimportuj eksport skrzynek pocztowych, aby policzyć, kto potrzebuje licencji CAL.',
      when: 'Zaimportowano {{age}} ({{date}})',
      source: '{{file}} — {{kind}}, wiersze: {{rows}}',
      sourceEarlier: '{{file}} — {{kind}}, wiersze: {{rows}}, nadal liczone z importu z {{date}}',
    },
    next: {
      title: 'Co dalej',
      none: 'Nic do zrobienia: wszystkie reguły są spełnione.',
      count_one: '{{count}} ustalenie',
      count_few: '{{count}} ustalenia',
      count_many: '{{count}} ustaleń',
      count_other: '{{count}} ustalenia',
      example: 'Na przykład: {{subject}}',
    },
    shared: {
      label: 'Licz skrzynki współdzielone jako wymagające licencji CAL',
      hint: 'Domyślnie wyłączone: skrzynka współdzielona nie wymaga własnej licencji CAL, potrzebują jej osoby, które ją otwierają. Exchange wlicza skrzynki współdzielone do swojego zliczenia; włącz, aby liczyć tak jak Exchange.',
      failed: 'Ustawienie nie zostało zapisane.',
    },
  },
} satisfies MessageCatalog;
