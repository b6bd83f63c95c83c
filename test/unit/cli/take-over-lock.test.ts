import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/services/register/backups';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

/** A lock another computer took an hour ago: live for 12 hours, so nothing takes it over by itself. */
function lockedByAnotherComputer(dir: string): void {
  const at = new Date(Date.now() - 60 * 60 * 1000).toISOString();
  writeFileSync(join(dir, 'register.lock'), JSON.stringify({ pid: 4242, host: 'BIURO-PC', at, instance: 'the-app' }));
}

const lockHost = (dir: string): string => (JSON.parse(readFileSync(join(dir, 'register.lock'), 'utf8')) as { host: string }).host;

describe('--take-over-lock', () => {
  it('a register locked by another computer is refused with the way out, and opens with --take-over-lock, saying so', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    lockedByAnotherComputer(dir);

    const refused = await cli('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl');
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('if that computer crashed, run it again with --take-over-lock.');
    expect(lockHost(dir)).toBe('BIURO-PC');

    const taken = await cli('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl', '--take-over-lock', '--lang', 'pl');
    expect(taken.code).toBe(0);
    expect(taken.stderr).toMatch(/^komunikat: Zgodnie z Twoim wyborem rejestr otwarto mimo blokady i przejęto ją\..*Komputer: BIURO-PC/m);
    // The person was written, and the command left no lock behind.
    const people = JSON.parse(readFileSync(join(dir, 'register.json'), 'utf8')) as { people: { columns?: string[]; rows?: unknown[] } | unknown[] };
    expect(JSON.stringify(people.people)).toContain('anna@x.pl');
    expect(existsSync(join(dir, 'register.lock'))).toBe(false);
  });

  it('restore takes the lock over too when asked, and says so', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl');
    const backup = listBackups(dir)[0]!.id;
    lockedByAnotherComputer(dir);

    expect((await cli('restore', dir, '--backup', backup)).code).toBe(3);
    const restored = await cli('restore', dir, '--backup', backup, '--take-over-lock');
    expect(restored.code).toBe(0);
    expect(restored.stderr).toContain('notice: The register was opened anyway and its lock taken over, as you chose.');
  });

  // Found in review: a lock naming a process that runs here (another program has its number since) was refused with advice
  // to use --take-over-lock, which is refused too.
  it('a lock whose process runs on this computer is not taken over, and the hint says what to do instead', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    writeFileSync(join(dir, 'register.lock'), JSON.stringify({ pid: 1, host: hostname(), at: new Date().toISOString(), instance: 'the-app' }));
    const refused = await cli('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl', '--take-over-lock');
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('so --take-over-lock does not take the lock over');
    expect(refused.stderr).toContain('delete register.lock in the register folder once you are sure');
    expect(refused.stderr).not.toContain('runningHere');
    const pl = await cli('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl', '--lang', 'pl');
    expect(pl.stderr).toContain('więc --take-over-lock nie przejmie blokady');
  });

  // Found in review: the English refusal gave the lock's time as stored, in UTC (2026-12-07T23:27:49.000Z), the Polish one and
  // every other time the CLI prints in this computer's local time.
  it('a held lock’s refusal says since when in this computer’s local time, in English as in Polish', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    lockedByAnotherComputer(dir);
    const at = new Date(JSON.parse(readFileSync(join(dir, 'register.lock'), 'utf8')).at as string);
    const two = (n: number) => String(n).padStart(2, '0');
    const [y, m, d, time] = [at.getFullYear(), two(at.getMonth() + 1), two(at.getDate()), `${two(at.getHours())}:${two(at.getMinutes())}`];

    const en = await cli('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl');
    expect(en.code).toBe(3);
    expect(en.stderr.split('\n')[0]).toBe(
      `cal-register person add: This register is open elsewhere — in another window or on another computer. (Process: 4242; Computer: BIURO-PC; Locked since: ${y}-${m}-${d} ${time})`,
    );
    expect(en.stderr).not.toContain(at.toISOString());
    const pl = await cli('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl', '--lang', 'pl');
    expect(pl.stderr).toContain(`(Proces: 4242; Komputer: BIURO-PC; Zablokowany od: ${d}.${m}.${y} ${time})`);
  });

  it('is listed in the help', async () => {
    expect((await cli('--help')).stdout).toContain('--take-over-lock');
  });
});
