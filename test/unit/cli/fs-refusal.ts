import type * as Fs from 'node:fs';
import { Readable } from 'node:stream';

type RefusedCall = 'readFileSync' | 'readdirSync' | 'createReadStream';

/**
 * `node:fs` as `vi.mock('node:fs', …)` gives it to a test, with some calls (`readFileSync`, `readdirSync`, `createReadStream`)
 * refused with EACCES for the path in `refused.path`, as for a file or folder the user may not read: tests run as root, for
 * whom chmod would change nothing. A refused stream fails as a real one does, with an `error` event once read.
 */
export function fsRefusing(fs: typeof Fs, calls: RefusedCall | RefusedCall[], refused: { path: string }): typeof Fs {
  const refusal = (path: unknown) => Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });
  const replaced: Partial<Record<RefusedCall, unknown>> = {};
  for (const call of [calls].flat()) {
    const original = fs[call] as (...args: unknown[]) => unknown;
    replaced[call] = (path: unknown, ...rest: unknown[]) => {
      if (refused.path === '' || String(path) !== refused.path) return original(path, ...rest);
      if (call !== 'createReadStream') throw refusal(path);
      return new Readable({
        read() {
          this.destroy(refusal(path));
        },
      });
    };
  }
  return { ...fs, default: { ...fs, ...replaced }, ...replaced } as typeof Fs;
}
