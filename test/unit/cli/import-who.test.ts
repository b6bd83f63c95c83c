import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

// Found in review: `import` without --commit counted new and updated people but never said who, so a preview could not be
// checked before committing it.
describe('import’s preview on the command line', () => {
  it('names each new person and what changes for each person updated, in English and Polish, and --json lists them', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '5', '--date', '2024-03-01', '--document', 'FV/1');
    await cli('person', 'add', dir, '--given', 'Jan', '--surname', 'Kowalski', '--login', 'jkowalski');
    const sheet = join(tempDir(), 'rejestr.csv');
    writeFileSync(
      sheet,
      'Imię;Nazwisko;E-mail;Login;Dział;Typ licencji;Nr faktury\r\n' +
        'Jan;Kowalski;j.kowalski@przyklad.pl;jkowalski;Sprzedaż;Exchange Server 2019 Standard User CAL;FV/1\r\n' +
        'Ewa;Wójcik;e.wojcik@przyklad.pl;;;Exchange Server 2019 Standard User CAL;FV/1\r\n',
    );
    const en = await cli('import', dir, sheet);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain('new person: Ewa Wójcik <e.wojcik@przyklad.pl>\n');
    expect(en.stderr).toContain('updated: Jan Kowalski: E-mail: — → j.kowalski@przyklad.pl; Department: — → Sprzedaż\n');
    const pl = await cli('import', dir, sheet, '--lang', 'pl');
    expect(pl.stderr).toContain('nowa osoba: Ewa Wójcik <e.wojcik@przyklad.pl>\n');
    expect(pl.stderr).toContain('zmiana: Jan Kowalski: E-mail: — → j.kowalski@przyklad.pl; Dział: — → Sprzedaż\n');
    const json = JSON.parse((await cli('import', dir, sheet, '--json')).stdout) as { added: unknown[]; updated: { name: string; changes: unknown[] }[] };
    expect(json.added).toEqual([{ givenName: 'Ewa', surname: 'Wójcik', email: 'e.wojcik@przyklad.pl', login: '', department: '' }]);
    expect(json.updated).toEqual([
      {
        personId: expect.any(String),
        name: 'Jan Kowalski',
        changes: [
          { field: 'email', before: '', after: 'j.kowalski@przyklad.pl' },
          { field: 'department', before: '', after: 'Sprzedaż' },
        ],
      },
    ]);
  });
});
