import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

// Found in review (12-08): the README's promise that a value starting with a dash is its option's value held only for the
// ledger commands; init, org, export, person leave and the others said "--org needs a value".
describe('a value that starts with a dash, in every command', () => {
  it('is the value of the option before it: init, org, export, and the date of person leave, refused as a date', async () => {
    const dir = join(tempDir(), 'rejestr');
    expect(await cli('init', dir, '--org', '- Firma')).toMatchObject({ code: 0 });
    expect(await cli('org', dir, '--contact', '-tel 123')).toMatchObject({ code: 0 });
    expect(JSON.parse((await cli('org', dir, '--json')).stdout)).toMatchObject({ name: '- Firma', contact: '-tel 123' });
    const out = join(tempDir(), 'audyt.xlsx');
    const exported = await cli('export', dir, '--out', out, '--prepared-by', '-Jan');
    expect(exported.code, exported.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    await cli('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl');
    expect(await cli('person', 'leave', dir, 'anna@x.pl', '--on', '-1')).toMatchObject({ code: 2, stderr: 'cal-register person leave: --on must be a date YYYY-MM-DD, not "-1"\n' });
    expect(await cli('check', dir, '--as-of', '-1', '--lang', 'pl')).toMatchObject({ code: 2, stderr: 'cal-register check: --as-of musi być datą RRRR-MM-DD, a nie „-1”\n' });
    expect(await cli('people', dir, '--as-of', '-1')).toMatchObject({ code: 2, stderr: 'cal-register people: --as-of must be a date YYYY-MM-DD, not "-1"\n' });
    expect((await cli('restore', dir, '--backup', '-x')).stderr).toMatch(/^cal-register restore: "-x" is not a backup of this register/);
    const sheet = join(tempDir(), 'skrzynki.csv');
    writeFileSync(sheet, 'Kto,Skrzynka\nAnna,anna@x.pl\n');
    expect((await cli('import', dir, sheet, '--skip', '-Cennik')).stderr).toContain('-Cennik');
    expect((await cli('import', dir, sheet, '--skip', '-Cennik')).stderr).not.toContain('needs a value');
  });

  it('is the value even when it is -h; -h or --help standing alone still asks for the help, and nothing is done', async () => {
    const dir = join(tempDir(), 'rejestr');
    expect((await cli('init', dir, '--org', '-h')).code).toBe(0);
    expect((await cli('org', dir, '--contact', '-h')).code).toBe(0);
    expect(JSON.parse((await cli('org', dir, '--json')).stdout)).toMatchObject({ name: '-h', contact: '-h' });
    const out = join(tempDir(), 'audyt.xlsx');
    expect((await cli('export', dir, '--out', out, '--prepared-by', '-h')).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    await cli('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl');
    const before = readFileSync(join(dir, 'register.json'), 'utf8');
    const other = join(tempDir(), 'inny');
    const notWritten = join(tempDir(), 'b.xlsx');
    const sheet = join(tempDir(), 'skrzynki.csv');
    writeFileSync(sheet, 'Kto,Skrzynka\nAnna,anna@x.pl\n');
    for (const args of [
      ['init', other, '--org', 'Firma', '-h'],
      ['org', dir, '--name', 'Inna', '--help'],
      ['export', dir, '--out', notWritten, '--prepared-by', 'Jan', '-h'],
      ['person', 'leave', dir, 'anna@x.pl', '--on', '2024-09-01', '-h'],
      ['check', dir, '--as-of', '2024-09-01', '--help'],
      ['people', dir, '-h'],
      ['import', dir, sheet, '--commit', '-h'],
    ]) {
      const help = await cli(...args);
      expect(help, args.join(' ')).toMatchObject({ code: 0, stderr: '' });
      expect(help.stdout, args.join(' ')).toMatch(new RegExp(`^cal-register ${args[0]} `));
    }
    expect(existsSync(other)).toBe(false);
    expect(existsSync(notWritten)).toBe(false);
    expect(readFileSync(join(dir, 'register.json'), 'utf8')).toBe(before);
  });
});
