import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

// Found in review: these commands were refused only after the register was opened, so a register of an older format was
// upgraded (with a migration backup and an audit event) by a command that said "nothing was written".
describe('a command refused for its own options', () => {
  it('leaves a register of an older format as it was: no upgrade, no backup', async () => {
    const dir = join(tempDir(), 'rejestr');
    cpSync('test/fixtures/registers/v1', dir, { recursive: true });
    const before = readFileSync(join(dir, 'register.json'), 'utf8');
    const unknownSheet = join(tempDir(), 'cennik.csv');
    writeFileSync(unknownSheet, 'foo,bar\n1,2\n');
    for (const args of [
      ['person', 'add', dir, '--email', 'bad'],
      ['server', 'add', dir, '--product', 'Exchange Server 2019'],
      ['assign', dir, '--person', 'nobody', '--purchase', 'x', '--date', '2024-02-30'],
      // Found in the second review (12-06 evening): the edit commands opened first.
      ['org', dir, '--name', '  '],
      ['purchase', 'edit', dir, 'FV/2024/03/17', '--coverage', 'bogus'],
      ['purchase', 'edit', dir, 'FV/2024/03/17', '--coverage', 'sa', '--until', '2024-02-30'],
      ['purchase', 'edit', dir, 'FV/2024/03/17', '--vendor', 'x'.repeat(600)],
      ['purchase', 'void', dir, 'FV/2024/03/17', '--reason', 'wpisany dwa razy'],
      ['purchase', 'void', dir, 'FV/2024/03/17', '--reason', '   ', '--yes'],
      ['person', 'edit', dir, 'anowak', '--email', 'bad'],
      ['release', dir],
      ['server', 'verify', dir, 'EX01', '--by', '   '],
      ['import', dir, unknownSheet, '--commit'],
    ]) {
      const refused = await cli(...args);
      expect(refused.code, args.join(' ')).toBe(2);
      expect(refused.stderr, args.join(' ')).not.toMatch(/upgraded|zaktualizowano/i);
    }
    expect(readFileSync(join(dir, 'register.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(readdirSync('test/fixtures/registers/v1').sort());
  });

  it('names the bad value, not the record it could not find, and words a blank name as the app does', async () => {
    const dir = join(tempDir(), 'rejestr');
    cpSync('test/fixtures/registers/v1', dir, { recursive: true });
    expect((await cli('person', 'edit', dir, 'nobody', '--email', 'bad')).stderr).toMatch(/^cal-register person edit: .*--email: /);
    expect((await cli('server', 'verify', dir, 'EX01', '--by', '   ')).stderr).toMatch(/^cal-register server verify: .*--by: /);
    const voided = await cli('purchase', 'void', dir, 'FV/2024/03/17', '--reason', 'r'.repeat(201), '--yes', '--lang', 'pl');
    expect(voided.stderr).toMatch(/--reason: /);
    expect(voided.stderr).not.toContain('voidReason');
    // Without --yes the lot is named, as before, from a read-only look.
    expect((await cli('purchase', 'void', dir, 'FV/2024/03/17', '--reason', 'x')).stderr).toContain('FV/2024/03/17');
  });
});

// Found in review: a value starting with a dash ("- pilne", "-Anna") was said to be missing ("--notes needs a value").
describe('a value that starts with a dash', () => {
  it('is the value of the option before it, in add and edit commands alike', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    expect((await cli('person', 'add', dir, '--given', '-Anna', '--email', 'anna@x.pl')).code).toBe(0);
    expect((await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '2', '--date', '2024-03-01', '--document', 'FV/1')).code).toBe(0);
    expect((await cli('purchase', 'edit', dir, 'FV/1', '--notes', '- pilne')).code).toBe(0);
    const people = JSON.parse((await cli('people', dir, '--json')).stdout) as { givenName: string }[];
    expect(people.map((p) => p.givenName)).toEqual(['-Anna']);
    const lots = JSON.parse((await cli('purchases', dir, '--json')).stdout) as { notes: string }[];
    expect(lots.map((p) => p.notes)).toEqual(['- pilne']);
    expect((await cli('purchase', 'edit', dir, 'FV/1', '--quantity', '-5')).stderr).toContain('--quantity');
  });

  // Found in review (12-07): `--notes -h` printed the command's help and recorded nothing.
  it('is the value even when it is -h; -h or --help standing alone still asks for the help, and nothing is done', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl');
    await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '2', '--date', '2024-03-01', '--document', 'FV/1');
    const assign = await cli('assign', dir, '--person', 'anna@x.pl', '--purchase', 'FV/1', '--date', '2024-03-02', '--notes', '-h', '--yes', '--json');
    expect(assign.code).toBe(0);
    expect(JSON.parse(assign.stdout)).toMatchObject({ notes: '-h' });
    expect((await cli('purchase', 'edit', dir, 'FV/1', '--notes', '-h')).code).toBe(0);
    expect((JSON.parse((await cli('purchases', dir, '--json')).stdout) as { notes: string }[]).map((p) => p.notes)).toEqual(['-h']);
    const before = readFileSync(join(dir, 'register.json'), 'utf8');
    for (const args of [
      ['release', dir, '--person', 'anna@x.pl', '--date', '2024-04-01', '-h'],
      ['release', dir, '--notes', 'x', '--help'],
      ['purchase', 'edit', dir, 'FV/1', '--notes', '--help'],
      ['person', 'add', dir, '--given', 'Ewa', '--email', 'ewa@x.pl', '-h'],
    ]) {
      const help = await cli(...args);
      expect(help, args.join(' ')).toMatchObject({ code: 0, stderr: '' });
      expect(help.stdout, args.join(' ')).toMatch(new RegExp(`^cal-register ${args[0]} `));
    }
    expect(readFileSync(join(dir, 'register.json'), 'utf8')).toBe(before);
  });
});

// Found in review: an option given twice kept its last value without a word (`--given A --given B` saved B).
describe('an option given twice', () => {
  it('is refused, in either language, and nothing is written; the options taken many times still are', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    const twice = await cli('person', 'add', dir, '--given', 'A', '--given=B', '--email', 'ab@x.pl');
    expect(twice).toMatchObject({ code: 2, stderr: 'cal-register person add: --given is given more than once; give it once (nothing was done)\n' });
    const pl = await cli('check', dir, '--as-of', '2024-01-01', '--as-of', '2025-01-01', '--lang', 'pl');
    expect(pl.stderr).toBe('cal-register check: --as-of podano więcej niż raz; podaj tę opcję raz (nic nie zrobiono)\n');
    expect(JSON.parse((await cli('people', dir, '--json')).stdout)).toEqual([]);
    expect((await cli('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl', '--feature', 'dlp', '--feature', 'archive')).code).toBe(0);
  });
});

// Found in review: a coverage ending before the purchase was saved, and a document number kept its spaces ("fv/1 ").
describe('a purchase', () => {
  it('whose coverage would end before it was bought is refused; its document number is trimmed', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    const add = (...more: string[]) => cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '2', '--date', '2024-03-01', ...more);
    const early = await add('--document', 'FV/1', '--coverage', 'sa', '--until', '2023-01-01');
    expect(early).toMatchObject({ code: 2, stderr: 'cal-register purchase add: the values given are not valid, nothing was written — --until: the coverage cannot end before the purchase date\n' });
    const pl = await add('--document', 'FV/1', '--coverage', 'sa', '--until', '2023-01-01', '--lang', 'pl');
    expect(pl.stderr).toContain('--until: okres licencji nie może kończyć się przed datą zakupu');
    expect((await add('--document', ' fv/1 ')).code).toBe(0);
    const lots = JSON.parse((await cli('purchases', dir, '--json')).stdout) as { document: string }[];
    expect(lots.map((p) => p.document)).toEqual(['fv/1']);
  });
});
