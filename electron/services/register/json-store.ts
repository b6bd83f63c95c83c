import { createHash, type Hash, randomBytes } from 'node:crypto';
import { type BigIntStats, chmodSync, closeSync, copyFileSync, fchmodSync, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Conf from 'conf';
import { type ChunkTexts, type JsonPiece, jsonPieces, KEPT_CHUNK, walkedEntries } from './json-pieces';

/**
 * The file a register or the app settings are written to. The settings are named by an
 * electron-store instance in the app and a conf instance in tests; a register by
 * `registerFileStore`. Either way `writeJsonAtomic` writes it (temp file, fsync, rename, fsync
 * of the folder).
 */
export interface JsonFileStore {
  readonly path: string;
  /** `texts`: the chunks of this document's last write, reused where unchanged (json-pieces.ts). */
  replace(value: object, texts?: ChunkTexts): void;
}

export type JsonStoreFactory = (dir: string, name: string) => JsonFileStore;

/** What both Conf and ElectronStore expose (ElectronStore extends Conf). */
type ConfLike = { readonly path: string };

/**
 * Adapts a Conf instance (or anything that names a path) as a whole-document writer. We read and validate the file
 * ourselves (conf would reset or throw on a bad file), and write it ourselves too:
 * conf's writer (atomically) ignores short writes, so a nearly full disk renamed a
 * truncated register over the good one (test/unit/reliability/volume.test.ts), and it
 * falls back to writing in place under Snap or on EXDEV.
 */
export function adaptConf(conf: ConfLike): JsonFileStore {
  return {
    path: conf.path,
    replace(value, texts) {
      writeJsonAtomic(conf.path, value, texts);
    },
  };
}

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Windows virus scanners and indexers hold files briefly; a rename is retried for about a second. */
function renameWithRetry(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 20 || !(code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) throw error;
      sleepSync(50);
    }
  }
}

/**
 * Replaces `path` with the JSON of `value` (`JSON.stringify`'s text, with line breaks around the
 * chunks of long lists, json-pieces.ts): every byte to a temp file beside it
 * (a short write is an error, never a truncated file), fsync, rename over the old file, fsync the
 * folder. On any failure the old file is untouched and the temp file is removed. With `texts` (an
 * open register always passes its own) the value is written piece by piece (json-pieces.ts)
 * through one reusable buffer, a 46 MB register never one string or one buffer, and the chunks
 * that did not change since the last write are not stringified again. Without (the app's
 * settings), a small value is one string and one native write, a large one pieces.
 */
export function writeJsonAtomic(path: string, value: object, texts?: ChunkTexts): void {
  // With `texts`, the SHA-256 of the bytes written: the stamp at close is made only if the file still holds them (validation-stamp.ts).
  let digest: Uint8Array | null = null;
  writeAtomic(path, (fd) => {
    if (!texts && walkedEntries(value) < ONE_STRING_ENTRIES) {
      // Node writes the whole string or throws (ENOSPC on a nearly full disk).
      writeFileSync(fd, JSON.stringify(value));
      return;
    }
    const hash = texts ? createHash('sha256') : null;
    const out = piecesWriter(fd, hash);
    texts?.beginWrite();
    // A hundred entries a chunk with kept chunks or without, so that every register file has the layout an open parses a chunk at a time.
    for (const piece of jsonPieces(value, KEPT_CHUNK, texts)) {
      if (typeof piece !== 'string') texts?.placed(out.offset());
      out.write(piece);
    }
    out.flush();
    digest = hash?.digest() ?? null;
  });
  if (texts && digest) texts.endWrite(digest);
}

/** Below this many list entries a value written without kept chunks is one string (a register always has them). */
const ONE_STRING_ENTRIES = 10_000;

const SCRATCH_BYTES = 1 << 20;
const encoder = new TextEncoder();

/**
 * Writes pieces to `fd` through one reusable buffer: text as UTF-8, as much as fits each time
 * (never half a character), and bytes copied in; a piece larger than the room left goes out with
 * what is buffered. A short write continues (and then fails), never leaves a gap. Every byte
 * written goes through `hash` too.
 */
function piecesWriter(fd: number, hash: Hash | null): { write: (piece: JsonPiece) => void; flush: () => void; offset: () => number } {
  const scratch = new Uint8Array(SCRATCH_BYTES);
  let used = 0;
  let flushed = 0;
  const writeAll = (bytes: Uint8Array, length: number) => {
    for (let offset = 0; offset < length; ) offset += writeSync(fd, bytes, offset, length - offset);
    hash?.update(length === bytes.length ? bytes : bytes.subarray(0, length));
    flushed += length;
  };
  const flush = () => {
    writeAll(scratch, used);
    used = 0;
  };
  const write = (piece: JsonPiece) => {
    if (typeof piece !== 'string') {
      if (piece.length > SCRATCH_BYTES - used) {
        flush();
        writeAll(piece, piece.length);
      } else {
        scratch.set(piece, used);
        used += piece.length;
      }
      return;
    }
    for (let rest = piece; ; ) {
      const { read, written } = encoder.encodeInto(rest, scratch.subarray(used));
      used += written;
      if (read >= rest.length) break;
      flush();
      rest = rest.slice(read);
    }
  };
  /** Where the next piece starts in the file. */
  const offset = () => flushed + used;
  return { write, flush, offset };
}

/**
 * Replaces `path` with `data` (UTF-8 text or bytes) as `writeJsonAtomic` does: temp file, fsync, rename, fsync of the folder.
 * `replaceLink`: a symbolic link at `path` is itself replaced, never written through (a proof file's place in proofs/ is
 * the register's own: a link there must not make a write land outside the register folder). Answers the stat (bigint) of
 * the file written, taken once its bytes were synced, before the rename.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: { replaceLink?: boolean } = {}): BigIntStats {
  return writeAtomic(path, (fd) => writeFileSync(fd, data), options.replaceLink === true);
}

/**
 * Copies `source` to `target` durably: a copy in a temp file beside `target`, fsync, rename, fsync of
 * the folder. A backup written before a migration is on disk before the migrated register is.
 */
export function copyFileAtomic(source: string, target: string): void {
  const temp = tempBeside(target);
  try {
    copyFileSync(source, temp);
    // The copy keeps the source's mode (a register made 600 has 600 backups) but not a read-only flag: the copy must be
    // opened to be synced, and rotated away later (Windows will not delete a read-only file).
    const mode = statSync(temp).mode & 0o7777;
    if ((mode & 0o200) === 0) chmodSync(temp, mode | 0o200);
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameWithRetry(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(target));
}

const tempBeside = (path: string): string => `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;

/** A temp file `tempBeside` names: what a write cut short by a crash leaves beside the file it was replacing. */
export const isAtomicTemp = (name: string): boolean => /\.tmp-\d+-[0-9a-f]{8}$/.test(name);

/**
 * Removes the files in `folder` that `isLeftover` picks (temp files of writes cut short by a crash), when no one else can be
 * writing them. A folder not there or not readable, a file that cannot be removed, is left as it is: leftovers are harmless
 * and must never keep a register or the app from opening.
 */
export function removeLeftovers(folder: string, isLeftover: (name: string) => boolean): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return; // no proofs/ or backups/ yet
  }
  for (const name of names) {
    if (!isLeftover(name)) continue;
    try {
      rmSync(join(folder, name), { force: true });
    } catch {
      // Left for the next open.
    }
  }
}

/**
 * The file a write replaces, as the user set it up: through a symbolic link, the file it points to
 * (the link stays a link), with the permission bits the new file keeps (a register of personal
 * data made 600 stays 600). A file with no write permission at all, made read-only on purpose, is
 * refused as a read-only folder is (EACCES), not replaced with a writable one.
 */
function replaced(path: string): { path: string; mode: number | null } {
  let link: boolean;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path, mode: null };
    throw error;
  }
  // A link into a folder that is not there fails here (ENOENT), before anything is written.
  const target = link ? linkTarget(path) : path;
  try {
    const mode = statSync(target).mode & 0o7777;
    if ((mode & 0o222) === 0) throw Object.assign(new Error(`EACCES: ${target} is read-only`), { code: 'EACCES', path: target, readOnlyFile: true });
    return { path: target, mode };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path: target, mode: null };
    throw error;
  }
}

/**
 * Where a symbolic link points: the file, or for a link to a file not there yet, its path, if its
 * folder is there (a link into a drive that is not mounted fails with ENOENT, never a new folder).
 */
function linkTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const target = resolve(dirname(path), readlinkSync(path));
    realpathSync(dirname(target));
    return target;
  }
}

const isLink = (path: string): boolean => lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() === true;

/** The file a write to `path` replaces (through a symbolic link), for finding temp files a crash left beside it. */
export function writtenPath(path: string): string {
  try {
    return lstatSync(path).isSymbolicLink() ? linkTarget(path) : path;
  } catch {
    return path;
  }
}

/** Writes `body` to a temp file beside `path` and renames it over `path`; answers the temp file's stat once synced (`writeFileAtomic`). */
function writeAtomic(path: string, body: (fd: number) => void, replaceLink = false): BigIntStats {
  const target = replaceLink && isLink(path) ? { path, mode: null } : replaced(path);
  mkdirSync(dirname(target.path), { recursive: true });
  const temp = tempBeside(target.path);
  // Created here or not at all ('wx'): a link planted under the temp name is never followed.
  let fd: number | null = openSync(temp, 'wx', 0o666);
  let written: BigIntStats;
  try {
    // Windows keeps no such bits (only a read-only flag, refused above).
    if (target.mode !== null && process.platform !== 'win32') fchmodSync(fd, target.mode);
    body(fd);
    fsyncSync(fd);
    written = fstatSync(fd, { bigint: true });
    closeSync(fd);
    fd = null;
    renameWithRetry(temp, target.path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(target.path));
  return written;
}

/** Makes the rename itself durable where the OS allows opening a folder (not on Windows). */
function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems refuse fsync on a folder; the data itself is already synced.
  }
}

/** Options that make conf a plain atomic writer of a JSON document we validate ourselves. */
export const confOptions = (dir: string, name: string) => ({
  cwd: dir,
  configName: name,
  fileExtension: 'json',
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
  watch: false,
  serialize: (value: unknown) => JSON.stringify(value),
  // conf parses the file once in its constructor; we parse and validate it ourselves first.
  deserialize: () => ({}),
});

export const confStoreFactory: JsonStoreFactory = (dir, name) => adaptConf(new Conf(confOptions(dir, name)));

/**
 * A register's file, `<dir>/<name>.json`, written by `writeJsonAtomic` like every store here. The
 * register is not named through conf/electron-store: their constructor reads the whole file (to
 * compare it with the defaults), so the first save after an open read the register a second time,
 * 46 MB at 50,000 people (about 170 ms), only to learn its path. The app's settings keep electron-store.
 */
export const registerFileStore: JsonStoreFactory = (dir, name) => adaptConf({ path: join(dir, `${name}.json`) });
