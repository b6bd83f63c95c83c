import { readAuditServers } from './audit-servers';
import { auditReportSheet, type AuditReportSheet } from './audit-workbook';
import type { ExplicitMapping } from './detect';
import { detectKind, mappingFingerprint, suggestMapping } from './detect';
import type { RowsOut } from './export-rows';
import { readAdUsers, readUsers, readCalUsage, readCalUsers, readMailboxes, readServers } from './export-rows';
import { expectedColumns, normalizeHeader } from './headers';
import { importMessage } from './messages';
import { readPurchaseRows, readRegisterRows } from './sheet-rows';
import type { FileRead, ImportKind, ImportMessage, MappingSuggestion, ParsedFile, ParsedSheet, SheetData, SheetRead } from './types';

export interface InterpretOptions {
  /** Explicit mapping (`Header=field`), e.g. from the CLI's --map or the Import screen. */
  mapping?: ExplicitMapping;
  /** Mappings remembered in the register (settings.importMappings: fingerprint → mapping). */
  remembered?: Record<string, Record<string, string>>;
  /** The file the sheet is from: a CSV's one sheet has no name of its own, so it is named by its file. */
  fileName?: string;
}

function missingExportColumns(kind: ImportKind, headers: readonly string[]): string[] {
  if (!(kind in expectedColumns)) return [];
  const keys = new Set(headers.map(normalizeHeader));
  const expected = expectedColumns[kind as keyof typeof expectedColumns];
  return expected.filter((alternatives) => !alternatives.split('|').some((name) => keys.has(normalizeHeader(name))));
}

/** Restricts an explicit mapping to the headers this sheet has (one --map may serve several files). */
function mappingFor(sheet: SheetRead, options: InterpretOptions): ExplicitMapping {
  const keys = new Set(sheet.headers.map(normalizeHeader));
  const merged: ExplicitMapping = {};
  for (const kind of ['register-sheet', 'purchases-sheet']) {
    Object.assign(merged, options.remembered?.[mappingFingerprint(kind, sheet.headers)] ?? {});
  }
  Object.assign(merged, options.mapping ?? {});
  return Object.fromEntries(Object.entries(merged).filter(([header]) => keys.has(normalizeHeader(header))));
}

/** Column names that appear more than once (as the import compares them), each as first written: every reader takes the first. */
function repeatedHeaders(headers: readonly string[]): ImportMessage[] {
  const seen = new Map<string, { header: string; count: number }>();
  for (const header of headers) {
    const key = normalizeHeader(header);
    if (key === '') continue;
    const entry = seen.get(key);
    if (entry) entry.count += 1;
    else seen.set(key, { header: header.trim(), count: 1 });
  }
  const repeated = [...seen.values()].filter((e) => e.count > 1).map((e) => e.header);
  return repeated.length > 0 ? [importMessage('importFile.warning.repeatedHeaders', { columns: repeated.join(', ') })] : [];
}

const auditMessageKeys = {
  history: 'importFile.warning.auditHistory',
  summary: 'importFile.warning.auditReport',
  checklist: 'importFile.warning.auditReport',
  findings: 'importFile.warning.auditReport',
} as const satisfies Record<Exclude<AuditReportSheet, 'servers'>, string>;

/** Reads one sheet: detects its kind, maps its columns and turns its rows into typed rows. */
export function interpretSheet(sheet: SheetRead, options: InterpretOptions = {}): ParsedSheet {
  const base = { sheetName: sheet.name, headers: sheet.headers, rowsRead: 0, skipped: [], warnings: [], missingColumns: [] };
  if (sheet.headers.length === 0) {
    return { ...base, kind: 'unknown', status: 'unknown', mapping: null, data: { kind: 'unknown' }, warnings: [importMessage('importFile.warning.emptySheet', { sheet: sheet.name })] };
  }
  // Our own audit workbook's sheets are known by their columns (audit-workbook.ts): its Servers sheet is read back as the
  // register recorded them (a rebuilt register judges its CALs against them), its reports are never read.
  const report = auditReportSheet(sheet);
  if (report === 'servers') {
    const rows = readAuditServers(sheet);
    return { ...base, kind: 'audit-servers', status: 'ok', mapping: null, rowsRead: rows.items.length, skipped: rows.skipped, warnings: rows.warnings, data: { kind: 'servers', servers: rows.items } };
  }
  if (report) return { ...base, kind: 'audit-report', status: 'set-aside', mapping: null, data: { kind: 'unknown' }, warnings: [importMessage(auditMessageKeys[report], { sheet: sheet.name })] };
  const explicit = mappingFor(sheet, options);
  const detected = detectKind(sheet.headers, explicit);
  const kind = detected.kind;
  if (kind === 'unknown') {
    const unknown = sheet.name ? importMessage('importFile.warning.unknownKind', { sheet: sheet.name }) : importMessage('importFile.warning.unknownFile', { file: options.fileName || '—' });
    return { ...base, kind, status: 'unknown', mapping: null, data: { kind }, warnings: [unknown] };
  }
  const mapping: MappingSuggestion | null = detected.mapping ?? (kind === 'register-sheet' || kind === 'purchases-sheet' ? suggestMapping(kind, sheet.headers, explicit) : null);
  if (mapping && !mapping.complete) {
    return {
      ...base,
      kind,
      status: 'needs-mapping',
      mapping,
      data: { kind: 'unknown' },
      warnings: [importMessage('importFile.warning.needsMapping', { columns: mapping.unmatchedRequired.join(', ') }), ...repeatedHeaders(sheet.headers)],
    };
  }
  const missingColumns = missingExportColumns(kind, sheet.headers);
  const { data, rows } = readRows(kind, sheet, mapping);
  const warnings = [...repeatedHeaders(sheet.headers), ...rows.warnings];
  if (missingColumns.length > 0) warnings.unshift(importMessage('importFile.warning.missingColumns', { columns: missingColumns.join(', ') }));
  return { ...base, kind, status: 'ok', mapping, missingColumns, rowsRead: rows.items.length, skipped: rows.skipped, warnings, data };
}

function readRows(kind: ImportKind, sheet: SheetRead, mapping: MappingSuggestion | null): { data: SheetData; rows: RowsOut<unknown> } {
  switch (kind) {
    case 'mailboxes': {
      const rows = readMailboxes(sheet);
      return { data: { kind, mailboxes: rows.items, aliases: rows.aliases }, rows };
    }
    case 'users': {
      const rows = readUsers(sheet);
      return { data: { kind, mailboxes: rows.mailboxes, users: rows.items }, rows };
    }
    case 'ad-users': {
      const rows = readAdUsers(sheet);
      return { data: { kind, users: rows.items }, rows };
    }
    case 'servers': {
      const rows = readServers(sheet);
      return { data: { kind, servers: rows.items }, rows };
    }
    case 'cal-usage': {
      const rows = readCalUsage(sheet);
      return { data: { kind, counts: rows.items }, rows };
    }
    case 'cal-users': {
      const rows = readCalUsers(sheet);
      return { data: { kind, users: rows.items }, rows };
    }
    case 'register-sheet': {
      const rows = readRegisterRows(sheet, mapping as MappingSuggestion);
      return { data: { kind, rows: rows.items }, rows };
    }
    case 'purchases-sheet': {
      const rows = readPurchaseRows(sheet, mapping as MappingSuggestion);
      return { data: { kind, rows: rows.items }, rows };
    }
    default:
      return { data: { kind: 'unknown' }, rows: { items: [], skipped: [], warnings: [] } };
  }
}

/** Interprets every sheet of a file read by `readImportFile`. */
export function interpretFile(file: FileRead, options: InterpretOptions = {}): ParsedFile {
  return {
    fileName: file.fileName,
    sha256: file.sha256,
    format: file.format,
    sheets: file.sheets.map((sheet) => interpretSheet(sheet, { ...options, fileName: file.fileName })),
    warnings: file.warnings,
  };
}
