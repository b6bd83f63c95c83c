import { describe, expect, it } from 'vitest';
import { invokeOk, seedVerifiedServer, useApp } from '../harness/app-fixture';
import { msg } from '../harness/messages';
import { AppShell } from '../harness/pages/AppShell';
import { ComplianceDashboard } from '../harness/pages/ComplianceDashboard';
import { FindingsPage } from '../harness/pages/FindingsPage';
import { ImportPage } from '../harness/pages/ImportPage';
import { writeSampleExports } from './ps51-exports';

const standard2019 = 'exchange-2019-standard-user-cal';

describe('compliance: import, shortfall on the Overview, fix through the wizard', () => {
  const app = useApp('compliance', {
    seed: async ({ bridge }) => {
      await seedVerifiedServer(bridge, 'Anna Admin');
      await invokeOk(bridge, 'purchaseSave', { productId: standard2019, quantity: 2, date: '2024-03-01', vendor: 'KluczeSoft', document: 'FV/2024/03/17' });
    },
  });

  it('after the import the Overview shows the shortfall; "Assign a CAL" leads to the wizard and the assigned mailbox leaves the findings', async () => {
    const page = app.page;
    const shell = new AppShell(page);
    const dashboard = new ComplianceDashboard(page);
    const files = await writeSampleExports(app.dataDir);

    // Before any import there is nothing to count: importing is the next thing to do.
    await dashboard.nextAction('import-inventory').waitFor();
    await shell.goTo('import');
    app.bridge.dialogs.nextFiles([files.mailboxes, files.adUsers]);
    const importPage = new ImportPage(page);
    await importPage.chooseFiles();
    await importPage.commit();
    await shell.goTo('overview');

    // Three user mailboxes need a Standard CAL; two were bought.
    await expect.poll(() => dashboard.positionStatus(standard2019).textContent()).toBe('Shortfall: 1');
    expect(await dashboard.positionNumber(standard2019, 'required').textContent()).toBe('3');
    expect(await dashboard.positionNumber(standard2019, 'purchased').textContent()).toBe('2');
    expect(await dashboard.positionNumber(standard2019, 'assigned').textContent()).toBe('0');
    await dashboard.nextAction('add-purchase').waitFor();

    await dashboard.follow('assign-cal');

    await page.getByRole('heading', { level: 1, name: msg('en', 'nav.assign') }).waitFor();
    await page.getByTestId('wizard-server-options').getByRole('radio').first().check();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-purchase-options').getByRole('radio').first().check();
    await page.getByTestId('wizard-next').click();
    // The person step arrives searching for the mailbox the finding named, and finds exactly that person.
    const mailbox = await page.getByRole('searchbox', { name: msg('en', 'assign.person.search') }).inputValue();
    expect(mailbox).toMatch(/@przyklad\.pl$/);
    const people = page.getByTestId('wizard-person-options').getByRole('radio');
    await expect.poll(() => people.count()).toBe(1);
    await people.first().check();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-check-ok').waitFor();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-recorded').waitFor();

    await shell.goTo('findings');
    const findings = new FindingsPage(page);
    await findings.table.waitFor();
    await expect.poll(() => findings.rowsOf('mailbox-without-cal').count()).toBe(2);
    expect(await findings.rowsOf('mailbox-without-cal', mailbox).count()).toBe(0);
    await shell.goTo('overview');
    await expect.poll(() => dashboard.positionNumber(standard2019, 'assigned').textContent()).toBe('1');
    expect(await dashboard.positionStatus(standard2019).textContent()).toBe('Shortfall: 1');
  });
});
