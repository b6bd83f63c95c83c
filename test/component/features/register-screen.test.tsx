import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, type Mock } from 'vitest';
import { useAssignStore } from '../../../renderer/features/assign/store';
import { anna, installLedgerFake, lukasz } from './ledgerFake';
import { renderLedgerScreen } from './renderLedger';

// The virtual table renders the rows that fit its scroll box; jsdom reports every box as 0×0.
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 600 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
});

/** Opens Release for Łukasz's Standard CAL from his row's menu and types `date` as the release date. */
async function releaseDialogWithDate(user: Awaited<ReturnType<typeof renderLedgerScreen>>['user'], date: string): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: 'Actions for Łukasz Żółkiewski' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Release Exchange Server 2019 Standard User CAL…' }));
  const dialog = await screen.findByTestId('release-dialog');
  const field = within(dialog).getByLabelText(/Release date/) as HTMLInputElement;
  await user.clear(field);
  await user.type(field, date);
  return dialog;
}

// Dialog controls are queried with `hidden: true`: in jsdom, tabster may still mark a just-opened
// dialog aria-hidden under load. Real accessibility is checked with axe in Chromium (e2e).
describe('Register screen', { timeout: 60_000 }, () => {
  it('lists people with their CALs in a table with row indices, and searches without diacritics', async () => {
    installLedgerFake();
    const { user, missingKeys } = await renderLedgerScreen('register');

    const table = await screen.findByRole('table', { name: /People and their CALs/ });
    expect(table.getAttribute('aria-rowcount')).toBe('3');
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(['1', '2', '3']);
    expect(rows[1]?.textContent).toContain('Anna Nowak');
    expect(rows[2]?.textContent).toContain('Exchange Server 2019 Standard User CAL');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'zolkiewski');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(screen.getByTestId('register-count').textContent).toBe('Showing 1 of 2 people');
    expect(missingKeys).toEqual([]);
  });

  // Found in review: Fluent's SearchBox names its clear button “clear”, in English, on the Polish screen too.
  it('the search’s clear button is named in the UI language (pl)', async () => {
    installLedgerFake({ language: 'pl' });
    const { user, missingKeys } = await renderLedgerScreen('register', { language: 'pl' });
    await user.type(await screen.findByRole('searchbox', { name: 'Szukaj' }), 'nowak');
    await user.click(screen.getByRole('button', { name: 'Wyczyść wyszukiwanie' }));
    expect((screen.getByRole('searchbox', { name: 'Szukaj' }) as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('button', { name: 'clear' })).toBeNull();
    expect(missingKeys).toEqual([]);
  });

  // Found in review (12-07): a search that matched nobody said so only under the table's empty body, out of sight.
  it('a search that matches nobody says so above the table, and one click shows everyone again', async () => {
    installLedgerFake({ language: 'pl' });
    const { user, missingKeys } = await renderLedgerScreen('register', { language: 'pl' });
    const table = await screen.findByRole('table');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stan' }), 'left');
    await user.type(screen.getByRole('searchbox', { name: 'Szukaj' }), 'nikogo');
    const noMatch = await screen.findByTestId('register-no-match');
    expect(noMatch.textContent).toContain('Nikt nie pasuje do wyszukiwania i filtrów.');
    expect(noMatch.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(within(noMatch).getByRole('button', { name: 'Pokaż wszystkich' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect((screen.getByRole('searchbox', { name: 'Szukaj' }) as HTMLInputElement).value).toBe('');
    expect((screen.getByRole('combobox', { name: 'Stan' }) as HTMLSelectElement).value).toBe('all');
    expect(screen.queryByTestId('register-no-match')).toBeNull();
    expect(missingKeys).toEqual([]);
  });

  it('release asks for confirmation first and only then releases, with the date, reason and notes', async () => {
    const api = installLedgerFake();
    const { user, missingKeys } = await renderLedgerScreen('register');

    const dialog = await releaseDialogWithDate(user, '2026-01-31');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Reason/, hidden: true }), 'left');
    await user.type(within(dialog).getByRole('textbox', { name: 'Notes', hidden: true }), 'Umowa zakończona');
    await user.click(within(dialog).getByRole('button', { name: 'Release…', hidden: true }));

    expect(within(dialog).getByTestId('release-confirm-text').textContent).toBe(
      'Release Exchange Server 2019 Standard User CAL from Łukasz Żółkiewski on Jan 31, 2026 (Left the organization)? Their access to Exchange must end. The assignment stays in the history.',
    );
    expect(api.assignmentRelease).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Release the CAL', hidden: true }));
    expect(api.assignmentRelease).toHaveBeenCalledWith({ assignmentId: 'a-1', releasedOn: '2026-01-31', reason: 'left', notes: 'Umowa zakończona' });
    await waitFor(() => expect(screen.queryByTestId('release-dialog')).toBeNull());
    expect(missingKeys).toEqual([]);
  });

  // At 50,000 people a release asked main for every person again (all rows built, sent and parsed) to change one row.
  it('a release shows its holder’s row from main’s answer, without asking for the list of people again', async () => {
    const api = installLedgerFake();
    const { user } = await renderLedgerScreen('register');
    const table = await screen.findByRole('table', { name: /People and their CALs/ });
    const lukaszRow = () => within(table).getAllByTestId('person-row').find((row) => row.textContent?.includes('Łukasz Żółkiewski'));
    expect(lukaszRow()?.textContent).toContain('Exchange Server 2019 Standard User CAL');
    const lists = api.peopleList.mock.calls.length;
    const statuses = (window.calRegister!.registerStatus as unknown as Mock).mock.calls.length;

    const dialog = await releaseDialogWithDate(user, '2026-01-31');
    await user.click(within(dialog).getByRole('button', { name: 'Release…', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Release the CAL', hidden: true }));
    await waitFor(() => expect(screen.queryByTestId('release-dialog')).toBeNull());

    await waitFor(() => expect(lukaszRow()?.textContent).toContain('No CAL'));
    expect(lukaszRow()?.textContent).not.toContain('Exchange Server 2019 Standard User CAL');
    expect(api.peopleList.mock.calls.length - lists).toBe(0);
    // The register's counts (the Overview's) are still asked afresh.
    expect((window.calRegister!.registerStatus as unknown as Mock).mock.calls.length).toBeGreaterThan(statuses);
  });

  // Found in review: a release date before the assignment was refused only after the confirmation step.
  it('a release date before the CAL was assigned is said on the form, and the dialog does not go on to confirm', async () => {
    const api = installLedgerFake();
    const { user, missingKeys } = await renderLedgerScreen('register');
    const dialog = await releaseDialogWithDate(user, '2020-01-01');
    await waitFor(() => expect(dialog.textContent).toContain('The release date Jan 1, 2020 is before the assignment date'));
    const next = within(dialog).getByRole('button', { name: 'Release…', hidden: true });
    expect(next.hasAttribute('disabled')).toBe(true);
    expect(within(dialog).queryByTestId('release-confirm-text')).toBeNull();
    expect(api.assignmentRelease).not.toHaveBeenCalled();
    expect(missingKeys).toEqual([]);
  });

  it('Enter in the release date goes on to the confirmation step as Release… does, and only Enter on its button releases', async () => {
    const api = installLedgerFake();
    const { user } = await renderLedgerScreen('register');
    const dialog = await releaseDialogWithDate(user, '2026-01-31');

    await user.keyboard('{Enter}');

    expect(await within(dialog).findByTestId('release-confirm-text')).toBeTruthy();
    expect(api.assignmentRelease).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Release the CAL', hidden: true }));
    await user.keyboard('{Enter}');
    expect(api.assignmentRelease).toHaveBeenCalledWith({ assignmentId: 'a-1', releasedOn: '2026-01-31', reason: 'left', notes: '' });
    await waitFor(() => expect(screen.queryByTestId('release-dialog')).toBeNull());
  });

  it('Enter with a release date before the assignment stays on the form, as the disabled Release… does', async () => {
    const api = installLedgerFake();
    const { user } = await renderLedgerScreen('register');
    const dialog = await releaseDialogWithDate(user, '2020-01-01');

    await user.keyboard('{Enter}');

    expect(within(dialog).queryByTestId('release-confirm-text')).toBeNull();
    expect(within(dialog).getByTestId('release-next')).toBeTruthy();
    expect(api.assignmentRelease).not.toHaveBeenCalled();
  });

  // Found in review (12-07): the dialog weighed only the CALs the row lists, by product, so a next Standard CAL listed as planned
  // hid the days between, and an Enterprise CAL booked to end later was not named with its end: main now judges the release.
  it('releasing the Standard CAL under an Enterprise CAL names the first day it is held without one, as main judges it, and still releases', async () => {
    const enterprise = { assignmentId: 'a-2', purchaseId: 'lot-2', productId: 'exchange-2019-enterprise-user-cal', productName: 'Exchange Server 2019 Enterprise User CAL', assignedOn: '2025-02-01', document: 'FV/2024/03/18' };
    const planned = { assignmentId: 'a-3', purchaseId: 'lot-3', productId: 'exchange-se-standard-user-cal', productName: 'Exchange Server SE Standard User CAL', assignedOn: '2026-03-01', document: 'FV/2026/01/02' };
    const api = installLedgerFake({ people: [anna, { ...lukasz, activeCals: [...lukasz.activeCals, planned, enterprise] }] });
    api.assignmentReleaseCheck.mockResolvedValue({ ok: true, value: { enterpriseLeft: { assignmentId: 'a-2', productId: enterprise.productId, from: '2026-01-31', until: null } } });
    const { user, missingKeys } = await renderLedgerScreen('register');
    const dialog = await releaseDialogWithDate(user, '2026-01-31');
    await user.click(within(dialog).getByRole('button', { name: 'Release…', hidden: true }));
    expect(api.assignmentReleaseCheck).toHaveBeenCalledWith({ assignmentId: 'a-1', releasedOn: '2026-01-31' });
    expect((await within(dialog).findByTestId('release-enterprise-left')).textContent).toBe(
      'Łukasz Żółkiewski also holds Exchange Server 2019 Enterprise User CAL, an add-on that needs a Standard CAL: released so, it has no Standard CAL under it from Jan 31, 2026. Release it too, or assign a Standard CAL from that day, or the register will report an Enterprise CAL without a Standard CAL.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Release the CAL', hidden: true }));
    expect(api.assignmentRelease).toHaveBeenCalled();
    expect(missingKeys).toEqual([]);
  });

  it('an Enterprise CAL booked to end after the release day is named with its end, in Polish with Polish dates', async () => {
    const enterprise = { assignmentId: 'a-2', purchaseId: 'lot-2', productId: 'exchange-2019-enterprise-user-cal', productName: 'Exchange Server 2019 Enterprise User CAL', assignedOn: '2025-02-01', document: 'FV/2024/03/18' };
    const api = installLedgerFake({ language: 'pl', people: [anna, { ...lukasz, activeCals: [...lukasz.activeCals, enterprise] }] });
    api.assignmentReleaseCheck.mockResolvedValue({ ok: true, value: { enterpriseLeft: { assignmentId: 'a-2', productId: enterprise.productId, from: '2026-01-31', until: '2026-06-01' } } });
    const { user, missingKeys } = await renderLedgerScreen('register', { language: 'pl' });
    await user.click(await screen.findByRole('button', { name: 'Akcje dla: Łukasz Żółkiewski' }));
    await user.click(await screen.findByRole('menuitem', { name: /^Zwolnij Exchange Server 2019 Standard/ }));
    const dialog = await screen.findByTestId('release-dialog');
    const field = within(dialog).getByLabelText(/Data zwolnienia/) as HTMLInputElement;
    await user.clear(field);
    await user.type(field, '31.01.2026');
    await user.click(within(dialog).getByRole('button', { name: 'Zwolnij…', hidden: true }));
    expect((await within(dialog).findByTestId('release-enterprise-left')).textContent).toBe(
      'Łukasz Żółkiewski ma też licencję Exchange Server 2019 Enterprise — CAL na użytkownika do jej zwolnienia 01.06.2026, dodatek wymagający licencji Standard CAL: po takim zwolnieniu od 31.01.2026 nie ma pod nią licencji Standard CAL. Przypisz licencję Standard CAL od tego dnia, w przeciwnym razie rejestr zgłosi licencję Enterprise CAL bez licencji Standard CAL.',
    );
    expect(missingKeys).toEqual([]);
  });

  it('a release check that fails is said on the form, and the dialog does not go on to confirm', async () => {
    const api = installLedgerFake();
    api.assignmentReleaseCheck.mockResolvedValue({ ok: false, error: { code: 'not-found', message: 'The assignment a-1 is not in the register.', detail: { messageKey: 'assignment-not-found', id: 'a-1' } } });
    const { user } = await renderLedgerScreen('register');
    const dialog = await releaseDialogWithDate(user, '2026-01-31');
    await user.click(within(dialog).getByRole('button', { name: 'Release…', hidden: true }));
    await waitFor(() => expect(dialog.textContent).toContain('a-1'));
    expect(within(dialog).queryByTestId('release-confirm-text')).toBeNull();
    expect(api.assignmentRelease).not.toHaveBeenCalled();
  });

  it('releasing the Enterprise CAL itself warns of nothing', async () => {
    const enterprise = { assignmentId: 'a-2', purchaseId: 'lot-2', productId: 'exchange-2019-enterprise-user-cal', productName: 'Exchange Server 2019 Enterprise User CAL', assignedOn: '2025-02-01', document: 'FV/2024/03/18' };
    installLedgerFake({ people: [anna, { ...lukasz, activeCals: [...lukasz.activeCals, enterprise] }] });
    const { user } = await renderLedgerScreen('register');
    await user.click(await screen.findByRole('button', { name: 'Actions for Łukasz Żółkiewski' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Release Exchange Server 2019 Enterprise User CAL…' }));
    const dialog = await screen.findByTestId('release-dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Release…', hidden: true }));
    expect(within(dialog).getByTestId('release-confirm-text')).toBeTruthy();
    expect(within(dialog).queryByTestId('release-enterprise-left')).toBeNull();
  });

  it("Edit… changes a person's details, the Enterprise features no export shows and notes, keeping what the form does not show", async () => {
    const api = installLedgerFake({ people: [anna, { ...lukasz, externalNote: 'z umowy', notes: '' }] });
    const { user, missingKeys } = await renderLedgerScreen('register');
    await user.click(await screen.findByRole('button', { name: 'Actions for Łukasz Żółkiewski' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit…' }));
    const dialog = await screen.findByTestId('person-dialog');
    expect(within(dialog).getByText('Edit a person')).toBeTruthy();
    expect((within(dialog).getByTestId('person-email') as HTMLInputElement).value).toBe('l.zolkiewski@przyklad.pl');
    const department = within(dialog).getByTestId('person-department') as HTMLInputElement;
    await user.clear(department);
    await user.type(department, 'IT');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Data loss prevention', hidden: true }));
    await user.type(within(dialog).getByTestId('person-notes'), 'Korzysta z DLP w dziale prawnym');
    await user.click(within(dialog).getByTestId('person-save'));
    expect(api.personSave).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'p-lukasz', department: 'IT', email: 'l.zolkiewski@przyklad.pl', manualEnterpriseFeatures: ['dlp'], notes: 'Korzysta z DLP w dziale prawnym', externalNote: 'z umowy' }),
    );
    await waitFor(() => expect(screen.queryByTestId('person-dialog')).toBeNull());
    expect(missingKeys).toEqual([]);
  });

  it('the person form names what it needs when names, address and login are all cleared, and keeps a refusal from main in the dialog (PL)', async () => {
    const api = installLedgerFake({ language: 'pl' });
    const { user, missingKeys } = await renderLedgerScreen('register', { language: 'pl' });
    await user.click(await screen.findByRole('button', { name: 'Akcje dla: Łukasz Żółkiewski' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edytuj…' }));
    const dialog = await screen.findByTestId('person-dialog');
    for (const id of ['person-given-name', 'person-surname', 'person-email', 'person-login']) await user.clear(within(dialog).getByTestId(id));
    await user.click(within(dialog).getByTestId('person-save'));
    expect(await within(dialog).findByText('Wpisz imię i nazwisko, e-mail lub login.')).toBeTruthy();
    expect(api.personSave).not.toHaveBeenCalled();

    api.personSave.mockResolvedValueOnce({ ok: false, error: { code: 'conflict', message: 'changed elsewhere' } });
    await user.type(within(dialog).getByTestId('person-surname'), 'Żółkiewski');
    // Typing a surname answers it at once; the next Save judges the form again.
    expect(within(dialog).queryByText('Wpisz imię i nazwisko, e-mail lub login.')).toBeNull();
    await user.click(within(dialog).getByTestId('person-save'));
    expect(await within(dialog).findByText('Element został zmieniony gdzie indziej. Odśwież i spróbuj ponownie.')).toBeTruthy();
    expect(within(dialog).queryByText('Wpisz imię i nazwisko, e-mail lub login.')).toBeNull();
    expect(screen.getByTestId('person-dialog')).toBe(dialog);
    expect(missingKeys).toEqual([]);
  });

  it('cancelling the confirmation releases nothing', async () => {
    const api = installLedgerFake();
    const { user } = await renderLedgerScreen('register');

    await user.click(await screen.findByRole('button', { name: 'Actions for Łukasz Żółkiewski' }));
    await user.click(await screen.findByRole('menuitem', { name: /^Release / }));
    const dialog = await screen.findByTestId('release-dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Release…', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Back', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel', hidden: true }));
    await waitFor(() => expect(screen.queryByTestId('release-dialog')).toBeNull());
    expect(api.assignmentRelease).not.toHaveBeenCalled();
  });

  it('reassign releases the CAL and opens the wizard with the lot and the release reason chosen', async () => {
    const api = installLedgerFake();
    const { user } = await renderLedgerScreen('register');

    await user.click(await screen.findByRole('button', { name: 'Actions for Łukasz Żółkiewski' }));
    await user.click(await screen.findByRole('menuitem', { name: /^Reassign / }));
    const dialog = await screen.findByTestId('release-dialog');
    await user.selectOptions(await within(dialog).findByRole('combobox', { name: /Reason/, hidden: true }), 'role-change');
    await user.click(within(dialog).getByRole('button', { name: 'Release and continue…', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Release and reassign', hidden: true }));

    expect(api.assignmentRelease).toHaveBeenCalledWith(expect.objectContaining({ assignmentId: 'a-1', reason: 'role-change' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Step 1. Verify the server' })).toBeTruthy();
    expect(useAssignStore.getState()).toMatchObject({ purchaseId: 'lot-1', reason: 'role-change' });
  });

  it('history shows every assignment of the person', async () => {
    const api = installLedgerFake();
    const { user } = await renderLedgerScreen('register');

    await user.click(await screen.findByRole('button', { name: 'Actions for Łukasz Żółkiewski' }));
    await user.click(await screen.findByRole('menuitem', { name: 'History' }));
    const dialog = await screen.findByTestId('history-dialog');
    expect(await within(dialog).findByText('Assigned')).toBeTruthy();
    expect(within(dialog).getByText('FV/2024/03/17')).toBeTruthy();
    expect(api.personHistory).toHaveBeenCalledWith({ personId: 'p-lukasz' });
  });
});
