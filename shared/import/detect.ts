import { matchConfidence, normalizeHeader, purchaseSynonyms, registerSynonyms } from './headers';
import type { ColumnSuggestion, ImportKind, MappingSuggestion, SheetField } from './types';
import { purchaseFields, registerFields } from './types';

/** Confidence at or above which a guessed column counts as matched without asking. */
export const confidentMatch = 0.8;

/** Required fields per hand-kept kind; each inner list is satisfied by any one of its fields. */
export const requiredFields: Record<MappingSuggestion['kind'], SheetField[][]> = {
  'register-sheet': [['fullName', 'surname', 'email', 'login'], ['licenseType']],
  'purchases-sheet': [['product'], ['quantity'], ['date']],
};

/** An explicit mapping: column header → field name ('ignore' or '' leaves the column out). */
export type ExplicitMapping = Record<string, string>;

export interface KindDetection {
  kind: ImportKind;
  /** Column mapping for hand-kept sheets; null for PowerShell exports (mapped by header name). */
  mapping: MappingSuggestion | null;
}

/** Kind of a PowerShell export from its headers, ignoring extra columns (PSComputerName, RunspaceId…). */
/** Columns only PowerShell's objects have: an Exchange session's and a remote session's. */
const otherCmdletColumns = ['runspaceid', 'pscomputername', 'psshowcomputername'];

function exportKind(keys: Set<string>): ImportKind | null {
  // Get-User lists every account, with or without a mailbox, and never a PrimarySmtpAddress (its address is WindowsEmailAddress).
  if (keys.has('recipienttypedetails')) return !keys.has('primarysmtpaddress') && ['accountdisabled', 'useraccountcontrol', 'firstname', 'lastname'].some((k) => keys.has(k)) ? 'users' : 'mailboxes';
  if (keys.has('licensename')) return keys.has('name') || keys.has('username') ? 'cal-users' : 'cal-usage';
  const serverHints = ['admindisplayversion', 'isexchangetrialedition', 'remainingtrialperiod', 'serverrole'].filter((k) => keys.has(k)).length;
  // Name and AdminDisplayVersion alone are not enough: mailbox databases and the organization config have both.
  if (keys.has('name') && (serverHints >= 2 || (keys.has('edition') && serverHints >= 1))) return 'servers';
  if (keys.has('samaccountname') && (keys.has('enabled') || keys.has('givenname') || keys.has('distinguishedname'))) return 'ad-users';
  return null;
}

/** A stable key for remembering a mapping: kind + the normalized headers in order. */
export function mappingFingerprint(kind: string, headers: readonly string[]): string {
  return `${kind}:${headers.map(normalizeHeader).join(',')}`;
}

/** Suggests which column holds which field, honouring an explicit mapping first. */
export function suggestMapping(kind: MappingSuggestion['kind'], headers: readonly string[], explicit: ExplicitMapping = {}): MappingSuggestion {
  const synonyms: Record<string, string[]> = kind === 'register-sheet' ? registerSynonyms : purchaseSynonyms;
  const fields = (kind === 'register-sheet' ? registerFields : purchaseFields) as readonly SheetField[];
  const columns: ColumnSuggestion[] = headers.map((header, index) => ({ header, index, field: null, confidence: 0, explicit: false }));
  const keys = headers.map(normalizeHeader);
  // A column whose name an earlier column already has is never read (the sheet's warning says so, interpret.ts):
  // mapped to another field, "Imię i nazwisko" twice would read the second as the surname.
  const repeated = keys.map((key, i) => key !== '' && keys.indexOf(key) < i);
  const usedFields = new Set<string>();
  const explicitByKey = new Map(Object.entries(explicit).map(([h, f]) => [normalizeHeader(h), f.trim()]));

  columns.forEach((col, i) => {
    const wanted = repeated[i] ? undefined : explicitByKey.get(keys[i] ?? '');
    if (wanted === undefined) return;
    col.explicit = true;
    if ((fields as readonly string[]).includes(wanted) && !usedFields.has(wanted)) {
      col.field = wanted as SheetField;
      col.confidence = 1;
      usedFields.add(wanted);
    }
  });

  const candidates: Array<{ col: number; field: SheetField; conf: number; rank: number }> = [];
  const required = new Set(requiredFields[kind].flat());
  columns.forEach((col, i) => {
    if (col.explicit || repeated[i]) return;
    fields.forEach((field, rank) => {
      const conf = matchConfidence(keys[i] ?? '', synonyms[field] ?? []);
      // A hint ("Data zakupu" holds "data") may be offered for a required field, where the user is
      // asked to confirm; an optional one would be applied unseen, so it needs a telling match.
      if (conf >= confidentMatch || (conf > 0 && required.has(field))) candidates.push({ col: i, field, conf, rank });
    });
  });
  candidates.sort((a, b) => b.conf - a.conf || a.col - b.col || a.rank - b.rank);
  for (const c of candidates) {
    const col = columns[c.col];
    if (!col || col.field !== null || usedFields.has(c.field)) continue;
    col.field = c.field;
    col.confidence = c.conf;
    usedFields.add(c.field);
  }

  const confident = new Set(columns.filter((c) => c.field !== null && (c.explicit || c.confidence >= confidentMatch)).map((c) => c.field));
  const unmatchedRequired = requiredFields[kind].filter((group) => !group.some((f) => confident.has(f))).map((group) => group.join('|'));
  return { kind, columns, unmatchedRequired, complete: unmatchedRequired.length === 0, fingerprint: mappingFingerprint(kind, headers) };
}

function satisfied(s: MappingSuggestion): number {
  return requiredFields[s.kind].length - s.unmatchedRequired.length;
}

/** Detects the kind of a sheet from its headers (case-insensitive, extra columns ignored). */
export function detectKind(headers: readonly string[], explicit: ExplicitMapping = {}): KindDetection {
  const keys = new Set(headers.map(normalizeHeader));
  const fromExport = exportKind(keys);
  if (fromExport) return { kind: fromExport, mapping: null };
  const register = suggestMapping('register-sheet', headers, explicit);
  const purchases = suggestMapping('purchases-sheet', headers, explicit);
  // Another cmdlet's export (Get-MailboxStatistics, an Exchange session's RunspaceId) is not a sheet kept by hand: its DisplayName
  // would be taken for a person's name and a license column asked for. Not recognized, unless its columns do make a sheet.
  const otherCmdlet = otherCmdletColumns.some((k) => keys.has(k)) || (keys.has('itemcount') && keys.has('totalitemsize'));
  if (otherCmdlet && !register.complete && !purchases.complete) return { kind: 'unknown', mapping: null };
  const r = satisfied(register) / requiredFields['register-sheet'].length;
  const p = satisfied(purchases) / requiredFields['purchases-sheet'].length;
  if (r === 0 && p === 0) return { kind: 'unknown', mapping: null };
  const total = (s: MappingSuggestion): number => s.columns.reduce((sum, c) => sum + c.confidence, 0);
  const pick = r > p || (r === p && total(register) >= total(purchases)) ? register : purchases;
  return { kind: pick.kind, mapping: pick };
}

/**
 * Parses `Imię=givenName,Nazwisko=surname` (the CLI's --map). Unknown fields, and pairs that are none (`Skrzynka`,
 * `=email`), are reported, not dropped silently; an empty one between commas (`a=email,`) is nothing.
 */
export function parseMappingArg(text: string): { mapping: ExplicitMapping; unknownFields: string[]; malformed: string[] } {
  const mapping: ExplicitMapping = {};
  const unknownFields: string[] = [];
  const malformed: string[] = [];
  const known = new Set<string>([...registerFields, ...purchaseFields, 'ignore']);
  for (const pair of text.split(',')) {
    const at = pair.lastIndexOf('=');
    const header = pair.slice(0, Math.max(at, 0)).trim();
    if (at < 0 || header === '') {
      if (pair.trim() !== '') malformed.push(pair.trim());
      continue;
    }
    const field = pair.slice(at + 1).trim();
    if (!known.has(field)) unknownFields.push(pair.trim());
    else mapping[header] = field === 'ignore' ? '' : field;
  }
  return { mapping, unknownFields, malformed };
}
