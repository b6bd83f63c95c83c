/**
 * How many printed lines a wrapped text takes in a column, so that row heights (the workbook
 * writer) and the alignment of several values in one cell (the sheet builders) agree. Column
 * widths are in Excel's units: the number of digits that fit.
 *
 * Text is measured with Arial's own advance widths (the workbook prints in Arial 10), in digits:
 * a "W" is 1.7 digits, an "i" 0.4. Counting characters instead cut off the last line of a name
 * or a note in capitals (found in review: "MAŁGORZATA WŁODARCZYK-ŻMUDZIŃSKA" printed a line short).
 */

/** Arial's advance widths in thousandths of an em, for the characters from space to "~"; a digit is 556. */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p-z { | } ~
];
const DIGIT = 556;

/** Widths in digits by character code up to U+024F (Latin, with the Polish letters); beyond, a wide letter's. */
const WIDTHS = new Float64Array(0x250).fill(1.4);
for (let code = 0x20; code <= 0x7e; code++) WIDTHS[code] = ASCII_WIDTHS[code - 0x20]! / DIGIT;
// Accented letters are as wide as their base letter ("Ł" as "L", "ż" as "z").
for (let code = 0xc0; code < 0x250; code++) {
  const base = String.fromCharCode(code).normalize('NFD').charCodeAt(0);
  if (base < 0x7f) WIDTHS[code] = WIDTHS[base]!;
}
// A no-break space (Polish thousands: "1 250") is as wide as a space, but no line breaks at it.
WIDTHS[0xa0] = WIDTHS[0x20]!;
for (const [letter, base] of [['Ł', 'L'], ['ł', 'l'], ['Đ', 'D'], ['đ', 'd'], ['Ø', 'O'], ['ø', 'o'], ['ß', 'b'], ['Æ', 'W'], ['æ', 'm'], ['Œ', 'W'], ['œ', 'm']] as const) {
  WIDTHS[letter.charCodeAt(0)] = WIDTHS[base.charCodeAt(0)]!;
}
// Punctuation beyond Latin that registers use: dashes, quotes (Polish „…”), the ellipsis, the euro sign.
const PUNCTUATION: ReadonlyMap<number, number> = new Map(
  ([[0x2013, 556], [0x2014, 1000], [0x2018, 222], [0x2019, 222], [0x201a, 222], [0x201c, 333], [0x201d, 333], [0x201e, 333], [0x2022, 350], [0x2026, 1000], [0x20ac, 556]] as const).map(([code, width]) => [code, width / DIGIT]),
);

/** The widest character measured (@); a text of `width / MAX_WIDTH` characters fits whatever they are. */
const MAX_WIDTH = 1015 / DIGIT;
/** Bold Arial is about 7% wider. */
const BOLD = 1.07;
/**
 * A column `width` wide is `width` × 7 + 5 pixels (Excel's unit is the 7-pixel digit of its default
 * font), less about 4 pixels of cell padding; an Arial 10 digit is 7.41 pixels at 96 dpi.
 */
const digitsIn = (width: number): number => (width * 7 + 1) / 7.41;

const charWidth = (code: number): number => (code < 0x250 ? WIDTHS[code]! : (PUNCTUATION.get(code) ?? 1.4));

/**
 * The UTF-16 code at `i` of `text` (NaN outside it). A workbook's texts come in many of V8's inner
 * shapes (flat or joined or sliced, one or two bytes a character), and `text.charCodeAt(i)` in a loop
 * that meets them all looks the method up the slow, generic way on every character; the method called
 * by name is found once. Loops also read `text.length` once, for the same reason. Measured on a
 * loop over e-mail addresses after texts of eight shapes had passed through it: 15–29 ns a character
 * with `text.charCodeAt`, 4–9 this way (Node 20 and 24), as fast as a loop that only ever saw one shape.
 */
const codeAt = (text: string, i: number): number => String.prototype.charCodeAt.call(text, i);

/** Width of `text` in digits of Arial. */
export function textWidth(text: string, from = 0, to = text.length): number {
  let width = 0;
  for (let i = from; i < to; i++) width += charWidth(codeAt(text, i));
  return width;
}

/** The width in digits a line of a column `width` wide holds (`bold` text is wider). */
const lineWidth = (width: number, bold: boolean): number => Math.max(1, digitsIn(width) / (bold ? BOLD : 1));

/** The narrowest column (in Excel's units) whose line holds `digits` digits of Arial, in `bold` letters or not. */
const columnFor = (digits: number, bold: boolean): number => Math.max(1, Math.ceil((digits * (bold ? BOLD : 1) * 7.41 - 1) / 7));

/** The narrowest column (in Excel's units) that prints `text` on one line; `bold`: in bold letters (a header, a totals label). */
export const widthForOneLine = (text: string, bold = false): number => columnFor(textWidth(text), bold);

/** How many characters of any kind surely fit on one line: a text no longer than this needs no measuring. */
export const charsPerLine = (width: number, bold = false): number => Math.max(1, Math.floor(lineWidth(width, bold) / MAX_WIDTH));

/**
 * A column fitted to what it holds: as wide as the widest of `texts` on one line (`boldTexts`: a header or
 * a totals label, in bold), at least `min` and at most `max`, which keeps an unusual value (an unknown
 * product's id, a very long address) from widening the page: that one wraps. A text short enough for `min`
 * whatever its letters is not measured.
 */
export function fittedWidth(min: number, max: number, texts: Iterable<string>, boldTexts: Iterable<string> = []): number {
  return widened(widened(min, max, texts, false, textWidth), max, boldTexts, true, textWidth);
}

/**
 * A column in which no word of `texts` breaks: as wide as the widest word (a run without a space, such as
 * an e-mail address), at least `min` and at most `max`; the texts wrap at their spaces. Once at `max`, the
 * texts left are not measured.
 */
export function fittedToWords(min: number, max: number, texts: Iterable<string>): number {
  return widened(min, max, texts, false, widestWord);
}

/** `width` widened, up to `max`, to print what `digitsOf` measures of each of `texts` on one line. */
function widened(width: number, max: number, texts: Iterable<string>, bold: boolean, digitsOf: (text: string) => number): number {
  const sure = charsPerLine(width, bold);
  for (const text of texts) {
    if (width >= max) break;
    if (text.length > sure) width = Math.max(width, columnFor(digitsOf(text), bold));
  }
  return Math.min(max, width);
}

/** Width in digits of the widest run of `text` without a space or a line break. */
function widestWord(text: string): number {
  let widest = 0;
  let word = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = codeAt(text, i);
    if (code === SPACE || code === NEWLINE) word = 0;
    else if ((word += charWidth(code)) > widest) widest = word;
  }
  return widest;
}

/** The width in digits a line of a column `width` wide holds, for `fitsOneLine` over many values. */
export const lineDigits = (width: number): number => lineWidth(width, false);

/**
 * Whether `text` has no line break and is no wider than `perLine` digits (`lineDigits`), as `linesNeeded`
 * measures it: spaces at its end take no room (they hang past the edge instead of wrapping), those at its start do.
 */
export function fitsOneLine(text: string, perLine: number): boolean {
  let width = 0;
  let spaces = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = codeAt(text, i);
    if (code === NEWLINE) return false;
    if (code === SPACE) {
      spaces += SPACE_WIDTH;
      continue;
    }
    width += spaces + charWidth(code);
    spaces = 0;
    if (width > perLine) return false;
  }
  return true;
}

const SPACE = 0x20;
const SPACE_WIDTH = ASCII_WIDTHS[0]! / DIGIT;
const SLASH = 0x2f;
const HYPHEN = 0x2d;
const NEWLINE = 0x0a;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Where a line may break after a slash or a hyphen: after every one, or as LibreOffice breaks "FV/2024/01/000123/WAW". */
type BreakRule = (code: number, next: number, previous: number) => boolean;
const afterEvery: BreakRule = (code) => code === SLASH || code === HYPHEN;
/** LibreOffice (Unicode's line breaking) breaks after a slash before a number ("FV/ 2024/…"), keeps a number's slashes and hyphens whole, and breaks after a hyphen before a word. */
const beforeNumbers: BreakRule = (code, next, previous) => (code === SLASH && isDigit(next) && !isDigit(previous)) || (code === HYPHEN && !isDigit(next));

/**
 * Lines a wrapped text needs in a column of `width` digits: wrapped at spaces, after slashes and
 * hyphens, and inside a piece longer than a line. Excel and LibreOffice break after a slash or a
 * hyphen in different places (LibreOffice prints FV/2024/01/000123/WAW as FV/ · 2024/01/000123/ ·
 * WAW, keeping the number whole); this counts the breaking that needs more lines.
 */
export function linesNeeded(text: string, width: number, bold = false): number {
  const perLine = lineWidth(width, bold);
  if (text.length <= charsPerLine(width, bold) && !text.includes('\n')) return 1;
  // Most texts that are not sure to fit still do: one pass over their widths says so.
  if (fitsOneLine(text, perLine)) return 1;
  const either = linesBrokenBy(text, perLine, afterEvery);
  return text.includes('/') || text.includes('-') ? Math.max(either, linesBrokenBy(text, perLine, beforeNumbers)) : either;
}

function linesBrokenBy(text: string, perLine: number, breaksAfter: BreakRule): number {
  let lines = 1;
  let used = 0;
  let pendingSpace = 0;
  let piece = 0;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? codeAt(text, i) : NEWLINE;
    const ends = code === SPACE || code === NEWLINE;
    if (!ends) piece += charWidth(code);
    // A piece ends before a space or a line break, and where the rule breaks after a slash or a hyphen; it goes on this line if it fits.
    // Both rules break only after a slash or a hyphen: the others are not asked (most of a note's characters).
    if ((ends && piece > 0) || ((code === SLASH || code === HYPHEN) && breaksAfter(code, codeAt(text, i + 1), codeAt(text, i - 1)))) {
      if (used > 0 && used + pendingSpace + piece <= perLine) {
        used += pendingSpace + piece;
      } else {
        // Spaces before the first piece of the text or of a line after a break take room; those where a line wraps do not.
        const lead = used === 0 ? pendingSpace : 0;
        if (used > 0) lines += 1;
        // A piece longer than a line is broken inside it, a line at a time.
        const whole = Math.max(0, Math.ceil((lead + piece) / perLine) - 1);
        lines += whole;
        used = lead + piece - whole * perLine;
      }
      pendingSpace = 0;
      piece = 0;
    }
    if (code === SPACE) pendingSpace += charWidth(SPACE);
    else if (code === NEWLINE && i < length) {
      lines += 1;
      used = 0;
      pendingSpace = 0;
    }
  }
  return lines;
}
