import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { sheetIds } from '../../../shared/export/types';
import { todayIso } from '../../../renderer/components/ledgerLabels';
import { initialExportState, useExportStore } from '../../../renderer/features/export/store';
import { initialComplianceState, useComplianceStore } from '../../../renderer/features/findings/store';
import { addFakes, installFakeApi } from '../fakeApi';
import { renderApp } from '../renderApp';
import { installLedgerFake } from './ledgerFake';
import { fakeCompliance, fastUser, resetFeatureStores } from './overview-compliance/complianceFake';
import { chooseServerLotAndAnna, renderLedgerScreen, type LedgerUser } from './renderLedger';

// Only Date is faked (running on), so Fluent's and user-event's timers keep real time.
const eveningOfThe14th = new Date(2026, 2, 14, 23, 30);
const morningOfThe15th = new Date(2026, 2, 15, 8, 0);

/** The app started on the evening of the 14th: its stores took that day as today. */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(eveningOfThe14th);
  resetFeatureStores();
  localStorage.clear();
  useComplianceStore.setState({ ...initialComplianceState, asOf: '2026-03-14', dashboardDay: '2026-03-14' });
  useExportStore.setState({ ...initialExportState, asOf: '2026-03-14' });
});
afterEach(() => {
  vi.useRealTimers();
});

/** The session runs past midnight: the next morning, the user comes back to the window. */
async function nextMorningWindowFocused(): Promise<void> {
  vi.setSystemTime(morningOfThe15th);
  await act(async () => {
    window.dispatchEvent(new Event('focus'));
  });
}

function fakeExportSheets() {
  const api = {
    exportSheets: vi.fn(() => Promise.resolve({ ok: true as const, value: [...sheetIds] })),
    exportWorkbook: vi.fn(() => Promise.resolve({ ok: true as const, value: { fileName: 'audit.xlsx', sheets: ['Summary'], rows: 1 } })),
    exportProgress: vi.fn(() => Promise.resolve({ ok: true as const, value: { running: false, rowsWritten: 0, totalRows: 0, sheetIndex: 0, sheetCount: 0 } })),
  };
  addFakes(api);
  return api;
}

/** The as-of field of the Findings ("As of") or the Export ("As-of date") screen. */
const asOfField = () => screen.getByLabelText(/^As[ -]of( date)?$/) as HTMLInputElement;

async function open(screenId: 'findings' | 'export' | 'overview') {
  const view = { ...(await renderApp()), user: fastUser() };
  if (screenId !== 'overview') await view.user.click(screen.getByTestId(`nav-${screenId}`));
  return view;
}

/** The Export screen over a fake API that answers the compliance report and the sheets; `exportApi` records the writes. */
async function openExport() {
  installFakeApi();
  fakeCompliance();
  const exportApi = fakeExportSheets();
  const view = await open('export');
  await screen.findByRole('heading', { level: 1, name: 'Export' });
  return { ...view, exportApi };
}

describe('As-of dates past midnight', () => {
  it('the Findings screen’s default as-of moves to the new day when the window comes back, and judges as of it', async () => {
    installFakeApi();
    const api = fakeCompliance();
    await open('findings');
    await screen.findByTestId('findings-table');
    expect(api.complianceReport).toHaveBeenLastCalledWith({ asOf: '2026-03-14' });
    expect(asOfField().value).toBe('2026-03-14');

    await nextMorningWindowFocused();

    expect(api.complianceReport).toHaveBeenLastCalledWith({ asOf: '2026-03-15' });
    expect(useComplianceStore.getState().asOf).toBe('2026-03-15');
    await expect.poll(() => asOfField().value).toBe('2026-03-15');
  });

  it('the Findings screen opened on the next day judges as of that day, not the day the app started', async () => {
    installFakeApi();
    const api = fakeCompliance();
    const { user } = await open('overview');
    vi.setSystemTime(morningOfThe15th);

    await user.click(screen.getByTestId('nav-findings'));
    await screen.findByTestId('findings-table');

    expect(api.complianceReport).toHaveBeenLastCalledWith({ asOf: '2026-03-15' });
    expect(asOfField().value).toBe('2026-03-15');
  });

  it('an as-of date the user chose on the Findings screen stays past midnight', async () => {
    installFakeApi();
    const api = fakeCompliance();
    const { user } = await open('findings');
    await screen.findByTestId('findings-table');
    await user.clear(asOfField());
    await user.type(asOfField(), '2025-06-30');
    await user.tab();
    expect(api.complianceReport).toHaveBeenLastCalledWith({ asOf: '2025-06-30' });

    await nextMorningWindowFocused();
    await user.click(screen.getByTestId('nav-overview'));
    await user.click(screen.getByTestId('nav-findings'));
    await screen.findByTestId('findings-table');

    expect(api.complianceReport).toHaveBeenLastCalledWith({ asOf: '2025-06-30' });
    expect(asOfField().value).toBe('2025-06-30');
  });

  it('the Export screen opened on the next day shows and writes the workbook as of that day', async () => {
    installFakeApi();
    fakeCompliance();
    const exportApi = fakeExportSheets();
    const { user } = await open('overview');
    vi.setSystemTime(morningOfThe15th);

    await user.click(screen.getByTestId('nav-export'));
    await screen.findByRole('heading', { level: 1, name: 'Export' });
    expect(asOfField().value).toBe('2026-03-15');
    await user.click(screen.getByRole('button', { name: 'Save workbook…' }));

    expect(exportApi.exportWorkbook).toHaveBeenLastCalledWith(expect.objectContaining({ asOf: '2026-03-15' }));
  });

  it('the Export screen left open past midnight writes the workbook as of the day it is written', async () => {
    const { user, exportApi } = await openExport();
    expect(asOfField().value).toBe('2026-03-14');

    vi.setSystemTime(morningOfThe15th);
    await user.click(screen.getByRole('button', { name: 'Save workbook…' }));

    expect(exportApi.exportWorkbook).toHaveBeenLastCalledWith(expect.objectContaining({ asOf: '2026-03-15' }));
    await expect.poll(() => asOfField().value).toBe('2026-03-15');
  });

  it('an as-of date the user chose on the Export screen stays past midnight', async () => {
    const { user, exportApi } = await openExport();
    await user.clear(asOfField());
    await user.type(asOfField(), '2025-12-31');
    await user.tab();

    await nextMorningWindowFocused();
    await user.click(screen.getByTestId('nav-overview'));
    await user.click(screen.getByTestId('nav-export'));
    await screen.findByRole('heading', { level: 1, name: 'Export' });
    expect(asOfField().value).toBe('2025-12-31');
    await user.click(screen.getByRole('button', { name: 'Save workbook…' }));

    expect(exportApi.exportWorkbook).toHaveBeenLastCalledWith(expect.objectContaining({ asOf: '2025-12-31' }));
  });

  it('today chosen again on the Export screen is the default again and follows the calendar', async () => {
    const { user } = await openExport();
    for (const date of ['2025-12-31', '2026-03-14']) {
      await user.clear(asOfField());
      await user.type(asOfField(), date);
      await user.tab();
    }
    expect(useExportStore.getState().asOfChosen).toBe(false);

    await nextMorningWindowFocused();

    await expect.poll(() => asOfField().value).toBe('2026-03-15');
  });

  it('the Overview asks main again for today’s position when the window comes back on a new day, and not before', async () => {
    installFakeApi();
    const api = fakeCompliance();
    await open('overview');
    await screen.findByTestId('compliance-dashboard');
    const dashboardCalls = () => api.complianceReport.mock.calls.filter(([input]) => input.asOf === undefined).length;
    expect(dashboardCalls()).toBe(1);

    await act(async () => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(dashboardCalls()).toBe(1);

    await nextMorningWindowFocused();
    expect(dashboardCalls()).toBe(2);
    expect(todayIso()).toBe('2026-03-15');
  });
});


/** The wizard's assignment date field (step 4). */
const assignedOnField = () => screen.getByTestId('wizard-assigned-on') as HTMLInputElement;
const stepHeading = (number: number) => screen.findByRole('heading', { level: 2, name: new RegExp(`^Step ${number}\\.`) });

/** Steps 1 to 3 of the wizard: EX01, its one lot, Anna; then on to the assignment date (step 4). */
async function toRecordStep(user: LedgerUser): Promise<void> {
  await chooseServerLotAndAnna(user);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await stepHeading(4);
  await screen.findByText('The licensing rules allow this assignment.');
}

describe('The assignment date past midnight', { timeout: 90_000 }, () => {
  it('the wizard left open past midnight proposes the new day, checks it and records it', async () => {
    const ledger = installLedgerFake();
    const { user } = await renderLedgerScreen('assign');
    await toRecordStep(user);
    expect(assignedOnField().value).toBe('2026-03-14');

    await nextMorningWindowFocused();

    await expect.poll(() => assignedOnField().value).toBe('2026-03-15');
    expect(ledger.assignmentCheck).toHaveBeenLastCalledWith(expect.objectContaining({ assignedOn: '2026-03-15' }));
    await screen.findByText('The licensing rules allow this assignment.');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Record the assignment' }));
    await waitFor(() => expect(ledger.assignmentCreate).toHaveBeenCalledWith(expect.objectContaining({ assignedOn: '2026-03-15' })));
  });

  it('the wizard opened again the next day proposes that day, not the day its answers were begun', async () => {
    installLedgerFake();
    const { user } = await renderLedgerScreen('assign');
    await screen.findByRole('radio', { name: /EX01/ });
    await user.click(screen.getByTestId('nav-overview'));
    vi.setSystemTime(morningOfThe15th);

    await user.click(screen.getByTestId('nav-assign'));
    await toRecordStep(user);

    expect(assignedOnField().value).toBe('2026-03-15');
  });

  it('the wizard left on the verification step past midnight goes back to the date, now the new day, before recording', async () => {
    const ledger = installLedgerFake();
    const { user } = await renderLedgerScreen('assign');
    await toRecordStep(user);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await stepHeading(5);

    await nextMorningWindowFocused();

    await stepHeading(4);
    await expect.poll(() => assignedOnField().value).toBe('2026-03-15');
    expect(ledger.assignmentCheck).toHaveBeenLastCalledWith(expect.objectContaining({ assignedOn: '2026-03-15' }));
    expect(ledger.assignmentCreate).not.toHaveBeenCalled();
  });

  it('an assignment date the user chose stays past midnight', async () => {
    const ledger = installLedgerFake();
    const { user } = await renderLedgerScreen('assign');
    await toRecordStep(user);
    await user.clear(assignedOnField());
    await user.type(assignedOnField(), '2026-03-10');
    await user.tab();
    await waitFor(() => expect(ledger.assignmentCheck).toHaveBeenLastCalledWith(expect.objectContaining({ assignedOn: '2026-03-10' })));

    await nextMorningWindowFocused();

    expect(assignedOnField().value).toBe('2026-03-10');
    expect(ledger.assignmentCheck).toHaveBeenLastCalledWith(expect.objectContaining({ assignedOn: '2026-03-10' }));
  });
});
