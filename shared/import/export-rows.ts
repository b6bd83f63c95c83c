import type { InventoryMailbox, InventoryUser } from '../domain/model';
import { normalizeHeader } from './headers';
import { importMessage, lineList, valuesLeftOutWarning } from './messages';
import { productFromBuild } from './products';
import { classifyRecipientType } from '../licensing/inventory';
import { isTotalRow } from './sheet-rows';
import type { CalUserRow, ImportedServer, ImportWarning, SheetRead, SkippedRow } from './types';
import { isEmailAddress, parseBool, parseExchangeBuild, parseNumber, trialDaysLeft } from './values';

/** Looks columns up by normalized header name, never by position. */
export class Columns {
  private readonly index = new Map<string, number>();
  constructor(headers: readonly string[]) {
    headers.forEach((h, i) => {
      const key = normalizeHeader(h);
      if (key !== '' && !this.index.has(key)) this.index.set(key, i);
    });
  }
  has(name: string): boolean {
    return this.index.has(name);
  }
  /** Trimmed value of the first of `names` present in the header. */
  get(cells: readonly string[], ...names: string[]): string {
    for (const name of names) {
      const i = this.index.get(name);
      if (i !== undefined) return (cells[i] ?? '').trim();
    }
    return '';
  }
}

export interface RowsOut<T> {
  items: T[];
  skipped: SkippedRow[];
  warnings: ImportWarning[];
}

/**
 * The next file's `#TYPE` line or header, in exports joined one after another (`Get-Content a.csv,
 * b.csv > all.csv`): a row, but no object. Checked on every row, so only two cells are compared.
 */
function repeatedHeader(headers: readonly string[], cells: readonly string[]): boolean {
  const first = (cells[0] ?? '').trim();
  return first.startsWith('#TYPE ') || (first !== '' && first === (headers[0] ?? '').trim() && (cells[1] ?? '').trim() === (headers[1] ?? '').trim());
}

/**
 * Why a row of an export is not an object, or null: `repeatedHeader`; a row with values past the last
 * header (a hand-written "Nowak, Anna" unquoted: every later value would be read under the wrong
 * column, where PowerShell always quotes); or a totals line under the table (a row without an
 * e-mail, UPN or login that starts Razem, Suma, Total…).
 */
function notAnObject(sheet: SheetRead, line: number, cells: readonly string[], identified: boolean): SkippedRow['reason'] | null {
  if (repeatedHeader(sheet.headers, cells)) return importMessage('importFile.skip.repeatedHeader');
  if (sheet.overlong?.has(line)) return importMessage('importFile.skip.overlong');
  return !identified && isTotalRow(cells) ? importMessage('importFile.skip.totalRow') : null;
}

/** "?" where a letter should be: Windows PowerShell 5.1's ASCII Export-Csv ate the diacritics. */
export const damagedName = /\p{L}\?|\?\p{L}/u;

/** A multi-valued property Export-Csv wrote as its .NET type name, not joined: its values are lost. */
const typeName = /^(System|Microsoft)\./;

/** Rows of a column that holds a type name instead of its values, said in one warning per column. */
function notJoinedWarnings(lines: ReadonlyMap<string, number[]>): ImportWarning[] {
  return [...lines].map(([column, at]) => importMessage('importFile.warning.notJoined', { column, count: at.length, lines: lineList(at) }));
}

function damagedNamesWarning(count: number): ImportWarning[] {
  return count > 0 ? [importMessage('importFile.warning.namesDamaged', { count })] : [];
}

/** InPlaceHolds: joined GUIDs = holds; empty = none; a .NET type name = not exported properly, unknown. */
function inPlaceHold(cols: Columns, cells: readonly string[]): boolean | null {
  if (!cols.has('inplaceholds')) return null;
  const value = cols.get(cells, 'inplaceholds');
  // An empty list, as PowerShell prints one it did not join: `{}`.
  if (value === '' || /^\{\s*\}$/.test(value)) return false;
  if (typeName.test(value)) return null;
  return true;
}

/**
 * Only an on-premises archive needs an Enterprise CAL. ArchiveState says where an archive is
 * (`Local`; `HostedProvisioned`/`HostedPending` are in Exchange Online); without it, an archive
 * database named with no cloud ArchiveDomain is on-premises. ArchiveStatus alone cannot tell: on
 * Exchange Server it is `None` for an on-premises archive and `Active` for one created in Exchange
 * Online, so it leaves the archive unknown (and the import asks for ArchiveState), unless ArchiveGuid says one exists.
 */
function archive(cols: Columns, cells: readonly string[]): boolean | null {
  const state = cols.get(cells, 'archivestate');
  if (state !== '') return state.toLowerCase() === 'local';
  if (cols.has('archivedatabase')) return cols.get(cells, 'archivedatabase') !== '' && cols.get(cells, 'archivedomain') === '';
  // ArchiveGuid is set whenever a mailbox has an archive (all zeros when it has none); one in Exchange Online has an
  // ArchiveDomain, or an ArchiveStatus of Active on Exchange Server (see above).
  if (cols.has('archiveguid')) {
    const guid = cols.get(cells, 'archiveguid');
    if (guid === '' || /^[0-]+$/.test(guid)) return false;
    return cols.get(cells, 'archivedomain') === '' && cols.get(cells, 'archivestatus').toLowerCase() !== 'active';
  }
  return null;
}

/**
 * The primary address of an EmailAddresses list joined into one cell (`-join ';'`, or spaces):
 * `SMTP:` in capitals marks it, `smtp:` the secondary ones. Empty for the .NET type name that
 * Export-Csv writes when the list was not joined.
 */
export function primarySmtp(addresses: string): string {
  for (const entry of smtpEntries(addresses)) if (entry.startsWith('SMTP:')) return entry.slice(5);
  return '';
}

/** The entries of an EmailAddresses list joined with `;`, or as PowerShell prints an unjoined one: `{SMTP:a@b, smtp:c@d}`. */
const smtpEntries = (addresses: string): string[] => addresses.replace(/^\s*\{|\}\s*$/g, '').split(/[\s;,]+/);

/** The secondary addresses of an EmailAddresses list (`smtp:` in lower case), lower-cased; X500:, SIP: and the rest are not e-mail. */
export function secondarySmtp(addresses: string): string[] {
  const out: string[] = [];
  for (const entry of smtpEntries(addresses)) if (entry.startsWith('smtp:') && entry.length > 5) out.push(entry.slice(5).toLowerCase());
  return out;
}

/**
 * The mailbox rows of a Get-Mailbox (or Get-Recipient) export. `eachRow`, when given, is told of
 * every row kept with its cells, and the export is one that stops at 1,000 rows by itself (Get-User).
 */
export function readMailboxes(
  sheet: SheetRead,
  eachRow?: (mailbox: InventoryMailbox, cells: readonly string[]) => void,
): RowsOut<InventoryMailbox> & { aliases: Map<InventoryMailbox, string[]> } {
  const cols = new Columns(sheet.headers);
  // Kept beside the rows, not in them: the register's snapshot holds what it always held.
  const out: RowsOut<InventoryMailbox> & { aliases: Map<InventoryMailbox, string[]> } = { items: [], skipped: [], warnings: [], aliases: new Map() };
  const hasAddresses = cols.has('emailaddresses');
  let damaged = 0;
  const notJoined = new Map<string, number[]>();
  const noteType = (column: string, header: string, line: number, cells: readonly string[]) => {
    if (!cols.has(column) || !typeName.test(cols.get(cells, column))) return;
    const at = notJoined.get(header) ?? [];
    at.push(line);
    notJoined.set(header, at);
  };
  for (const { line, cells } of sheet.rows) {
    noteType('inplaceholds', 'InPlaceHolds', line, cells);
    noteType('emailaddresses', 'EmailAddresses', line, cells);
    const mailbox: InventoryMailbox = {
      displayName: cols.get(cells, 'displayname', 'name'),
      email: cols.get(cells, 'primarysmtpaddress', 'windowsemailaddress') || primarySmtp(cols.get(cells, 'emailaddresses')),
      upn: cols.get(cells, 'userprincipalname'),
      login: cols.get(cells, 'samaccountname'),
      recipientType: cols.get(cells, 'recipienttypedetails'),
      archive: archive(cols, cells),
      litigationHold: parseBool(cols.get(cells, 'litigationholdenabled')),
      inPlaceHold: inPlaceHold(cols, cells),
    };
    const notObject = notAnObject(sheet, line, cells, mailbox.email !== '' || mailbox.upn !== '' || mailbox.login !== '');
    if (notObject) {
      out.skipped.push({ line, reason: notObject });
      continue;
    }
    if (!mailbox.email && !mailbox.upn && !mailbox.login && !mailbox.displayName) {
      out.skipped.push({ line, reason: importMessage('importFile.skip.noIdentity') });
      continue;
    }
    // Exchange gives every mailbox a primary address with "@": a cell without one is a row read out of step
    // ("Nowak, Anna" unquoted), whose other cells are in the wrong columns too.
    if (mailbox.email !== '' && !mailbox.email.includes('@')) {
      out.skipped.push({ line, reason: importMessage('importFile.skip.notAnAddress', { value: mailbox.email }) });
      continue;
    }
    if (damagedName.test(mailbox.displayName)) damaged += 1;
    out.items.push(mailbox);
    eachRow?.(mailbox, cells);
    const aliases = hasAddresses ? secondarySmtp(cols.get(cells, 'emailaddresses')) : [];
    if (aliases.length > 0) out.aliases.set(mailbox, aliases);
  }
  out.warnings.push(...damagedNamesWarning(damaged), ...notJoinedWarnings(notJoined));
  // Get-Mailbox (and Get-User) without -ResultSize Unlimited stops at exactly 1,000.
  if (sheet.rows.length === 1000) out.warnings.push(importMessage(eachRow ? 'importFile.warning.exactly1000Users' : 'importFile.warning.exactly1000'));
  return out;
}

/**
 * Whether an account of a Get-User export is enabled: its AccountDisabled, else its
 * UserAccountControl (the flags as Exchange prints them, "AccountDisabled, NormalAccount", or as a
 * number, whose bit 2 is ACCOUNTDISABLE), else a RecipientTypeDetails of DisabledUser; null when
 * the row says nothing of it.
 */
function accountEnabled(cols: Columns, cells: readonly string[], recipientType: string): boolean | null {
  const disabled = parseBool(cols.get(cells, 'accountdisabled'));
  if (disabled !== null) return !disabled;
  const control = cols.get(cells, 'useraccountcontrol');
  if (/^\d+$/.test(control)) return (Number(control) & 2) === 0;
  if (control !== '') return !/\baccountdisabled\b/i.test(control);
  return recipientType.trim().toLowerCase() === 'disableduser' ? false : null;
}

/**
 * A Get-User export: every account, each read as Get-ADUser's row would be (its state from
 * `accountEnabled`), and those whose RecipientTypeDetails is a mailbox on the server also as a
 * mailbox row (without the archive and holds, which Get-User does not state). An account without
 * a mailbox (User, DisabledUser) is no mailbox: it needs no CAL and is no one's missing CAL.
 */
export function readUsers(sheet: SheetRead): RowsOut<InventoryUser> & { mailboxes: InventoryMailbox[] } {
  const cols = new Columns(sheet.headers);
  const users: InventoryUser[] = [];
  const mailboxes: InventoryMailbox[] = [];
  const read = readMailboxes(sheet, (mailbox, cells) => {
    if (classifyRecipientType(mailbox.recipientType) !== 'no-mailbox') mailboxes.push(mailbox);
    if (!mailbox.login && !mailbox.upn && !mailbox.email) return;
    users.push({
      givenName: cols.get(cells, 'firstname', 'givenname'),
      surname: cols.get(cells, 'lastname', 'surname'),
      login: mailbox.login,
      upn: mailbox.upn,
      email: mailbox.email,
      enabled: accountEnabled(cols, cells, mailbox.recipientType),
      department: cols.get(cells, 'department'),
    });
  });
  return { items: users, skipped: read.skipped, warnings: read.warnings, mailboxes };
}

export function readAdUsers(sheet: SheetRead): RowsOut<InventoryUser> {
  const cols = new Columns(sheet.headers);
  const out: RowsOut<InventoryUser> = { items: [], skipped: [], warnings: [] };
  let damaged = 0;
  const badAddresses: { line: number; value: string }[] = [];
  for (const { line, cells } of sheet.rows) {
    const user: InventoryUser = {
      givenName: cols.get(cells, 'givenname'),
      surname: cols.get(cells, 'surname', 'sn'),
      login: cols.get(cells, 'samaccountname'),
      upn: cols.get(cells, 'userprincipalname'),
      email: cols.get(cells, 'mail', 'emailaddress'),
      enabled: parseBool(cols.get(cells, 'enabled')),
      department: cols.get(cells, 'department'),
    };
    const notObject = notAnObject(sheet, line, cells, user.login !== '' || user.upn !== '' || user.email !== '');
    if (notObject) {
      out.skipped.push({ line, reason: notObject });
      continue;
    }
    // A UPN or mail without "@" with an Enabled cell that is no True/False is a row read out of step ("Nowak, Jr"
    // unquoted), whose other cells are in the wrong columns too: skipped. Alone, it is a value AD let someone type
    // (mail is free text): left out of the row, which is kept, and warned.
    const notAddress = (value: string) => value !== '' && !value.includes('@');
    const shifted = [user.upn, user.email].find(notAddress);
    if (shifted !== undefined) {
      if (cols.get(cells, 'enabled') !== '' && user.enabled === null) {
        out.skipped.push({ line, reason: importMessage('importFile.skip.notAnAddress', { value: shifted }) });
        continue;
      }
      badAddresses.push({ line, value: shifted });
      if (notAddress(user.upn)) user.upn = '';
      if (notAddress(user.email)) user.email = '';
    }
    // A mail with "@" that is still no address ("jan.kowalski@firma,pl", typed in AD by hand): left out and warned alike.
    if (user.email !== '' && !isEmailAddress(user.email)) {
      badAddresses.push({ line, value: user.email });
      user.email = '';
    }
    if (!user.login && !user.upn && !user.email) {
      out.skipped.push({ line, reason: importMessage('importFile.skip.noIdentity') });
      continue;
    }
    if (damagedName.test(user.givenName) || damagedName.test(user.surname)) damaged += 1;
    out.items.push(user);
  }
  out.warnings.push(...valuesLeftOutWarning('importFile.warning.adBadAddresses', badAddresses));
  out.warnings.push(...damagedNamesWarning(damaged));
  return out;
}

export function readServers(sheet: SheetRead): RowsOut<ImportedServer> {
  const cols = new Columns(sheet.headers);
  const out: RowsOut<ImportedServer> = { items: [], skipped: [], warnings: [] };
  for (const { line, cells } of sheet.rows) {
    const name = cols.get(cells, 'name');
    // A server with a build is a server, whatever its name (TOTAL-EX01).
    const notObject = notAnObject(sheet, line, cells, cols.get(cells, 'admindisplayversion') !== '');
    if (notObject) {
      out.skipped.push({ line, reason: notObject });
      continue;
    }
    if (!name) {
      out.skipped.push({ line, reason: importMessage('importFile.skip.noName') });
      continue;
    }
    const editionText = cols.get(cells, 'edition').toLowerCase();
    const edition = editionText.startsWith('enterprise') ? 'Enterprise' : editionText.startsWith('standard') ? 'Standard' : null;
    const trialFlag = parseBool(cols.get(cells, 'isexchangetrialedition'));
    // StandardEvaluation/EnterpriseEvaluation are trials even when the flag column is missing.
    const trial = trialFlag ?? (editionText === '' ? null : editionText.includes('evaluation'));
    const build = parseExchangeBuild(cols.get(cells, 'admindisplayversion'));
    const product = productFromBuild(build);
    if (build !== '' && product === null) out.warnings.push(importMessage('importFile.warning.unknownProduct', { build, server: name }));
    const daysLeft = trial ? trialDaysLeft(cols.get(cells, 'remainingtrialperiod')) : null;
    if (trial && daysLeft === null) out.warnings.push(importMessage('importFile.warning.trialDaysUnknown', { server: name }));
    out.items.push({
      line,
      name,
      product,
      edition,
      build,
      trial,
      trialDaysLeft: daysLeft,
      role: cols.get(cells, 'serverrole'),
    });
  }
  return out;
}

/**
 * Get-ExchangeServerAccessLicense lists the server licenses beside the CALs ("Exchange Server 2019
 * Standard Edition", UnitLabel Server): they count servers, not users, and are no CAL count.
 */
function serverLicense(cols: Columns, cells: readonly string[], licenseName: string): boolean {
  return cols.get(cells, 'unitlabel').trim().toLowerCase() === 'server' || (/\bedition\b/i.test(licenseName) && !/\bcals?\b/i.test(licenseName));
}

export function readCalUsage(sheet: SheetRead): RowsOut<{ licenseName: string; count: number | null }> {
  const cols = new Columns(sheet.headers);
  const out: RowsOut<{ licenseName: string; count: number | null }> = { items: [], skipped: [], warnings: [] };
  if (!cols.has('count')) out.warnings.push(importMessage('importFile.warning.calUsageNoCount'));
  for (const { line, cells } of sheet.rows) {
    const licenseName = cols.get(cells, 'licensename');
    if (!licenseName) {
      out.skipped.push({ line, reason: importMessage('importFile.skip.noLicenseName') });
      continue;
    }
    if (serverLicense(cols, cells, licenseName)) {
      out.skipped.push({ line, reason: importMessage('importFile.skip.serverLicense', { value: licenseName }) });
      continue;
    }
    const countText = cols.get(cells, 'count');
    const count = countText === '' ? null : parseNumber(countText);
    if (countText !== '' && (count === null || count < 0)) {
      out.skipped.push({ line, reason: importMessage('importFile.skip.badCount', { value: countText }) });
      continue;
    }
    out.items.push({ licenseName, count });
  }
  return out;
}

export function readCalUsers(sheet: SheetRead): RowsOut<CalUserRow> {
  const cols = new Columns(sheet.headers);
  const out: RowsOut<CalUserRow> = { items: [], skipped: [], warnings: [] };
  for (const { line, cells } of sheet.rows) {
    const licenseName = cols.get(cells, 'licensename');
    const user = cols.get(cells, 'name', 'username');
    if (!licenseName) out.skipped.push({ line, reason: importMessage('importFile.skip.noLicenseName') });
    else if (serverLicense(cols, cells, licenseName)) out.skipped.push({ line, reason: importMessage('importFile.skip.serverLicense', { value: licenseName }) });
    else if (!user) out.skipped.push({ line, reason: importMessage('importFile.skip.noUser') });
    else out.items.push({ licenseName, user });
  }
  return out;
}
