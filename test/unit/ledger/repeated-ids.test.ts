import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from '../cli/helpers';

type Table = { columns: string[]; rows: unknown[][] };

// Found in review of 12-06: a person's row copied by hand in register.json (two people, one id) was edited through the
// copy, and the edit replaced both records: the first person was gone from the register, and nothing was said.
describe('two records with one id (a row copied by hand)', () => {
  it('are changed by nothing, with the reason; the rest of the register still changes', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '5', '--date', '2024-03-01', '--document', 'FV/1');
    await cli('person', 'add', dir, '--given', 'Jan', '--surname', 'Kowalski', '--email', 'jan@x.pl');
    const file = join(dir, 'register.json');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { people: Table };
    const copy = [...doc.people.rows[0]!];
    copy[doc.people.columns.indexOf('givenName')] = 'Janina';
    copy[doc.people.columns.indexOf('email')] = 'janina@x.pl';
    doc.people.rows.push(copy);
    writeFileSync(file, JSON.stringify(doc));

    for (const change of [
      ['person', 'edit', dir, 'janina@x.pl', '--department', 'IT'],
      ['person', 'leave', dir, 'jan@x.pl', '--on', '2025-01-31'],
      ['assign', dir, '--person', 'janina@x.pl', '--purchase', 'FV/1', '--date', '2024-03-02'],
    ]) {
      const refused = await cli(...change);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('holds 2 records with the id');
      expect(refused.stderr).toContain('nothing was changed');
    }
    expect((await cli('person', 'edit', dir, 'janina@x.pl', '--department', 'IT', '--lang', 'pl')).stderr).toContain('W rejestrze jest więcej niż jeden wpis o identyfikatorze');
    const people = JSON.parse((await cli('people', dir, '--json')).stdout) as { givenName: string; email: string; department: string }[];
    expect(people.map((p) => [p.givenName, p.email, p.department])).toEqual([
      ['Jan', 'jan@x.pl', ''],
      ['Janina', 'janina@x.pl', ''],
    ]);
    expect((await cli('person', 'add', dir, '--given', 'Ewa', '--email', 'ewa@x.pl')).code).toBe(0);
  });
});

describe('two lots with one id (a row copied by hand)', () => {
  it('take no proof file: attaching it to one would list it on both', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '5', '--date', '2024-03-01', '--document', 'FV/1');
    const file = join(dir, 'register.json');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { purchases: { document: string }[] };
    doc.purchases.push({ ...doc.purchases[0]!, document: 'FV/2' });
    writeFileSync(file, JSON.stringify(doc));
    const refused = await cli('purchase', 'proof', dir, 'FV/2', '--proof', 'package.json');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('holds 2 records with the id');
    const lots = JSON.parse((await cli('purchases', dir, '--json')).stdout) as { document: string; proofs?: unknown[] }[];
    expect(lots.map((l) => l.document)).toEqual(['FV/1', 'FV/2']);
    expect(readFileSync(file, 'utf8')).not.toContain('package.json');
  });
});
