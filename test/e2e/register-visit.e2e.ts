import { describe, expect, it } from 'vitest';
import { invokeOk, useApp } from '../harness/app-fixture';
import { AppShell } from '../harness/pages/AppShell';
import { AssignWizard, escapeRegExp, productName } from '../harness/pages/AssignWizard';
import { RegisterPage } from '../harness/pages/RegisterPage';

const standard2019 = 'exchange-2019-standard-user-cal';
const standardName = productName('en', '2019', 'standard', 'user');

// The real main behind the window: its register status says which rows it would list (`rowsAt`), counted here by the
// window's own calls of the people list.
describe('a visit to the Register screen or the wizard, in the app', () => {
  const app = useApp('visit', { browser: 'blank' });

  it('a Register → wizard → Register round trip with one CAL assigned loads the people once; a lot main edited itself is shown at the next visit', async () => {
    await invokeOk(app.bridge, 'serverSave', { name: 'EX01', product: 'Exchange Server 2019', edition: 'Standard', build: '15.2.1544.4', activation: { state: 'activated' } });
    const lot = await invokeOk(app.bridge, 'purchaseSave', { productId: standard2019, quantity: 5, date: '2024-05-02', vendor: 'KluczeSoft', document: 'FV/2024/05/02' });
    await invokeOk(app.bridge, 'personSave', { givenName: 'Anna', surname: 'Nowak', email: 'a.nowak@przyklad.pl', login: 'anowak' });
    const jan = await invokeOk(app.bridge, 'personSave', { givenName: 'Jan', surname: 'Kowalski', email: 'j.kowalski@przyklad.pl', login: 'jkowalski' });
    await invokeOk(app.bridge, 'assignmentCreate', { personId: jan.id, purchaseId: lot.id, assignedOn: '2024-05-06', verification: { accountEnabled: true, hasMailbox: true } });
    const lists = () => app.bridge.calls.filter((c) => c.channel === 'peopleList').length;

    const page = app.page;
    await app.open();
    const shell = new AppShell(page);
    const register = new RegisterPage(page);
    await shell.goTo('register');
    await register.row('Jan Kowalski').getByText(standardName, { exact: true }).waitFor();

    await page.getByTestId('register-assign').click();
    const wizard = new AssignWizard(page);
    await wizard.serverOption('EX01').check();
    await wizard.next('purchase');
    await wizard.purchaseOptions.getByRole('radio', { name: new RegExp(escapeRegExp(standardName)) }).check();
    await wizard.next('person');
    await wizard.personSearch.fill('anna');
    await wizard.personOption('Anna Nowak').check();
    await wizard.next('record');
    await wizard.checkOk.waitFor();
    await wizard.next('verify');
    await wizard.nextButton.click();
    await wizard.recorded.waitFor();

    await shell.goTo('register');
    await register.row('Anna Nowak').getByText(standardName, { exact: true }).waitFor();
    expect(lists()).toBe(1);

    // Main changes the lot itself (as its menu would, through the app core): nothing of it reaches the window.
    await invokeOk(app.bridge, 'purchaseSave', { id: lot.id, productId: standard2019, quantity: 5, date: '2024-05-02', vendor: 'KluczeSoft', document: 'FV/2024/05/02-K' });
    await shell.goTo('overview');
    await shell.goTo('register');
    await register.row('Anna Nowak').getByText(/FV\/2024\/05\/02-K/).waitFor();
    expect(await register.rows.filter({ hasText: /FV\/2024\/05\/02(?!-K)/ }).count()).toBe(0);
    expect(lists()).toBe(2);
  });
});
