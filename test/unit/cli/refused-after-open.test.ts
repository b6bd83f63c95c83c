import { cpSync, existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

const backupsOf = (dir: string): string[] => (existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')).sort() : []);
const auditActions = (dir: string): string[] => (JSON.parse(readFileSync(join(dir, 'register.json'), 'utf8')) as { audit: { action: string }[] }).audit.map((e) => e.action);

// Found in review (12-07): a change command naming a record that is not there was refused with exit 2 ("nothing written"),
// but the open before it had already upgraded an older register on disk, with its backup, and written the day's backup.
describe('a change command refused after the register was opened', () => {
  it('leaves an older register as it was: no upgrade, no backup, no audit event', async () => {
    const dir = join(tempDir(), 'rejestr');
    cpSync('test/fixtures/registers/v2', dir, { recursive: true });
    const before = readFileSync(join(dir, 'register.json'));
    for (const args of [
      ['person', 'edit', dir, 'nobody@x.pl', '--given', 'X'],
      ['person', 'left', dir, 'nobody@x.pl', '--date', '2025-01-31'],
      ['assign', dir, '--person', 'nobody@x.pl', '--purchase', 'FV/2024/03/17', '--date', '2025-01-02'],
      ['purchase', 'edit', dir, 'FV/0000/00/00', '--notes', 'x'],
      ['server', 'verify', dir, 'EX99', '--by', 'Jan'],
    ]) {
      const refused = await cli(...args);
      expect(refused.code, args.join(' ')).toBe(2);
      expect(refused.stderr, args.join(' ')).not.toMatch(/upgraded|notice:/i);
    }
    expect(readFileSync(join(dir, 'register.json')).equals(before)).toBe(true);
    expect(backupsOf(dir)).toEqual([]);
  });

  it('upgrades it with the first change that is written: its backup first, the upgrade and the change in one write, said on stderr', async () => {
    const dir = join(tempDir(), 'rejestr');
    cpSync('test/fixtures/registers/v2', dir, { recursive: true });
    const before = readFileSync(join(dir, 'register.json'));
    const edited = await cli('person', 'edit', dir, 'anowak', '--given', 'Anna Maria');
    expect(edited.code).toBe(0);
    const [backup, ...others] = backupsOf(dir);
    expect(others).toEqual([]);
    expect(backup).toMatch(/-migration\.json$/);
    expect(readFileSync(join(dir, 'backups', backup!)).equals(before)).toBe(true);
    expect(edited.stderr).toContain('notice: ');
    expect(edited.stderr).toContain(backup!.replace(/\.json$/, ''));
    expect(JSON.parse(readFileSync(join(dir, 'register.json'), 'utf8')).schemaVersion).toBeGreaterThan(2);
    expect(auditActions(dir).slice(-2)).toEqual(['register.migrate', 'person.update']);
    // The upgrade's event and the change's are one chain: the trail still verifies.
    expect((await cli('verify', dir)).code).toBe(0);
    // Said once: the next change writes no second upgrade.
    const next = await cli('person', 'edit', dir, 'anowak', '--surname', 'Nowak-Kowalska');
    expect(next.stderr).not.toContain('notice:');
    expect(backupsOf(dir)).toEqual([backup]);
  });

  it('writes the day’s backup of a current register only with a change, and of the file before it', async () => {
    const dir = join(tempDir(), 'rejestr');
    expect((await cli('init', dir, '--org', 'Firma')).code).toBe(0);
    // The backup written at init, made two days old: the next change is due a daily one.
    const [atInit] = backupsOf(dir);
    const old = 'register-20200101T000000000Z-daily.json';
    renameSync(join(dir, 'backups', atInit!), join(dir, 'backups', old));
    expect((await cli('person', 'edit', dir, 'nobody@x.pl', '--given', 'X')).code).toBe(2);
    expect(backupsOf(dir)).toEqual([old]);
    const created = readFileSync(join(dir, 'register.json'));
    expect((await cli('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl')).code).toBe(0);
    const daily = backupsOf(dir).filter((name) => name !== old);
    expect(daily).toHaveLength(1);
    expect(daily[0]).toMatch(/-daily\.json$/);
    expect(readFileSync(join(dir, 'backups', daily[0]!)).equals(created)).toBe(true);
  });
});
