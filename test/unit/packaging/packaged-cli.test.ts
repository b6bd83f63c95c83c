import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

describe('the CLI as packaged in resources/cli', () => {
  it('runs with a plain Node and no node_modules anywhere near it', async () => {
    const resources = mkdtempSync(join(tmpdir(), 'cal-resources-'));
    const cliDir = join(resources, 'cli');
    const { buildStandaloneCli } = (await import(join(root, 'scripts/build-cli-standalone.mjs'))) as { buildStandaloneCli(outDir: string): Promise<void> };
    await buildStandaloneCli(cliDir);
    for (const launcher of readdirSync(join(root, 'build/cli'))) copyFileSync(join(root, 'build/cli', launcher), join(cliDir, launcher));

    const register = join(resources, 'Klient Żółty');
    const env = { PATH: process.env.PATH ?? '', LANG: 'C' };
    const run = spawnSync(process.execPath, [join(cliDir, 'cal-register.mjs'), 'init', register, '--org', 'Żółty sp. z o.o.'], { cwd: resources, encoding: 'utf8', env });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: `Created the register of Żółty sp. z o.o. in ${register}\n` });
    expect(existsSync(join(register, 'register.json'))).toBe(true);

    const verify = spawnSync('sh', [join(cliDir, 'cal-register'), 'verify', register, '--json'], { cwd: resources, encoding: 'utf8', env });
    expect(verify.status).toBe(0);
    expect(JSON.parse(verify.stdout)).toBeTypeOf('object');
  }, 60_000);
});
