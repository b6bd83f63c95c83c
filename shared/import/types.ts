import type { Activation, ExchangeProduct, InventoryMailbox, InventoryUser, ReleaseReason, ServerEdition } from '../domain/model';
import type { CatalogProduct } from '../licensing/catalog';

/** A message for the user: an i18n key (see messages.ts), its params and the English text. */
export interface ImportMessage {
  key: string;
  params: Record<string, string | number>;
  /** English text, for the CLI and logs; the UI translates `key` + `params`. */
  message: string;
}
export type ImportWarning = ImportMessage;

/** One sheet as the reader saw it: the header row found and the data rows below it, all cells as text. */
export interface SheetRead {
  /** Sheet name for workbooks; '' for CSV. */
  name: string;
  /** 1-based line (CSV) or row (xlsx) number of the header row; 0 when the sheet is empty. */
  headerLine: number;
  headers: string[];
  /** Non-empty data rows; `line` is the 1-based line/row number in the file, for messages. */
  rows: Array<{ line: number; cells: string[] }>;
  /**
   * CSV lines with values past the last header: a separator unquoted in a value ("Nowak, Anna")
   * shifted every later value one column on. An export's reader leaves them out; a hand-kept
   * sheet's ignores the extra values (a note typed in a column without a header).
   */
  overlong?: ReadonlySet<number>;
}

export interface FileRead {
  fileName: string;
  sha256: string;
  /** How the bytes were read, e.g. 'csv utf-16le ;' or 'xlsx'. */
  format: string;
  sheets: SheetRead[];
  warnings: ImportWarning[];
}

export interface ReadError {
  code: 'bad-file';
  /** One line naming the file and the problem (English). */
  message: string;
  key: string;
  params: Record<string, string | number>;
}

export type ReadResult = { ok: true; file: FileRead } | { ok: false; error: ReadError };

export interface ReadLimits {
  /** Largest file accepted, in bytes (checked before parsing). */
  maxBytes: number;
  /** Largest number of data rows per sheet. */
  maxRows: number;
  /** Largest size of an .xlsx unpacked (all its parts together), counted as it is inflated. */
  maxUnpackedBytes: number;
}
/** Bytes as megabytes with one decimal, as the limits are told in import messages. */
export const megabytes = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

export const defaultReadLimits: ReadLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxRows: 200_000,
  // Measured: a 12-column mailbox export unpacks to 607–632 bytes a row (6.4 MB at 10k rows, 32 MB at 50k,
  // 126 MB at 198,612), about 130 MB at the row limit; images are stored as they are, at most maxBytes more.
  // Twice the rows, above both together; a bomb stops here instead of taking exceljs gigabytes.
  maxUnpackedBytes: 256 * 1024 * 1024,
};

export const importKinds = [
  'mailboxes',
  'ad-users',
  'users',
  'servers',
  'cal-usage',
  'cal-users',
  'register-sheet',
  'purchases-sheet',
  'audit-servers',
  'audit-report',
  'unknown',
] as const;
export type ImportKind = (typeof importKinds)[number];

/**
 * The kinds of export whose rows are the snapshot's mailboxes, and those whose rows are its AD
 * accounts. Get-User's export (`users`) is both: every account, enabled or not, with the
 * RecipientTypeDetails that says which of them has a mailbox.
 */
export const mailboxSourceKinds: readonly string[] = ['mailboxes', 'users'];
export const accountSourceKinds: readonly string[] = ['ad-users', 'users'];

/** Fields of the hand-kept register sheet (one row = one person's CAL). */
export const registerFields = [
  'givenName',
  'surname',
  'fullName',
  'email',
  'login',
  'department',
  'licenseType',
  'assignedOn',
  'releasedOn',
  'releaseReason',
  'document',
  'notes',
] as const;
/** Fields of the hand-kept purchases sheet (one row = one purchase lot). */
export const purchaseFields = ['product', 'quantity', 'date', 'vendor', 'document', 'orderNumber', 'program', 'coverage', 'coveredUntil', 'notes'] as const;
export type RegisterField = (typeof registerFields)[number];
export type PurchaseField = (typeof purchaseFields)[number];
export type SheetField = RegisterField | PurchaseField;

export interface ColumnSuggestion {
  header: string;
  /** Column index in the sheet. */
  index: number;
  field: SheetField | null;
  /** 0..1: 1 = a known synonym exactly, lower = a partial match; 0 when no field. */
  confidence: number;
  /** Set when the field came from an explicit or remembered mapping rather than a guess. */
  explicit: boolean;
}

export interface MappingSuggestion {
  kind: 'register-sheet' | 'purchases-sheet';
  columns: ColumnSuggestion[];
  /** Required fields (or field groups, joined with '|') that no column is confidently mapped to. */
  unmatchedRequired: string[];
  /** True when every required field is matched with confidence ≥ 0.8 or explicitly. */
  complete: boolean;
  /** Key under which the mapping is remembered (settings.importMappings). */
  fingerprint: string;
}

export interface ImportedServer {
  /** Line of the export it was read from, for messages. */
  line: number;
  name: string;
  product: ExchangeProduct | null;
  edition: ServerEdition | null;
  build: string;
  trial: boolean | null;
  /** Whole days of trial left at the export, null when not a trial or unknown. */
  trialDaysLeft: number | null;
  role: string;
  /** What the register recorded of the server, read back from its audit workbook's Servers sheet (audit-servers.ts). */
  recorded?: RecordedServer;
}

/** A server as CAL Register's audit workbook prints it, beyond what Get-ExchangeServer gives. */
export interface RecordedServer {
  /** As printed: a trial counted on the day the workbook says, not on the day of the import. */
  activation: Activation;
  partialProductKey: string;
  verifiedAt: string | null;
  verifiedBy: string;
  retiredOn: string | null;
  notes: string;
}

export interface RegisterRow {
  line: number;
  givenName: string;
  surname: string;
  email: string;
  login: string;
  department: string;
  licenseText: string;
  product: CatalogProduct | null;
  assignedOn: string | null;
  releasedOn: string | null;
  /** Why the CAL was given back, when the row gives a release date and a reason (`releaseReasonOf`: `other` for words naming none it knows). */
  releaseReason: ReleaseReason | null;
  /** The reason's own words, where they say more than the reason or name none the import knows: kept as the release's note. */
  releaseNotes: string;
  document: string;
  notes: string;
}

export interface PurchaseRow {
  line: number;
  productText: string;
  product: CatalogProduct | null;
  quantity: number;
  date: string;
  vendor: string;
  document: string;
  program: 'retail' | 'oem' | 'volume' | 'csp';
  /** The coverage the row names in words ("Wieczysta z Software Assurance do …"), null when it names none. */
  coverage: 'perpetual' | 'software-assurance' | 'subscription' | null;
  coveredUntil: string | null;
  notes: string;
}

export interface CalUserRow {
  licenseName: string;
  user: string;
}

export type SheetData =
  | {
      kind: 'mailboxes';
      mailboxes: InventoryMailbox[];
      /** A mailbox's secondary SMTP addresses (lower case), where the export gave EmailAddresses: they find people by an older address. */
      aliases?: ReadonlyMap<InventoryMailbox, readonly string[]>;
    }
  | { kind: 'ad-users'; users: InventoryUser[] }
  | {
      kind: 'users';
      /** The rows of accounts that have a mailbox on the server (RecipientTypeDetails), as Get-Mailbox would list them. */
      mailboxes: InventoryMailbox[];
      /** Every account of the export, with its state (AccountDisabled, UserAccountControl), as Get-ADUser would list it. */
      users: InventoryUser[];
    }
  | { kind: 'servers'; servers: ImportedServer[] }
  | { kind: 'cal-usage'; counts: Array<{ licenseName: string; count: number | null }> }
  | { kind: 'cal-users'; users: CalUserRow[] }
  | { kind: 'register-sheet'; rows: RegisterRow[] }
  | { kind: 'purchases-sheet'; rows: PurchaseRow[] }
  | { kind: 'unknown' };

export interface SkippedRow {
  line: number;
  reason: ImportMessage;
}

export interface ParsedSheet {
  sheetName: string;
  kind: ImportKind;
  /**
   * 'needs-mapping': a hand-kept sheet whose required columns are not all matched; no rows were read.
   * 'set-aside': a report sheet of CAL Register's own audit workbook, known and not read (audit-workbook.ts).
   */
  status: 'ok' | 'needs-mapping' | 'set-aside' | 'unknown';
  headers: string[];
  rowsRead: number;
  skipped: SkippedRow[];
  warnings: ImportWarning[];
  /** Expected export columns absent from the file (Export-Csv takes columns from the first object). */
  missingColumns: string[];
  mapping: MappingSuggestion | null;
  data: SheetData;
}

export interface ParsedFile {
  fileName: string;
  sha256: string;
  format: string;
  sheets: ParsedSheet[];
  warnings: ImportWarning[];
}
