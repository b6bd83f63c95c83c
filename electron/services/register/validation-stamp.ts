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
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { registerDocumentSchema } from '../../../shared/domain/model';

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

function macOf(key: Uint8Array, bytes: Uint8Array, schemaVersion: number): Buffer {
  return createHmac('sha256', key).update(`cal-register stamp 2|schema ${schemaVersion}|audit trail verified|${schemaFingerprint()}|`).update(bytes).digest();
}

/** Whether `dir` holds a stamp made with `key` for exactly `bytes` at `schemaVersion`. */
export function hasValidStamp(dir: string, key: Uint8Array, bytes: Uint8Array, schemaVersion: number): boolean {
  let stamp: Buffer;
  try {
    stamp = Buffer.from(readFileSync(join(dir, STAMP_FILE), 'utf8').trim(), 'hex');
  } catch {
    return false;
  }
  const expected = macOf(key, bytes, schemaVersion);
  return stamp.length === expected.length && timingSafeEqual(stamp, expected);
}

/**
 * Stamps the register.json of `dir` as it is on disk now; call only for bytes this installation
 * wrote from a checked document with an intact audit trail. Never throws: a missing stamp only
 * means a full check next time.
 */
export function writeStamp(dir: string, file: string, key: Uint8Array, schemaVersion: number): void {
  try {
    writeFileSync(join(dir, STAMP_FILE), `${macOf(key, readFileSync(file), schemaVersion).toString('hex')}\n`);
  } catch {
    try {
      rmSync(join(dir, STAMP_FILE), { force: true });
    } catch {
      // A stale stamp is harmless: it cannot match other bytes.
    }
  }
}
