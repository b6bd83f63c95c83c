import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../bin/cal-register.js');
const run = promisify(execFile);

/** One CLI call; the exit code and stderr instead of a throw. */
async function cli(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, [bin, ...args]);
    return { code: 0, stderr };
  } catch (error) {
    const e = error as { code?: number; stderr?: string };
    return { code: e.code ?? -1, stderr: e.stderr ?? '' };
  }
}

/** `person add`, retried while the register is locked (exit code 3), as a script would; the successful call's stderr. */
async function addWithRetry(dir: string, n: number): Promise<string> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const result = await cli('person', 'add', dir, '--given', `P${n}`, '--surname', 'Race', '--email', `p${n}.race@przyklad.pl`);
    if (result.code === 0) return result.stderr;
    if (result.code !== 3 || !/This register is open elsewhere/.test(result.stderr)) throw new Error(`${result.code}: ${result.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 40));
  }
  throw new Error(`P${n} never got the lock`);
}

describe('the built command line, many writers at once', () => {
  it('writers racing for the lock each save their change exactly once, and none takes over a live lock', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cal-race-')), 'register');
    expect((await cli('init', dir, '--org', 'Wyścig Sp. z o.o.')).code).toBe(0);
    const writers = 16;
    const outputs = await Promise.all(Array.from({ length: writers }, (_, n) => addWithRetry(dir, n)));
    // A lock replaced as abandoned says so; with every writer alive, none may.
    expect(outputs.filter((stderr) => /no longer running|taken over/.test(stderr))).toEqual([]);
    const text = readFileSync(join(dir, 'register.json'), 'utf8');
    for (let n = 0; n < writers; n++) expect(text).toContain(`"p${n}.race@przyklad.pl"`);
    const verify = await cli('verify', dir);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stderr).toContain(`events: ${writers + 1}, chain intact`);
    expect(readdirSync(dir).filter((name) => !['backups', 'proofs', 'register.json', 'register.stamp'].includes(name))).toEqual([]);
  }, 120_000);
});
