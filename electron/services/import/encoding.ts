import { importMessage } from '../../../shared/import/messages';
import type { ImportWarning } from '../../../shared/import/types';

export type Decoded =
  | { ok: true; text: string; encoding: string; warnings: ImportWarning[] }
  | { ok: false; key: 'importFile.error.empty' | 'importFile.error.binary' | 'importFile.error.nulBytes' | 'importFile.error.truncatedUtf16' };

const SAMPLE = 4096;

/** UTF-16 without a BOM shows as NUL in every other byte of ASCII-range text (`>` redirection in PowerShell). */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Control bytes other than tab, CR, LF, FF and ESC are not in text exports. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return true;
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i += 1) {
    const b = bytes[i] as number;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b && b !== 0x00) control += 1;
  }
  return control > Math.max(2, n * 0.01);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', offset: number): Decoded {
  if ((bytes.length - offset) % 2 !== 0) return { ok: false, key: 'importFile.error.truncatedUtf16' };
  const text = new TextDecoder(encoding).decode(bytes.subarray(offset));
  if (text.includes('\u0000')) return { ok: false, key: 'importFile.error.nulBytes' };
  return { ok: true, text, encoding, warnings: [] };
}

/** Detects the encoding of a text export from its BOM or content and decodes it. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, key: 'importFile.error.empty' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    if (text.includes('\u0000')) return { ok: false, key: 'importFile.error.nulBytes' };
    return { ok: true, text, encoding: 'utf-8-bom', warnings: [] };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', 2);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, 0);
  if (looksBinary(bytes)) return { ok: false, key: 'importFile.error.binary' };
  if (bytes.includes(0)) return { ok: false, key: 'importFile.error.nulBytes' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    // Excel's "CSV" on a Polish Windows saves in the ANSI code page.
    const text = new TextDecoder('windows-1250').decode(bytes);
    return { ok: true, text, encoding: 'windows-1250', warnings: [importMessage('importFile.warning.notUtf8')] };
  }
}
