/**
 * A register file's text: UTF-8, as CAL Register writes it, or UTF-16 with its byte-order mark, as
 * Notepad saves "Unicode" (a register once opened and saved there is read, not set aside as
 * damaged; the next save writes UTF-8 again). A byte-order mark, left by a register once saved in
 * Notepad and by its backups, is dropped. Its own module: backups.ts reads backups with it, and
 * register-store.ts, which reads registers with it, uses backups.ts.
 */
export function registerText(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}
