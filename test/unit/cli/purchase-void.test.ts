import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

// Found in review (12-08): without --yes a lot still in use was said to be voidable ("run the same command again with --yes"),
// and the command with --yes was then refused: the preview must give the refusal the void itself gives.
describe('purchase void without --yes', () => {
  it('of a lot that still has active assignments gives the void’s own refusal, in English and Polish, and writes nothing', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl');
    await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '2', '--date', '2024-03-01', '--document', 'FV/1');
    expect((await cli('assign', dir, '--person', 'anna@x.pl', '--purchase', 'FV/1', '--date', '2024-03-02')).code).toBe(0);
    const before = readFileSync(join(dir, 'register.json'), 'utf8');
    const files = readdirSync(dir).sort();
    const preview = await cli('purchase', 'void', dir, 'FV/1', '--reason', 'wpisany dwa razy');
    expect(preview).toMatchObject({ code: 2, stdout: '', stderr: 'cal-register purchase void: Purchase FV/1 still has active assignments; release them first.\n' });
    const pl = await cli('purchase', 'void', dir, 'FV/1', '--reason', 'wpisany dwa razy', '--lang', 'pl');
    expect(pl).toMatchObject({ code: 2, stderr: 'cal-register purchase void: Zakup FV/1 ma nadal aktywne przypisania; najpierw je zwolnij.\n' });
    // What the preview says is what --yes then does.
    const confirmed = await cli('purchase', 'void', dir, 'FV/1', '--reason', 'wpisany dwa razy', '--yes');
    expect(confirmed.stderr).toBe(preview.stderr);
    expect(readFileSync(join(dir, 'register.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(files);
  });

  it('of a lot already voided says so at once; of a lot no one holds it asks for --yes, as before', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '2', '--date', '2024-03-01', '--document', 'FV/1');
    const ask = await cli('purchase', 'void', dir, 'FV/1', '--reason', 'wpisany dwa razy');
    expect(ask.code).toBe(2);
    expect(ask.stderr).toContain('to void it, run the same command again with --yes');
    expect((await cli('purchase', 'void', dir, 'FV/1', '--reason', 'wpisany dwa razy', '--yes')).code).toBe(0);
    const again = await cli('purchase', 'void', dir, 'FV/1', '--reason', 'inny powód');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^cal-register purchase void: Purchase FV\/1 was already voided on \d{4}-\d{2}-\d{2}; nothing was changed\.\n$/);
  });
});
