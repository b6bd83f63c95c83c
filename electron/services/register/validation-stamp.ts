/**
 * A register the app itself saved need not be checked again at the next open. On closing a
 * register it wrote, whose audit trail was intact, the app leaves `register.stamp` beside it: an
 * HMAC-SHA256, under a key kept in this installation's data folder, of the exact bytes of
 * register.json, the schema version and the schema itself. An open whose bytes carry a matching
 * stamp skips the schema check and the re-hashing of the audit trail (together about half of
 * opening a 50,000-person register); anything else, including a file edited by hand, copied from
 * another computer or stamped with another key, gets the full check as before.
 *
 * The stamp proves "this installation wrote these bytes from a checked document whose trail it
 * verified and only appended to". A register opened with a broken trail is never stamped, so its
 * every open re-verifies the trail and tells the user where it breaks.
 *
 * Its second line says where the last save put each chunk of a hundred entries (json-pieces.ts
 * `ChunkPlace`), under the same MAC: the next open parses the file a chunk at a time
 * (parse-in-chunks.ts), and the first save after it writes the chunks it did not change as the
 * bytes the open read, instead of stringifying the whole register again.
 */
import { createHash, createHmac, type Hmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { registerDocumentSchema } from '../../../shared/domain/model';
import type { ChunkPlace } from './json-pieces';
import { readInBlocks } from './read-buffer';

export const STAMP_FILE = 'register.stamp';
const KEY_FILE = 'register-stamp.key';
const KEY_BYTES = 32;

/**
 * This installation's stamp key, made on first use (readable by the user only where the OS allows);
 * undefined when the data folder cannot be written: registers then get the full check on every open.
 */
export function loadStampKey(appDataDir: string): Uint8Array | undefined {
  try {
    return readOrMakeKey(join(appDataDir, KEY_FILE));
  } catch {
    return undefined;
  }
}

function readOrMakeKey(file: string): Uint8Array {
  if (existsSync(file)) {
    const key = readFileSync(file);
    if (key.length === KEY_BYTES) return new Uint8Array(key);
  }
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(KEY_BYTES);
  writeFileSync(file, key, { mode: 0o600 });
  try {
    chmodSync(file, 0o600);
  } catch {
    // Windows keeps the file in the user's profile, which only they can read.
  }
  return new Uint8Array(key);
}

let fingerprint: string | null = null;

/** The schema this build checks against, as text: a build whose schema differs in any way never trusts an older stamp. */
function schemaFingerprint(): string {
  return (fingerprint ??= JSON.stringify(z.toJSONSchema(registerDocumentSchema, { io: 'output' })));
}

/**
 * The tag in the MAC: change it whenever the bytes written for a document or the meaning of the places change without a schema version.
 * (The line breaks around chunks of 12-06 did not need it: places still give each chunk's bytes, and a stamped open reads both layouts.)
 */
function macOf(key: Uint8Array, bytes: Uint8Array, schemaVersion: number, places: string): Buffer {
  return macOver(key, schemaVersion, places).update(bytes).digest();
}

/** The MAC of `macOf` before the file's bytes are put through it. */
const macOver = (key: Uint8Array, schemaVersion: number, places: string): Hmac =>
  createHmac('sha256', key).update(`cal-register stamp 3|schema ${schemaVersion}|audit trail verified|${schemaFingerprint()}|${places}|`);

/** A place as the stamp keeps it: [path, start, end, 1 for table rows, offset, length]. */
type KeptPlace = [string, number, number, 0 | 1, number, number];

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** The places of a stamp whose MAC matched (so our own writer wrote them), still checked for shape and range before use. */
function placesIn(text: string, fileLength: number): ChunkPlace[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const places: ChunkPlace[] = [];
  for (const kept of parsed as unknown[]) {
    if (!Array.isArray(kept) || kept.length !== 6) return null;
    const [path, start, end, table, offset, length] = kept as unknown[];
    if (typeof path !== 'string' || !isCount(start) || !isCount(end) || (table !== 0 && table !== 1) || !isCount(offset) || !isCount(length)) return null;
    if (start >= end || offset + length > fileLength) return null;
    places.push({ path, start, end, table: table === 1, offset, length });
  }
  return places;
}

/**
 * The places of the kept chunks (json-pieces.ts) if `dir` holds a stamp made with `key` for exactly
 * `bytes` at `schemaVersion`; null when it does not. The stamp is two lines, the MAC and the places
 * as JSON; the MAC covers the places' text, so they are as trustworthy as the bytes.
 */
export function readStamp(dir: string, key: Uint8Array, bytes: Uint8Array, schemaVersion: number): ChunkPlace[] | null {
  let text: string;
  try {
    text = readFileSync(join(dir, STAMP_FILE), 'utf8');
  } catch {
    return null;
  }
  const lineEnd = text.indexOf('\n');
  const given = Buffer.from(lineEnd < 0 ? text.trim() : text.slice(0, lineEnd), 'hex');
  const placesText = lineEnd < 0 ? '' : text.slice(lineEnd + 1).trim();
  const expected = macOf(key, bytes, schemaVersion, placesText);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return placesIn(placesText, bytes.length);
}

/** Whether `dir` holds a stamp made with `key` for exactly `bytes` at `schemaVersion`. */
export function hasValidStamp(dir: string, key: Uint8Array, bytes: Uint8Array, schemaVersion: number): boolean {
  return readStamp(dir, key, bytes, schemaVersion) !== null;
}

/**
 * Stamps the register.json of `dir`, with where the last write put its kept chunks, if the file
 * still holds the very bytes that write put there (`written`: their SHA-256); call only for a write
 * this installation made from a checked document with an intact audit trail. A file changed since
 * (an editor, a sync client, a backup copied over it while the register was open) is not stamped,
 * and any older stamp is removed: its next open gets the full check, and the places of this write,
 * which are not that file's, are never used. Never throws: a missing stamp only means a full check.
 */
export function writeStamp(dir: string, file: string, key: Uint8Array, schemaVersion: number, written: { digest: Uint8Array; places: readonly ChunkPlace[] }): void {
  try {
    const kept: KeptPlace[] = written.places.map((p) => [p.path, p.start, p.end, p.table ? 1 : 0, p.offset, p.length]);
    const placesText = JSON.stringify(kept);
    // The file a megabyte at a time through both hashes: closing a 50,000-person register reads no second 46 MB copy of it.
    const hash = createHash('sha256');
    const mac = macOver(key, schemaVersion, placesText);
    readInBlocks(file, (block) => {
      hash.update(block);
      mac.update(block);
    });
    const onDisk = hash.digest();
    if (onDisk.length !== written.digest.length || !timingSafeEqual(onDisk, written.digest)) throw new Error('register.json changed since this app wrote it');
    writeFileSync(join(dir, STAMP_FILE), `${mac.digest('hex')}\n${placesText}\n`);
  } catch {
    try {
      rmSync(join(dir, STAMP_FILE), { force: true });
    } catch {
      // A stale stamp is harmless: it cannot match other bytes.
    }
  }
}
