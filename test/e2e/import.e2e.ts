import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invokeOk, useApp } from '../harness/app-fixture';
import { describeViolations, seriousAxeViolations } from '../harness/browser';
import { msg } from '../harness/messages';
import { AppShell } from '../harness/pages/AppShell';
import { ImportPage } from '../harness/pages/ImportPage';
import { OverviewPage } from '../harness/pages/OverviewPage';
import { SCREENSHOT_DIR } from '../harness/screenshots';
import { emailOf, writeSampleExports } from './ps51-exports';

/**
 * A purchase list with one lot of ten CALs (invoice `invoice`) and a hand-kept sheet assigning two of
 * them: Zofia Mazur's dated, Tomasz Wróbel's dated `tomaszOn` as the sheet writes it (`-`: no date).
 */
async function writeLotAndSheet(dir: string, invoice: string, tomaszOn: string): Promise<{ lots: string; sheet: string }> {
  const lots = join(dir, 'zakupy.csv');
  await writeFile(lots, `Produkt;Ilość;Data zakupu;Nr faktury\r\nExchange Server 2019 Standard User CAL;10;01.03.2024;${invoice}\r\n`);
  const sheet = join(dir, 'przydzialy.csv');
  await writeFile(
    sheet,
    'Imię;Nazwisko;E-mail;Typ licencji;Data przypisania;Nr faktury\r\n' +
      `Zofia;Mazur;z.mazur@przyklad.pl;Exchange Server 2019 Standard User CAL;04.03.2024;${invoice}\r\n` +
      `Tomasz;Wróbel;t.wrobel@przyklad.pl;Exchange Server 2019 Standard User CAL;${tomaszOn};${invoice}\r\n`,
  );
  return { lots, sheet };
}

describe('import of PowerShell 5.1 exports in the browser', () => {
  let files: { mailboxes: string; adUsers: string };
  const app = useApp('import', {
    seed: async ({ dataDir }) => {
      files = await writeSampleExports(dataDir);
    },
  });

  it('a UTF-16LE mailbox export and an AD export are detected, previewed, committed, and their people appear in the Register', async () => {
    const shell = new AppShell(app.page);
    const importPage = new ImportPage(app.page);
    expect((await readFile(files.mailboxes)).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]));
    await shell.goTo('import');
    app.bridge.dialogs.nextFiles([files.mailboxes, files.adUsers]);

    await importPage.chooseFiles();

    expect(await importPage.sheetKind('mailboxes.csv')).toBe(msg('en', 'importScreen.detected', { kind: msg('en', 'importScreen.kinds.mailboxes') }));
    expect(await importPage.sheetKind('adusers.csv')).toBe(msg('en', 'importScreen.detected', { kind: msg('en', 'importScreen.kinds.ad-users') }));
    expect(await importPage.sheet('mailboxes.csv').getByTestId('import-rows-read').textContent()).toBe('5 rows read');
    // Three user mailboxes are people; the shared and room mailboxes are recorded, not people.
    expect(await importPage.sectionCount('newPeople')).toBe(3);
    await expect.poll(() => importPage.includeBox('Łukasz Żółkiewski').isChecked()).toBe(true);
    expect(await importPage.commitButton.textContent()).toBe('Import 3 changes');
    await importPage.includeBox('Jan Kowalski').uncheck();
    expect(await importPage.commitButton.textContent()).toBe('Import 2 changes');

    await importPage.commit(async () => {
      const violations = await seriousAxeViolations(app.page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });

    expect(await importPage.done.textContent()).toContain('New people: 2.');
    expect(app.bridge.dialogs.pending().files).toBe(0);
    await importPage.openRegister();
    await app.page.getByRole('heading', { level: 1, name: msg('en', 'nav.register') }).waitFor();
    const people = app.page.getByTestId('people-table');
    await people.getByText('Łukasz Żółkiewski').waitFor();
    await people.getByText('Anna Nowak').waitFor();
    expect(await people.getByText(emailOf('anowak'), { exact: false }).count()).toBeGreaterThan(0);
    expect(await people.getByText('Jan Kowalski').count()).toBe(0);
    await shell.goTo('overview');
    expect(await new OverviewPage(app.page).count('people')).toBe(2);
  });

  it('a file not recognized: its warning shows its icon and no list bullet, and the card says what to choose instead', async () => {
    const file = join(app.dataDir, 'zly.csv');
    await writeFile(file, 'Kolor;Waga\r\nczerwony;12\r\n');
    const importPage = new ImportPage(app.page);
    await new AppShell(app.page).goTo('import');
    app.bridge.dialogs.nextFiles([file]);
    await app.page.getByRole('button', { name: msg('en', 'importScreen.choose') }).click();

    const sheet = importPage.sheet('zly.csv');
    await sheet.waitFor();
    expect(await sheet.getAttribute('data-status')).toBe('unknown');
    const warnings = sheet.getByTestId('import-sheet-warnings');
    expect(await warnings.evaluate((list) => getComputedStyle(list).listStyleType)).toBe('none');
    expect(await warnings.textContent()).toBe(msg('en', 'importFile.warning.unknownFile', { file: 'zly.csv' }));
    expect(await sheet.getByTestId('import-unknown-hint').textContent()).toBe(msg('en', 'importScreen.unknownHint'));
  });

  it('a hand-kept register sheet with an unrecognized license column is read once the user maps that column', async () => {
    const file = join(app.dataDir, 'rejestr.csv');
    await writeFile(file, 'Lp.;Imię;Nazwisko;Rodzaj;Uwagi\r\n1;Anna;Nowak;Exchange Server 2019 Standard User CAL;\r\n2;Jan;Kowalski;Exchange Server 2019 Standard User CAL;laptop\r\n');
    const importPage = new ImportPage(app.page);
    await new AppShell(app.page).goTo('import');
    app.bridge.dialogs.nextFiles([file]);
    await app.page.getByRole('button', { name: msg('en', 'importScreen.choose') }).click();

    const sheet = importPage.sheet('rejestr.csv');
    await sheet.getByRole('form', { name: msg('en', 'importScreen.mapping.title') }).waitFor();
    expect(await sheet.getAttribute('data-status')).toBe('needs-mapping');
    await sheet.getByRole('combobox', { name: msg('en', 'importScreen.mapping.fieldFor', { header: 'Rodzaj' }) }).selectOption('licenseType');
    await sheet.getByRole('button', { name: msg('en', 'importScreen.mapping.apply') }).click();

    await expect.poll(() => sheet.getAttribute('data-status')).toBe('ok');
    expect(await sheet.getByTestId('import-rows-read').textContent()).toBe('2 rows read');
    expect(await importPage.sectionCount('newPeople')).toBe(2);
    expect(app.bridge.calls.find((c) => c.channel === 'importRemap')?.input).toMatchObject({ fileName: 'rejestr.csv', mapping: { Rodzaj: 'licenseType', Imię: 'givenName', Nazwisko: 'surname' } });
  });

  it('an assignment of a person left out of the import says it will not be recorded, and the commit does not count it', async () => {
    const { lots, sheet } = await writeLotAndSheet(app.dataDir, 'FV/2024/1', '05.03.2024');
    const importPage = new ImportPage(app.page);
    await new AppShell(app.page).goTo('import');
    app.bridge.dialogs.nextFiles([lots]);
    await importPage.chooseFiles();
    await importPage.commit();
    await app.page.getByRole('button', { name: msg('en', 'importScreen.done.again') }).click();

    app.bridge.dialogs.nextFiles([sheet]);
    await importPage.chooseFiles();
    const held = importPage.section('assignments').getByTestId('assignment-held-back');
    expect(await held.count()).toBe(0);
    expect(await importPage.commitButton.textContent()).toBe('Import 4 changes');
    await importPage.section('newPeople').getByRole('checkbox', { name: msg('en', 'importScreen.preview.include', { name: 'Tomasz Wróbel' }) }).uncheck();
    await held.waitFor();
    expect(await held.allTextContents()).toEqual([msg('en', 'importScreen.assignment.heldBack.person-left-out')]);
    // Zofia and her assignment; Tomasz's assignment still ticked, but it cannot be recorded without him.
    expect(await importPage.commitButton.textContent()).toBe('Import 2 changes');
    await importPage.commit();
    expect(await importPage.done.textContent()).toContain('Assignments: 1 new');
  });
});

describe('an AD export that renames a person the register has', () => {
  const app = useApp('import-rename', { browser: 'blank' });

  it('shows the new surname and login as changes in Polish, axe clean, and the commit records them', async () => {
    const anna = await invokeOk(app.bridge, 'personSave', { givenName: 'Anna', surname: 'Nowak', email: 'a.nowak@przyklad.pl', login: 'anowak' });
    const ad = join(app.dataDir, 'adusers.csv');
    await writeFile(ad, '"GivenName","Surname","SamAccountName","UserPrincipalName","mail","Enabled"\r\n"Anna","Kowalska","akowalska","akowalska@przyklad.local","a.nowak@przyklad.pl","True"\r\n');
    await app.open();
    const shell = new AppShell(app.page);
    await shell.switchLanguage('pl');
    await shell.goTo('import');
    app.bridge.dialogs.nextFiles([ad]);
    const importPage = new ImportPage(app.page, 'pl');
    await importPage.chooseFiles();
    const change = (field: string, before: string, after: string) => app.page.getByRole('group', { name: msg('pl', 'importScreen.change', { field: msg('pl', `importScreen.facts.${field}`), before, after }) });
    await change('surname', 'Nowak', 'Kowalska').waitFor();
    await change('login', 'anowak', 'akowalska').waitFor();
    const violations = await seriousAxeViolations(app.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await app.page.screenshot({ path: join(SCREENSHOT_DIR, 'import-rename-pl.png') });
    await importPage.commit();
    const { people } = await invokeOk<{ people: { id: string; surname: string; login: string }[] }>(app.bridge, 'peopleList', {});
    expect(people.find((p) => p.id === anna.id)).toMatchObject({ surname: 'Kowalska', login: 'akowalska' });
  });
});

describe('a hand-kept sheet without assignment dates', () => {
  const app = useApp('import-assumed');

  it('after the commit, says how many assignments were recorded with the purchase date, axe clean', async () => {
    const { lots, sheet } = await writeLotAndSheet(app.dataDir, 'FV/2024/7', '-');
    const importPage = new ImportPage(app.page);
    await new AppShell(app.page).goTo('import');
    app.bridge.dialogs.nextFiles([lots, sheet]);
    await importPage.chooseFiles();
    await importPage.commit();
    // Focus is not left on the page's body when the preview and the dialog go: it is on the message that says what was done.
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.closest('[data-testid="import-done"]') !== null)).toBe(true);
    const assumed = importPage.done.getByTestId('import-done-assumed-dates');
    expect(await assumed.textContent()).toBe('1 new assignment had no date in its sheet and was recorded with the purchase date (or today’s): check it in the Register.');
    // The confirmation closes with an animation, during which the page behind it is still aria-hidden.
    await app.page.getByTestId('import-confirm').waitFor({ state: 'detached' });
    const violations = await seriousAxeViolations(app.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await app.page.screenshot({ path: join(SCREENSHOT_DIR, 'import-assumed-dates-en.png') });
  });
});

describe('a new account of someone whose old one is gone', () => {
  const app = useApp('import-same-person', { browser: 'blank' });

  it('is asked about once in Polish, axe clean; answered "same person", the next import of the same exports finds them by it and asks nothing', async () => {
    const jan = await invokeOk(app.bridge, 'personSave', { givenName: 'Jan', surname: 'Kowalski', email: emailOf('jkowalski'), login: 'jkowalski' });
    const exports = await writeSampleExports(app.dataDir, [{ given: 'Jan', surname: 'Kowalski', login: 'jkowalski2', type: 'UserMailbox', enabled: true, department: 'Zarząd' }]);
    await app.open();
    const shell = new AppShell(app.page);
    await shell.switchLanguage('pl');
    await shell.goTo('import');
    const importPage = new ImportPage(app.page, 'pl');
    app.bridge.dialogs.nextFiles([exports.mailboxes, exports.adUsers]);
    await importPage.chooseFiles();

    expect(await importPage.sectionCount('ambiguous')).toBe(1);
    const decision = app.page.getByRole('radiogroup', { name: msg('pl', 'importScreen.ambiguous.decision', { name: 'Jan Kowalski' }) });
    const question = await decision.evaluate((group) => document.getElementById(group.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(question).toContain(msg('pl', 'importScreen.ambiguous.mergeFollows'));
    const violations = await seriousAxeViolations(app.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await app.page.screenshot({ path: join(SCREENSHOT_DIR, 'import-same-person-pl.png') });
    await decision.getByRole('radio', { name: msg('pl', 'importScreen.ambiguous.merge', { name: 'Jan Kowalski', email: emailOf('jkowalski') }) }).check();
    await importPage.commit();
    const { people } = await invokeOk<{ people: { id: string; email: string; login: string }[] }>(app.bridge, 'peopleList', {});
    expect(people).toEqual([expect.objectContaining({ id: jan.id, email: emailOf('jkowalski2'), login: 'jkowalski2' })]);

    await shell.goTo('overview');
    await shell.goTo('import');
    app.bridge.dialogs.nextFiles([exports.mailboxes, exports.adUsers]);
    await importPage.chooseFiles();
    await expect.poll(() => importPage.section('updatedPeople').count()).toBe(0);
    expect(await importPage.section('ambiguous').count()).toBe(0);
    expect(await importPage.section('newPeople').count()).toBe(0);
  });
});

describe('the app’s own audit workbook, imported into a new register', () => {
  const app = useApp('import-audit-workbook', { browser: 'blank' });

  it('reads its Register, Purchases and Servers sheets, sets its reports aside as "Not read: a report" in Polish, axe clean, and the CAL given back stays given back', async () => {
    const lot = await invokeOk<{ id: string }>(app.bridge, 'purchaseSave', { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document: 'FV/2024/03/17' });
    const anna = await invokeOk<{ id: string }>(app.bridge, 'personSave', { givenName: 'Anna', surname: 'Nowak', email: 'a.nowak@przyklad.pl' });
    const jan = await invokeOk<{ id: string }>(app.bridge, 'personSave', { givenName: 'Jan', surname: 'Kowalski', email: 'j.kowalski@przyklad.pl' });
    const verification = { accountEnabled: true, hasMailbox: true };
    const given = await invokeOk<{ id: string }>(app.bridge, 'assignmentCreate', { personId: anna.id, purchaseId: lot.id, assignedOn: '2024-03-04', verification });
    await invokeOk(app.bridge, 'assignmentRelease', { assignmentId: given.id, releasedOn: '2024-06-28', reason: 'left' });
    await invokeOk(app.bridge, 'assignmentCreate', { personId: jan.id, purchaseId: lot.id, assignedOn: '2024-07-01', verification });
    const workbook = join(app.dataDir, 'audyt.xlsx');
    app.bridge.dialogs.nextSavePath(workbook);
    await invokeOk(app.bridge, 'exportWorkbook', { lang: 'pl', preparedBy: 'Anna Nowak', asOf: '2024-12-31', sheets: ['summary', 'register', 'history', 'purchases', 'servers', 'findings'] });
    app.bridge.dialogs.nextFolder(join(app.dataDir, 'odtworzony'));
    await invokeOk(app.bridge, 'registerNew', {});

    await app.open();
    const shell = new AppShell(app.page);
    await shell.switchLanguage('pl');
    await shell.goTo('import');
    const importPage = new ImportPage(app.page, 'pl');
    app.bridge.dialogs.nextFiles([workbook]);
    await importPage.chooseFiles();
    const statuses = await app.page.getByTestId('import-sheet').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-status')));
    expect(statuses).toEqual(['set-aside', 'ok', 'set-aside', 'ok', 'ok', 'set-aside']);
    await app.page.getByText(msg('pl', 'importScreen.status.set-aside')).first().waitFor();
    expect(await importPage.sectionCount('newPeople')).toBe(2);
    const violations = await seriousAxeViolations(app.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await importPage.commit();

    const { people } = await invokeOk<{ people: { surname: string; activeCals: unknown[] }[] }>(app.bridge, 'peopleList', {});
    expect(people.map((p) => [p.surname, p.activeCals.length]).sort()).toEqual([
      ['Kowalski', 1],
      ['Nowak', 0],
    ]);
  });
});
