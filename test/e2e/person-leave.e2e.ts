import { describe, expect, it } from 'vitest';
import type { PersonRow, PurchaseView } from '../../shared/contracts/ledger';
import { invokeOk, useApp } from '../harness/app-fixture';
import { describeViolations, seriousAxeViolations } from '../harness/browser';
import { msg } from '../harness/messages';
import { AppShell } from '../harness/pages/AppShell';
import { productName } from '../harness/pages/AssignWizard';
import { PurchasesPage } from '../harness/pages/PurchasesPage';
import { RegisterPage } from '../harness/pages/RegisterPage';
import { saveScreenshot } from '../harness/screenshots';

const standard2019 = 'exchange-2019-standard-user-cal';
const standardName = productName('en', '2019', 'standard', 'user');

/** The renderer's default date: the local calendar day. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

describe('marking a person as left from the Register', () => {
  const app = useApp('leave', { browser: 'blank' });

  it('confirming "Mark as left" with the release box ticked shows "Left on" in the row and frees the seat of the lot at once', async () => {
    await invokeOk(app.bridge, 'serverSave', { name: 'EX01', product: 'Exchange Server 2019', edition: 'Standard', build: '15.2.1544.4', activation: { state: 'activated' } });
    const lot = await invokeOk(app.bridge, 'purchaseSave', { productId: standard2019, quantity: 1, date: '2024-05-02', vendor: 'KluczeSoft', document: 'FV/2024/05/02' });
    const anna = await invokeOk(app.bridge, 'personSave', { givenName: 'Anna', surname: 'Nowak', email: 'a.nowak@przyklad.pl', login: 'anowak', department: 'Księgowość' });
    await invokeOk(app.bridge, 'personSave', { givenName: 'Jan', surname: 'Kowalski', email: 'j.kowalski@przyklad.pl', login: 'jkowalski' });
    await invokeOk(app.bridge, 'assignmentCreate', { personId: anna.id, purchaseId: lot.id, assignedOn: '2024-05-06', verification: { accountEnabled: true, hasMailbox: true } });

    const page = app.page;
    await app.open();
    const shell = new AppShell(page);
    await shell.goTo('register');
    const register = new RegisterPage(page);
    await register.row('Anna Nowak').getByText(standardName, { exact: true }).waitFor();

    await register.openActions('Anna Nowak');
    await page.getByRole('menuitem', { name: msg('en', 'register.leaveAction') }).click();
    const dialog = page.getByTestId('leave-dialog');
    await dialog.waitFor();
    await dialog.getByRole('heading', { name: msg('en', 'register.leave.title', { person: 'Anna Nowak' }) }).waitFor();
    const releaseBox = dialog.getByRole('checkbox', {
      name: msg('en', 'register.leave.releaseCals_one', { count: 1, reason: msg('en', 'ledger.releaseReason.left') }),
    });
    expect(await releaseBox.isChecked()).toBe(true);
    expect(await dialog.getByTestId('leave-date').inputValue()).toBe(localToday());
    // Nothing is written while the dialog is open.
    expect(app.bridge.calls.some((c) => c.channel === 'personLeave')).toBe(false);
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await saveScreenshot(page, 'person-leave-dialog');

    await dialog.getByRole('button', { name: msg('en', 'register.leave.confirm') }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = register.row('Anna Nowak');
    await row.getByText(/^Left on /).waitFor();
    await row.getByText(msg('en', 'register.noCal')).waitFor();
    // Sent for the register the window shows, by the id main gave it.
    const shown = app.bridge.core.context.session.id;
    expect(app.bridge.calls.filter((c) => c.channel === 'personLeave')).toEqual([{ channel: 'personLeave', input: { register: shown, input: { personId: anna.id, leftOn: localToday(), releaseCals: true } } }]);
    const { people } = await invokeOk<{ people: PersonRow[] }>(app.bridge, 'peopleList', {});
    expect(people.find((p) => p.id === anna.id)?.leftOn).toBe(localToday());

    await shell.goTo('purchases');
    const purchases = new PurchasesPage(page);
    const seats = purchases.seatTexts(0, 1);
    await purchases.row('FV/2024/05/02').getByText(seats.free).waitFor();
    const lots = await invokeOk<PurchaseView[]>(app.bridge, 'purchasesList', {});
    expect(lots.map((l) => [l.seatsUsed, l.seatsFree])).toEqual([[0, 1]]);
  });
});
