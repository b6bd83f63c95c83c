import type * as Fs from 'node:fs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import { tempDir } from '../register/helpers';
import { cancelledDialogs } from './helpers';

/** Removing a lock file fails while this is set, as on a stick whose write-protect switch was flipped while the app had it open. */
const failing = vi.hoisted(() => ({ lockRemoval: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  const rmSync: typeof fs.rmSync = (path, options) => {
    if (failing.lockRemoval && String(path).endsWith('register.lock')) throw Object.assign(new Error(`EROFS: read-only file system, unlink '${String(path)}'`), { code: 'EROFS' });
    fs.rmSync(path, options);
  };
  return { ...fs, default: { ...fs, rmSync }, rmSync };
});

afterEach(() => {
  failing.lockRemoval = false;
});

describe('quitting while the register’s lock file cannot be removed', () => {
  it('the app core stops all the same (main quits after it), saying what failed in the log', () => {
    const data = tempDir();
    const logged: string[] = [];
    const log = { info: () => undefined, error: (message: string, error?: unknown) => logged.push(`${message}: ${(error as Error).message}`) };
    const core = createAppCore({ freezeDocuments: true, appDataDir: data, storeFactory: confStoreFactory, dialogs: cancelledDialogs, systemLanguage: 'en' as const, version: '0.0.0-test', actor: 'tester', log });
    core.start();
    failing.lockRemoval = true;

    expect(() => core.stop()).not.toThrow();

    expect(core.context.session.current).toBeNull();
    expect(logged).toEqual([expect.stringMatching(/EROFS/)]);
    // Left behind: the next start, another process, judges it stale (its process is gone) and takes it over (lock.ts).
    expect(existsSync(join(data, 'registers', 'default', 'register.lock'))).toBe(true);
  });
});
