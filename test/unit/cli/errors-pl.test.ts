import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serviceErrorsEn, serviceErrorsPl } from '../../../shared/errors/messages';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('service refusals in the CLI language', () => {
  it('every service error text exists in Polish with the same placeholders', () => {
    expect(Object.keys(serviceErrorsPl).sort()).toEqual(Object.keys(serviceErrorsEn).sort());
    for (const [key, en] of Object.entries(serviceErrorsEn)) expect(placeholders(serviceErrorsPl[key as keyof typeof serviceErrorsEn]), key).toEqual(placeholders(en));
  });

  it('an unknown person, an unknown purchase and an existing register are refused in Polish with --lang pl', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    const person = await cli('assign', dir, '--person', 'nikt@x.pl', '--purchase', 'FV/9', '--lang', 'pl');
    expect(person.code).toBe(2);
    expect(person.stderr).toContain('W rejestrze nie ma osoby o identyfikatorze, e-mailu lub loginie „nikt@x.pl”.');
    await cli('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl');
    const purchase = await cli('assign', dir, '--person', 'anna@x.pl', '--purchase', 'FV/9', '--lang', 'pl');
    expect(purchase.stderr).toContain('nie ma zakupu o numerze dokumentu lub identyfikatorze „FV/9”');
    const again = await cli('init', dir, '--org', 'Inna', '--lang', 'pl');
    expect(again.stderr).toContain('zawiera już rejestr');
    const english = await cli('assign', dir, '--person', 'nikt@x.pl', '--purchase', 'FV/9');
    expect(english.stderr).toContain('No person with id, e-mail or login "nikt@x.pl" is in the register.');
  });

  it('a value the register refuses (an empty person, a malformed build) is one line and exit 2, never a stack trace', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    const empty = await cli('person', 'add', dir, '--lang', 'pl');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('cal-register person add: podane wartości są nieprawidłowe, nic nie zapisano — (root): a name, e-mail or login is needed\n');
    const build = await cli('server', 'add', dir, '--name', 'EX08', '--product', 'Exchange Server 2019', '--build', 'garbage');
    expect(build.code).toBe(2);
    expect(build.stderr).toBe('cal-register server add: the values given are not valid, nothing was written — build: a build like 15.2.1544.4\n');
    const check = await cli('check', dir, '--json');
    expect(JSON.parse(check.stdout)).toMatchObject({ servers: [] });
  });

  it('bad usage is explained in Polish too', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    const quantity = await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '0', '--date', '2024-03-01', '--lang', 'pl');
    expect(quantity.code).toBe(2);
    expect(quantity.stderr).toContain('--quantity musi być liczbą całkowitą licencji CAL, co najmniej 1');
    const out = await cli('export', dir, '--lang', 'pl');
    expect(out.stderr).toContain('wymagane jest --out PLIK.xlsx');
  });
});
