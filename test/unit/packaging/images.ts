import { readFileSync } from 'node:fs';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk; null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export const pngFileSize = (path: string) => pngSize(readFileSync(path));

/** The entries of an ICO file: directory size (0 means 256) and the image bytes. */
export function icoEntries(bytes: Buffer): { declared: number; image: Buffer }[] {
  if (bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) throw new Error('not an ICO file');
  const count = bytes.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    const declared = bytes.readUInt8(at) || 256;
    const size = bytes.readUInt32LE(at + 8);
    const offset = bytes.readUInt32LE(at + 12);
    return { declared, image: bytes.subarray(offset, offset + size) };
  });
}

/** The entries of an ICNS file: four-letter type and data; the lengths must add up to the file's. */
export function icnsEntries(bytes: Buffer): { type: string; data: Buffer }[] {
  if (bytes.toString('ascii', 0, 4) !== 'icns') throw new Error('not an ICNS file');
  if (bytes.readUInt32BE(4) !== bytes.length) throw new Error('ICNS length does not match the file');
  const entries: { type: string; data: Buffer }[] = [];
  let at = 8;
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at + 4);
    if (length < 8 || at + length > bytes.length) throw new Error(`ICNS entry at ${at} overruns the file`);
    entries.push({ type: bytes.toString('ascii', at, at + 4), data: bytes.subarray(at + 8, at + length) });
    at += length;
  }
  return entries;
}
