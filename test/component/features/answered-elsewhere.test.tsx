import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi, type Mock } from 'vitest';
import type { ComplianceView } from '../../../shared/contracts/compliance';
import type { AssignmentAnswer, PersonAnswer, PersonRow, ProofAttachResult, PurchaseView, RowsStep, ServerView } from '../../../shared/contracts/ledger';
import type { RegisterStatus } from '../../../shared/contracts/register';
import type { Result } from '../../../shared/result';
import { initialSessionState, useSessionStore } from '../../../renderer/app/sessionStore';
import { initialAssignData, useAssignStore } from '../../../renderer/features/assign/store';
import { initialExportState, useExportStore } from '../../../renderer/features/export/store';
import { initialComplianceState, useComplianceStore } from '../../../renderer/features/findings/store';
import { initialImportState, useImportStore, type ImportSummary } from '../../../renderer/features/import/store';
import { initialOverviewState, useOverviewStore } from '../../../renderer/features/overview/store';
import { initialPurchasesState, usePurchasesStore } from '../../../renderer/features/purchases/store';
import { initialRegisterState, useRegisterStore } from '../../../renderer/features/register/store';
import { initialServersState, useServersStore } from '../../../renderer/features/servers/store';
import { addFakes, openStatus } from '../fakeApi';
import { fakeImport, preview } from './import/importFake';
import { anna, deferred, installLedgerFake, lukasz, lukaszCal, purchase, server } from './ledgerFake';
import { complianceView } from './overview-compliance/complianceFake';
import { chooseServerLotAndAnna, renderLedgerScreen, type LedgerUser } from './renderLedger';

/** What main's answers to a change of one person's row say it did to the rows (`RowsStep`). */
const rowsStep: RowsStep = { before: 1, after: 2, day: '2026-01-15' };

const nowak: RegisterStatus = { ...openStatus, path: 'D:\\Klienci\\Nowak', folderName: 'Nowak' };
const nowakLot: PurchaseView = { ...purchase, id: 'lot-nowak', document: 'FV/2026/01/08', proofIds: [], proofs: [] };
const nowakServer: ServerView = { ...server, id: 'srv-nowak', name: 'NWK-EX' };

const savedThere = 'The change was saved in register "Kowalski i Syn", which is no longer open. The register open now was not changed.';

/** File ▸ Open register… (Plik ▸ Otwórz rejestr…) answered by main with the register at `status`. */
async function openRegister(user: LedgerUser, status: RegisterStatus, labels = { file: 'File', open: 'Open register…' }): Promise<void> {
  const registerOpen = window.calRegister!.registerOpen as unknown as Mock<() => Promise<Result<RegisterStatus>>>;
  registerOpen.mockResolvedValueOnce({ ok: true, value: status });
  await user.click(screen.getByRole('button', { name: labels.file }));
  await user.click(await screen.findByRole('menuitem', { name: labels.open }));
}

/** The Kowalski register open with fresh stores; `switchTo` opens Nowak as a switch answered by main would. */
function kowalskiOpen() {
  const ledger = installLedgerFake();
  useSessionStore.setState({ ...initialSessionState, phase: 'ready', status: openStatus });
  useRegisterStore.setState(initialRegisterState);
  usePurchasesStore.setState(initialPurchasesState);
  useServersStore.setState(initialServersState);
  useAssignStore.setState(initialAssignData());
  useOverviewStore.setState(initialOverviewState);
  useComplianceStore.setState(initialComplianceState);
  useExportStore.setState(initialExportState);
  useImportStore.setState(initialImportState);
  return { ledger, switchTo: () => useSessionStore.setState({ status: nowak }) };
}

describe('a change answered after another register opened', { timeout: 60_000 }, () => {
  it('the wizard stays at step 1 of the new register when the assignment it was recording is answered, and the app says where it was recorded', async () => {
    const ledger = installLedgerFake({ people: [anna, lukasz] });
    const { user, missingKeys } = await renderLedgerScreen('assign');
    await chooseServerLotAndAnna(user);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(useAssignStore.getState().check.kind).toBe('done'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const created = deferred<Result<AssignmentAnswer>>();
    ledger.assignmentCreate.mockReturnValueOnce(created.promise);
    await user.click(await screen.findByRole('button', { name: 'Record the assignment' }));

    await openRegister(user, nowak);
    expect(await screen.findByRole('heading', { level: 2, name: /^Step 1\./ })).toBeTruthy();
    await act(async () => created.resolve({ ok: true, value: { ...lukaszCal, id: 'a-kowalski', personId: anna.id, holder: { ...anna, activeCals: [{ ...lukasz.activeCals[0]!, assignmentId: 'a-kowalski' }] }, rowsStep } }));

    expect(useAssignStore.getState()).toMatchObject({ step: 0, assignment: null, creating: false, createError: null, personId: null });
    expect(screen.getByRole('heading', { level: 2, name: /^Step 1\./ })).toBeTruthy();
    expect(screen.queryByTestId('wizard-recorded')).toBeNull();
    expect(screen.getByTestId('app-elsewhere').textContent).toBe(savedThere);
    expect(missingKeys).toEqual([]);
  });

  it('a proof attached on the Purchases screen puts none of the last register’s lots into the new list, and its repair is not said as this register’s; in Polish', async () => {
    const ledger = installLedgerFake({ language: 'pl' });
    const { user, missingKeys } = await renderLedgerScreen('purchases', { language: 'pl' });
    expect(await screen.findByText('FV/2024/03/17')).toBeTruthy();
    const attached = deferred<Result<ProofAttachResult>>();
    ledger.proofAttach.mockReturnValueOnce(attached.promise);
    ledger.purchasesList.mockResolvedValueOnce({ ok: true, value: [nowakLot] });
    await user.click(screen.getByRole('button', { name: /^Akcje dla Exchange Server 2019 Standard/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Dołącz dowód zakupu…' }));

    await openRegister(user, nowak, { file: 'Plik', open: 'Otwórz rejestr…' });
    expect(await screen.findByText('FV/2026/01/08')).toBeTruthy();
    await act(async () => attached.resolve({ ok: true, value: { purchase, repaired: [{ name: 'faktura.pdf', found: 'missing' }] } }));

    expect(screen.queryByText('FV/2024/03/17')).toBeNull();
    expect(usePurchasesStore.getState().purchases).toEqual([nowakLot]);
    expect(screen.queryByTestId('proof-repaired')).toBeNull();
    expect(screen.getByTestId('app-elsewhere').textContent).toBe('Zmianę zapisano w rejestrze „Kowalski i Syn”, który nie jest już otwarty. Otwarty teraz rejestr się nie zmienił.');
    // Dismissed, it is gone.
    await user.click(screen.getByRole('button', { name: 'Zamknij' }));
    expect(screen.queryByTestId('app-elsewhere')).toBeNull();
    expect(missingKeys).toEqual([]);
  });

  it('a person, lot or server saved in the last register stays out of the new register’s lists', async () => {
    const { ledger, switchTo } = kowalskiOpen();
    const late = <T,>(channel: 'personSave' | 'purchaseSave' | 'purchaseVoid' | 'proofDetach' | 'serverSave' | 'serverVerify') => {
      const answer = deferred<Result<T>>();
      (ledger[channel] as unknown as Mock<() => Promise<Result<T>>>).mockReturnValueOnce(answer.promise);
      return answer;
    };
    const person = late<PersonRow>('personSave');
    const lot = late<PurchaseView>('purchaseSave');
    const voided = late<PurchaseView>('purchaseVoid');
    const detached = late<PurchaseView>('proofDetach');
    const added = late<ServerView>('serverSave');
    const verified = late<ServerView>('serverVerify');
    const answers = Promise.all([
      useRegisterStore.getState().savePerson({ givenName: 'Jan', surname: 'Kowalski', email: 'j.kowalski@przyklad.pl', login: 'jkowalski', department: '' }),
      usePurchasesStore.getState().save({ productId: purchase.productId, quantity: 10, date: '2024-03-01', document: 'FV/2024/03/17' }),
      usePurchasesStore.getState().voidPurchase(purchase.id, 'Entered twice'),
      usePurchasesStore.getState().detachProof(purchase.id, 'proof-1'),
      useServersStore.getState().save({ name: 'EX02', product: 'Exchange Server 2019', edition: 'Standard', activation: { state: 'activated' } }),
      useServersStore.getState().verify(server.id, 'Jan Kowalski'),
    ]);

    switchTo();
    useRegisterStore.setState({ people: [anna], loaded: true });
    usePurchasesStore.setState({ purchases: [nowakLot], loaded: true });
    useServersStore.setState({ servers: [nowakServer], loaded: true });
    person.resolve({ ok: true, value: { ...anna, id: 'p-jan', givenName: 'Jan' } });
    lot.resolve({ ok: true, value: purchase });
    voided.resolve({ ok: true, value: { ...purchase, voidedAt: '2026-01-15T10:00:00.000Z' } });
    detached.resolve({ ok: true, value: { ...purchase, proofIds: [], proofs: [] } });
    added.resolve({ ok: true, value: { ...server, id: 'srv-ex02', name: 'EX02' } });
    verified.resolve({ ok: true, value: { ...server, verifiedAt: '2026-01-15T10:00:00.000Z', verifiedBy: 'Jan Kowalski' } });

    // Every caller is told there is nothing of its answer to show here: no dialog closes on a "saved", none selects what it saved.
    expect((await answers).map((result) => result.ok)).toEqual([false, false, false, false, false, false]);
    expect(useRegisterStore.getState().people).toEqual([anna]);
    expect(usePurchasesStore.getState().purchases).toEqual([nowakLot]);
    expect(useServersStore.getState().servers).toEqual([nowakServer]);
    expect(useSessionStore.getState().elsewhere).toEqual({ folderName: 'Kowalski i Syn', done: true, what: 'change', fileName: null });
  });

  it('a release, a departure or its undoing answered after the switch reloads nothing and reports no success (the Release dialog would have opened the wizard)', async () => {
    const { ledger, switchTo } = kowalskiOpen();
    const cal = lukasz.activeCals[0]!;
    for (const change of ['release', 'leave', 'return'] as const) {
      useSessionStore.setState({ status: openStatus, elsewhere: null });
      useRegisterStore.setState({ people: [lukasz], loaded: true, releaseTarget: { person: lukasz, cal, mode: 'reassign' }, leaveTarget: lukasz });
      const answer = deferred<Result<AssignmentAnswer | PersonAnswer>>();
      const channel = change === 'release' ? ledger.assignmentRelease : change === 'leave' ? ledger.personLeave : ledger.personReturn;
      (channel as unknown as Mock<() => Promise<Result<AssignmentAnswer | PersonAnswer>>>).mockReturnValueOnce(answer.promise);
      const store = useRegisterStore.getState();
      const asked =
        change === 'release'
          ? store.confirmRelease({ releasedOn: '2026-01-15', reason: 'role-change', notes: '' })
          : change === 'leave'
            ? store.confirmLeave({ leftOn: '2026-01-15', releaseCals: true })
            : store.confirmReturn();
      switchTo();
      const lists = ledger.peopleList.mock.calls.length;
      answer.resolve({ ok: true, value: change === 'release' ? { ...lukaszCal, releasedOn: '2026-01-15', holder: { ...lukasz, activeCals: [] }, rowsStep } : { ...lukasz, rowsStep } });

      expect({ change, ok: (await asked).ok }).toEqual({ change, ok: false });
      expect(ledger.peopleList.mock.calls.length).toBe(lists);
      // Nor is the last register's row put into the new register's list.
      expect(useRegisterStore.getState().people).toEqual([]);
      expect(useSessionStore.getState().elsewhere).toMatchObject({ folderName: 'Kowalski i Syn', done: true });
    }
  });

  it('the organization saved in the last register does not put that register’s status back on screen, nor say "saved" in the new one', async () => {
    const { switchTo } = kowalskiOpen();
    const update = window.calRegister!.organizationUpdate as unknown as Mock<() => Promise<Result<RegisterStatus>>>;
    const answer = deferred<Result<RegisterStatus>>();
    update.mockReturnValueOnce(answer.promise);
    const saving = useOverviewStore.getState().saveOrganization({ ...openStatus.organization, name: 'Kowalski i Synowie' });

    switchTo();
    answer.resolve({ ok: true, value: { ...openStatus, organization: { ...openStatus.organization, name: 'Kowalski i Synowie' } } });
    await saving;

    expect(useSessionStore.getState().status).toEqual(nowak);
    expect(useOverviewStore.getState().save).toEqual({ kind: 'idle' });
    expect(useSessionStore.getState().elsewhere).toMatchObject({ folderName: 'Kowalski i Syn', done: true, what: 'change' });
  });

  it('the shared-mailbox setting saved in the last register leaves the new register’s dashboard loading, not showing the last one’s', async () => {
    const { switchTo } = kowalskiOpen();
    const answer = deferred<Result<ComplianceView>>();
    addFakes({ complianceSettings: vi.fn(() => answer.promise) });
    const saving = useComplianceStore.getState().setCountSharedMailboxes(true);

    switchTo();
    useComplianceStore.setState({ dashboard: { kind: 'loading' } });
    answer.resolve({ ok: true, value: { ...complianceView, countSharedMailboxes: true } });
    await saving;

    expect(useComplianceStore.getState()).toMatchObject({ dashboard: { kind: 'loading' }, savingSetting: false, settingError: null });
  });

  it('an audit workbook written of the last register is not shown as this one’s export: the app names the register and the file', async () => {
    const { switchTo } = kowalskiOpen();
    const answer = deferred<Result<{ fileName: string; sheets: string[]; rows: number }>>();
    addFakes({ exportWorkbook: vi.fn(() => answer.promise), exportProgress: vi.fn(() => new Promise(() => undefined)) });
    const saving = useExportStore.getState().save('en');

    switchTo();
    answer.resolve({ ok: true, value: { fileName: 'Audyt Kowalski i Syn 2026-01-15.xlsx', sheets: ['Summary'], rows: 12 } });
    await saving;

    expect(useExportStore.getState().run).toEqual({ kind: 'idle' });
    expect(useSessionStore.getState().elsewhere).toEqual({ folderName: 'Kowalski i Syn', done: true, what: 'workbook', fileName: 'Audyt Kowalski i Syn 2026-01-15.xlsx' });
  });

  it('an import committed in the last register is said as that register’s, and its summary is not shown', async () => {
    const { switchTo } = kowalskiOpen();
    const api = fakeImport({ token: 'token-kowalski', preview, errors: [] });
    useImportStore.setState({ ...initialImportState, phase: 'preview', session: { token: 'token-kowalski', preview, errors: [] } });
    const late = deferred<Result<ImportSummary & { snapshotId: string }>>();
    api.importCommit.mockReturnValueOnce(late.promise);
    const committing = useImportStore.getState().commit();

    switchTo();
    late.resolve({ ok: true, value: { snapshotId: 'snap-1', newPeople: 2, updatedPeople: 1, servers: 0, purchases: 0, assignments: 0, releasedAssignments: 0, assumedDates: 0 } });
    await committing;

    expect(useImportStore.getState()).toMatchObject({ phase: 'idle', session: null, summary: null, error: null });
    expect(useSessionStore.getState().elsewhere).toMatchObject({ folderName: 'Kowalski i Syn', done: true, what: 'change' });
  });

  it('files picked for the last register are not previewed in the new one, and main is told to forget them', async () => {
    const { switchTo } = kowalskiOpen();
    const api = fakeImport({ token: 'token-kowalski', preview, errors: [] });
    const late = deferred<Result<{ token: string; preview: typeof preview; errors: [] }>>();
    api.importPick.mockReturnValueOnce(late.promise);
    const picking = useImportStore.getState().pick();

    switchTo();
    late.resolve({ ok: true, value: { token: 'token-kowalski', preview, errors: [] } });
    await picking;

    expect(useImportStore.getState()).toMatchObject({ phase: 'idle', session: null });
    expect(api.importCancel).toHaveBeenCalledExactlyOnceWith({ token: 'token-kowalski' });
  });

  it('a change refused in the last register is said as not saved there, and its refusal is not shown in the new one', async () => {
    const { ledger, switchTo } = kowalskiOpen();
    const answer = deferred<Result<ProofAttachResult>>();
    ledger.proofAttach.mockReturnValueOnce(answer.promise);
    useAssignStore.setState({ step: 5, purchaseId: purchase.id });
    const attaching = useAssignStore.getState().attachProof();

    switchTo();
    answer.resolve({ ok: false, error: { code: 'register-not-open', message: 'Register "Kowalski i Syn" was closed before this could be done, so nothing was written.' } });
    await attaching;

    expect(useSessionStore.getState().elsewhere).toEqual({ folderName: 'Kowalski i Syn', done: false, what: 'change', fileName: null });
    expect(useAssignStore.getState()).toMatchObject({ attaching: false, proofError: null });
  });

  it('a proof dialog cancelled after the switch says nothing', async () => {
    const { ledger, switchTo } = kowalskiOpen();
    const answer = deferred<Result<ProofAttachResult>>();
    ledger.proofAttach.mockReturnValueOnce(answer.promise);
    const attaching = usePurchasesStore.getState().attachProof(purchase.id);

    switchTo();
    answer.resolve({ ok: false, error: { code: 'cancelled', message: 'No file was chosen.' } });

    expect(await attaching).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(useSessionStore.getState().elsewhere).toBeNull();
  });

  it('a change asked once the switch was asked went to the register it opened: its answer is shown there', async () => {
    const { ledger } = kowalskiOpen();
    const registerOpenRecent = window.calRegister!.registerOpenRecent as unknown as Mock<() => Promise<Result<RegisterStatus>>>;
    const opened = deferred<Result<RegisterStatus>>();
    registerOpenRecent.mockReturnValueOnce(opened.promise);
    const saved = deferred<Result<PersonAnswer>>();
    ledger.personSave.mockReturnValueOnce(saved.promise);
    const jan: PersonRow = { ...anna, id: 'p-jan', givenName: 'Jan', surname: 'Nowak' };

    const switching = useSessionStore.getState().openRecent('r1');
    // Main answers in order: this save is made after the switch, in Nowak.
    const saving = useRegisterStore.getState().savePerson({ givenName: 'Jan', surname: 'Nowak', email: '', login: 'jnowak', department: '' });
    opened.resolve({ ok: true, value: nowak });
    await switching;
    saved.resolve({ ok: true, value: { ...jan, rowsStep } });

    expect(await saving).toEqual({ ok: true, value: jan });
    expect(useRegisterStore.getState().people).toContainEqual(jan);
    expect(useSessionStore.getState()).toMatchObject({ status: nowak, elsewhere: null });
  });
});
