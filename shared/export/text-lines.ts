/**
 * How many printed lines a wrapped text takes in a column, so that row heights (the workbook
 * writer) and the alignment of several values in one cell (the sheet builders) agree. Column
 * widths are in Excel's units: the number of digits that fit.
 */

/**
 * Characters of a column `width` wide that fit on one printed line. Arial's letters average a
 * little narrower than its digits; `dense` text does not: bold text, hexadecimal hashes (digits and
 * a–f, each as wide as a digit) and e-mail addresses (their `@`, `m` and `w` are wider).
 */
export const charsPerLine = (width: number, dense = false): number => Math.max(1, Math.floor(width * (dense ? 1.0 : 1.1)));

/** Lines a wrapped text needs in a column of `width` characters, wrapping at spaces as Excel and LibreOffice do, and inside a word longer than a line. */
export function linesNeeded(text: string, width: number, dense = false): number {
  const perLine = charsPerLine(width, dense);
  if (text.length <= perLine && !text.includes('\n')) return 1;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(' ')) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) {
        used = need;
      } else if (used === 0) {
        lines += Math.ceil(word.length / perLine) - 1;
        used = word.length % perLine;
      } else {
        lines += Math.ceil(word.length / perLine);
        used = word.length % perLine || perLine;
      }
    }
  }
  return lines;
}
