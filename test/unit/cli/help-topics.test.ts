import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/index';
import { cli } from './helpers';

/** The CLI in Polish (LANG), as a Polish consultant's terminal runs it. */
async function cliPl(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`) }, { LANG: 'pl_PL.UTF-8' });
  return { code, stdout, stderr };
}

describe('cal-register help <topic>', () => {
  it('help of a word that is no command says it is unknown and points to --help, with exit 2 as the unknown command itself', async () => {
    const unknown = await cli('frob');
    const helped = await cli('help', 'frob');
    expect(helped).toEqual({ code: 2, stdout: '', stderr: 'cal-register: unknown command "frob". Run cal-register --help.\n' });
    expect(helped.code).toBe(unknown.code);
    expect(helped.stderr).toBe(unknown.stderr);
  });

  it('help of an unknown command is refused in Polish under a Polish locale', async () => {
    expect(await cliPl('help', 'frob')).toEqual({ code: 2, stdout: '', stderr: 'cal-register: nieznane polecenie „frob”. Uruchom cal-register --help.\n' });
  });

  it('help of an unknown command of a group names both words, as the command itself does', async () => {
    expect(await cli('help', 'person', 'frob')).toMatchObject({ code: 2, stdout: '', stderr: 'cal-register: unknown command "person frob". Run cal-register --help.\n' });
    // Names of Object.prototype's members are no commands either.
    expect(await cli('help', 'toString')).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('unknown command "toString"') });
  });

  it('help of a group lists the group’s commands, as the group’s --help does (exit 0)', async () => {
    const group = await cli('person', '--help');
    expect(await cli('help', 'person')).toEqual(group);
    expect(await cli('help', 'person', '--help')).toEqual(group);
    expect(group.stdout).toContain('cal-register person leave <dir>');
  });

  it('help of a command, of help itself, or help alone still answers with exit 0', async () => {
    expect(await cli('help', 'person', 'add')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^cal-register person add <dir>/) });
    expect(await cli('help', 'check')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^cal-register check <dir>/) });
    const usage = await cli('--help');
    expect(await cli('help')).toEqual(usage);
    expect(await cli('help', 'help')).toEqual(usage);
  });
});
