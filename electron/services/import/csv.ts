import Papa from 'papaparse';
import { findHeaderRow } from '../../../shared/import/headers';
import type { SheetRead } from '../../../shared/import/types';

export type CsvRead =
  | { ok: true; sheet: SheetRead; delimiter: string }
  | { ok: false; key: 'importFile.error.badQuotes' | 'importFile.error.tooManyRows'; params: Record<string, string | number> };

/** Counts candidate separators outside quotes on the header line: `,` (default), `;` (-UseCulture in PL), tab. */
export function detectDelimiter(line: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  let best = ',';
  for (const d of [';', '\t']) if ((counts[d] ?? 0) > (counts[best] ?? 0)) best = d;
  return best;
}

function firstLineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end + 1;
}

/** Parses CSV text as PowerShell's Export-Csv writes it: optional `#TYPE` line, quoted values, CRLF. */
export function readCsvText(text: string, maxRows: number): CsvRead {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineOffset = 0;
  // Skip blank lines and the `#TYPE …` line Windows PowerShell 5.1 writes without -NoTypeInformation.
  for (;;) {
    const end = firstLineEnd(text, start);
    const line = text.slice(start, end).trim();
    if (start < text.length && (line === '' || /^#TYPE\b/i.test(line))) {
      start = end;
      lineOffset += 1;
      continue;
    }
    break;
  }
  const body = text.slice(start);
  const delimiter = detectDelimiter(body.slice(0, firstLineEnd(body, 0)));
  const raw: string[][] = [];
  const lines: number[] = [];
  let line = lineOffset + 1;
  let cursor = 0;
  let quoteError: number | null = null;
  let tooMany = false;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    step: (results, parser) => {
      if (results.errors.some((e) => e.type === 'Quotes')) {
        quoteError = line;
        parser.abort();
        return;
      }
      raw.push(results.data);
      lines.push(line);
      // Count the line breaks this record spans (quoted values may hold some).
      const next = results.meta.cursor;
      for (let i = cursor; i < next; i += 1) if (body.charCodeAt(i) === 10) line += 1;
      cursor = next;
      if (raw.length > maxRows + 50) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (quoteError !== null) return { ok: false, key: 'importFile.error.badQuotes', params: { line: quoteError } };
  if (tooMany) return { ok: false, key: 'importFile.error.tooManyRows', params: { rows: `> ${maxRows}`, limit: maxRows } };
  const filled = (cells: readonly string[]): boolean => cells.some((c) => c.trim() !== '');
  const headerAt = findHeaderRow(raw.slice(0, 30).map((r) => (filled(r) ? r : [])));
  const headers = headerAt >= 0 ? (raw[headerAt] ?? []).map((h) => h.trim()) : [];
  const rows: SheetRead['rows'] = [];
  for (let i = headerAt + 1; headerAt >= 0 && i < raw.length; i += 1) {
    const cells = raw[i] ?? [];
    if (filled(cells)) rows.push({ line: lines[i] ?? 0, cells });
  }
  if (rows.length > maxRows) return { ok: false, key: 'importFile.error.tooManyRows', params: { rows: rows.length, limit: maxRows } };
  return { ok: true, delimiter, sheet: { name: '', headerLine: headerAt >= 0 ? (lines[headerAt] ?? 0) : 0, headers, rows } };
}
