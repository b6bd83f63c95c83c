/** Any character that may need work: every C0 control, DEL, surrogates, U+FFFE/U+FFFF (checked before the slower pass). */
// eslint-disable-next-line no-control-regex
const suspicious = /[\u0000-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]/;
/**
 * Characters a cell must never carry: C0 controls except tab/LF/CR, DEL, the noncharacters
 * U+FFFE/U+FFFF and lone UTF-16 surrogates — all invalid in XML, so they would make the file unreadable.
 */
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Excel's limit per cell; longer text would make the file unreadable in Excel. */
export const maxCellText = 32_767;

/**
 * Text safe for a spreadsheet cell: line breaks become `\n` (wrapped on print), tabs become a
 * space, other control characters are dropped. Leading `= + - @` stay as typed: the writer
 * stores every string as a string cell, never as a formula.
 */
export function cleanCellText(text: string): string {
  if (!suspicious.test(text)) return text.length > maxCellText ? text.slice(0, maxCellText) : text;
  const cleaned = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(forbidden, '');
  return cleaned.length > maxCellText ? cleaned.slice(0, maxCellText) : cleaned;
}

/** Starts like something a spreadsheet would evaluate (`= + - @`, tab, CR). */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** Dates already converted: a register repeats a few hundred days across tens of thousands of cells. */
const excelDates = new Map<string, Date | null>();

/**
 * `YYYY-MM-DD` → the UTC midnight Excel stores as a date serial, or null when not a real date or one
 * before 1900, which Excel's date serials cannot show (a mistyped year prints as text, never as ####).
 * The Date may be shared: never mutate it.
 */
export function excelDate(iso: string): Date | null {
  const known = excelDates.get(iso);
  if (known !== undefined) return known;
  const date = parseExcelDate(iso);
  if (excelDates.size >= 10_000) excelDates.clear();
  excelDates.set(iso, date);
  return date;
}

function parseExcelDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** `1` → `A`, `27` → `AA`. */
export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
