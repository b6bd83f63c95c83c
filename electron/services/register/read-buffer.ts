/**
 * The memory an open reads register.json into, kept for the next open in this process.
 *
 * Why: at 50,000 people the file is about 46 MB. Read with `readFileSync`, every open allocates a
 * buffer that large outside the JS heap, and the allocator gives a block that large fresh pages each
 * time (glibc maps anything over 32 MB anew, and Windows' heap hands large blocks to the virtual
 * memory manager): 11,000 page faults at 50,000 people, and V8 counts the buffer as external memory,
 * which brings a full collection forward.
 * Switching from one client's register to another's (close, open) read into fresh memory every
 * time; now the second open reads into the buffer the first one gave back (docs/performance.md).
 *
 * One buffer is kept, the largest given back, and only for a while: a register closed for good
 * does not hold its file's size of memory for the rest of the session.
 */
import { type BigIntStats, closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The bytes of a file, in memory that goes back for reuse on `release` (at most once; later calls do nothing). */
export interface ReadBytes {
  readonly bytes: Uint8Array;
  /** The file's stat (bigint) as it was opened for the read: the file these bytes came from, whatever is put at its path later. */
  readonly stats: BigIntStats;
  release(): void;
}

/** How long a buffer given back is kept for the next open. */
export const KEEP_MS = 60_000;

let kept: Uint8Array | null = null;
let dropTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * The whole of `file`, read to its end as `readFileSync` reads it (a folder fails with EISDIR
 * whatever size it reports), into the kept buffer if it fits, else into a new one with room to
 * grow. Until `release`, no other read uses that memory. Throws what `readFileSync` would.
 */
export function readReusing(file: string): ReadBytes {
  const fd = openSync(file, 'r');
  try {
    const stats = fstatSync(fd, { bigint: true });
    let buffer = take(Number(stats.size));
    let at = 0;
    for (let read = readSync(fd, buffer, at, buffer.length - at, at); read > 0; read = readSync(fd, buffer, at, buffer.length - at, at)) {
      at += read;
      // Longer than its size said (it grew meanwhile, or a file whose size is not known beforehand): a larger buffer.
      if (at === buffer.length) buffer = grown(buffer);
    }
    let released = false;
    const read = buffer;
    return {
      bytes: read.subarray(0, at),
      stats,
      release: () => {
        if (released) return;
        released = true;
        giveBack(read);
      },
    };
  } finally {
    closeSync(fd);
  }
}

function grown(buffer: Uint8Array): Uint8Array {
  const larger = Buffer.allocUnsafeSlow(buffer.length * 2 + (1 << 16));
  larger.set(buffer);
  return larger;
}

/**
 * The kept buffer if it holds `size` bytes and a byte more (the read that finds the end), and is not
 * many times larger (a small register does not hold a large one's memory while it is open); else a
 * new one. No one else reads into it until it is given back.
 */
function take(size: number): Uint8Array {
  if (kept && kept.length > size && kept.length <= 2 * size + (1 << 20)) {
    const buffer = kept;
    kept = null;
    stopTimer();
    return buffer;
  }
  // A register grows a little with each save: an eighth more, so that the next open of the same register fits.
  return Buffer.allocUnsafeSlow(size + (size >> 3) + 1);
}

function giveBack(buffer: Uint8Array): void {
  if (kept && kept.length >= buffer.length) return;
  kept = buffer;
  stopTimer();
  dropTimer = setTimeout(() => {
    kept = null;
    dropTimer = null;
  }, KEEP_MS);
  // A kept buffer never keeps a process (the CLI, a test run) alive.
  dropTimer.unref?.();
}

function stopTimer(): void {
  if (dropTimer !== null) clearTimeout(dropTimer);
  dropTimer = null;
}

const BLOCK_BYTES = 1 << 20;
let block: Buffer | null = null;

/**
 * Hands each block of `file` in turn to `take` (a view valid only during the call), a megabyte at a
 * time through one buffer kept for it: for reading a large file through a hash without holding it.
 * Not from inside `take`: the block is shared.
 */
export function readInBlocks(file: string, take: (block: Uint8Array) => void): void {
  const fd = openSync(file, 'r');
  try {
    block ??= Buffer.allocUnsafeSlow(BLOCK_BYTES);
    for (let read = readSync(fd, block, 0, BLOCK_BYTES, null); read > 0; read = readSync(fd, block, 0, BLOCK_BYTES, null)) take(block.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

/** Whether a buffer is kept now, and how large (tests). */
export const keptBytes = (): number => kept?.length ?? 0;
