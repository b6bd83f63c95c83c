import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportProgressView } from '../../../../shared/contracts/export';
import { sheetIds } from '../../../../shared/export/types';
import type { Result } from '../../../../shared/result';
import { todayIso } from '../../../../renderer/components/ledgerLabels';
import { useExportStore } from '../../../../renderer/features/export/store';
import { addFakes, installFakeApi, openStatus } from '../../fakeApi';
import { renderApp } from '../../renderApp';
import { fakeCompliance, fastUser, resetFeatureStores } from '../overview-compliance/complianceFake';

beforeEach(() => {
  resetFeatureStores();
  localStorage.clear();
});

type WorkbookResult = Result<{ fileName: string; sheets: string[]; rows: number }>;

/** Fakes the export channels; the workbook call stays pending until the test finishes it. */
function fakeExport() {
  let finish: (result: WorkbookResult) => void = () => undefined;
  let progress: ExportProgressView = { running: true, rowsWritten: 0, totalRows: 0, sheetIndex: 0, sheetCount: 0 };
  const api = {
    exportSheets: vi.fn(() => Promise.resolve({ ok: true as const, value: [...sheetIds] })),
    exportWorkbook: vi.fn(() => new Promise<WorkbookResult>((resolve) => (finish = resolve))),
    exportProgress: vi.fn(() => Promise.resolve({ ok: true as const, value: progress })),
    exportShowInFolder: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
  };
  addFakes(api);
  return { api, finish: (result: WorkbookResult) => finish(result), setProgress: (p: ExportProgressView) => (progress = p) };
}

async function openExport(language: 'en' | 'pl' = 'en') {
  const view = { ...(await renderApp({ language })), user: fastUser() };
  await view.user.click(screen.getByTestId('nav-export'));
  await screen.findByRole('heading', { level: 1, name: language === 'en' ? 'Export' : 'Eksport' });
  return view;
}

describe('Export screen', () => {
  it('sends the chosen language, prepared-by, as-of date and sheets, shows progress while main writes, then the file', async () => {
    installFakeApi();
    const fake = fakeExport();
    const { user } = await openExport();

    await user.click(screen.getByRole('radio', { name: 'Polski' }));
    await user.type(screen.getByRole('textbox', { name: /Prepared by/ }), 'Anna Nowak');
    await user.click(screen.getByRole('checkbox', { name: 'Assignment history' }));
    await user.click(screen.getByRole('checkbox', { name: 'Checklist' }));
    fake.setProgress({ running: true, rowsWritten: 40, totalRows: 80, sheetIndex: 1, sheetCount: 5 });
    await user.click(screen.getByRole('button', { name: 'Save workbook…' }));

    expect(fake.api.exportWorkbook).toHaveBeenCalledWith({
      lang: 'pl',
      preparedBy: 'Anna Nowak',
      asOf: useExportStore.getState().asOf,
      sheets: ['summary', 'register', 'purchases', 'servers', 'findings'],
    });
    expect(await screen.findByText('Sheet 2 of 5 · 40 of 80 rows', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByRole('progressbar')).toBeTruthy();

    await act(async () => fake.finish({ ok: true, value: { fileName: 'audit.xlsx', sheets: ['Podsumowanie', 'Rejestr', 'Zakupy i dowody', 'Serwery', 'Ustalenia'], rows: 120 } }));
    const done = await screen.findByTestId('export-done');
    expect(done.textContent).toContain('audit.xlsx — 5 sheets, 120 rows.');
    await user.click(within(done).getByRole('button', { name: 'Show in folder' }));
    expect(fake.api.exportShowInFolder).toHaveBeenCalled();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('the Summary sheet cannot be left out and the workbook language follows the UI by default', async () => {
    installFakeApi({ settings: { language: 'pl', version: '0.1.0', recent: [] } });
    const fake = fakeExport();
    const { user, missingKeys } = await openExport('pl');

    const summary = screen.getByRole('checkbox', { name: /Podsumowanie/ }) as HTMLInputElement;
    expect(summary.checked).toBe(true);
    expect(summary.disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Zapisz skoroszyt…' }));

    expect(fake.api.exportWorkbook).toHaveBeenCalledWith(expect.objectContaining({ lang: 'pl', sheets: [...sheetIds] }));
    expect(missingKeys).toEqual([]);
  });

  it('a cancelled save dialog shows no error', async () => {
    installFakeApi();
    const fake = fakeExport();
    const { user } = await openExport();

    await user.click(screen.getByRole('button', { name: 'Save workbook…' }));
    await act(async () => fake.finish({ ok: false, error: { code: 'cancelled', message: 'No file was chosen.' } }));

    expect(screen.queryByTestId('export-failed')).toBeNull();
    expect(screen.queryByTestId('export-done')).toBeNull();
    expect((screen.getByRole('button', { name: 'Save workbook…' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it.each([
    ['en', 'Save workbook…', 'The audit workbook could not be saved: permission denied (EPERM); if the file is open in Excel, close it and try again. Nothing was written.'],
    ['pl', 'Zapisz skoroszyt…', 'Nie udało się zapisać skoroszytu audytu: brak uprawnień (EPERM); jeśli plik jest otwarty w Excelu, zamknij go i spróbuj ponownie. Nic nie zapisano.'],
  ] as const)('a save the OS refused is explained in %s by the message main named, not by the OS text', async (language, button, text) => {
    installFakeApi({ settings: { language, version: '0.1.0', recent: [] } });
    const fake = fakeExport();
    const { user, missingKeys } = await openExport(language);

    await user.click(screen.getByRole('button', { name: button }));
    const english = 'The audit workbook could not be saved: permission denied (EPERM); if the file is open in Excel, close it and try again. Nothing was written.';
    await act(async () =>
      fake.finish({ ok: false, error: { code: 'io-error', message: english, detail: { osCode: 'EPERM', messageKey: 'export-save-denied', fileName: 'audyt.xlsx' } } }),
    );

    expect((await screen.findByTestId('export-failed')).textContent).toContain(text);
    expect(missingKeys).toEqual([]);
  });

  it('"prepared by" is remembered for the next time', async () => {
    installFakeApi();
    fakeExport();
    const { user } = await openExport();

    await user.type(screen.getByRole('textbox', { name: /Prepared by/ }), 'Jan Kowalski');

    expect(JSON.parse(localStorage.getItem('cal-register.export') ?? '{}').state).toEqual({ preparedBy: 'Jan Kowalski' });
  });
});

/** The optional sheets ticked on the Export screen, in screen order. */
const tickedSheets = () => sheetIds.filter((id) => (screen.getByTestId(`export-sheet-${id}`) as HTMLInputElement).checked);

/** Findings ▸ Export findings…: the Export screen with only the Summary and Findings sheets ticked. */
async function exportFromFindings(user: ReturnType<typeof fastUser>) {
  await user.click(screen.getByTestId('nav-findings'));
  await user.click(await screen.findByRole('button', { name: 'Export findings…' }));
  await screen.findByRole('heading', { level: 1, name: 'Export' });
  expect(tickedSheets()).toEqual(['summary', 'findings']);
}

describe('Export findings… preset', () => {
  it('holds for the findings export only: once it is saved and the screen left, Export ticks every sheet again', async () => {
    installFakeApi();
    fakeCompliance();
    const fake = fakeExport();
    const { user } = await openExport();
    await exportFromFindings(user);

    await user.click(screen.getByRole('button', { name: 'Save workbook…' }));
    expect(fake.api.exportWorkbook).toHaveBeenLastCalledWith(expect.objectContaining({ sheets: ['summary', 'findings'] }));
    await act(async () => fake.finish({ ok: true, value: { fileName: 'findings.xlsx', sheets: ['Summary', 'Findings'], rows: 4 } }));
    await screen.findByTestId('export-done');
    // Still on the screen that made it, the choice stays as shown: the same export again (in the other language, say) needs no re-ticking.
    expect(tickedSheets()).toEqual(['summary', 'findings']);
    await user.click(screen.getByTestId('nav-overview'));
    await user.click(screen.getByTestId('nav-export'));

    expect(tickedSheets()).toEqual([...sheetIds]);
    await user.click(screen.getByRole('button', { name: 'Save workbook…' }));
    expect(fake.api.exportWorkbook).toHaveBeenLastCalledWith(expect.objectContaining({ sheets: [...sheetIds] }));
  });

  it('leaving Export without saving ends it, and the sheets the user had chosen before come back', async () => {
    installFakeApi();
    fakeCompliance();
    fakeExport();
    const { user } = await openExport();
    await user.click(screen.getByRole('checkbox', { name: 'Checklist' }));
    await exportFromFindings(user);

    await user.click(screen.getByTestId('nav-register'));
    await user.click(screen.getByTestId('nav-export'));

    expect(tickedSheets()).toEqual(sheetIds.filter((id) => id !== 'checklist'));
  });

  it('another register opened from File ▸ Open ends it, though the Export screen stays open', async () => {
    const api = installFakeApi();
    fakeCompliance();
    fakeExport();
    const { user } = await openExport();
    await exportFromFindings(user);
    api.registerOpen.mockResolvedValueOnce({ ok: true, value: { ...openStatus, path: 'D:\\Klienci\\Nowak', folderName: 'Nowak' } });

    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Open register…' }));

    await expect.poll(tickedSheets).toEqual([...sheetIds]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Export');
  });
});

describe('Export after another register is opened', () => {
  it('another register opened from File ▸ Open is exported as of today, not as of the date chosen for the last one', async () => {
    const api = installFakeApi();
    const fake = fakeExport();
    const { user } = await openExport();
    const asOf = screen.getByLabelText(/As-of date/);
    await user.clear(asOf);
    await user.type(asOf, '2025-06-30');
    await user.tab();
    expect(useExportStore.getState().asOf).toBe('2025-06-30');
    api.registerOpen.mockResolvedValueOnce({ ok: true, value: { ...openStatus, path: 'D:\\Klienci\\Nowak', folderName: 'Nowak' } });

    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Open register…' }));
    await expect.poll(() => useExportStore.getState().asOf).toBe(todayIso());
    await user.click(screen.getByRole('button', { name: 'Save workbook…' }));

    expect(fake.api.exportWorkbook).toHaveBeenLastCalledWith(expect.objectContaining({ asOf: todayIso() }));
  });
});
