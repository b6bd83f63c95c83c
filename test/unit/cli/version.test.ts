import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/index';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/domain/model';
import { cli } from './helpers';

const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

// Found in review (12-08): a "written by a newer CAL Register (schema 4; this version reads up to 3)" refusal asks the
// user to update, and the CLI had no way to say which version it is.
describe('cal-register --version', () => {
  it('prints the version and the newest schema it reads to stdout, exit 0', async () => {
    const expected = { code: 0, stdout: `cal-register ${version} (reads and writes registers up to schema ${CURRENT_SCHEMA_VERSION})\n`, stderr: '' };
    expect(await cli('--version')).toEqual(expected);
    expect(await cli('-V')).toEqual(expected);
  });

  it('in Polish under a Polish locale, and --help names it', async () => {
    let stdout = '';
    const code = await main(['--version'], { out: (t) => (stdout += `${t}\n`), err: () => undefined }, { LANG: 'pl_PL.UTF-8' });
    expect(code).toBe(0);
    expect(stdout).toBe(`cal-register ${version} (odczytuje i zapisuje rejestry do schematu ${CURRENT_SCHEMA_VERSION})\n`);
    expect((await cli('--help')).stdout).toContain('cal-register --version shows the version');
  });

  it('after other words it is no version request: an unknown command stays one', async () => {
    expect((await cli('--version', 'extra')).code).toBe(2);
  });
});
