import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

/** Windows PowerShell 5.1 `Export-Csv -Encoding Unicode`: UTF-16LE with BOM, #TYPE line, every value quoted, CRLF. */
function ps51Csv(type: string, headers: string[], rows: string[][]): Buffer {
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const text = [`#TYPE ${type}`, headers.map(quote).join(','), ...rows.map((r) => r.map(quote).join(','))].join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

const mailboxHeaders = ['DisplayName', 'Alias', 'PrimarySmtpAddress', 'UserPrincipalName', 'SamAccountName', 'RecipientTypeDetails', 'ArchiveStatus', 'ArchiveState', 'LitigationHoldEnabled', 'InPlaceHolds', 'WhenCreated', 'Database'];
const mailbox = (name: string, login: string, type: string, archive = 'None', hold = 'False') => [name, login, `${login}@przyklad.pl`, `${login}@przyklad.pl`, login, type, archive, archive === 'Active' ? 'Local' : 'None', hold, '', '04.11.2024 09:15:00', 'DB01'];

const mailboxes = [
  mailbox('Łukasz Żółkiewski', 'lzolkiewski', 'UserMailbox'),
  mailbox('Anna Nowak', 'anowak', 'UserMailbox', 'Active'),
  mailbox('Jan Kowalski', 'jkowalski', 'UserMailbox', 'None', 'True'),
  mailbox('Ewa Wiśniewska', 'ewisniewska', 'UserMailbox'),
  mailbox('Piotr Zieliński', 'pzielinski', 'LinkedMailbox'),
  mailbox('Biuro', 'biuro', 'SharedMailbox'),
  mailbox('Sala Konferencyjna', 'sala1', 'RoomMailbox'),
  mailbox('Projektor', 'projektor', 'EquipmentMailbox'),
  mailbox('Discovery Search Mailbox', 'DiscoverySearchMailbox{D919BA05-46A6-415f-80AD-7E09334BB852}', 'DiscoveryMailbox'),
  mailbox('Microsoft Exchange', 'SystemMailbox{1f05a927-1234-4a5b-9c3d-000000000001}', 'ArbitrationMailbox'),
];

const adHeaders = ['GivenName', 'Surname', 'SamAccountName', 'UserPrincipalName', 'mail', 'Enabled', 'LastLogonDate', 'whenCreated', 'Department', 'Title'];
const adUsers = [
  ['Łukasz', 'Żółkiewski', 'lzolkiewski', 'lzolkiewski@przyklad.pl', 'lzolkiewski@przyklad.pl', 'True', '20.11.2026 08:00:00', '01.02.2020 10:00:00', 'IT', 'Admin'],
  ['Anna', 'Nowak', 'anowak', 'anowak@przyklad.pl', 'anowak@przyklad.pl', 'True', '', '', 'Księgowość', ''],
  ['Jan', 'Kowalski', 'jkowalski', 'jkowalski@przyklad.pl', 'jkowalski@przyklad.pl', 'True', '', '', 'Zarząd', ''],
  ['Ewa', 'Wiśniewska', 'ewisniewska', 'ewisniewska@przyklad.pl', 'ewisniewska@przyklad.pl', 'False', '', '', 'Sprzedaż', ''],
  ['Piotr', 'Zieliński', 'pzielinski', 'pzielinski@przyklad.pl', 'pzielinski@przyklad.pl', 'True', '', '', 'Sprzedaż', ''],
  ['', '', 'HealthMailbox0a1b2c', 'HealthMailbox0a1b2c@przyklad.pl', '', 'True', '', '', '', ''],
];

let dir: string;
let files: { mailboxes: string; adUsers: string };

beforeEach(async () => {
  const root = tempDir();
  dir = join(root, 'register');
  files = { mailboxes: join(root, 'mailboxes.csv'), adUsers: join(root, 'adusers.csv') };
  writeFileSync(files.mailboxes, ps51Csv('Selected.Microsoft.Exchange.Data.Directory.Management.Mailbox', mailboxHeaders, mailboxes));
  writeFileSync(files.adUsers, ps51Csv('Selected.Microsoft.ActiveDirectory.Management.ADUser', adHeaders, adUsers));
  expect((await cli('init', dir, '--org', 'Przykład Sp. z o.o.')).code).toBe(0);
  expect((await cli('server', 'add', dir, '--name', 'EX01', '--product', 'Exchange Server 2019', '--edition', 'Standard', '--activated')).code).toBe(0);
  expect((await cli('purchase', 'add', dir, '--product', 'Exchange Server 2019 Standard User CAL', '--quantity', '3', '--date', '2024-03-01', '--document', 'FV/2024/03/17')).code).toBe(0);
});

describe('files that cannot be read', () => {
  it('every one is named on a line of its own, and nothing is imported', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'empty.csv'), '');
    writeFileSync(join(root, 'bad.csv'), 'a,"b\n');
    const result = await cli('import', dir, files.mailboxes, join(root, 'empty.csv'), join(root, 'bad.csv'), '--commit');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('empty.csv: the file is empty\nbad.csv: unbalanced quotes near line 1');
    expect((await cli('people', dir, '--json')).stdout).toBe('[]\n');
  });
});

describe('import preview only reads', () => {
  it('a preview runs while the app holds the register, and neither upgrades an older register nor backs it up; --commit does both', async () => {
    const old = join(tempDir(), 'stary');
    mkdirSync(old);
    copyFileSync(join(__dirname, '../../fixtures/registers/v1/register.json'), join(old, 'register.json'));
    const bytes = readFileSync(join(old, 'register.json'));
    const listing = () => readdirSync(old, { recursive: true }).map(String).sort();
    const before = listing();
    const preview = await cli('import', old, files.mailboxes, '--json');
    expect(preview.code).toBe(0);
    expect(JSON.parse(preview.stdout)).toMatchObject({ committed: false });
    expect(readFileSync(join(old, 'register.json')).equals(bytes)).toBe(true);
    expect(listing()).toEqual(before);

    // Held by the app: the preview still runs; the commit is refused by the lock.
    writeFileSync(join(dir, 'register.lock'), JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString(), instance: 'the-app' }));
    expect((await cli('import', dir, files.mailboxes, files.adUsers)).code).toBe(0);
    expect((await cli('import', dir, files.mailboxes, files.adUsers, '--commit')).code).toBe(3);
    rmSync(join(dir, 'register.lock'));

    expect((await cli('import', old, files.mailboxes, '--commit')).code).toBe(0);
    expect(readdirSync(join(old, 'backups')).length).toBeGreaterThan(0);
  });
});

describe('import then check', () => {
  it('check in Polish names products and Enterprise features in Polish; dates stay ISO as everywhere in the CLI', async () => {
    expect((await cli('import', dir, files.mailboxes, files.adUsers, '--commit')).code).toBe(0);
    const pl = await cli('check', dir, '--lang', 'pl', '--as-of', '2026-11-25');
    expect(pl.stdout).toContain('Exchange Server 2019 Standard — CAL na użytkownika');
    expect(pl.stdout).toContain('korzysta z funkcji Enterprise (archiwum skrzynki)');
    expect(pl.stdout).not.toMatch(/User CAL|\(archive\)/);
  });

  /** Adds a person to the register, then previews the import of both exports in English and in Polish. */
  async function previewsWith(given: string, surname: string, email: string): Promise<{ english: string; polish: string }> {
    expect((await cli('person', 'add', dir, '--given', given, '--surname', surname, '--email', email)).code).toBe(0);
    const english = await cli('import', dir, files.mailboxes, files.adUsers);
    expect(english.code, english.stderr).toBe(0);
    return { english: english.stderr, polish: (await cli('import', dir, files.mailboxes, files.adUsers, '--lang', 'pl')).stderr };
  }

  it('a person matched by name only is named with the candidates, and nothing is merged by the CLI', async () => {
    // Jan Kowalski is in the register under another e-mail: the mailbox export's jkowalski@ matches him by name alone.
    const { english, polish } = await previewsWith('Jan', 'Kowalski', 'jan.k@inna.pl');
    expect(english).toContain('ambiguous, skipped: Jan Kowalski <jkowalski@przyklad.pl> matches Jan Kowalski <jan.k@inna.pl> by name only;');
    expect(polish).toContain('niejednoznaczne, pominięte: Jan Kowalski <jkowalski@przyklad.pl> pasuje tylko po imieniu i nazwisku do: Jan Kowalski <jan.k@inna.pl>;');
  });

  // Found in review: --json gave only the number of such matches, and two candidates known by name alone read the same.
  it('a name-only match is listed in --json with the candidates’ ids, and a candidate with no e-mail or login is named with its id', async () => {
    expect((await cli('person', 'add', dir, '--given', 'Jan', '--surname', 'Kowalski')).code).toBe(0);
    const json = await cli('import', dir, files.mailboxes, files.adUsers, '--json');
    expect(json.code, json.stderr).toBe(0);
    const people = JSON.parse((await cli('people', dir, '--json')).stdout) as { id: string; email: string }[];
    const jan = people.find((p) => p.email === '')!;
    expect(JSON.parse(json.stdout).ambiguousMatches).toEqual([
      { incoming: expect.objectContaining({ givenName: 'Jan', surname: 'Kowalski', email: 'jkowalski@przyklad.pl' }), candidates: [{ personId: jan.id, name: 'Jan Kowalski', email: '', login: '' }] },
    ]);
    expect(json.stderr).toContain(`matches Jan Kowalski [${jan.id}] by name only`);
  });

  // Found in review: the CLI said "1 no longer in the directory" without saying who.
  it('people the directory no longer has are named, in English and in Polish, and listed in --json', async () => {
    const { english, polish } = await previewsWith('Marta', 'Dąbrowska', 'mdabrowska@przyklad.pl');
    expect(english).toContain('no longer in the directory: Marta Dąbrowska <mdabrowska@przyklad.pl>; the import marks them as not seen in the latest export');
    expect(polish).toContain('nie ma już w katalogu: Marta Dąbrowska <mdabrowska@przyklad.pl>;');
    const json = JSON.parse((await cli('import', dir, files.mailboxes, files.adUsers, '--json')).stdout);
    expect(json.missingPeople).toBe(1);
    expect(json.missing).toEqual([{ personId: expect.any(String), name: 'Marta Dąbrowska', email: 'mdabrowska@przyklad.pl', login: '' }]);
  });

  it('import without --commit previews and writes nothing', async () => {
    const before = readFileSync(join(dir, 'register.json'));
    const preview = await cli('import', dir, files.mailboxes, files.adUsers, '--json');
    expect(preview.code, preview.stderr).toBe(0);
    const json = JSON.parse(preview.stdout);
    expect(json.committed).toBe(false);
    expect(json.newPeople).toBe(5);
    expect(readFileSync(join(dir, 'register.json')).equals(before)).toBe(true);
  });

  it('check counts exactly the mailboxes that need a CAL, flags disabled and Enterprise-feature users, and reports the shortfall', async () => {
    const imported = await cli('import', dir, files.mailboxes, files.adUsers, '--commit');
    expect(imported.code, imported.stderr).toBe(0);
    const check = await cli('check', dir, '--json', '--as-of', '2026-11-25');
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout);
    // 4 UserMailbox + 1 LinkedMailbox need a Standard CAL (the disabled one too); shared, room, equipment, discovery, arbitration do not.
    expect(report.inventory).toEqual({ mailboxes: 10, needCal: 5, exempt: 5, disabledWithMailbox: 1, enterpriseFeatureUsers: 2 });
    const standard = report.position.find((p: { product: string }) => p.product === 'Exchange Server 2019 Standard User CAL');
    expect(standard).toMatchObject({ purchased: 3, required: 5, shortfall: 2, surplus: 0 });
    const rules = report.findings.map((f: { rule: string; subject: string }) => `${f.rule} ${f.subject}`);
    expect(rules).toContain('cal-shortfall Exchange Server 2019 Standard User CAL');
    expect(rules).toContain('disabled-account-with-mailbox ewisniewska@przyklad.pl');
    expect(rules.filter((r: string) => r.startsWith('enterprise-feature-without-enterprise-cal'))).toHaveLength(2);
    expect(rules.filter((r: string) => r.startsWith('mailbox-without-cal'))).toHaveLength(5);
    expect(rules.some((r: string) => /biuro|sala1|projektor|Discovery|SystemMailbox|HealthMailbox/i.test(r) && r.startsWith('mailbox-without-cal'))).toBe(false);
  });

  it('importing the same exports again says nothing changed, in the text and in --json', async () => {
    expect((await cli('import', dir, files.mailboxes, files.adUsers, '--commit')).code).toBe(0);
    const again = await cli('import', dir, files.mailboxes, files.adUsers, '--commit', '--json');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('Imported: new people: 0, updated: 0, no longer in the directory: 0, ambiguous: 0 (skipped if any), servers: 0, purchases: 0, assignments: 0, released: 0.');
    const json = JSON.parse(again.stdout);
    expect([json.newPeople, json.updatedPeople, json.assignments, json.result.updatedPeople, json.result.assignments]).toEqual([0, 0, 0, 0, 0]);
  });

  it('a hand-kept register imported again with an end date releases that CAL once; further imports add nothing', async () => {
    const sheet = (rows: string[]) => {
      const path = join(tempDir(), 'rejestr.csv');
      writeFileSync(path, ['Imię;Nazwisko;E-mail;Typ licencji;Nr faktury;Data przydzielenia;Data zwolnienia', ...rows].join('\r\n') + '\r\n');
      return path;
    };
    const jan = 'Jan;Kowalski;jkowalski@przyklad.pl;Exchange Server 2019 Standard User CAL;FV/2024/03/17;01.03.2024';
    const anna = 'Anna;Nowak;anowak@przyklad.pl;Exchange Server 2019 Standard User CAL;FV/2024/03/17;02.03.2024;';
    expect((await cli('import', dir, sheet([`${jan};`, anna]), '--commit')).code).toBe(0);
    const ended = sheet([`${jan};30.06.2025`, anna]);
    const preview = await cli('import', dir, ended);
    expect(preview.stderr).toContain('purchases: 0, assignments: 0, to release: 1.');
    for (let i = 0; i < 3; i++) expect((await cli('import', dir, ended, '--commit')).code).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'register.json'), 'utf8')) as { assignments: { columns: string[]; rows: unknown[][] } };
    const at = (name: string) => doc.assignments.columns.indexOf(name);
    expect(doc.assignments.rows.map((r) => [r[at('assignedOn')], r[at('releasedOn')]])).toEqual([
      ['2024-03-01', '2025-06-30'],
      ['2024-03-02', null],
    ]);
  });

  it('says why rows were skipped and what a sheet warns of, in the text and in --json', async () => {
    const lots = join(tempDir(), 'zakupy.csv');
    writeFileSync(lots, 'Produkt;Ilość;Data zakupu;Nr faktury\r\nExchange Server 2019 Standard User CAL;2,5;01.03.2024;FV/1\r\nExchange Server 2019 Standard User CAL;5;01.04.2024;FV/2\r\nRazem;7,5;;\r\n');
    const text = await cli('import', dir, lots);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stderr).toContain('skipped: zakupy.csv:2: quantity "2,5"');
    expect(text.stderr).toMatch(/skipped: zakupy\.csv:4: .*total/i);
    const json = JSON.parse((await cli('import', dir, lots, '--json')).stdout);
    expect(json.sheets[0].skipped.map((k: { line: number }) => k.line)).toEqual([2, 4]);
    const thousand = join(tempDir(), 'mailboxes.csv');
    writeFileSync(thousand, ps51Csv('Selected.Microsoft.Exchange.Data.Directory.Management.Mailbox', mailboxHeaders, Array.from({ length: 1000 }, (_, i) => mailbox(`Osoba ${i}`, `osoba${i}`, 'UserMailbox'))));
    const cut = await cli('import', dir, thousand, '--lang', 'pl');
    expect(cut.stderr).toContain('ostrzeżenie: mailboxes.csv: Eksport skrzynek ma dokładnie 1000 wierszy');
  });

  // Found in review: a column left unmapped and an assignment dated from its purchase went by without a word in the CLI.
  it('names the columns of a hand-kept sheet that no field reads, and each assignment dated from its purchase, in the text and in --json', async () => {
    const sheet = join(tempDir(), 'rejestr.csv');
    const rows = ['Lp.;Imię;Nazwisko;Skrzynka;Typ licencji;Data przypisania;Nr faktury', '1;Anna;Nowak;a.nowak@przyklad.pl;Exchange Server 2019 Standard User CAL;02.03.2024;FV/2024/03/17', '2;Jan;Kowalski;jkowalski@przyklad.pl;Exchange Server 2019 Standard User CAL;-;FV/2024/03/17'];
    writeFileSync(sheet, rows.join('\r\n') + '\r\n');
    // "Skrzynka" matches no field; "Lp." only numbers the rows and is not named.
    const text = await cli('import', dir, sheet);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stderr).toContain('not read: rejestr.csv: columns "Skrzynka" hold values that no field takes');
    expect(text.stderr).toContain('no date: rejestr.csv:3: Jan Kowalski — the sheet gives no assignment date; 2024-03-01 (the purchase date, or today) is recorded in its place');
    expect(text.stderr).not.toContain('rejestr.csv:2: Anna');
    const json = JSON.parse((await cli('import', dir, sheet, '--json')).stdout);
    expect(json.sheets[0].unusedColumns).toEqual(['Skrzynka']);
    expect(json.assumedDates).toEqual([{ file: 'rejestr.csv', line: 3, person: 'Jan Kowalski', assignedOn: '2024-03-01' }]);
    // A row the CLI will not record (its person matched by name only) is not said to be recorded with an assumed date.
    expect((await cli('person', 'add', dir, '--given', 'Ewa', '--surname', 'Wójcik', '--email', 'e.wojcik@przyklad.pl')).code).toBe(0);
    const undecided = join(tempDir(), 'rejestr2.csv');
    writeFileSync(undecided, ['Imię;Nazwisko;Typ licencji;Data przypisania;Nr faktury', 'Ewa;Wójcik;Exchange Server 2019 Standard User CAL;-;FV/2024/03/17'].join('\r\n') + '\r\n');
    const held = await cli('import', dir, undecided, '--json');
    expect(held.stderr).toContain('ambiguous, skipped');
    expect(held.stderr).not.toContain('no date:');
    expect(JSON.parse(held.stdout).assumedDates).toEqual([]);
  });

  // Found in review: a column with no header (under a merged or a two-row header) held end dates that were dropped without a word.
  it('names a column with no header that holds values by its letter, in the text and in --json', async () => {
    const sheet = join(tempDir(), 'rejestr.csv');
    const rows = ['Imię;Nazwisko;Typ licencji;Data przypisania;;Nr faktury', 'Anna;Nowak;Exchange Server 2019 Standard User CAL;02.03.2024;30.09.2024;FV/2024/03/17'];
    writeFileSync(sheet, rows.join('\r\n') + '\r\n');
    const text = await cli('import', dir, sheet);
    expect(text.stderr).toContain('not read: rejestr.csv: columns E (no header: give it one in the sheet to map it) hold values');
    expect(JSON.parse((await cli('import', dir, sheet, '--json')).stdout).sheets[0].unusedColumns).toEqual(['(E)']);
    expect((await cli('import', dir, sheet, '--lang', 'pl')).stderr).toContain('kolumny E (bez nagłówka: nadaj mu nagłówek w arkuszu, aby go przypisać)');
  });

  it('a workbook with a price list beside the register: refused with the way out, then imported with --skip naming the sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Rejestr').addRows([
      ['Imię', 'Nazwisko', 'E-mail', 'Typ licencji', 'Nr faktury'],
      ['Anna', 'Nowak', 'anowak@przyklad.pl', 'Exchange Server 2019 Standard User CAL', 'FV/2024/03/17'],
    ]);
    workbook.addWorksheet('Cennik').addRows([
      ['Produkt', 'Cena netto', 'Cena brutto'],
      ['Exchange Server 2019 Standard User CAL', '350', '430,50'],
    ]);
    const path = join(tempDir(), 'rejestr.xlsx');
    await workbook.xlsx.writeFile(path);
    const refused = await cli('import', dir, path);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('or leave such a sheet out: --skip "Cennik"');
    const skipped = await cli('import', dir, path, '--skip', 'cennik', '--commit');
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(skipped.stderr).toContain('left out (--skip): rejestr.xlsx [Cennik]');
    expect(skipped.stderr).toContain('assignments: 1');
    const unknown = await cli('import', dir, path, '--skip', 'Ceny');
    expect([unknown.code, unknown.stderr]).toEqual([2, 'cal-register import: --skip names no sheet or file given: Ceny\n']);
  });

  it('a --map header that no sheet has is refused as the typo it is; a sheet nobody recognises is named with its headers and the fields --map takes', async () => {
    const sheet = join(tempDir(), 'lista.csv');
    writeFileSync(sheet, 'Kto;Skrzynka;Licencja\r\nAnna Nowak;anowak@przyklad.pl;Exchange Server 2019 Standard User CAL\r\n');
    const typo = await cli('import', dir, sheet, '--map', 'Kot=fullName,Skrzynka=email,Licencja=licenseType');
    expect([typo.code, typo.stderr]).toEqual([2, 'cal-register import: Mapping "Kot=fullName" names a column the sheet does not have\n']);
    const colours = join(tempDir(), 'kolory.csv');
    writeFileSync(colours, 'Kolor;Rozmiar\r\nczerwony;M\r\n');
    const unknown = await cli('import', dir, colours);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('kolory.csv (headers: Kolor, Rozmiar)');
    expect(unknown.stderr).toMatch(/--map "Header=field,…"; register fields: givenName, surname, .*licenseType/);
  });

  // Found in review: a pair without "=" (or an empty --map) was dropped without a word, and the preview ran as if it had not been given.
  it('a --map pair that is no Header=field pair, or a --map with nothing in it, is refused by its words in English and Polish', async () => {
    const sheet = join(tempDir(), 'lista.csv');
    writeFileSync(sheet, 'Kto;Skrzynka;Licencja\r\nAnna Nowak;anowak@przyklad.pl;Exchange Server 2019 Standard User CAL\r\n');
    const before = readFileSync(join(dir, 'register.json'));
    const bare = await cli('import', dir, sheet, '--map', 'Kto=fullName,Skrzynka,=email,Licencja=licenseType', '--commit');
    expect([bare.code, bare.stderr]).toEqual([2, 'cal-register import: --map takes Header=field pairs separated by commas; not one: "Skrzynka", "=email"\n']);
    const pl = await cli('import', dir, sheet, '--map', 'Skrzynka', '--lang', 'pl');
    expect([pl.code, pl.stderr]).toEqual([2, 'cal-register import: --map przyjmuje pary Nagłówek=pole rozdzielone przecinkami; to nie jest para: "Skrzynka"\n']);
    for (const empty of ['', ' , ']) expect(await cli('import', dir, sheet, '--map', empty), empty).toMatchObject({ code: 2, stderr: 'cal-register import: --map needs a value\n' });
    // A comma after the last pair is nothing: the mapping is taken as given.
    expect((await cli('import', dir, sheet, '--map', 'Kto=fullName,Skrzynka=email,Licencja=licenseType,')).code).toBe(0);
    expect(readFileSync(join(dir, 'register.json')).equals(before)).toBe(true);
  });

  it('a hand-kept sheet whose columns cannot be matched exits 2 naming them, and --map supplies them', async () => {
    const sheet = join(tempDir(), 'rejestr.csv');
    writeFileSync(sheet, 'Kto;Skrzynka;Licencja;Kiedy\r\nAnna Nowak;anowak@przyklad.pl;Exchange Server 2019 Standard User CAL;12.05.2022\r\n');
    const refused = await cli('import', dir, sheet);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/could not be matched/);
    const before = readFileSync(join(dir, 'register.json'));
    expect(readFileSync(join(dir, 'register.json')).equals(before)).toBe(true);
    const mapped = await cli('import', dir, sheet, '--map', 'Kto=fullName,Skrzynka=email,Licencja=licenseType,Kiedy=assignedOn', '--json');
    expect(mapped.code, mapped.stderr).toBe(0);
    expect(JSON.parse(mapped.stdout).newPeople).toBe(1);
  });

  it('a Polish preview names each sheet by what the app calls it, and says the file warnings in Polish', async () => {
    const cp1250 = join(tempDir(), 'skrzynki.csv');
    // "Łukasz" in Windows-1250 (Ł is 0xA3): not UTF-8, so the reader warns.
    writeFileSync(cp1250, Buffer.concat([Buffer.from('DisplayName,PrimarySmtpAddress,RecipientTypeDetails\n'), Buffer.from([0xa3]), Buffer.from('ukasz,l@przyklad.pl,UserMailbox\n')]));
    const result = await cli('import', dir, files.mailboxes, cp1250, '--lang', 'pl');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('mailboxes.csv: Skrzynki pocztowe (Get-Mailbox), odczytane wiersze: 10');
    expect(result.stderr).toContain('ostrzeżenie: skrzynki.csv: Plik nie jest w UTF-8; odczytano go jako Windows-1250 (środkowoeuropejskie)');
    expect(result.stderr).not.toMatch(/: mailboxes,|not UTF-8/);
  });

  it('a bad file is refused with a one-line message naming it, and the register is unchanged byte for byte', async () => {
    const bad = join(tempDir(), 'broken.xlsx');
    writeFileSync(bad, Buffer.from('PK\u0003\u0004 not really a zip'));
    const before = readFileSync(join(dir, 'register.json'));
    const result = await cli('import', dir, bad, '--commit');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('broken.xlsx');
    expect(readFileSync(join(dir, 'register.json')).equals(before)).toBe(true);
  });
});
