import { createHash } from 'node:crypto';
import type { ExplicitMapping } from '../../../shared/import/detect';
import type { InterpretOptions } from '../../../shared/import/interpret';
import { interpretFile } from '../../../shared/import/interpret';
import type { ImportMessageKey } from '../../../shared/import/messages';
import { importMessage } from '../../../shared/import/messages';
import type { FileRead, ParsedFile, ReadLimits, ReadResult, SheetRead } from '../../../shared/import/types';
import { defaultReadLimits, megabytes } from '../../../shared/import/types';
import { readCsvText } from './csv';
import { decodeText } from './encoding';
import { readXlsxBytes } from './xlsx';

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
}

function failure(fileName: string, key: ImportMessageKey, params: Record<string, string | number> = {}): ReadResult {
  const m = importMessage(key, { file: fileName, ...params });
  return { ok: false, error: { code: 'bad-file', message: m.message.replace(/[\r\n]+/g, ' '), key, params: m.params } };
}

/** By content first (a workbook saved as ".csv" is still a workbook), then by extension. */
function formatOf(fileName: string, bytes: Uint8Array): 'csv' | 'xlsx' | 'xls' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'xls') return 'xls';
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
  return 'csv';
}

/** No sheet with data rows: empty, or a header and nothing below it. */
function emptiness(sheets: readonly SheetRead[]): 'importFile.error.empty' | 'importFile.error.headerOnly' | null {
  if (sheets.some((s) => s.rows.length > 0)) return null;
  return sheets.some((s) => s.headers.length > 0) ? 'importFile.error.headerOnly' : 'importFile.error.empty';
}

async function read(fileName: string, bytes: Uint8Array, limits: ReadLimits): Promise<ReadResult> {
  if (bytes.length > limits.maxBytes) {
    return failure(fileName, 'importFile.error.tooLarge', { sizeMb: megabytes(bytes.length), limitMb: megabytes(limits.maxBytes) });
  }
  if (bytes.length === 0) return failure(fileName, 'importFile.error.empty');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const format = formatOf(fileName, bytes);
  if (format === 'xls') return failure(fileName, 'importFile.error.oldXls');
  if (format === 'xlsx') {
    const x = await readXlsxBytes(bytes, limits);
    if (!x.ok) return failure(fileName, x.key, x.params);
    const empty = emptiness(x.sheets);
    if (empty) return failure(fileName, empty);
    return { ok: true, file: { fileName, sha256, format: 'xlsx', sheets: x.sheets, warnings: [] } };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return failure(fileName, decoded.key);
  const csv = readCsvText(decoded.text, limits.maxRows);
  if (!csv.ok) return failure(fileName, csv.key, csv.params);
  const empty = emptiness([csv.sheet]);
  if (empty) return failure(fileName, empty);
  const separator = csv.delimiter === '\t' ? 'tab' : csv.delimiter;
  const file: FileRead = { fileName, sha256, format: `csv ${decoded.encoding} ${separator}`, sheets: [csv.sheet], warnings: decoded.warnings };
  return { ok: true, file };
}

/**
 * Reads an import file (CSV from PowerShell, or an .xlsx workbook) into header + text rows per sheet.
 * Never throws: any failure is `{ ok: false, error }` with a one-line message naming the file.
 */
export async function readImportFile(fileName: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const limits: ReadLimits = { ...defaultReadLimits, ...options.limits };
  try {
    return await read(fileName, bytes, limits);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 160) ?? 'unknown error';
    return failure(fileName, 'importFile.error.unreadable', { detail });
  }
}

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; error: Extract<ReadResult, { ok: false }>['error'] };

/** Reads and interprets a file in one step (kind detection, mapping, typed rows) for the IPC handler and CLI. */
export async function parseImportFile(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions & { mapping?: ExplicitMapping; remembered?: InterpretOptions['remembered'] } = {},
): Promise<ParseResult> {
  const read = await readImportFile(fileName, bytes, options);
  if (!read.ok) return read;
  return { ok: true, file: interpretFile(read.file, { mapping: options.mapping, remembered: options.remembered }) };
}
