import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { shellArg } from '../../../electron/cli/commands/backups';
import { main } from '../../../electron/cli/index';
import { cliLanguageFrom, cliMessages } from '../../../electron/cli/messages';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

async function run(env: Record<string, string>, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`) }, env);
  return { code, stdout, stderr };
}

describe('CLI language', () => {
  it('LANG starting with pl gives Polish, LC_ALL overrides LANG, --lang overrides both', () => {
    expect(cliLanguageFrom([], { LANG: 'pl_PL.UTF-8' })).toBe('pl');
    expect(cliLanguageFrom([], { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(cliLanguageFrom([], { LANG: 'en_US.UTF-8', LC_ALL: 'pl_PL.UTF-8' })).toBe('pl');
    expect(cliLanguageFrom(['init', 'x', '--lang', 'en'], { LC_ALL: 'pl_PL.UTF-8' })).toBe('en');
    expect(cliLanguageFrom(['check', 'x', '--lang=pl'], {})).toBe('pl');
    expect(cliLanguageFrom([], {})).toBe('en');
    expect(cliLanguageFrom([], { LC_MESSAGES: 'pl_PL.UTF-8', LANG: 'en_US.UTF-8' })).toBe('pl');
    // Windows sets none of them: the system's locale decides (found in review: a Polish Windows got English).
    expect(cliLanguageFrom([], {}, 'pl-PL')).toBe('pl');
    expect(cliLanguageFrom([], { LANG: 'en_US.UTF-8' }, 'pl-PL')).toBe('en');
  });

  it('given twice, the last --lang wins, for the messages as for export\'s workbook', () => {
    expect(cliLanguageFrom(['export', 'x', '--lang', 'pl', '--lang', 'en'], {})).toBe('en');
    expect(cliLanguageFrom(['export', 'x', '--lang=en', '--lang', 'pl'], {})).toBe('pl');
  });

  it('--lang with no value or another language is refused with exit 2, never guessed nor allowed to swallow the next option', async () => {
    const dir = join(tempDir(), 'klient');
    expect((await run({}, 'init', dir, '--org', 'Acme')).code).toBe(0);
    for (const argv of [['check', dir, '--lang', '--json'], ['check', dir, '--lang', 'de'], ['check', dir, '--lang=xx'], ['export', dir, '--out', join(dir, 'a.xlsx'), '--lang'], ['check', dir, '--lang']]) {
      const result = await run({}, ...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toBe('cal-register: --lang must be en or pl; nothing was done\n');
      expect(result.stdout).toBe('');
    }
    expect((await run({ LANG: 'pl_PL.UTF-8' }, 'check', dir, '--lang', 'de')).stderr).toContain('--lang musi mieć wartość en lub pl');
    expect((await run({}, 'check', dir, '--lang=pl', '--json')).code).toBe(0);
  });

  it('help <command> gives that command\'s help; a negative --quantity is refused as a quantity; --skip of every sheet says so', async () => {
    const dir = join(tempDir(), 'klient');
    expect((await run({}, 'init', dir, '--org', 'Acme')).code).toBe(0);
    expect((await run({}, 'help', 'person', 'add')).stdout).toMatch(/^cal-register person add <dir>/);
    expect((await run({}, 'help', 'check')).stdout).toMatch(/^cal-register check <dir>/);
    const negative = await run({}, 'purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '-5', '--date', '2024-03-01');
    expect(negative).toMatchObject({ code: 2, stderr: 'cal-register purchase add: --quantity must be a whole number of CALs, from 1 to 1000000\n' });
    // Found in review: a quantity too large for a whole number was said to be below 1.
    const huge = await run({}, 'purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '99999999999999999', '--date', '2024-03-01', '--document', 'FV/H');
    expect(huge).toMatchObject({ code: 2, stderr: 'cal-register purchase add: --quantity must be a whole number of CALs, from 1 to 1000000\n' });
    const file = join(tempDir(), 'cennik.csv');
    writeFileSync(file, 'Produkt;Cena\nA;1\n');
    expect((await run({}, 'import', dir, file, '--skip', 'cennik.csv')).stderr).toContain('--skip leaves out every sheet given (cennik.csv); nothing to import');
  });

  it('a folder in a hint is quoted when a shell needs it', () => {
    expect(shellArg('/home/jan/Klienci/Acme')).toBe('/home/jan/Klienci/Acme');
    expect(shellArg('/home/jan/Klienci/Kowalski i Syn', 'linux')).toBe('"/home/jan/Klienci/Kowalski i Syn"');
    expect(shellArg('/home/jan/$HOME "x"', 'darwin')).toBe('"/home/jan/\\$HOME \\"x\\""');
    expect(shellArg('C:\\Klienci\\Kowalski i Syn', 'win32')).toBe('"C:\\Klienci\\Kowalski i Syn"');
  });

  it('init reports in Polish under a Polish locale', async () => {
    const dir = join(tempDir(), 'Klient');
    const result = await run({ LANG: 'pl_PL.UTF-8' }, 'init', dir, '--org', 'Żółw sp. z o.o.');
    expect(result).toMatchObject({ code: 0, stderr: `Utworzono rejestr licencji Żółw sp. z o.o. w ${dir}\n` });
  });

  it('--lang pl is accepted by any command, not only export', async () => {
    const dir = join(tempDir(), 'Klient');
    const result = await run({}, '--lang', 'pl', 'init', dir, '--org', 'Firma');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Utworzono rejestr licencji Firma');
  });

  it('check prints findings and the count in Polish with the right plural form', async () => {
    const dir = join(tempDir(), 'Klient');
    await run({}, 'init', dir, '--org', 'Firma');
    await run({}, 'purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '5', '--date', '2026-01-10');
    const result = await run({ LANG: 'pl_PL.UTF-8' }, 'check', dir, '--as-of', '2026-02-01');
    expect(result.stdout).toContain('kupiono 5, przypisano 0');
    expect(result.stdout).toMatch(/Zakup|zakup/);
    expect(result.stderr).toMatch(/^\d+ ustaleni(e|a|ń) \(błędy: \d+\) na dzień 2026-02-01\.\n$/);
  });

  it('states, reasons and severities read in the app\'s words under Polish, not as their codes', async () => {
    const dir = join(tempDir(), 'Klient');
    const pl = (...argv: string[]) => run({ LANG: 'pl_PL.UTF-8' }, ...argv);
    await pl('init', dir, '--org', 'Firma');
    const trial = await pl('server', 'add', dir, '--name', 'EX01', '--product', 'Exchange Server 2019', '--edition', 'Standard', '--trial-days', '10');
    expect(trial.stderr).toBe('Dodano serwer EX01 (Exchange Server 2019 Standard, Wersja próbna, zostało 10 dni).\n');
    expect((await pl('server', 'add', dir, '--name', 'EX02', '--product', 'Exchange Server 2019')).stderr).toBe('Dodano serwer EX02 (Exchange Server 2019 Standard, Nie sprawdzono).\n');
    await pl('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '1', '--date', '2024-03-01', '--document', 'FV/1');
    await pl('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl');
    await pl('assign', dir, '--person', 'anna@x.pl', '--purchase', 'FV/1', '--date', '2024-03-02');
    const released = await pl('release', dir, '--person', 'anna@x.pl', '--date', '2024-06-01', '--reason', 'role-change');
    expect(released.stderr).toBe('Zwolniono Exchange Server 2019 Standard — CAL na użytkownika (osoba: Anna) z datą 2024-06-01 (Zmiana stanowiska).\n');
    const check = await pl('check', dir, '--as-of', '2024-07-01');
    expect(check.stdout).toMatch(/^BŁĄD +mailbox-without-cal {2}anna@x\.pl: /m);
    expect(check.stdout).toMatch(/^OSTRZEŻENIE server-trial {2}EX01: /m);
    expect(check.stdout).not.toMatch(/^(ERROR|WARNING|INFO)\b/m);
    expect((await run({}, 'server', 'add', dir, '--name', 'EX03', '--product', 'Exchange Server 2019', '--trial-days', '1')).stderr).toBe('Added server EX03 (Exchange Server 2019 Standard, Trial, 1 day left).\n');
  });

  it('help is in the CLI language and shows --json on every command, all of which take it', async () => {
    const pl = (await run({ LANG: 'pl_PL.UTF-8' }, '--help')).stdout;
    expect(pl).toContain('cal-register init <folder> --org "Nazwa" [--tax-id NIP] [--json]');
    expect(pl).toContain('(--yes akceptuje ostrzeżenia)');
    expect(pl).not.toMatch(/read-only|preview unless|accepts warnings|exit 1 when/);
    expect((await run({}, 'assign', '--help', '--lang', 'pl')).stdout).toContain('--purchase <numer dokumentu|identyfikator>');
    const lines = (await run({}, '--help')).stdout.split('\n').filter((line) => line.startsWith('  cal-register '));
    expect(lines).toHaveLength(24);
    for (const line of lines) expect(line).toContain('[--json]');
  });

  it('usage and unknown-command messages are translated', async () => {
    expect((await run({ LANG: 'pl_PL' }, '--help')).stdout).toContain('Użycie:');
    expect((await run({ LANG: 'pl_PL' }, 'frobnicate')).stderr).toContain('nieznane polecenie „frobnicate”');
  });
});

describe('CLI message catalogs', () => {
  const plural = /_(one|few|many|other)$/;
  const plain = (lang: 'en' | 'pl') => Object.keys(cliMessages[lang]).filter((k) => !plural.test(k)).sort();
  const bases = (lang: 'en' | 'pl') => [...new Set(Object.keys(cliMessages[lang]).filter((k) => plural.test(k)).map((k) => k.replace(plural, '')))].sort();

  it('Polish has every English message and no other', () => {
    expect(plain('pl')).toEqual(plain('en'));
    expect(bases('pl')).toEqual(bases('en'));
  });

  it('every counted Polish message has the one, few, many and other forms', () => {
    for (const base of bases('pl')) for (const form of ['one', 'few', 'many', 'other']) expect(cliMessages.pl).toHaveProperty(`${base}_${form}`);
  });

  it('Polish messages use the same {{placeholders}} as English', () => {
    const names = (t: string) => [...t.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(cliMessages.en)) {
      const pl = (cliMessages.pl as Record<string, string>)[key];
      expect({ key, names: names(pl ?? '') }).toEqual({ key, names: names(text) });
    }
  });
});

describe('licensing refusals in Polish', () => {
  it('a full lot is refused in Polish, naming the purchase and its seats', async () => {
    const dir = join(tempDir(), 'rejestr');
    const run = (...argv: string[]) => cli(...argv);
    await run('init', dir, '--org', 'Firma');
    await run('server', 'add', dir, '--name', 'EX01', '--product', 'Exchange Server 2019', '--edition', 'Standard', '--activated');
    await run('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '1', '--date', '2024-03-01', '--document', 'FV/1');
    await run('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl');
    await run('person', 'add', dir, '--given', 'Jan', '--email', 'jan@x.pl');
    await run('assign', dir, '--person', 'anna@x.pl', '--purchase', 'FV/1', '--date', '2024-03-02');
    const refused = await run('assign', dir, '--person', 'jan@x.pl', '--purchase', 'FV/1', '--date', '2024-03-02', '--lang', 'pl');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('FV/1');
    expect(refused.stderr).toContain('Wszystkie licencje z zakupu FV/1 (Exchange Server 2019 Standard — CAL na użytkownika) są przypisane (liczba licencji: 1).');
    const english = await run('assign', dir, '--person', 'jan@x.pl', '--purchase', 'FV/1', '--date', '2024-03-02');
    expect(english.stderr).toMatch(/Every seat of purchase FV\/1 \(Exchange Server 2019 Standard User CAL\) is assigned \(seats: 1\)/);
  });
});
