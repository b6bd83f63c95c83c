import { schemaHints } from '../domain/hints';
import { serviceErrorsEn } from '../errors/messages';
import type { MessageCatalog } from './catalog';

/** English UI messages. Keys are shared with pl.ts (test/unit/i18n/catalog.test.ts keeps them in step). */
export const en = {
  app: {
    name: 'CAL Register',
    tagline: 'Exchange Server Client Access License register',
    loading: 'Loading the register…',
    skipToContent: 'Skip to the screen',
    // A change (or an export) answered by main after another register was opened: said once, as the app frame's notice.
    elsewhere: {
      changeDone: 'The change was saved in register "{{folder}}", which is no longer open. The register open now was not changed.',
      changeNotDone: 'The change was not saved in register "{{folder}}", which is no longer open. The register open now was not changed.',
      workbookDone: 'The audit workbook of register "{{folder}}", which is no longer open, was saved as {{file}}.',
      workbookNotDone: 'The audit workbook of register "{{folder}}", which is no longer open, was not saved.',
    },
  },
  readOnly: {
    title: 'Opened read-only',
    body: 'You can read this register and export the audit workbook, but nothing in it can be changed. It shows the register as it was when it was opened.',
    openForEditing: 'Open for editing',
    assign: 'A CAL cannot be assigned while the register is open read-only. To assign one, choose Open for editing at the top of the screen.',
  },
  common: {
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    saving: 'Saving…',
    restore: 'Restore',
    notSet: 'Not set',
    comingSoon: 'Coming soon',
    discardQuestion: 'Discard what you entered in this form?',
    discardChanges: 'Discard',
    keepEditing: 'Keep editing',
  },
  dateField: {
    placeholder: 'yyyy-mm-dd',
    invalid: 'Type a date as yyyy-mm-dd, for example {{example}}, or pick one from the calendar (↓).',
    noSuchDay: 'The calendar has no day {{text}}. Type a day that exists, or pick one from the calendar (↓).',
    ambiguous: '{{text}} could be day first or month first: type it as yyyy-mm-dd, for example {{example}}.',
    yearOutOfRange: 'The year of {{text}} looks mistyped: type a year from {{first}} to {{last}}.',
    calendar: 'Calendar',
    goToToday: 'Go to today',
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
    prevYear: 'Previous year',
    nextYear: 'Next year',
    prevYears: 'Previous years',
    nextYears: 'Next years',
    weekNumber: 'Week {0}',
    selectedDate: 'Selected date {0}',
    today: 'Today, {0}',
    changeYear: '{0}, change year',
    changeMonth: '{0}, change month',
    marked: 'marked',
  },
  topBar: {
    label: 'Application bar',
    organization: 'Organization',
    noRegister: 'No register open',
    language: 'Language',
    languageButton: 'Language: {{language}}',
  },
  languages: {
    en: 'English',
    pl: 'Polski',
  },
  fileMenu: {
    label: 'File',
    newRegister: 'New register…',
    openRegister: 'Open register…',
    recent: 'Recent registers',
    recentEmpty: 'No recent registers',
    recentItem: '{{name}} — {{path}}',
    recentRemove: 'Remove from recent list',
    restoreBackup: 'Restore from a backup…',
    restoreReadOnly: 'Not while the register is open read-only',
    restoreNoBackups: 'This register has no backups yet',
    restoreNoRegister: 'No register is open',
  },
  restoreDialog: {
    title: 'Restore from a backup',
    intro: 'Backups of the register {{folder}}, newest first. Restoring one replaces the register; the register as it is now is kept as a backup first.',
  },
  nav: {
    label: 'Screens',
    overview: 'Overview',
    assign: 'Assign a CAL',
    register: 'Register',
    purchases: 'Purchases & proof',
    servers: 'Servers',
    import: 'Import',
    findings: 'Findings',
    export: 'Export',
    help: 'Help',
  },
  screens: {
    assign: {
      description:
        'Walks you through assigning a CAL step by step: verify the server, confirm the purchase, choose the user, record the assignment, check the account and mailbox, and keep the proof.',
    },
    register: {
      description:
        'Lists people and their CAL assignments with filtering and search, so you can release or reassign a CAL and see each person’s history.',
    },
    purchases: {
      description:
        'Lists purchase lots with seats used and free, and the attached proof-of-purchase files with their hash status.',
    },
    servers: {
      description: 'Shows each Exchange server’s version and activation, with the activation command to copy.',
    },
    import: {
      description:
        'Reads PowerShell exports and spreadsheets, maps their columns, previews the changes and commits them in one step.',
    },
    findings: {
      description: 'Shows the result of every compliance rule with the suggested fix.',
    },
    export: {
      description: 'Saves the audit workbook in the language you choose, ready for the reviewer to sign.',
    },
  },
  overview: {
    title: 'Overview',
    description: 'The open license register, its organization and what it holds.',
    registerCard: 'License register',
    organizationName: 'Organization',
    taxId: 'Tax id (NIP)',
    folder: 'Register folder',
    schemaVersion: 'Schema version',
    countsCard: 'Contents',
    counts: {
      servers_one: 'server',
      servers_other: 'servers',
      purchases_one: 'purchase',
      purchases_other: 'purchases',
      people_one: 'person',
      people_other: 'people',
      activeAssignments_one: 'active assignment',
      activeAssignments_other: 'active assignments',
      proofs_one: 'proof of purchase',
      proofs_other: 'proofs of purchase',
      auditEvents_one: 'audit trail event',
      auditEvents_other: 'audit trail events',
    },
    noneTitle: 'No license register is open',
    noneBody: 'Create a new register or open an existing register folder to begin.',
  },
  notices: {
    title: 'Notices',
    migrated: 'The register was upgraded to the current format. A backup was written first.',
    'corrupt-moved-aside':
      'The register file could not be read. It was moved aside and kept, and a register was restored from a backup.',
    'restored-from-backup': 'The register was restored from a backup.',
    'proofs-unattached':
      'Proof files attached after that backup was made are no longer attached to any purchase. They are kept in the register folder (proofs); attach them again on the Purchases screen.',
    'stale-lock-taken': 'The register was left locked by a program that is no longer running; the lock was taken over.',
    'lock-taken-over':
      'The register was opened anyway and its lock taken over, as you chose. If CAL Register is still running with it on that computer, close it there without saving more changes.',
    created: 'A new register was created.',
    'audit-chain-broken':
      'The change history of this register was edited outside CAL Register: it no longer verifies from the event shown. The register opened; keep a copy for the auditor and check the recent changes.',
    'backup-failed':
      'The daily backup could not be written to the register folder’s backups folder; the register itself is saved as usual. Make sure that folder can be written to, or copy the register folder somewhere safe.',
    'last-register-missing':
      'The register that was open when CAL Register was last used could not be found, so the default register is open instead. If that register is on a USB stick or a network drive, connect it and open it from File ▸ Recent registers.',
    'settings-not-saved':
      'The app’s own settings (the recent registers, the register to open at the next start) could not be saved in its data folder, so they hold only until CAL Register is closed. The register itself is not affected. Free some space on that disk or make its folder writable.',
    'settings-reset':
      'The app’s own settings file could not be read, so CAL Register started with its default settings: the recent registers, the language and the register to open at start are as on a first start. The registers themselves are not affected. The unreadable file was kept under a new name.',
    'settings-unreadable':
      'The app’s own settings file could not be read, nor kept aside under a new name, so CAL Register uses its default settings until it is closed (the recent registers, the language, the register to open at start) and writes nothing over that file. The registers themselves are not affected. Make the app’s data folder writable, then start CAL Register again.',
    'lock-not-removed':
      'The register open before could not be closed cleanly: its lock file (register.lock) could not be removed from its folder, which can no longer be written (a USB stick made read-only, changed permissions). Nothing of it was lost: every change had been saved. The lock is this CAL Register’s own and does no harm: that register opens here again as usual, and once CAL Register is closed, the next open on this computer takes the lock over by itself.',
    detail: {
      osCode: 'System error',
      backup: 'Backup',
      movedTo: 'Moved to',
      fromVersion: 'Previous version',
      toVersion: 'New version',
      host: 'Computer',
      pid: 'Process',
      path: 'Path',
      brokenAt: 'First event that does not verify',
      events: 'Events in the history',
      since: 'Locked since',
      count: 'Number of files',
      files: 'Files (purchase before the restore)',
      keptAs: 'The register before the restore, kept in its backups folder as',
    },
  },
  problem: {
    title: 'The register cannot be opened',
    'register-corrupt': 'The register file is damaged and could not be read.',
    'register-missing': 'The register file (register.json) is missing from this folder, but its backups or a copy set aside earlier are here. Restore a backup to go on; nothing was changed.',
    'register-too-new': 'This register was made by a newer version of CAL Register. Nothing was changed.',
    tooNewHint: 'Update CAL Register to open it. No backup is restored over a newer register: its work would be lost.',
    'register-locked': 'This register is open elsewhere — in another window or on another computer.',
    'io-error': 'The register folder could not be read or written.',
    notMade:
      'A register could not be created in this folder, so there is nothing in it yet to read or restore. Once the cause is gone (a full disk, a folder that cannot be written), choose Try again, or open another register.',
    fileIsFolder:
      'In this folder, register.json is a folder, not the register file. Nothing was changed. Rename or move that folder, then choose Try again: the register’s backups can then be restored.',
    movedTo: 'The damaged file was moved to {{path}} and kept.',
    lockHolder: 'It has been open in CAL Register on the computer {{host}} (process {{pid}}) since {{since}}.',
    lockHolderNoPid: 'It has been open in CAL Register on the computer {{host}} since {{since}}.',
    lockHint:
      'Close it there, then choose Try again. If that CAL Register is no longer running (its computer crashed or was switched off), choose Open anyway; Try again takes such a lock over by itself at once on this computer, and 12 hours after it was opened on another one.',
    lockHintRunningHere:
      'That process still runs on this computer, so the lock is not taken over: close CAL Register there, then choose Try again. If no CAL Register runs (the process number now belongs to another program), restart the computer, or delete register.lock in the register folder once you are sure.',
    retry: 'Try again',
    osCode: 'System code: {{osCode}}.',
    keptInPlace: 'It was left where it is; nothing was changed.',
    reasonQuoted: 'Technical detail, quoted as the file reader gave it: {{reason}}',
    readFailure: {
      truncated: 'Detail: the file ends in the middle of the register, as if it had been cut off (for example by a copy or a save that did not finish).',
      syntax: 'Detail: the file’s text is not valid JSON at line {{line}}, column {{column}}.',
      syntaxAt: 'Detail: the file’s text is not valid JSON at character {{character}}.',
      syntaxNowhere: 'Detail: the file’s text is not valid JSON.',
      notObject: 'Detail: the file is valid JSON, but not a register (it is not a JSON object).',
    },
    takeOver: 'Open anyway…',
    openReadOnly: 'Open read-only',
    readOnlyHint: 'To read it or print the audit workbook without changing anything, choose Open read-only.',
    takeOverTitle: 'Open this register anyway?',
    takeOverBody:
      'Do this only if CAL Register is no longer running with this register on {{host}}, for example because that computer crashed or was switched off. If it is still running there, the two programs will overwrite each other’s changes.',
    takeOverConfirm: 'Open anyway',
    registerPath: 'Register: {{path}}',
    backupsTitle: 'Backups',
    backupsEmpty: 'There are no backups of this register.',
    backupCreatedAt: 'Created',
    backupSize: 'Size',
    backupKind: 'Kind',
    backupKinds: {
      daily: 'Daily',
      migration: 'Before an upgrade',
      'before-restore': 'Before a restore',
      manual: 'Saved by hand',
      replaced: 'Kept when the file was replaced',
      other: 'Backup',
    },
    backupActions: 'Actions',
    restoreBackup: 'Restore backup from {{date}} — {{kind}}',
    confirmTitle: 'Restore this backup?',
    confirmBody:
      'The register will be replaced by the backup from {{date}}. Changes made after that time will not be in the restored register.',
    confirmKeepsCurrent: 'The register as it is now is kept as a backup first (“Before a restore”), so you can go back to it the same way.',
    openAnother: 'Open another register…',
    newRegister: 'New register…',
  },
  organization: {
    title: 'Organization settings',
    description: 'Printed on the audit workbook.',
    name: 'Organization name',
    taxId: 'Tax id (NIP)',
    taxIdNotNip: 'A Polish NIP has ten digits, the last a check digit, and this one does not add up. It is saved as typed: check it against an invoice.',
    address: 'Address',
    contact: 'Contact',
    saved: 'Organization settings saved.',
    saveFailed: 'The organization settings were not saved.',
    unsaved: 'Changes not saved yet: they are kept while you visit other screens.',
    invalid: {
      nameRequired: 'Enter the organization name.',
      tooLong: 'This value is too long.',
    },
  },
  errors: {
    'invalid-input': 'The entered data is not valid.',
    'not-found': 'The item was not found.',
    conflict: 'The item was changed elsewhere. Reload and try again.',
    'rule-violation': 'This change would break a licensing rule.',
    cancelled: 'Cancelled.',
    'register-corrupt': 'The register file is damaged.',
    'register-missing': 'The register file is missing; its backups are kept.',
    'register-too-new': 'The register was made by a newer version of CAL Register.',
    'register-locked': 'The register is open elsewhere.',
    'register-not-open': 'No register is open.',
    'io-error': 'The file could not be read or written.',
    'bad-file': 'The file is not in a format CAL Register can read.',
    internal: 'Something went wrong inside CAL Register. The details are in the log.',
  },
  /** Refusals and failures main words by key (`detail.messageKey`), the same texts the CLI prints. */
  serviceErrors: serviceErrorsEn,
  /** The schemas' own hints, when main gives one as the reason of a refusal (`change-not-valid`). */
  schemaHints,
} satisfies MessageCatalog;
