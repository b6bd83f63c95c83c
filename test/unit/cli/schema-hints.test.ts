import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaHints, schemaHintsPl } from '../../../shared/domain/hints';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

describe('a refused value in the CLI language', () => {
  it('every hint the schemas give has its Polish words', () => {
    expect(Object.keys(schemaHintsPl).sort()).toEqual(Object.keys(schemaHints).sort());
    for (const text of Object.values(schemaHintsPl)) expect(text).not.toBe('');
  });

  it("the schemas' own hints and zod's built-in messages are Polish with --lang pl and English without", async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');

    const build = await cli('server', 'add', dir, '--name', 'EX08', '--product', 'Exchange Server 2019', '--build', 'garbage', '--lang', 'pl');
    expect(build.code).toBe(2);
    expect(build.stderr).toBe('cal-register server add: podane wartości są nieprawidłowe, nic nie zapisano — --build: numer kompilacji w postaci 15.2.1544.4\n');

    // zod's own refusals: the common ones in plain words, in either language.
    const name = await cli('server', 'add', dir, '--name', ' ', '--product', 'Exchange Server 2019', '--lang', 'pl');
    expect(name.code).toBe(2);
    expect(name.stderr).toBe('cal-register server add: podane wartości są nieprawidłowe, nic nie zapisano — --name: nie może być puste\n');
    const english = await cli('server', 'add', dir, '--name', ' ', '--product', 'Exchange Server 2019');
    expect(english.stderr).toBe('cal-register server add: the values given are not valid, nothing was written — --name: must not be empty\n');
    const email = await cli('person', 'add', dir, '--email', 'nie-mail', '--lang', 'pl');
    expect(email.stderr).toBe('cal-register person add: podane wartości są nieprawidłowe, nic nie zapisano — --email: nieprawidłowy adres e-mail\n');

    // export's --as-of is checked as every command checks a date (givenDate), in the same words.
    const day = await cli('export', dir, '--out', join(dir, 'a.xlsx'), '--as-of', '2024-02-30', '--lang', 'pl');
    expect(day.code).toBe(2);
    expect(day.stderr).toContain('taki dzień nie istnieje w kalendarzu');
    expect(day.stderr).not.toContain('not a calendar day');
    const year = await cli('export', dir, '--out', join(dir, 'a.xlsx'), '--as-of', '0224-03-01', '--lang', 'pl');
    expect(year.stderr).toBe('cal-register export: --as-of 0224-03-01: rok wygląda na literówkę; podaj rok od 1990 do 2099\n');

    // The ledger's own dates are refused by their option, before the register is opened.
    const typo = await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '1', '--date', '0224-03-01');
    expect(typo).toMatchObject({ code: 2, stderr: 'cal-register purchase add: --date 0224-03-01: the year looks mistyped; give a year from 1990 to 2099\n' });
    expect((await cli('check', dir, '--as-of', '2204-01-01', '--lang', 'pl')).stderr).toBe('cal-register check: --as-of 2204-01-01: rok wygląda na literówkę; podaj rok od 1990 do 2099\n');
  });
});
