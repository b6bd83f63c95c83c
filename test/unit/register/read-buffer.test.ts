import { randomBytes } from 'node:crypto';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEEP_MS, keptBytes, readInBlocks, readReusing } from '../../../electron/services/register/read-buffer';
import { tempDir } from './helpers';

function fileOf(text: string): string {
  const file = join(tempDir(), 'register.json');
  writeFileSync(file, text);
  return file;
}

const textOf = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

afterEach(() => {
  vi.useRealTimers();
});

describe('the buffer an open reads into', () => {
  it('reads the whole file, and the next read takes the memory the last one gave back', () => {
    const large = fileOf(`{"name":"Żółć","rows":[${'1,'.repeat(5000)}2]}`);
    const small = fileOf('{"name":"mały"}');
    const first = readReusing(large);
    expect(textOf(first.bytes)).toBe(`{"name":"Żółć","rows":[${'1,'.repeat(5000)}2]}`);
    first.release();
    expect(keptBytes()).toBeGreaterThanOrEqual(first.bytes.length);
    const second = readReusing(small);
    // The same memory, and only the small file's bytes in view.
    expect(second.bytes.buffer).toBe(first.bytes.buffer);
    expect(textOf(second.bytes)).toBe('{"name":"mały"}');
    expect(keptBytes()).toBe(0);
    second.release();
  });

  it('memory in use is never handed out again: a second read meanwhile gets its own, and a second release does nothing', () => {
    const file = fileOf('{"a":1}');
    const first = readReusing(file);
    first.release();
    const second = readReusing(file);
    first.release();
    expect(keptBytes()).toBe(0);
    const third = readReusing(file);
    expect(third.bytes.buffer).not.toBe(second.bytes.buffer);
    writeFileSync(file, '{"b":2}');
    expect(textOf(second.bytes)).toBe('{"a":1}');
    expect(textOf(third.bytes)).toBe('{"a":1}');
    second.release();
    third.release();
  });

  it('keeps the larger of two buffers given back, and a file larger than the kept one gets a new one', () => {
    const small = readReusing(fileOf('x'.repeat(100)));
    const large = readReusing(fileOf('y'.repeat(100_000)));
    large.release();
    small.release();
    expect(keptBytes()).toBeGreaterThanOrEqual(100_000);
    const larger = readReusing(fileOf('z'.repeat(300_000)));
    expect(larger.bytes.buffer).not.toBe(large.bytes.buffer);
    expect(larger.bytes.length).toBe(300_000);
    expect(keptBytes()).toBeGreaterThanOrEqual(100_000);
    larger.release();
  });

  it('lets go of the kept buffer after a while', () => {
    vi.useFakeTimers();
    readReusing(fileOf('{"c":3}')).release();
    expect(keptBytes()).toBeGreaterThan(0);
    vi.advanceTimersByTime(KEEP_MS - 1);
    expect(keptBytes()).toBeGreaterThan(0);
    vi.advanceTimersByTime(1);
    expect(keptBytes()).toBe(0);
  });

  it('fails as reading the file would', () => {
    const dir = tempDir();
    expect(() => readReusing(join(dir, 'missing.json'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(() => readReusing(dir)).toThrow(expect.objectContaining({ code: 'EISDIR' }));
  });

  // Found in review: a folder whose size reads as 0 (Windows reports folders so; btrfs an empty one) was read as an empty file.
  it.runIf(process.platform === 'linux')('reads to the end whatever size the file system reports: a folder of size 0 fails, a file of size 0 with content is read whole', () => {
    expect(statSync('/proc/sys').size).toBe(0);
    expect(() => readReusing('/proc/sys')).toThrow(expect.objectContaining({ code: 'EISDIR' }));
    expect(statSync('/proc/self/maps').size).toBe(0);
    const read = readReusing('/proc/self/maps');
    expect(read.bytes.length).toBeGreaterThan(0);
    expect(textOf(read.bytes)).toContain('[stack]');
    read.release();
  });

  it('reads a file that is longer than the buffer it was given, and one exactly as long', () => {
    const sizes = [0, 1, 4095, 65_536, 300_001];
    for (const size of sizes) {
      const bytes = randomBytes(size);
      const file = join(tempDir(), 'register.json');
      writeFileSync(file, bytes);
      const read = readReusing(file);
      expect(Buffer.from(read.bytes).equals(bytes)).toBe(true);
      read.release();
    }
  });

  it('reads a file a block at a time, every byte once and in order', () => {
    const bytes = randomBytes((5 << 20) / 2 + 17);
    const file = join(tempDir(), 'register.json');
    writeFileSync(file, bytes);
    const blocks: Buffer[] = [];
    readInBlocks(file, (block) => blocks.push(Buffer.from(block)));
    expect(blocks.length).toBe(3);
    expect(Buffer.concat(blocks).equals(bytes)).toBe(true);
    const empty = fileOf('');
    readInBlocks(empty, () => expect.unreachable());
  });
});
