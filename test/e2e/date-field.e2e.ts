import { describe, expect, it } from 'vitest';
import type { PersonRow, PurchaseView } from '../../shared/contracts/ledger';
import { invokeOk, useApp } from '../harness/app-fixture';
import { describeViolations, fillDate, seriousAxeViolations } from '../harness/browser';
import { AppShell } from '../harness/pages/AppShell';
import { ExportPage } from '../harness/pages/ExportPage';

/** The next calendar day of `YYYY-MM-DD`. */
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const polish = (iso: string) => iso.split('-').reverse().join('.');

describe('date fields in real Chromium (renderer/components/DateField.tsx)', () => {
  const app = useApp('date-field');

  it('show dates as the UI language writes them, not as the browser locale does, and work from the keyboard', async () => {
    const shell = new AppShell(app.page);
    await shell.switchLanguage('pl');
    const exportPage = new ExportPage(app.page, 'pl');
    await shell.goTo('export');
    await exportPage.heading.waitFor();

    // Chromium here runs en-US, whose native date input shows 12/03/2026.
    await fillDate(exportPage.asOf, '2026-11-20');
    expect(await exportPage.asOf.inputValue()).toBe('20.11.2026');
    await fillDate(exportPage.asOf, '5.1.2026');
    expect(await exportPage.asOf.inputValue()).toBe('05.01.2026');

    // ↓ opens the calendar on the field's date; arrows move, Enter picks, focus returns to the field.
    await exportPage.asOf.focus();
    await app.page.keyboard.press('ArrowDown');
    const calendar = app.page.getByRole('dialog', { name: 'Kalendarz' });
    await calendar.waitFor();
    expect(await calendar.textContent()).toContain('styczeń 2026');
    // The popup fades in: the picture is taken once its animations have finished.
    await calendar.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await app.page.screenshot({ path: 'test/.artifacts/screenshots/date-field-calendar-pl.png' });
    const violations = await seriousAxeViolations(app.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('Enter');
    await calendar.waitFor({ state: 'detached' });
    expect(await exportPage.asOf.inputValue()).toBe(polish(nextDay('2026-01-05')));
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-as-of');

    // A day the calendar lacks is not taken: the field keeps its date and says so.
    await fillDate(exportPage.asOf, '31.02.2026');
    expect(await exportPage.asOf.inputValue()).toBe('06.01.2026');
    await app.page.getByText('W kalendarzu nie ma dnia 31.02.2026.').waitFor();
    // …and the workbook waits: it would be dated 06.01.2026, a day nobody typed. Enter in the form puts focus back on the date.
    const save = app.page.getByTestId('export-save');
    expect(await save.getAttribute('aria-disabled')).toBe('true');
    await app.page.getByTestId('export-prepared-by').press('Enter');
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-as-of');
    expect(await app.page.getByTestId('export-progress').count()).toBe(0);
    expect(app.bridge.dialogs.asked.filter((a) => a.dialog === 'save')).toEqual([]);
    await fillDate(exportPage.asOf, '28.02.2026');
    expect(await exportPage.asOf.inputValue()).toBe('28.02.2026');
    expect(await save.getAttribute('aria-disabled')).toBeNull();
  });

  it('a purchase with a date typed wrong is not saved with the date the field kept: Save puts focus on the date and says why', async () => {
    const shell = new AppShell(app.page);
    await shell.goTo('purchases');
    await app.page.getByTestId('purchase-add').click();
    const dialog = app.page.getByTestId('purchase-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('purchase-quantity').fill('5');
    await fillDate(dialog.getByTestId('purchase-date'), '2026-02-30');
    await dialog.getByTestId('purchase-save').click();
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('purchase-date');
    await dialog.getByText(/2026-02-30/).first().waitFor();
    expect(await dialog.isVisible()).toBe(true);
    // Enter in the field, which now shows the date it kept: still refused, nothing saved with a date nobody typed.
    await app.page.keyboard.press('Enter');
    await dialog.getByText(/2026-02-30/).first().waitFor();
    expect(await dialog.isVisible()).toBe(true);
    expect(await invokeOk<PurchaseView[]>(app.bridge, 'purchasesList', {})).toEqual([]);
    // Fixed, it saves.
    await fillDate(dialog.getByTestId('purchase-date'), '2026-02-27');
    await dialog.getByTestId('purchase-save').click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('Mark as left with an impossible date typed (pl): Enter in the date field records nothing until a real date is typed', async () => {
    const lot = await invokeOk(app.bridge, 'purchaseSave', { productId: 'exchange-2019-standard-user-cal', quantity: 1, date: '2024-05-02', document: 'FV/1' });
    const anna = await invokeOk(app.bridge, 'personSave', { givenName: 'Anna', surname: 'Nowak', email: 'a.nowak@przyklad.pl' });
    await invokeOk(app.bridge, 'assignmentCreate', { personId: anna.id, purchaseId: lot.id, assignedOn: '2024-05-06', verification: { accountEnabled: true, hasMailbox: true } });
    const shell = new AppShell(app.page);
    await shell.switchLanguage('pl');
    await shell.goTo('register');
    await app.page.getByTestId('person-row').filter({ hasText: 'Anna Nowak' }).getByRole('button').click();
    await app.page.getByRole('menuitem', { name: 'Zapisz odejście…' }).click();
    const dialog = app.page.getByTestId('leave-dialog');
    await dialog.waitFor();
    const date = dialog.getByTestId('leave-date');
    await fillDate(date, '31.02.2026');
    await dialog.getByText(/31\.02\.2026/).first().waitFor();
    await date.focus();
    await app.page.keyboard.press('Enter');
    await dialog.getByText(/31\.02\.2026/).first().waitFor();
    expect(await dialog.isVisible()).toBe(true);
    expect(app.bridge.calls.some((c) => c.channel === 'personLeave')).toBe(false);
    // A real date typed, Enter confirms as before.
    await fillDate(date, '30.11.2026');
    await date.focus();
    await app.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const { people } = await invokeOk<{ people: PersonRow[] }>(app.bridge, 'peopleList', {});
    expect(people.find((p) => p.id === anna.id)?.leftOn).toBe('2026-11-30');
  });

  it('Escape closes the calendar of a field inside a dialog without closing the dialog', async () => {
    const shell = new AppShell(app.page);
    await shell.goTo('purchases');
    await app.page.getByTestId('purchase-add').click();
    const dialog = app.page.getByTestId('purchase-dialog');
    await dialog.waitFor();
    const date = dialog.getByTestId('purchase-date');
    await date.focus();
    await app.page.keyboard.press('ArrowDown');
    const calendar = app.page.getByRole('dialog', { name: 'Calendar' });
    await calendar.waitFor();
    await app.page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'detached' });
    expect(await dialog.isVisible()).toBe(true);
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});
