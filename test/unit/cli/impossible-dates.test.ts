import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

// Found in review (12-08): a day in the right shape that the calendar does not have (2026-02-30) was refused as "--date must
// be a date YYYY-MM-DD", which it is; only export said the day does not exist. Every command now says it, by one helper.
describe('a date in the right shape that is no day of the calendar', () => {
  it('is refused by every command as a day that does not exist, in English and Polish, before the register is opened', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    const before = readFileSync(join(dir, 'register.json'), 'utf8');
    const commands: [string[], string, string][] = [
      [['assign', dir, '--person', 'anna@x.pl', '--purchase', 'FV/1', '--date', '2026-02-30'], 'assign', '--date 2026-02-30'],
      [['check', dir, '--as-of', '2026-02-30'], 'check', '--as-of 2026-02-30'],
      [['person', 'leave', dir, 'anna@x.pl', '--on', '2026-02-30'], 'person leave', '--on 2026-02-30'],
      [['release', dir, '--person', 'anna@x.pl', '--date', '2026-02-30'], 'release', '--date 2026-02-30'],
      [['release', dir, '--person', 'anna@x.pl', '--date', '2024-13-01'], 'release', '--date 2024-13-01'],
      [['export', dir, '--out', join(dir, 'a.xlsx'), '--as-of', '2026-02-30'], 'export', '--as-of 2026-02-30'],
      [['people', dir, '--as-of', '2025-02-29'], 'people', '--as-of 2025-02-29'],
      [['purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '1', '--date', '2026-02-30'], 'purchase add', '--date 2026-02-30'],
      [['purchase', 'edit', dir, 'FV/1', '--coverage', 'sa', '--until', '2026-04-31'], 'purchase edit', '--until 2026-04-31'],
    ];
    for (const [args, name, given] of commands) {
      expect(await cli(...args), args.join(' ')).toMatchObject({ code: 2, stderr: `cal-register ${name}: ${given}: there is no such day in the calendar\n` });
      expect(await cli(...args, '--lang', 'pl'), args.join(' ')).toMatchObject({ code: 2, stderr: `cal-register ${name}: ${given}: taki dzień nie istnieje w kalendarzu\n` });
    }
    expect(readFileSync(join(dir, 'register.json'), 'utf8')).toBe(before);
  });

  it('still has a date in another shape refused for its shape, and a mistyped year for its year, export included', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    expect((await cli('assign', dir, '--person', 'anna@x.pl', '--purchase', 'FV/1', '--date', '30.02.2026')).stderr).toBe('cal-register assign: --date must be a date YYYY-MM-DD, not "30.02.2026"\n');
    expect((await cli('export', dir, '--out', join(dir, 'a.xlsx'), '--as-of', '2026-2-3')).stderr).toBe('cal-register export: --as-of must be a date YYYY-MM-DD, not "2026-2-3"\n');
    expect((await cli('export', dir, '--out', join(dir, 'a.xlsx'), '--as-of', '2204-01-01')).stderr).toBe('cal-register export: --as-of 2204-01-01: the year looks mistyped; give a year from 1990 to 2099\n');
  });
});
