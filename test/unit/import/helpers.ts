import { readImportFile } from '../../../electron/services/import/read';
import { interpretFile } from '../../../shared/import/interpret';
import type { FileRead, ParsedFile, ParsedSheet, SheetData } from '../../../shared/import/types';

export const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
export const utf8Bom = (text: string): Uint8Array => new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
export const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
export const utf16leBom = (text: string): Uint8Array => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
export const utf16beBom = (text: string): Uint8Array =>
  new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
/** What Windows PowerShell 5.1's default ASCII Export-Csv does to non-ASCII letters. */
export const asciiExport = (text: string): Uint8Array => new Uint8Array(Buffer.from(Array.from(text, (ch) => (ch.charCodeAt(0) > 127 ? '?' : ch)).join(''), 'ascii'));

/** A PowerShell Export-Csv line: every value quoted, doubled inner quotes. */
export const psLine = (values: readonly string[], sep = ','): string => values.map((v) => `"${v.replace(/"/g, '""')}"`).join(sep);

export async function readOk(fileName: string, bytes: Uint8Array): Promise<FileRead> {
  const r = await readImportFile(fileName, bytes);
  if (!r.ok) throw new Error(`expected ${fileName} to read, got: ${r.error.message}`);
  return r.file;
}

export async function parseOk(fileName: string, bytes: Uint8Array): Promise<ParsedFile> {
  return interpretFile(await readOk(fileName, bytes));
}

export function dataOf<K extends SheetData['kind']>(sheet: ParsedSheet | undefined, kind: K): Extract<SheetData, { kind: K }> {
  if (!sheet || sheet.data.kind !== kind) throw new Error(`expected a ${kind} sheet, got ${sheet?.data.kind ?? 'nothing'}`);
  return sheet.data as Extract<SheetData, { kind: K }>;
}
