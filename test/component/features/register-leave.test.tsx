import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonAnswer, PersonRow } from '../../../shared/contracts/ledger';
import type { Assignment } from '../../../shared/domain/model';
import { todayIso } from '../../../renderer/components/ledgerLabels';
import type { Result } from '../../../shared/result';
import { anna, installLedgerFake, lukasz, lukaszCal } from './ledgerFake';
import { renderLedgerScreen } from './renderLedger';

// The virtual table renders the rows that fit its scroll box; jsdom reports every box as 0×0.
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 600 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
});

/** The ledger fake, whose leaving channels record what main would; `refuse` makes main refuse the departure. */
function installLeaveFake(options: { people?: PersonRow[]; assignments?: Assignment[]; language?: 'en' | 'pl'; refuse?: Result<PersonAnswer> } = {}) {
  const ledger = installLedgerFake({ people: options.people, assignments: options.assignments, language: options.language });
  if (options.refuse) ledger.personLeave.mockResolvedValue(options.refuse);
  return { ledger, personLeave: ledger.personLeave, personReturn: ledger.personReturn };
}

const actionsOf = (person: string) => screen.getByRole('button', { name: `Actions for ${person}` });

async function openLeave(user: Awaited<ReturnType<typeof renderLedgerScreen>>['user'], person: string, item: string) {
  await user.click(await screen.findByRole('button', { name: new RegExp(`^(Actions for|Akcje dla:) ${person}$`) }));
  await user.click(await screen.findByRole('menuitem', { name: item }));
  return screen.findByTestId('leave-dialog');
}

// Dialog controls are queried with `hidden: true`: in jsdom, tabster may still mark a just-opened dialog aria-hidden.
describe('Mark a person as left, from the Register', { timeout: 60_000 }, () => {
  it('the dialog starts from today with their CALs to release, and Enter records the departure and shows "Left on" in the row', async () => {
    const { personLeave } = installLeaveFake();
    const { user, missingKeys } = await renderLedgerScreen('register');

    const dialog = await openLeave(user, 'Łukasz Żółkiewski', 'Mark as left…');
    expect(within(dialog).getByText('Mark Łukasz Żółkiewski as left')).toBeTruthy();
    const date = within(dialog).getByLabelText(/Leaving date/) as HTMLInputElement;
    expect(date.value).toBe(todayIso());
    const release = (await within(dialog).findByRole('checkbox', { name: 'Release their 1 CAL with reason “Left the organization”', hidden: true })) as HTMLInputElement;
    expect(release.checked).toBe(true);
    expect(within(dialog).getByTestId('leave-explanation').textContent).toMatch(/can be given to someone else at once, without the 90-day wait/);

    await user.clear(date);
    await user.type(date, '2026-01-31');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByTestId('leave-dialog')).toBeNull());
    expect(personLeave).toHaveBeenCalledExactlyOnceWith({ personId: 'p-lukasz', leftOn: '2026-01-31', releaseCals: true });
    const row = screen.getAllByTestId('person-row').find((r) => r.textContent?.includes('Łukasz Żółkiewski'))!;
    await waitFor(() => expect(row.textContent).toContain('Left on'));
    expect(row.textContent).toContain('No CAL');
    await waitFor(() => expect(document.activeElement).toBe(actionsOf('Łukasz Żółkiewski')));
    expect(missingKeys).toEqual([]);
  });

  it('the CALs it offers to release follow the leaving date: a release booked after it is brought forward, one booked before it is left alone', async () => {
    const booked: Assignment = { ...lukaszCal, id: 'a-2', assignedOn: '2025-06-01', releasedOn: '2027-03-01', releaseReason: 'role-change' };
    const bookedCal = { ...lukasz.activeCals[0]!, assignmentId: 'a-2', assignedOn: '2025-06-01' };
    const holder: PersonRow = { ...lukasz, activeCals: [...lukasz.activeCals, bookedCal] };
    const { ledger, personLeave } = installLeaveFake({ people: [anna, holder], assignments: [lukaszCal, booked] });
    const { user, missingKeys } = await renderLedgerScreen('register');
    const dialog = await openLeave(user, 'Łukasz Żółkiewski', 'Mark as left…');
    const date = within(dialog).getByLabelText(/Leaving date/) as HTMLInputElement;
    const offered = () => within(dialog).getAllByRole('listitem', { hidden: true }).map((item) => item.textContent);

    await user.clear(date);
    await user.type(date, '2027-01-31');
    expect(await within(dialog).findByRole('checkbox', { name: 'Release their 2 CALs with reason “Left the organization”', hidden: true })).toBeTruthy();
    expect(offered()).toEqual([expect.not.stringMatching(/booked/), expect.stringMatching(/release booked for .*2027, brought forward to the leaving date$/)]);

    await user.clear(date);
    await user.type(date, '2027-03-01');
    expect(within(dialog).getByRole('checkbox', { name: 'Release their 1 CAL with reason “Left the organization”', hidden: true })).toBeTruthy();
    expect(offered()).toHaveLength(1);
    expect(offered()[0]).not.toMatch(/booked/);

    await user.clear(date);
    await user.type(date, '2027-02-28');
    await user.click(within(dialog).getByRole('button', { name: 'Mark as left', hidden: true }));

    await waitFor(() => expect(personLeave).toHaveBeenCalledExactlyOnceWith({ personId: 'p-lukasz', leftOn: '2027-02-28', releaseCals: true }));
    // What the dialog promised is what the (fake) service released: both CALs, on the leaving date.
    const history = await ledger.personHistory({ personId: 'p-lukasz' });
    expect(history.ok && history.value.filter((e) => e.kind === 'released').map((e) => [e.assignmentId, e.at, e.reason])).toEqual([
      ['a-1', '2027-02-28', 'left'],
      ['a-2', '2027-02-28', 'left'],
    ]);
    expect(missingKeys).toEqual([]);
  });

  it('unticking the box keeps their CALs, and the explanation says the compliance check will flag them', async () => {
    const { personLeave } = installLeaveFake();
    const { user } = await renderLedgerScreen('register');

    const dialog = await openLeave(user, 'Łukasz Żółkiewski', 'Mark as left…');
    await user.click(await within(dialog).findByRole('checkbox', { hidden: true }));
    expect(within(dialog).getByTestId('leave-explanation').textContent).toMatch(/stay assigned, and the compliance check flags them/);
    await user.click(within(dialog).getByRole('button', { name: 'Mark as left', hidden: true }));

    await waitFor(() => expect(personLeave).toHaveBeenCalledExactlyOnceWith({ personId: 'p-lukasz', leftOn: todayIso(), releaseCals: false }));
  });

  it('someone who holds no CAL is offered no release box', async () => {
    installLeaveFake();
    const { user } = await renderLedgerScreen('register');

    const dialog = await openLeave(user, 'Anna Nowak', 'Mark as left…');
    expect((await within(dialog).findByTestId('leave-explanation')).textContent).toMatch(/no CAL can be assigned to them after it/);
    expect(within(dialog).queryByRole('checkbox', { hidden: true })).toBeNull();
  });

  it('Escape cancels without writing anything and gives focus back to the row’s actions button', async () => {
    const { personLeave } = installLeaveFake();
    const { user } = await renderLedgerScreen('register');

    await openLeave(user, 'Łukasz Żółkiewski', 'Mark as left…');
    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByTestId('leave-dialog')).toBeNull());
    expect(personLeave).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(actionsOf('Łukasz Żółkiewski')));
  });

  it('a refusal from main stays in the dialog, worded in Polish from its message key, its dates as Polish writes them', async () => {
    const refuse: Result<PersonAnswer> = {
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Łukasz Żółkiewski cannot have left on 2025-01-01: they hold a CAL assigned on 2025-02-01.',
        detail: { messageKey: 'left-before-assignment', who: 'Łukasz Żółkiewski', leftOn: '2025-01-01', assignedOn: '2025-02-01' },
      },
    };
    installLeaveFake({ language: 'pl', refuse });
    const { user, missingKeys } = await renderLedgerScreen('register', { language: 'pl' });

    const dialog = await openLeave(user, 'Łukasz Żółkiewski', 'Zapisz odejście…');
    expect(await within(dialog).findByRole('checkbox', { name: 'Zwolnij 1 licencję CAL tej osoby z powodem „Odejście z organizacji”', hidden: true })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Zapisz odejście', hidden: true }));

    const error = await within(dialog).findByTestId('leave-error');
    expect(error.textContent).toBe(
      'Osoba Łukasz Żółkiewski nie mogła odejść 01.01.2025: ma licencję CAL przypisaną 01.02.2025. Wybierz późniejszą datę albo najpierw zwolnij lub popraw tę licencję.',
    );
    expect(screen.getByTestId('leave-dialog')).toBe(dialog);
    expect(missingKeys).toEqual([]);
  });

  it('for someone who has left, the menu offers to undo it, and the dialog says released CALs stay released', async () => {
    const left: PersonRow = { ...anna, leftOn: '2026-01-31', status: 'left' };
    const { personReturn } = installLeaveFake({ people: [left, lukasz] });
    const { user } = await renderLedgerScreen('register');

    const dialog = await openLeave(user, 'Anna Nowak', 'Undo “left”…');
    expect(within(dialog).getByTestId('leave-explanation').textContent).toMatch(/CALs released when they left stay released/);
    expect(within(dialog).queryByLabelText(/Leaving date/)).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Undo “left”', hidden: true }));

    await waitFor(() => expect(screen.queryByTestId('leave-dialog')).toBeNull());
    expect(personReturn).toHaveBeenCalledExactlyOnceWith({ personId: 'p-anna' });
    const row = screen.getAllByTestId('person-row').find((r) => r.textContent?.includes('Anna Nowak'))!;
    await waitFor(() => expect(row.textContent).toContain('Active'));
  });
});
