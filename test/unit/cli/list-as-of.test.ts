import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

const PRODUCT = 'Exchange Server 2019 Standard User CAL';

// Found in review: `people --as-of` listed a CAL that starts after the date as held, and `purchases` gave a voided lot free seats.
describe('the read-only lists', () => {
  it('mark a CAL that starts after the date as planned, and give a voided lot no free seat', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('purchase', 'add', dir, '--product', PRODUCT, '--quantity', '1', '--date', '2024-03-01', '--document', 'FV/1');
    await cli('purchase', 'add', dir, '--product', PRODUCT, '--quantity', '2', '--date', '2024-03-01', '--document', 'FV/2');
    await cli('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl');
    await cli('person', 'add', dir, '--given', 'Jan', '--email', 'jan@x.pl');
    await cli('assign', dir, '--person', 'anna@x.pl', '--purchase', 'FV/1', '--date', '2024-03-02');
    await cli('release', dir, '--person', 'anna@x.pl', '--date', '2024-05-01', '--reason', 'left');
    await cli('assign', dir, '--person', 'jan@x.pl', '--purchase', 'FV/1', '--date', '2024-05-01');
    const cals = async (asOf: string) => (await cli('people', dir, '--as-of', asOf)).stdout.split('\n').filter(Boolean).map((line) => line.split('\t').slice(2).join(' | '));
    expect(await cals('2024-04-01')).toEqual([
      'anna@x.pl | Active | Exchange Server 2019 Standard User CAL (FV/1)',
      'jan@x.pl | Active | Exchange Server 2019 Standard User CAL (FV/1, planned from 2024-05-01)',
    ]);
    expect(await cals('2024-06-01')).toEqual(['anna@x.pl | Active | ', 'jan@x.pl | Active | Exchange Server 2019 Standard User CAL (FV/1)']);
    await cli('purchase', 'void', dir, 'FV/2', '--reason', 'wpisany dwa razy', '--yes');
    const lots = (await cli('purchases', dir)).stdout;
    expect(lots).toMatch(/FV\/2\t.*assigned 0, free 0/);
  });

  it('say that a lot bought after the date is not counted on it', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('purchase', 'add', dir, '--product', PRODUCT, '--quantity', '5', '--date', '2024-03-01', '--document', 'FV/9');
    const line = async (...extra: string[]) => (await cli('purchases', dir, ...extra)).stdout.split('\t').at(-1)?.trim();
    expect(await line('--as-of', '2024-02-01')).toBe('bought 2024-03-01, after 2024-02-01: not counted on that date');
    expect(await line('--as-of', '2024-03-01')).toBe('');
    expect(await line('--as-of', '2024-02-01', '--lang', 'pl')).toBe('kupiony 2024-03-01, po dniu 2024-02-01: na ten dzień nie jest liczony');
  });

  // Found in review: `servers --as-of` was taken and did nothing (a server's list has no date); its help does not list it.
  it('servers, which depend on no date, refuse --as-of as an option they do not take', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('server', 'add', dir, '--name', 'EX01', '--product', 'Exchange Server 2019');
    const refused = await cli('servers', dir, '--as-of', '2024-01-01');
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([2, '', 'cal-register servers: unknown option --as-of; cal-register servers --help lists the options\n']);
    expect((await cli('servers', dir, '--json')).code).toBe(0);
  });
});

// Found in review: `check ./acme/register.json` said the folder held no register.
describe('a register named by its file', () => {
  it('is the register of the folder the file is in', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('person', 'add', join(dir, 'register.json'), '--given', 'Anna', '--email', 'anna@x.pl');
    const listed = await cli('people', join(dir, 'register.json'));
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('anna@x.pl');
    // 1: the check ran and found errors (Anna holds no CAL); 2 would be a register not found.
    expect((await cli('check', join(dir, 'register.json'), '--as-of', '2024-06-01')).code).toBe(1);
    // A path through a file is no register, said as such (found in review of this change: "unexpected failure: ENOTDIR").
    const through = await cli('check', join(dir, 'register.json', 'register.json'));
    expect(through.code).toBe(2);
    expect(through.stderr).toContain('holds no register');
  });
});
