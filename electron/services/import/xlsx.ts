import ExcelJS from 'exceljs';
import { findHeaderRow, sheetHeader } from '../../../shared/import/headers';
import { megabytes, type ReadLimits, type SheetRead } from '../../../shared/import/types';
import { packageOverLimits } from './xlsx-rows';

export type XlsxRead =
  | { ok: true; sheets: SheetRead[] }
  | {
      ok: false;
      key: 'importFile.error.notZip' | 'importFile.error.damagedXlsx' | 'importFile.error.noWorksheets' | 'importFile.error.oldXls' | 'importFile.error.tooManyRows' | 'importFile.error.tooManyColumns' | 'importFile.error.unpacksTooLarge';
      params: Record<string, string | number>;
    };

/**
 * Widest sheet read. An export has tens of columns; one stray value in column XFD (16,384) would
 * otherwise make every row that wide (a 10 KB file took 4.6 s and 950 MB).
 */
export const MAX_COLUMNS = 1024;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Excel dates are wall-clock values stored as UTC by exceljs: read the UTC parts. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? date : `${date}T${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** Any exceljs cell value as the text the import reads (formulas by their cached result, never evaluated). */
export function cellText(value: unknown, depth = 0): string {
  if (value === null || value === undefined || depth > 3) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return v.richText.map((part: { text?: unknown }) => (typeof part.text === 'string' ? part.text : '')).join('');
    if ('formula' in v || 'sharedFormula' in v) return cellText(v.result, depth + 1);
    if ('text' in v) return cellText(v.text, depth + 1);
    if ('error' in v) return '';
  }
  return '';
}

function sheetRows(ws: ExcelJS.Worksheet): Array<{ line: number; cells: string[] }> {
  const out: Array<{ line: number; cells: string[] }> = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    // To this row's own last cell: trailing empty cells are dropped below anyway, and getCell would create them.
    for (let c = 1; c <= row.cellCount; c += 1) {
      const cell = row.getCell(c);
      // A title merged across a row is one value; a value merged down a column repeats on each row.
      const master = cell.isMerged ? cell.master : cell;
      cells.push(master !== cell && master.row === cell.row ? '' : cellText(master.value));
    }
    while (cells.length > 0 && (cells[cells.length - 1] ?? '').trim() === '') cells.pop();
    if (cells.some((c) => c.trim() !== '')) out.push({ line: rowNumber, cells });
  });
  return out;
}

/** Reads every worksheet of an .xlsx separately, finding each one's header row. */
export async function readXlsxBytes(bytes: Uint8Array, limits: Pick<ReadLimits, 'maxRows' | 'maxUnpackedBytes'>): Promise<XlsxRead> {
  const { maxRows, maxUnpackedBytes } = limits;
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return { ok: false, key: 'importFile.error.oldXls', params: {} };
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    return { ok: false, key: 'importFile.error.notZip', params: {} };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // Counted before exceljs loads anything: it holds every row in memory first (a 1,000,000-row sheet took 14–30 s and 1.6–2.3 GB),
    // and inflates every part whole (a few KB of zip can unpack to gigabytes).
    const over = await packageOverLimits(bytes, { rows: maxRows + 50, unpackedBytes: maxUnpackedBytes });
    if (over?.limit === 'rows') return { ok: false, key: 'importFile.error.tooManyRows', params: { rows: `> ${maxRows}`, limit: maxRows } };
    if (over?.limit === 'unpackedBytes') return { ok: false, key: 'importFile.error.unpacksTooLarge', params: { part: over.part, limitMb: megabytes(maxUnpackedBytes) } };
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    // exceljs and JSZip say why in English ("Corrupted zip: …"); the message says it in the user's language.
    return { ok: false, key: 'importFile.error.damagedXlsx', params: {} };
  }
  if (workbook.worksheets.length === 0) return { ok: false, key: 'importFile.error.noWorksheets', params: {} };
  const sheets: SheetRead[] = [];
  for (const ws of workbook.worksheets) {
    if (ws.columnCount > MAX_COLUMNS) return { ok: false, key: 'importFile.error.tooManyColumns', params: { sheet: ws.name, columns: ws.columnCount, limit: MAX_COLUMNS } };
    if (ws.actualRowCount > maxRows + 50) return { ok: false, key: 'importFile.error.tooManyRows', params: { rows: ws.actualRowCount, limit: maxRows } };
    const rows = sheetRows(ws);
    const at = findHeaderRow(rows.slice(0, 30).map((r) => r.cells));
    const header = at >= 0 ? rows[at] : undefined;
    if (!header) {
      sheets.push({ name: ws.name, headerLine: 0, headers: [], rows: [] });
      continue;
    }
    // A header on two rows is read as one (sheetHeader); only rows on the lines next to it can be its other half.
    const next = (i: number) => (rows[i] && Math.abs(rows[i].line - header.line) === 1 ? rows[i].cells : null);
    const { headers, below } = sheetHeader(next(at - 1), header.cells, next(at + 1));
    const data = rows.slice(at + (below ? 2 : 1));
    if (data.length > maxRows) return { ok: false, key: 'importFile.error.tooManyRows', params: { rows: data.length, limit: maxRows } };
    sheets.push({ name: ws.name, headerLine: header.line, headers, rows: data });
  }
  return { ok: true, sheets };
}
