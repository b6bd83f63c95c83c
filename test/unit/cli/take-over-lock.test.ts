import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('is listed in the help', async () => {
    expect((await cli('--help')).stdout).toContain('--take-over-lock');
  });
});
