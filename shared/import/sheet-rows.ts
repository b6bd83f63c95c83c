import { isAuditEmptyLine, isAuditNoDocument, isAuditProofFileHeader, isAuditVoidedNote } from './audit-workbook';
import type { RowsOut } from './export-rows';
import { normalizeHeader } from './headers';
import { importMessage, lineList, valuesLeftOutWarning } from './messages';
import { calProductFromText, partialCal, partialCalReason } from './products';
import { releaseReasonOf } from './release-reasons';
import type { ImportMessage, MappingSuggestion, PurchaseRow, RegisterRow, SheetField, SheetRead } from './types';
import { dateWrittenIn, foldText, isEmailAddress, parseDate, parseNumber } from './values';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../domain/model';
import type { CatalogProduct } from '../licensing/catalog';
import { FIRST_YEAR, isPlausibleDate, LAST_YEAR } from '../licensing/dates';

/** A row whose first filled cell says total/razem/suma is a sum, not a person or a lot. */
export function isTotalRow(cells: readonly string[]): boolean {
  const first = cells.find((c) => c.trim() !== '');
  return first !== undefined && /^(razem|suma|total|ogolem|lacznie|sum|grand total)\b/.test(foldText(first));
}

/**
 * Why a row of a hand-kept sheet holds nothing to read, or null: a total, the audit workbook's "no
 * entries" line, or a row whose only values are in columns no field is read from (the audit
 * workbook's further proof files of a lot, one to a row under it).
 */
function nothingToRead(cells: readonly string[], mapping: MappingSuggestion): ImportMessage | null {
  if (isTotalRow(cells)) return importMessage('importFile.skip.totalRow');
  if (isAuditEmptyLine(cells)) return importMessage('importFile.skip.auditEmptyLine');
  const filled = (c: { index: number }) => (cells[c.index] ?? '').trim() !== '';
  if (mapping.columns.some((c) => c.field !== null && filled(c))) return null;
  const unread = mapping.columns.filter((c) => c.field === null && filled(c)).map((c) => c.header.trim());
  if (unread.length === 0) return null;
  if (unread.some(isAuditProofFileHeader)) return importMessage('importFile.skip.furtherProofFile');
  return importMessage('importFile.skip.onlyUnreadColumns', { columns: unread.map((h) => `"${h}"`).join(', ') });
}

function fieldReader(mapping: MappingSuggestion): (cells: readonly string[], field: SheetField) => string {
  const at = new Map<SheetField, number>();
  for (const c of mapping.columns) if (c.field !== null) at.set(c.field, c.index);
  return (cells, field) => {
    const i = at.get(field);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
}

type DateField = { ok: true; value: string | null } | { ok: false; reason: ImportMessage };

function optionalDate(text: string): DateField {
  const d = parseDate(text);
  // A year no one means (01.04.0224 for 2024) is refused as the date fields and the CLI refuse it (`isPlausibleDate`).
  if (d.ok && !isPlausibleDate(d.date)) return { ok: false, reason: importMessage('importFile.skip.implausibleYear', { value: text, first: FIRST_YEAR, last: LAST_YEAR }) };
  if (d.ok) return { ok: true, value: d.date };
  if (d.reason === 'empty') return { ok: true, value: null };
  const key = d.reason === 'ambiguous' ? 'importFile.skip.ambiguousDate' : 'importFile.skip.badDate';
  return { ok: false, reason: importMessage(key, { value: text }) };
}

/** Splits "Łukasz Żółkiewski" (or "Żółkiewski Łukasz" under a "Nazwisko i imię" header) into given name and surname. */
function splitFullName(full: string, surnameFirst: boolean): { givenName: string; surname: string } {
  const parts = full.split(/\s+/).filter(Boolean);
  if (parts.length < 2) return { givenName: '', surname: parts[0] ?? '' };
  if (surnameFirst) return { surname: parts[0] ?? '', givenName: parts.slice(1).join(' ') };
  return { givenName: parts.slice(0, -1).join(' '), surname: parts[parts.length - 1] ?? '' };
}

/** Lines with a value the import will shorten, said in one warning for the sheet (nothing is cut without a word). */
function shortenedWarning(lines: readonly number[]): ImportMessage[] {
  if (lines.length === 0) return [];
  return [importMessage('importFile.warning.shortened', { count: lines.length, lines: lineList(lines) })];
}

/** The register keeps notes and names, addresses and numbers up to its schema's lengths; the import shortens longer ones (`clipText`). */
const tooLong = (notes: string, texts: readonly string[]): boolean => notes.length > LONG_TEXT_MAX || texts.some((text) => text.length > SHORT_TEXT_MAX);

/**
 * The CAL a row's license text names; null for one named without its version or without User or Device (`partialCal`) on a row
 * naming its invoice, whose lot says which CAL it is (`invoiceLotsFitting` in the preview); else why the row is not read.
 * `invoiceWouldSay`: the reason says that the invoice number would tell (a register row, whose invoice names the lot it was given from).
 */
function calOfRow(text: string, document: string, invoiceWouldSay: boolean): { product: CatalogProduct | null } | { reason: ImportMessage } {
  const product = calProductFromText(text);
  if (product) return { product };
  const partial = partialCal(text);
  if (partial && document) return { product: null };
  return { reason: partial ? partialCalReason(partial, text, invoiceWouldSay) : importMessage('importFile.skip.unknownLicense', { value: text }) };
}

export function readRegisterRows(sheet: SheetRead, mapping: MappingSuggestion): RowsOut<RegisterRow> {
  const get = fieldReader(mapping);
  const fullCol = mapping.columns.find((c) => c.field === 'fullName');
  const surnameFirst = fullCol !== undefined && normalizeHeader(fullCol.header).startsWith('nazwisko');
  const out: RowsOut<RegisterRow> = { items: [], skipped: [], warnings: [] };
  const badEmails: Array<{ line: number; value: string }> = [];
  const shortened: number[] = [];
  for (const { line, cells } of sheet.rows) {
    const empty = nothingToRead(cells, mapping);
    if (empty) {
      out.skipped.push({ line, reason: empty });
      continue;
    }
    let givenName = get(cells, 'givenName');
    let surname = get(cells, 'surname');
    const full = get(cells, 'fullName');
    if (!givenName && !surname && full) ({ givenName, surname } = splitFullName(full, surnameFirst));
    let email = get(cells, 'email');
    let login = get(cells, 'login');
    // "E-mail lub login" columns hold either; a value with @ is an address.
    if (email && !email.includes('@') && !login) [email, login] = ['', email];
    if (login.includes('@') && !email && isEmailAddress(login)) [email, login] = [login, ''];
    // An address the register would refuse ("jan kowalski@firma.pl", "jan@firma"): read without it, and said.
    if (email && !isEmailAddress(email)) {
      badEmails.push({ line, value: email });
      email = '';
    }
    if (!givenName && !surname && !email && !login) {
      out.skipped.push({ line, reason: importMessage('importFile.skip.noIdentity') });
      continue;
    }
    const licenseText = get(cells, 'licenseType');
    if (!licenseText) {
      out.skipped.push({ line, reason: importMessage('importFile.skip.noLicense') });
      continue;
    }
    const documentText = get(cells, 'document');
    const document = isAuditNoDocument(documentText) ? '' : documentText;
    const cal = calOfRow(licenseText, document, true);
    if ('reason' in cal) {
      out.skipped.push({ line, reason: cal.reason });
      continue;
    }
    const assigned = optionalDate(get(cells, 'assignedOn'));
    const released = optionalDate(get(cells, 'releasedOn'));
    if (!assigned.ok || !released.ok) {
      out.skipped.push({ line, reason: (!assigned.ok ? assigned.reason : !released.ok ? released.reason : null) as ImportMessage });
      continue;
    }
    // A reason means something only for a CAL given back: on a row still held it is left unread.
    const why = released.value === null ? null : releaseReasonOf(get(cells, 'releaseReason'));
    out.items.push({
      line,
      givenName,
      surname,
      email,
      login,
      department: get(cells, 'department'),
      licenseText,
      product: cal.product,
      assignedOn: assigned.value,
      releasedOn: released.value,
      releaseReason: why?.reason ?? null,
      releaseNotes: why?.note ?? '',
      document,
      notes: get(cells, 'notes'),
    });
    const row = out.items.at(-1)!;
    if (tooLong(row.notes, [row.givenName, row.surname, row.email, row.login, row.department, row.document]) || row.releaseNotes.length > LONG_TEXT_MAX) shortened.push(line);
  }
  out.warnings.push(...shortenedWarning(shortened));
  out.warnings.push(...valuesLeftOutWarning('importFile.warning.badEmails', badEmails));
  return out;
}

function programOf(text: string): PurchaseRow['program'] {
  const t = foldText(text);
  if (/\boem\b/.test(t)) return 'oem';
  if (/\bcsp\b/.test(t)) return 'csp';
  if (/volume|\bvl\b|\bolp\b|open|mpsa|\bea\b|zbiorcz|zbiorow|grupow/.test(t)) return 'volume';
  return 'retail';
}

/**
 * A coverage written in words ("Wieczysta z Software Assurance do 01.01.2026", "Subscription until
 * 2027-06-30 (ended)", "SA do 31.12.2026"): its kind and the date written in it (no date: `value`
 * null); null when the words name no coverage.
 */
function coverageOf(text: string): { kind: NonNullable<PurchaseRow['coverage']>; until: DateField } | null {
  const folded = foldText(text);
  const kind = /subskrypc|subscription/.test(folded) ? 'subscription' : /software assurance|\bsa\b/.test(folded) ? 'software-assurance' : /wieczyst|perpetual|bezterminow/.test(folded) ? 'perpetual' : null;
  if (kind === null) return null;
  return { kind, until: optionalDate(dateWrittenIn(text)) };
}

export function readPurchaseRows(sheet: SheetRead, mapping: MappingSuggestion): RowsOut<PurchaseRow> {
  const get = fieldReader(mapping);
  const out: RowsOut<PurchaseRow> = { items: [], skipped: [], warnings: [] };
  const shortened: number[] = [];
  for (const { line, cells } of sheet.rows) {
    const skip = (reason: ImportMessage): void => void out.skipped.push({ line, reason });
    const empty = nothingToRead(cells, mapping);
    if (empty) {
      skip(empty);
      continue;
    }
    // A lot the app's own workbook marks as voided holds no CALs: read as a live lot, it would add seats nobody owns.
    if (isAuditVoidedNote(get(cells, 'notes'))) {
      skip(importMessage('importFile.skip.voidedLot'));
      continue;
    }
    const productText = get(cells, 'product');
    if (!productText) {
      skip(importMessage('importFile.skip.noLicense'));
      continue;
    }
    const document = get(cells, 'document');
    const order = get(cells, 'orderNumber');
    // A lot that does not say its version or User or Device is not counted as any: which it is changes whom and which servers it covers.
    const cal = calOfRow(productText, document || order, false);
    if ('reason' in cal) {
      skip(cal.reason);
      continue;
    }
    const quantityText = get(cells, 'quantity');
    const quantity = parseNumber(quantityText);
    if (quantityText === '') {
      skip(importMessage('importFile.skip.noQuantity'));
      continue;
    }
    // "1.000" or "1,000" is a thousand in a Polish sheet and one or a thousand in an English one: a count of CALs is not guessed.
    if (/^\s*\d{1,3}[.,]\d{3}\s*$/.test(quantityText)) {
      skip(importMessage('importFile.skip.ambiguousQuantity', { value: quantityText }));
      continue;
    }
    if (quantity === null || !Number.isInteger(quantity) || quantity < 1 || quantity > 1_000_000) {
      skip(importMessage('importFile.skip.badQuantity', { value: quantityText }));
      continue;
    }
    const dateText = get(cells, 'date');
    const date = optionalDate(dateText);
    if (!date.ok) {
      skip(date.reason);
      continue;
    }
    if (date.value === null) {
      skip(importMessage('importFile.skip.noDate'));
      continue;
    }
    const covered = optionalDate(get(cells, 'coveredUntil'));
    // An end of Software Assurance or subscription that cannot be read is not "perpetual": the row waits for a readable date.
    if (!covered.ok) {
      skip(covered.reason);
      continue;
    }
    // A coverage in words (the audit workbook's "Perpetual with Software Assurance until …") gives its kind, and its end where no end-date column does.
    const coverageText = get(cells, 'coverage');
    const stated = coverageText ? coverageOf(coverageText) : null;
    let coveredUntil = covered.value;
    if (stated && stated.kind !== 'perpetual' && coveredUntil === null) {
      if (!stated.until.ok) {
        skip(stated.until.reason);
        continue;
      }
      if (stated.until.value === null) {
        skip(importMessage('importFile.skip.coverageWithoutDate', { value: coverageText }));
        continue;
      }
      coveredUntil = stated.until.value;
    }
    const notes = [get(cells, 'notes'), document && order ? `order ${order}` : ''].filter(Boolean).join('; ');
    out.items.push({
      line,
      productText,
      product: cal.product,
      quantity,
      date: date.value,
      vendor: get(cells, 'vendor'),
      document: document || order,
      program: programOf(get(cells, 'program')),
      coverage: stated?.kind ?? null,
      coveredUntil,
      notes,
    });
    const row = out.items.at(-1)!;
    if (tooLong(row.notes, [row.vendor, row.document])) shortened.push(line);
  }
  out.warnings.push(...shortenedWarning(shortened));
  return out;
}
