import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

// Found in review: `assign` and the import preview count a User CAL and a Device CAL of one tier and version on one person
// as one CAL too many, while `check` counted only CALs of one product and passed them. Now `check` reports them too, with
// the same four fields in `--json` as every finding.
describe('a User CAL and a Device CAL of one tier and version on one person', () => {
  it('assign refuses, the import says so before its commit, and check reports them (EN and PL; --json as before)', async () => {
    const root = tempDir();
    const dir = join(root, 'rejestr');
    expect((await cli('init', dir, '--org', 'Firma')).code).toBe(0);
    expect((await cli('server', 'add', dir, '--name', 'EX01', '--product', 'Exchange Server 2019', '--edition', 'Standard', '--activated')).code).toBe(0);
    for (const [product, document] of [
      ['Exchange Server 2019 Standard User CAL', 'FV/1'],
      ['Exchange Server 2019 Standard Device CAL', 'FV/2'],
    ] as const) {
      expect((await cli('purchase', 'add', dir, '--product', product, '--quantity', '2', '--date', '2024-01-10', '--document', document)).code).toBe(0);
    }
    expect((await cli('person', 'add', dir, '--given', 'Anna', '--surname', 'Nowak', '--email', 'anna@przyklad.pl')).code).toBe(0);
    expect((await cli('assign', dir, '--person', 'anna@przyklad.pl', '--purchase', 'FV/1', '--date', '2024-02-01')).code).toBe(0);

    const refused = await cli('assign', dir, '--person', 'anna@przyklad.pl', '--purchase', 'FV/2', '--date', '2024-02-01', '--yes');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('One is enough, User or Device: a User CAL covers its holder on every device.');

    // A hand-kept sheet records the Device CAL all the same: said before the commit, recorded as the sheet says.
    const sheet = join(root, 'rejestr.csv');
    writeFileSync(sheet, 'Imię,Nazwisko,E-mail,Typ licencji,Nr faktury,Data przypisania\nAnna,Nowak,anna@przyklad.pl,Exchange Server 2019 Standard Device CAL,FV/2,2024-02-01\n');
    // In Polish, the products named as the catalog names them in Polish.
    expect((await cli('import', dir, sheet, '--lang', 'pl')).stderr).toContain(
      'Osoba Anna Nowak miałaby jednocześnie CAL na użytkownika i CAL na urządzenie dla Exchange Server 2019 Standard (Exchange Server 2019 Standard — CAL na użytkownika, Exchange Server 2019 Standard — CAL na urządzenie; licencje: 2)',
    );
    const imported = await cli('import', dir, sheet, '--commit');
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout + imported.stderr).toContain('warning: rejestr.csv: Anna Nowak would hold a User CAL and a Device CAL of Exchange Server 2019 Standard together');

    const json = await cli('check', dir, '--json');
    const duplicates = JSON.parse(json.stdout).findings.filter((f: { rule: string }) => f.rule === 'duplicate-assignment');
    expect(duplicates).toEqual([
      {
        rule: 'duplicate-assignment',
        severity: 'warning',
        subject: 'anna@przyklad.pl',
        message:
          'anna@przyklad.pl holds 2 active Exchange Server 2019 Standard CALs, User and Device CALs together (Exchange Server 2019 Standard User CAL, Exchange Server 2019 Standard Device CAL). One is enough: a User CAL covers its holder on every device.',
      },
    ]);
    expect((await cli('check', dir, '--lang', 'pl')).stdout).toContain(
      'anna@przyklad.pl ma aktywne licencje CAL Exchange Server 2019 Standard w liczbie 2, razem CAL na użytkownika i CAL na urządzenie (Exchange Server 2019 Standard — CAL na użytkownika, Exchange Server 2019 Standard — CAL na urządzenie).',
    );
  });
});
