import type { Activation, InventoryMailbox, InventoryUser, InventorySnapshot, Purchase, ReleaseReason, ServerEdition, ExchangeProduct } from '../domain/model';
import type { DirectoryFactsSeen } from './directory';
import type { ImportKind, ImportMessage, ImportWarning, MappingSuggestion, ParsedSheet, RecordedServer, SkippedRow } from './types';

export type FactField = keyof DirectoryFactsSeen | 'givenName' | 'surname' | 'email' | 'login' | 'department';

export interface FactChange {
  field: FactField;
  before: string | boolean | null;
  after: string | boolean | null;
}

/** Someone to add to the register. `key` is what assignments and decisions refer to. */
export interface NewPerson {
  key: string;
  source: 'directory' | 'register-sheet';
  givenName: string;
  surname: string;
  email: string;
  login: string;
  department: string;
  /** Directory facts when the person came from an export; null from a hand-kept sheet. */
  facts: DirectoryFactsSeen | null;
}

/** A register person the directory files describe (matched by e-mail/UPN or login), or whose gaps a register sheet fills. */
export interface PersonUpdate {
  key: string;
  personId: string;
  /**
   * Where the person is in the people of the register the preview was made from: `applyImport`
   * finds them there, checking the id, instead of looking every id up (at 50,000 people the
   * lookups were most of its time).
   */
  at: number;
  name: string;
  /** What the directory files say of their account and mailbox; null when only a register sheet names them (sheet-fills.ts). */
  facts: DirectoryFactsSeen | null;
  /**
   * Identity fields the directory fills (empty in the register) or changes (a new primary e-mail address, a renamed login, AD's names),
   * and an e-mail, login or department a register sheet gives where the register has none.
   */
  fill: { givenName?: string; surname?: string; email?: string; login?: string; department?: string };
  /** What differs from the register; empty when only the "seen" time changes. */
  changes: FactChange[];
}

/** A register person none of the directory files names. */
export interface MissingPerson {
  key: string;
  personId: string;
  /** As `PersonUpdate.at`. */
  at: number;
  name: string;
  email: string;
  login: string;
  /** Facts the absence implies (no mailbox when a mailbox export was imported). */
  facts: DirectoryFactsSeen;
}

/** A person a name-only match may be: in the register, or (`NEW_PERSON_CANDIDATE` id) new in the same import. */
export interface MatchCandidate {
  personId: string;
  name: string;
  email: string;
  login: string;
  /** A register person who left: the day (a rehire's new account, or a namesake). */
  leftOn?: string;
}

/** An incoming person whose only link to the register is the name: the user decides. */
export interface AmbiguousMatch {
  key: string;
  source: 'directory' | 'register-sheet';
  incoming: NewPerson;
  candidates: MatchCandidate[];
}

export interface ServerChange {
  key: string;
  action: 'new' | 'changed' | 'unchanged';
  serverId: string | null;
  name: string;
  product: ExchangeProduct;
  edition: ServerEdition;
  build: string;
  activation: Activation;
  changes: Array<{ field: 'product' | 'edition' | 'build' | 'activation'; before: string; after: string }>;
  /** A server read back from an audit workbook: what a new one is recorded with besides (key, verification, retirement, notes). */
  recorded?: RecordedServer;
}

export interface PurchaseChange {
  key: string;
  action: 'new' | 'existing';
  /** The register lot with the same document and product, when `existing`. */
  purchaseId: string | null;
  fileName: string;
  line: number;
  purchase: Omit<Purchase, 'id'>;
  productText: string;
}

export type PersonRef = { kind: 'existing'; personId: string } | { kind: 'new'; key: string } | { kind: 'ambiguous'; key: string };
export type PurchaseRef = { kind: 'existing'; purchaseId: string } | { kind: 'new'; key: string };

export interface AssignmentChange {
  key: string;
  /**
   * new: not in the register; existing: the register has it (the same start date, or the active
   * assignment of that person and lot); repeated: an earlier row of this import proposes it (the same
   * sheet given twice, or the same CAL on each year's sheet, whose end goes on that earlier row);
   * release: the register's active assignment, which the sheet says ended on `releasedOn`.
   */
  action: 'new' | 'existing' | 'repeated' | 'release';
  /** The register's assignment for `existing` and `release`. */
  assignmentId: string | null;
  fileName: string;
  line: number;
  person: PersonRef;
  personLabel: string;
  purchase: PurchaseRef;
  productId: string;
  assignedOn: string;
  /** True when the sheet had no date and the lot's date (or the import date) was used. */
  assignedOnAssumed: boolean;
  releasedOn: string | null;
  /** A new CAL of someone who has left, recorded as given back on the day they left (reason `left`), as `assign` records it. */
  releasedWhenLeft?: true;
  /** Why the sheet says the CAL was given back (its reason column); absent when it gives none (then `other`). */
  releaseReason?: ReleaseReason;
  /** The sheet's reason in its own words, where they say more than the reason: kept as the release's note. */
  releaseNotes?: string;
  notes: string;
}

export interface SheetSummary {
  fileName: string;
  sha256: string;
  sheetName: string;
  kind: ImportKind;
  status: ParsedSheet['status'];
  rowsRead: number;
  rowsSkipped: number;
  skipped: Array<SkippedRow & { fileName: string; sheetName: string }>;
  warnings: ImportWarning[];
  missingColumns: string[];
  mapping: MappingSuggestion | null;
}

export interface ImportPreview {
  now: string;
  sheets: SheetSummary[];
  /** File-level warnings (encoding…). */
  warnings: Array<ImportMessage & { fileName: string }>;
  newPeople: NewPerson[];
  updatedPeople: PersonUpdate[];
  missingPeople: MissingPerson[];
  ambiguous: AmbiguousMatch[];
  servers: ServerChange[];
  purchases: PurchaseChange[];
  assignments: AssignmentChange[];
  /** Rows the import does not apply, and why: sheet rows not tied to a person or purchase, servers of an unknown build, purchase rows read already or differing from the register's lot. */
  unresolved: Array<{ fileName: string; line: number; reason: ImportMessage }>;
  /** HealthMailbox…/SM_… and system mailboxes, left out of people. */
  systemAccounts: number;
  mailboxTypes: Record<string, number>;
  /** What the snapshot will hold (id and time are set by apply). */
  snapshot: Omit<InventorySnapshot, 'id' | 'takenAt'> & { mailboxes: InventoryMailbox[]; users: InventoryUser[] };
}

export type AmbiguousDecision = { action: 'merge'; personId: string } | { action: 'new' } | { action: 'skip' };

export interface ImportDecisions {
  /** Per ambiguous key; an undecided ambiguous match is skipped (never merged by guess). */
  ambiguous?: Record<string, AmbiguousDecision>;
  /** Keys of proposed changes the user unticked (new people, updates, servers, purchases, assignments). */
  exclude?: string[];
}
