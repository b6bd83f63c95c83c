import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { invokeOk, seedVerifiedServer, useApp } from '../harness/app-fixture';
import { describeViolations, seriousAxeViolations, VIEWPORT } from '../harness/browser';
import { AppShell } from '../harness/pages/AppShell';
import { ComplianceDashboard } from '../harness/pages/ComplianceDashboard';
import { ExportPage } from '../harness/pages/ExportPage';
import { FindingsPage } from '../harness/pages/FindingsPage';
import { ImportPage } from '../harness/pages/ImportPage';
import { OverviewPage } from '../harness/pages/OverviewPage';
import { saveScreenshot } from '../harness/screenshots';
import { emailOf, samplePeople, writeSampleExports, type SamplePerson } from './ps51-exports';

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

const morePeople: SamplePerson[] = [
  ...samplePeople,
  { given: 'Ewa', surname: 'Wiśniewska', login: 'ewisniewska', type: 'UserMailbox', enabled: false, department: 'Sprzedaż' },
  { given: 'Piotr', surname: 'Zieliński', login: 'pzielinski', type: 'UserMailbox', enabled: true, department: 'Sprzedaż' },
  { given: 'Katarzyna', surname: 'Wójcik', login: 'kwojcik', type: 'UserMailbox', enabled: true, department: 'Kadry' },
];

// The README screenshots of the Import, Findings, Export screens and the compliance dashboard, EN and PL, each checked with axe.
describe('documentation screenshots of import, compliance, findings and export', () => {
  const app = useApp('feature-shots', {
    scope: 'describe',
    seed: async ({ bridge }) => {
      await seedVerifiedServer(bridge, 'Anna Nowak');
      await invokeOk(bridge, 'purchaseSave', { productId: 'exchange-2019-standard-user-cal', quantity: 4, date: '2024-03-01', vendor: 'KluczeSoft', document: 'FV/2024/03/17' });
    },
  });
  let shell: AppShell;

  const shoot = async (name: string) => {
    await app.page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1);
    const path = await saveScreenshot(app.page, name);
    expect(pngSize(await readFile(path))).toEqual(VIEWPORT);
    // The populated screen, not only its empty state, passes axe.
    const violations = await seriousAxeViolations(app.page);
    expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
  };
  const inLanguage = async (language: 'en' | 'pl') => {
    if ((await shell.language()) !== language) await shell.switchLanguage(language);
  };

  beforeAll(async () => {
    shell = new AppShell(app.page);
    await new OverviewPage(app.page).saveOrganizationName('Przykład Sp. z o.o.');
    await app.open();
  });

  it('the Import screen with a preview of a PowerShell 5.1 mailbox and AD export', async () => {
    const files = await writeSampleExports(app.dataDir, morePeople);
    await shell.goTo('import');
    app.bridge.dialogs.nextFiles([files.mailboxes, files.adUsers]);
    await new ImportPage(app.page).chooseFiles();
    await shoot('import-en');
    await inLanguage('pl');
    await new ImportPage(app.page, 'pl').preview.waitFor();
    await shoot('import-pl');
    await new ImportPage(app.page, 'pl').commit();
    await inLanguage('en');
  });

  it('the Overview compliance dashboard after the import and two assignments', async () => {
    const rows = (await app.bridge.core.invoke('peopleList', {})) as { ok: true; value: { people: { id: string; email: string }[] } };
    const purchases = (await app.bridge.core.invoke('purchasesList', {})) as { ok: true; value: { id: string }[] };
    for (const login of ['lzolkiewski', 'anowak']) {
      const person = rows.value.people.find((p) => p.email === emailOf(login));
      await invokeOk(app.bridge, 'assignmentCreate', { personId: person!.id, purchaseId: purchases.value[0]!.id, assignedOn: '2024-03-04' });
    }
    await app.open();
    for (const language of ['en', 'pl'] as const) {
      await inLanguage(language);
      await shell.goTo('overview');
      await new ComplianceDashboard(app.page, language).card.waitFor();
      await shoot(`overview-dashboard-${language}`);
    }
  });

  it('the Findings screen', async () => {
    for (const language of ['en', 'pl'] as const) {
      await inLanguage(language);
      await shell.goTo('findings');
      await new FindingsPage(app.page, language).table.waitFor();
      await shoot(`findings-${language}`);
    }
  });

  it('the Export screen after saving a workbook', async () => {
    for (const language of ['en', 'pl'] as const) {
      await inLanguage(language);
      await shell.goTo('export');
      const exportPage = new ExportPage(app.page, language);
      await exportPage.preparedBy.fill('Anna Nowak');
      app.bridge.dialogs.nextSavePath(join(app.dataDir, `audit-${language}.xlsx`));
      await exportPage.save();
      await exportPage.done.waitFor();
      await shoot(`export-${language}`);
    }
  });
});
