import type { ReactNode } from 'react';

/**
 * `text` with a line-break opportunity (`<wbr>`) after each of `characters`, so a narrow column wraps it
 * there ("FV/2024/" / "03/17", "potwierdzenie-" / "subskrypcji.eml") rather than inside a word. Only what
 * is shown changes: no character is added to the text, so a copy of it is the text as stored.
 */
export function breakAfter(text: string, characters: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let start = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (!characters.includes(text[i]!)) continue;
    parts.push(text.slice(start, i + 1), <wbr key={i} />);
    start = i + 1;
  }
  parts.push(text.slice(start));
  return parts;
}

/** Where a file name or a document number may wrap: after its separators ("FV_2024_03_17.pdf", "CSP/2025/08/0042"). */
export const NAME_BREAKS = '_-./';
