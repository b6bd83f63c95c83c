import type * as Fs from 'node:fs';

/**
 * `node:fs` as `vi.mock('node:fs', …)` gives it to a test, with one call (`readFileSync` or `readdirSync`) refused with
 * EACCES for the path in `refused.path`, as for a file or folder the user may not read: tests run as root, for whom chmod
 * would change nothing.
 */
export function fsRefusing(fs: typeof Fs, call: 'readFileSync' | 'readdirSync', refused: { path: string }): typeof Fs {
  const original = fs[call] as (...args: unknown[]) => unknown;
  const refusing = (path: unknown, ...rest: unknown[]) => {
    if (refused.path !== '' && String(path) === refused.path) throw Object.assign(new Error(`EACCES: permission denied, '${String(path)}'`), { code: 'EACCES' });
    return original(path, ...rest);
  };
  return { ...fs, default: { ...fs, [call]: refusing }, [call]: refusing } as typeof Fs;
}
