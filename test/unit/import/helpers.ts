import ExcelJS from 'exceljs';
import { readImportFile } from '../../../electron/services/import/read';
import { CURRENT_SCHEMA_VERSION, registerDocumentSchema, type RegisterDocument } from '../../../shared/domain/model';
import { interpretFile, interpretSheet } from '../../../shared/import/interpret';
import type { FileRead, ParsedFile, ParsedSheet, SheetData, SheetRead } from '../../../shared/import/types';

export const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
export const utf8Bom = (text: string): Uint8Array => new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
export const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
export const utf16leBom = (text: string): Uint8Array => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
export const utf16beBom = (text: string): Uint8Array =>
  new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
/** What Windows PowerShell 5.1's default ASCII Export-Csv does to non-ASCII letters. */
export const asciiExport = (text: string): Uint8Array => new Uint8Array(Buffer.from(Array.from(text, (ch) => (ch.charCodeAt(0) > 127 ? '?' : ch)).join(''), 'ascii'));

/** A PowerShell Export-Csv line: every value quoted, doubled inner quotes. */
/** Windows-1250, as Excel on Polish Windows saves "CSV (rozdzielany przecinkami)". */
const cp1250: Record<string, number> = { ą: 0xb9, ć: 0xe6, ę: 0xea, ł: 0xb3, ń: 0xf1, ó: 0xf3, ś: 0x9c, ź: 0x9f, ż: 0xbf, Ą: 0xa5, Ć: 0xc6, Ę: 0xca, Ł: 0xa3, Ń: 0xd1, Ó: 0xd3, Ś: 0x8c, Ź: 0x8f, Ż: 0xaf };
export const win1250 = (text: string): Uint8Array =>
  new Uint8Array(
    Array.from(text, (ch) => {
      const code = ch.charCodeAt(0);
      const byte = code < 128 ? code : cp1250[ch];
      if (byte === undefined) throw new Error(`no windows-1250 byte for ${ch}`);
      return byte;
    }),
  );
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

/** A mailbox export saved as .xlsx by exceljs: a header and `rows` people. */
export async function mailboxWorkbook(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Skrzynki');
  ws.getRow(1).values = ['DisplayName', 'PrimarySmtpAddress', 'RecipientTypeDetails'];
  for (let r = 0; r < rows; r++) ws.getRow(r + 2).values = [`Osoba ${r}`, `osoba${r}@przyklad.pl`, 'UserMailbox'];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Offsets of the central-directory record naming `name`. */
function centralRecord(bytes: Uint8Array, name: string): number {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at !== -1; at = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 1)) {
    const length = view.readUInt16LE(at + 28);
    if (view.toString('latin1', at + 46, at + 46 + length) === name) return at;
  }
  throw new Error(`${name} is not in the central directory`);
}

/** The same archive with the central directory claiming another uncompressed size for `name`. */
export function withClaimedSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const copy = Buffer.from(bytes);
  copy.writeUInt32LE(size, centralRecord(copy, name) + 24);
  return new Uint8Array(copy);
}

/** The "now" of the preview and apply tests. */
export const NOW = '2025-03-10T09:00:00.000Z';

/** A register document as the schema fills it in, with the lists given. */
export function register(partial: Partial<Record<'people' | 'servers' | 'purchases' | 'assignments', unknown[]>> = {}): RegisterDocument {
  return registerDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    registerId: 'reg-1',
    createdAt: '2025-01-01T00:00:00.000Z',
    organization: { name: 'Przykład sp. z o.o.' },
    ...partial,
  });
}

/** The columns of a Get-ADUser export with its department, as the README's command writes them. */
export const AD_USER_HEADERS = ['GivenName', 'Surname', 'SamAccountName', 'UserPrincipalName', 'mail', 'Enabled', 'Department'];

/** The columns of the shortest Get-Mailbox export the import reads. */
export const MAILBOX_HEADERS = ['DisplayName', 'PrimarySmtpAddress', 'UserPrincipalName', 'SamAccountName', 'RecipientTypeDetails'];

/** A sheet as the readers give it: headers on line 1, the rows after. */
export function sheet(headers: string[], rows: string[][], name = ''): SheetRead {
  return { name, headerLine: 1, headers, rows: rows.map((cells, i) => ({ line: i + 2, cells })) };
}

/** A file of those sheets, interpreted. */
export function file(fileName: string, ...sheets: SheetRead[]): ParsedFile {
  return { fileName, sha256: 'a'.repeat(64), format: 'test', sheets: sheets.map((s) => interpretSheet(s)), warnings: [] };
}

/** Ids id-1, id-2… for `applyImport`. */
export function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}
