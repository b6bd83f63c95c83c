import { act, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { addFakes, openStatus } from '../fakeApi';
import { useSessionStore } from '../../../renderer/app/sessionStore';
import { initialAssignData, useAssignStore } from '../../../renderer/features/assign/store';
import { initialExportState, useExportStore } from '../../../renderer/features/export/store';
import { initialImportState, useImportStore, type ImportSummary } from '../../../renderer/features/import/store';
import { initialPurchasesState, usePurchasesStore } from '../../../renderer/features/purchases/store';
import { defaultRegisterQuery } from '../../../renderer/features/register/filter';
import { initialRegisterState, useRegisterStore } from '../../../renderer/features/register/store';
import { initialServersState, useServersStore } from '../../../renderer/features/servers/store';
import type { ChecklistPoint, PeopleList, PurchaseView, ServerView } from '../../../shared/contracts/ledger';
import type { RegisterStatus } from '../../../shared/contracts/register';
import { sheetIds } from '../../../shared/export/types';
import type { Result } from '../../../shared/result';
import { anna, checklist, deferred, installLedgerFake, lukasz, lukaszCal, peopleListOf, purchase, server } from './ledgerFake';
import { fakeImport, preview } from './import/importFake';
import { chooseServerLotAndAnna, renderLedgerScreen, type LedgerUser } from './renderLedger';

// The virtual table renders the rows that fit its scroll box; jsdom reports every box as 0×0.
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 600 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
});


const nowak: RegisterStatus = { ...openStatus, sessionId: 'session-nowak', path: 'D:\\Klienci\\Nowak', folderName: 'Nowak' };

/** File ▸ Open register… answered by main with the register at `status`. */
async function openRegister(user: LedgerUser, status: RegisterStatus, language: 'en' | 'pl' = 'en'): Promise<void> {
  const registerOpen = window.calRegister!.registerOpen as unknown as Mock<() => Promise<Result<RegisterStatus>>>;
  registerOpen.mockResolvedValueOnce({ ok: true, value: status });
  await user.click(screen.getByRole('button', { name: language === 'en' ? 'File' : 'Plik' }));
  await user.click(await screen.findByRole('menuitem', { name: language === 'en' ? 'Open register…' : 'Otwórz rejestr…' }));
}

const nowakLot: PurchaseView = { ...purchase, id: 'lot-nowak', document: 'FV/2026/01/08' };

const searchBox = () => screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement;
const statusFilter = () => screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement;
const radio = (name: RegExp) => screen.getByRole('radio', { name }) as HTMLInputElement;

describe('Another register opened', { timeout: 60_000 }, () => {
  it('the Register screen shows the new register’s people with no search or filter left from the last one', async () => {
    installLedgerFake();
    const { user, missingKeys } = await renderLedgerScreen('register');
    const table = await screen.findByRole('table', { name: /People and their CALs/ });
    await user.selectOptions(statusFilter(), 'with-cal');
    await user.type(searchBox(), 'zolk');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    await user.click(screen.getByTestId('sort-email'));
    expect(useRegisterStore.getState().query.sort).toBe('email');

    await openRegister(user, nowak);

    await waitFor(() => expect(screen.getByTestId('register-count').textContent).toBe('Showing 2 of 2 people'));
    expect(searchBox().value).toBe('');
    expect(statusFilter().value).toBe('all');
    expect(useRegisterStore.getState().query).toEqual(defaultRegisterQuery);
    expect(missingKeys).toEqual([]);
  });

  it('the same register opened again keeps the Register screen’s search and filter', async () => {
    installLedgerFake();
    const { user } = await renderLedgerScreen('register');
    await screen.findByRole('table', { name: /People and their CALs/ });
    await user.selectOptions(statusFilter(), 'with-cal');
    await user.type(searchBox(), 'zolk');

    await openRegister(user, openStatus);

    await waitFor(() => expect(screen.getByTestId('register-count').textContent).toBe('Showing 1 of 2 people'));
    expect(searchBox().value).toBe('zolk');
    expect(statusFilter().value).toBe('with-cal');
  });

  it('a half-made assignment starts over at step 1 in the new register, with no server, lot or person of the last one', async () => {
    installLedgerFake({ people: [anna, lukasz] });
    const { user, missingKeys } = await renderLedgerScreen('assign');
    await chooseServerLotAndAnna(user);
    expect(useAssignStore.getState()).toMatchObject({ step: 2, serverId: 'srv-1', purchaseId: 'lot-1', personId: 'p-anna', personSearch: 'anna' });

    await openRegister(user, nowak);

    expect(await screen.findByRole('heading', { level: 2, name: /^Step 1\./ })).toBeTruthy();
    expect(useAssignStore.getState()).toMatchObject({ step: 0, serverId: null, purchaseId: null, personId: null, personSearch: '' });
    expect(radio(/EX01/).checked).toBe(false);
    expect(missingKeys).toEqual([]);
  });

  it('the same register opened again keeps the wizard’s choices', async () => {
    installLedgerFake();
    const { user } = await renderLedgerScreen('assign');
    await user.click(await screen.findByRole('radio', { name: /EX01/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('radio', { name: /Exchange Server 2019 Standard User CAL/ }));

    await openRegister(user, openStatus);

    await waitFor(() => expect(screen.getByRole('button', { name: 'File' })).toBeTruthy());
    expect(useAssignStore.getState()).toMatchObject({ step: 1, serverId: 'srv-1', purchaseId: 'lot-1' });
    expect(radio(/Exchange Server 2019 Standard User CAL/).checked).toBe(true);
  });

  it('the Purchases screen shows none of the last register’s lots while the new register’s load', async () => {
    const ledger = installLedgerFake();
    const { user, missingKeys } = await renderLedgerScreen('purchases');
    expect(await screen.findByText('FV/2024/03/17')).toBeTruthy();
    const nowakLots = deferred<Result<PurchaseView[]>>();
    ledger.purchasesList.mockReturnValueOnce(nowakLots.promise);

    await openRegister(user, nowak);

    await waitFor(() => expect(ledger.purchasesList).toHaveBeenCalledTimes(2));
    expect(screen.queryByText('FV/2024/03/17')).toBeNull();
    expect(screen.getByText('Loading…')).toBeTruthy();
    await act(async () => nowakLots.resolve({ ok: true, value: [nowakLot] }));
    expect(await screen.findByText('FV/2026/01/08')).toBeTruthy();
    expect(screen.queryByText('FV/2024/03/17')).toBeNull();
    expect(missingKeys).toEqual([]);
  });

  it('the wizard offers none of the last register’s servers when the new register’s servers cannot be loaded: it says why, not that none is recorded, and Try again loads them', async () => {
    const ledger = installLedgerFake();
    const { user, missingKeys } = await renderLedgerScreen('assign');
    expect(await screen.findByRole('radio', { name: /EX01/ })).toBeTruthy();
    ledger.serversList.mockResolvedValueOnce({ ok: false, error: { code: 'io-error', message: 'The register folder cannot be read.' } });

    await openRegister(user, nowak);

    await waitFor(() => expect(ledger.serversList).toHaveBeenCalledTimes(2));
    const failed = await screen.findByTestId('wizard-list-error');
    expect(failed.textContent).toContain('The file could not be read or written.');
    expect(screen.queryByText('No server is recorded yet. Add the Exchange server this CAL gives access to.')).toBeNull();
    expect(screen.queryByRole('radio', { name: /EX01/ })).toBeNull();

    await user.click(within(failed).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('radio', { name: /EX01/ })).toBeTruthy();
    expect(ledger.serversList).toHaveBeenCalledTimes(3);
    expect(screen.queryByTestId('wizard-list-error')).toBeNull();
    expect(missingKeys).toEqual([]);
  });

  it('the wizard’s lists say they are loading while they load, not that none is recorded', async () => {
    const ledger = installLedgerFake();
    let answer: (value: Awaited<ReturnType<typeof ledger.peopleList>>) => void = () => undefined;
    ledger.peopleList.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const { user } = await renderLedgerScreen('assign');
    await user.click(await screen.findByRole('radio', { name: /EX01/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('radio', { name: /Exchange Server 2019 Standard User CAL/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByTestId('wizard-list-loading')).toBeTruthy();
    expect(screen.queryByText('Nobody is in the register yet. Add the person who will use Exchange.')).toBeNull();
    await act(async () => answer({ ok: true, value: peopleListOf([anna]) }));
    expect(await screen.findByRole('radio', { name: /Anna Nowak/ })).toBeTruthy();
    expect(screen.queryByTestId('wizard-list-loading')).toBeNull();
  });

  it('the same register opened again keeps its lots on the Purchases screen, as the Register screen keeps its people', async () => {
    const ledger = installLedgerFake();
    const { user } = await renderLedgerScreen('purchases');
    expect(await screen.findByText('FV/2024/03/17')).toBeTruthy();

    await openRegister(user, openStatus);

    await waitFor(() => expect(screen.getByRole('button', { name: 'File' })).toBeTruthy());
    expect(screen.getByText('FV/2024/03/17')).toBeTruthy();
    expect(usePurchasesStore.getState()).toMatchObject({ loaded: true, purchases: [purchase] });
    expect(ledger.purchasesList).toHaveBeenCalledTimes(1);
  });
});

describe('A list still on its way for the last register', { timeout: 60_000 }, () => {
  it('the Register screen drops the last register’s people arriving after the new register’s', async () => {
    const ledger = installLedgerFake();
    const kowalskiPeople = deferred<Result<PeopleList>>();
    ledger.peopleList.mockReturnValueOnce(kowalskiPeople.promise).mockResolvedValueOnce({ ok: true, value: peopleListOf([anna]) });
    const { user } = await renderLedgerScreen('register');
    await waitFor(() => expect(ledger.peopleList).toHaveBeenCalledTimes(1));

    await openRegister(user, nowak);
    await waitFor(() => expect(screen.getByTestId('register-count').textContent).toBe('Showing 1 of 1 person'));
    await act(async () => kowalskiPeople.resolve({ ok: true, value: peopleListOf([anna, lukasz]) }));

    expect(screen.getByTestId('register-count').textContent).toBe('Showing 1 of 1 person');
    expect(screen.queryByText(lukasz.email)).toBeNull();
    expect(useRegisterStore.getState().people).toEqual([anna]);
  });

  /** The Kowalski register open, its list asked for; then Nowak opened and its list asked for and answered first. */
  async function lateAnswer<T>(channel: 'peopleList' | 'purchasesList' | 'serversList', load: () => Promise<void>, kowalski: T, nowakList: T) {
    const ledger = installLedgerFake();
    useSessionStore.setState({ status: openStatus });
    useRegisterStore.setState(initialRegisterState);
    usePurchasesStore.setState(initialPurchasesState);
    useServersStore.setState(initialServersState);
    const late = deferred<Result<T>>();
    (ledger[channel] as unknown as Mock<() => Promise<Result<T>>>).mockReturnValueOnce(late.promise).mockResolvedValueOnce({ ok: true, value: nowakList });
    const first = load();
    useSessionStore.setState({ status: nowak });
    await load();
    late.resolve({ ok: true, value: kowalski });
    await first;
  }

  it('the people, lots and servers stores keep the new register’s list when the last register’s arrives after it', async () => {
    const nowakServer: ServerView = { ...server, id: 'srv-nowak', name: 'NWK-EX' };

    await lateAnswer('peopleList', useRegisterStore.getState().load, peopleListOf([anna, lukasz]), peopleListOf([anna]));
    expect(useRegisterStore.getState()).toMatchObject({ people: [anna], loaded: true, loading: false });
    await lateAnswer('purchasesList', usePurchasesStore.getState().load, [purchase], [nowakLot]);
    expect(usePurchasesStore.getState()).toMatchObject({ purchases: [nowakLot], loaded: true, loading: false });
    await lateAnswer('serversList', useServersStore.getState().load, [server], [nowakServer]);
    expect(useServersStore.getState()).toMatchObject({ servers: [nowakServer], loaded: true, loading: false });
  });

  it('the wizard shows no checklist of the last register’s assignment arriving after the switch', async () => {
    const ledger = installLedgerFake();
    useSessionStore.setState({ status: openStatus });
    useAssignStore.setState({ ...initialAssignData(), step: 5, serverId: 'srv-1', assignment: lukaszCal });
    const late = deferred<Result<ChecklistPoint[]>>();
    ledger.assignmentChecklist.mockReturnValueOnce(late.promise);
    const finishing = useAssignStore.getState().finish();

    useSessionStore.setState({ status: nowak });
    late.resolve({ ok: true, value: checklist });
    await finishing;

    expect(useAssignStore.getState()).toMatchObject({ step: 0, assignment: null, checklist: { kind: 'idle' } });
  });
});

describe('Two loads of one list', () => {
  it('the lots asked for last are kept when an earlier load answers after them', async () => {
    const ledger = installLedgerFake();
    useSessionStore.setState({ status: openStatus });
    usePurchasesStore.setState(initialPurchasesState);
    const before = deferred<Result<PurchaseView[]>>();
    ledger.purchasesList.mockReturnValueOnce(before.promise).mockResolvedValueOnce({ ok: true, value: [purchase, nowakLot] });

    const first = usePurchasesStore.getState().load();
    await usePurchasesStore.getState().load();
    before.resolve({ ok: true, value: [purchase] });
    await first;

    expect(usePurchasesStore.getState()).toMatchObject({ purchases: [purchase, nowakLot], loaded: true, loading: false });
  });

  it('an import previewed for the last register is dropped when another opens: its preview goes, main is told to forget it, and the Import screen starts afresh', async () => {
    installLedgerFake();
    const api = fakeImport({ token: 'token-kowalski', preview, errors: [] });
    const { user, missingKeys } = await renderLedgerScreen('import');
    await user.click(await screen.findByTestId('import-choose'));
    expect(await screen.findByTestId('import-preview')).toBeTruthy();

    await openRegister(user, nowak);

    await waitFor(() => expect(screen.queryByTestId('import-preview')).toBeNull());
    expect(screen.getByTestId('import-choose')).toBeTruthy();
    expect(api.importCancel).toHaveBeenCalledExactlyOnceWith({ token: 'token-kowalski' });
    expect(missingKeys).toEqual([]);
  });

  it('an import commit answered after another register opened shows no summary in the new one', async () => {
    installLedgerFake();
    const api = fakeImport({ token: 'token-kowalski', preview, errors: [] });
    useSessionStore.setState({ status: openStatus });
    useImportStore.setState({ ...initialImportState, phase: 'preview', session: { token: 'token-kowalski', preview, errors: [] } });
    const late = deferred<Result<ImportSummary & { snapshotId: string }>>();
    api.importCommit.mockReturnValueOnce(late.promise);
    const committing = useImportStore.getState().commit();

    useSessionStore.setState({ status: nowak });
    late.resolve({ ok: true, value: { snapshotId: 'snap-1', newPeople: 2, updatedPeople: 1, servers: 0, purchases: 0, assignments: 0, releasedAssignments: 0, assumedDates: 0 } });
    await committing;

    expect(useImportStore.getState()).toMatchObject({ phase: 'idle', session: null, summary: null });
  });
});

describe('What a screen said of the last register', { timeout: 60_000 }, () => {
  const remove = async (user: LedgerUser) => {
    await user.click(await screen.findByRole('button', { name: 'Remove faktura-FV-2024-03-17.pdf from this purchase' }));
    await user.click(within(await screen.findByTestId('remove-proof-dialog')).getByText('Remove proof', { selector: 'button' }));
    await screen.findByTestId('proof-removed');
  };

  it('the Purchases screen no longer says the last register’s proof was removed once another register is open', async () => {
    const ledger = installLedgerFake();
    const { user, missingKeys } = await renderLedgerScreen('purchases');
    await remove(user);

    await openRegister(user, nowak);

    await waitFor(() => expect(ledger.purchasesList).toHaveBeenCalledTimes(2));
    expect(await screen.findByText('FV/2024/03/17')).toBeTruthy();
    expect(screen.queryByTestId('proof-removed')).toBeNull();
    expect(missingKeys).toEqual([]);
  });

  it('nor, in Polish, that the last register’s stored proofs were put right, nor why an attach was refused there', async () => {
    const ledger = installLedgerFake({ language: 'pl' });
    ledger.proofAttach
      .mockResolvedValueOnce({ ok: true, value: { purchase, repaired: [{ name: 'faktura.pdf', found: 'missing' }] } })
      .mockResolvedValueOnce({ ok: false, error: { code: 'io-error', message: 'The register folder cannot be written.' } });
    const { user, missingKeys } = await renderLedgerScreen('purchases', { language: 'pl' });
    const attach = async () => {
      await user.click(await screen.findByRole('button', { name: /^Akcje dla Exchange Server 2019 Standard/ }));
      await user.click(await screen.findByRole('menuitem', { name: 'Dołącz dowód zakupu…' }));
    };
    await attach();
    expect((await screen.findByTestId('proof-repaired')).textContent).toContain('faktura.pdf');

    await openRegister(user, nowak, 'pl');
    await waitFor(() => expect(ledger.purchasesList).toHaveBeenCalledTimes(2));
    expect(screen.queryByTestId('proof-repaired')).toBeNull();

    await attach();
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Nie udało się odczytać ani zapisać/);
    await openRegister(user, { ...openStatus, sessionId: 'session-wisniewski', path: 'D:\\Klienci\\Wiśniewski', folderName: 'Wiśniewski' }, 'pl');
    await waitFor(() => expect(ledger.purchasesList).toHaveBeenCalledTimes(3));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(missingKeys).toEqual([]);
  });

  it('the same register opened again keeps what the Purchases screen said of it', async () => {
    installLedgerFake();
    const { user } = await renderLedgerScreen('purchases');
    await remove(user);

    await openRegister(user, openStatus);

    await waitFor(() => expect(screen.getByRole('button', { name: 'File' })).toBeTruthy());
    expect(screen.getByTestId('proof-removed')).toBeTruthy();
  });

  it('the Export screen no longer says the last register’s workbook was saved, or could not be, once another register is open', async () => {
    installLedgerFake();
    useExportStore.setState({ ...initialExportState });
    const workbook = vi.fn<() => Promise<Result<{ fileName: string; sheets: string[]; rows: number }>>>(() => Promise.resolve({ ok: true, value: { fileName: 'audyt-kowalski.xlsx', sheets: ['Summary'], rows: 1 } }));
    addFakes({ exportSheets: vi.fn(() => Promise.resolve({ ok: true, value: [...sheetIds] })), exportWorkbook: workbook, exportProgress: vi.fn(() => new Promise(() => undefined)) });
    const { user, missingKeys } = await renderLedgerScreen('export');
    await user.click(await screen.findByRole('button', { name: 'Save workbook…' }));
    expect((await screen.findByTestId('export-done')).textContent).toContain('audyt-kowalski.xlsx');

    await openRegister(user, nowak);
    await waitFor(() => expect(screen.queryByTestId('export-done')).toBeNull());

    workbook.mockResolvedValueOnce({ ok: false, error: { code: 'io-error', message: 'Disk full.' } });
    await user.click(screen.getByRole('button', { name: 'Save workbook…' }));
    expect(await screen.findByTestId('export-failed')).toBeTruthy();
    await openRegister(user, { ...openStatus, sessionId: 'session-wisniewski', path: 'D:\\Klienci\\Wiśniewski', folderName: 'Wiśniewski' });
    await waitFor(() => expect(screen.queryByTestId('export-failed')).toBeNull());
    expect(missingKeys).toEqual([]);
  });
});
