import type { BigIntStats } from 'node:fs';

/**
 * What `fs.lstat` (bigint) says of a file that changes with its bytes, on Windows, macOS and Linux alike: the volume and
 * file id (a file put in its place by a rename has another), its size, and its modification and change times in
 * nanoseconds. The change time moves with every write and with every `utimes` too, so a file rewritten with its size and
 * modification time put back has another state; only a clock set back, or two writes within one tick of a file
 * system's coarse clock, could leave a changed file with the same state: the exact checks never trust it (`{ rehash: true }`).
 */
export const fileState = (entry: BigIntStats): string => `${entry.dev}:${entry.ino}:${entry.size}:${entry.mtimeNs}:${entry.ctimeNs}`;

/** What reading a file gave: its digest, and its state (`fileState`) after the read, null if it was gone by then. */
export interface FileRead {
  sha256: string;
  stateAfter: string | null;
}

/** Enough for every proof of any register (a few hundred files), at about half a kilobyte an entry. */
const DEFAULT_LIMIT = 4096;

/**
 * SHA-256 digests of files of one open register, each kept with the state its file had when it was read (`fileState`),
 * so a screen shown again stats a file instead of reading it. Held by the register and dropped when it closes (another
 * register opened, the same one opened again); bounded: the least recently used entry goes first.
 */
export class FileDigests {
  readonly #entries = new Map<string, { state: string; sha256: string }>();
  /** Reads under way, so two screens asking at once read a file once. */
  readonly #reading = new Map<string, Promise<string>>();
  /** Moves on at each `clear`: a read that ends after it keeps nothing. */
  #generation = 0;

  constructor(readonly limit = DEFAULT_LIMIT) {}

  get size(): number {
    return this.#entries.size;
  }

  /** The digest read from `path` when it had `state`, if kept. */
  #get(path: string, state: string): string | undefined {
    const entry = this.#entries.get(path);
    if (!entry || entry.state !== state) return undefined;
    // Used again: the last to go.
    this.#entries.delete(path);
    this.#entries.set(path, entry);
    return entry.sha256;
  }

  /**
   * Keeps `sha256` as the digest of `path` in `state`: for a read of its own (`digest`), or for a file whose bytes the caller
   * hashed itself and whose state it knows to be theirs (a proof just attached, proofs.ts).
   */
  remember(path: string, state: string, sha256: string): void {
    this.#entries.delete(path);
    this.#entries.set(path, { state, sha256 });
    if (this.#entries.size > this.limit) this.#entries.delete(this.#entries.keys().next().value!);
  }

  /**
   * The digest of `path` in `state`: kept, or being read for another caller, or read now by `read`; with `rehash`, read
   * now whatever is kept. `read` answers the digest and the file's state once it was read: a file that changed meanwhile
   * is not kept (the next view reads it again).
   */
  async digest(path: string, state: string, read: () => Promise<FileRead>, { rehash }: { rehash: boolean }): Promise<string> {
    const generation = this.#generation;
    const keep = ({ sha256, stateAfter }: FileRead): string => {
      if (stateAfter === state && generation === this.#generation) this.remember(path, state, sha256);
      return sha256;
    };
    if (rehash) return keep(await read());
    const kept = this.#get(path, state);
    if (kept !== undefined) return kept;
    const key = `${state}\n${path}`;
    const under = this.#reading.get(key);
    if (under) return under;
    const reading = read().then(keep);
    this.#reading.set(key, reading);
    try {
      return await reading;
    } finally {
      if (this.#reading.get(key) === reading) this.#reading.delete(key);
    }
  }

  clear(): void {
    this.#generation += 1;
    this.#entries.clear();
    this.#reading.clear();
  }
}
