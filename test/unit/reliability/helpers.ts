import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { RegisterOpenError, createRegister } from '../../../electron/services/register/register-store';
import { type RegisterDeps } from '../../../electron/services/register/open-register';
import { org, registerPath, tempDir, testDeps } from '../register/helpers';

export { org, registerPath, tempDir, testDeps };

/** A closed register with a few audited changes, and the deps that made it. */
export function closedRegister(deps: RegisterDeps & { clock: { now: Date } } = testDeps(), dir = tempDir('calrel-')) {
  const register = createRegister(dir, org(), deps);
  register.updateOrganization({ ...org(), taxId: '525-000-10-09' });
  register.updateOrganization({ ...org(), contact: 'it@przyklad.pl' });
  register.close();
  return { dir, deps };
}

/** Runs `open` and returns the RegisterOpenError it must throw. */
export function openProblem(open: () => unknown): RegisterOpenError {
  try {
    open();
  } catch (error) {
    expect(error).toBeInstanceOf(RegisterOpenError);
    return error as RegisterOpenError;
  }
  throw new Error('expected the register not to open');
}

/** Every file of a folder (relative path → bytes), to prove nothing was lost or changed. */
export function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

/** Every file of `before` is still in `dir` (possibly renamed, found by content) with the same bytes. */
export function expectNoByteLost(before: Map<string, Buffer>, dir: string): void {
  const after = snapshot(dir);
  const contents = [...after.values()];
  for (const [name, bytes] of before) {
    if (name === 'register.lock') continue;
    const same = after.get(name)?.equals(bytes) || contents.some((c) => c.equals(bytes));
    expect(same, `${name} (${bytes.length} bytes) is gone or changed`).toBe(true);
  }
}

/** A real tmpfs of `size` mounted in a temp folder; null where mounting is not allowed (not root). */
export function mountTmpfs(size: string): { dir: string; remount(options: string): void; unmount(): void } | null {
  const dir = tempDir('calrel-tmpfs-');
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return {
    dir,
    remount: (options) => execFileSync('mount', ['-o', `remount,${options}`, dir], { stdio: 'ignore' }),
    unmount: () => execFileSync('umount', ['-l', dir], { stdio: 'ignore' }),
  };
}
