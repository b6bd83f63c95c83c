import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useNavigationStore } from '../../../../renderer/app/navigationStore';
import { useExportStore } from '../../../../renderer/features/export/store';
import { installFakeApi } from '../../fakeApi';
import { renderApp } from '../../renderApp';
import { fakeCompliance, fastUser, resetFeatureStores } from '../overview-compliance/complianceFake';

beforeEach(resetFeatureStores);

async function openFindings(language: 'en' | 'pl' = 'en') {
  const view = { ...(await renderApp({ language })), user: fastUser() };
  await view.user.click(screen.getByTestId('nav-findings'));
  await screen.findByTestId('findings-table');
  return view;
}

describe('Findings screen', () => {
  it('lists every finding with severity text, translated rule title, subject, message and fix', async () => {
    installFakeApi();
    fakeCompliance();
    const { missingKeys } = await openFindings();

    const rows = screen.getAllByTestId('finding-row');
    expect(rows).toHaveLength(4);
    const shortfall = rows[0]!;
    expect(within(shortfall).getByText('Error')).toBeTruthy();
    expect(within(shortfall).getByText('CAL shortfall')).toBeTruthy();
    expect(within(shortfall).getByText('Exchange Server 2019 Standard User CAL: 5 required, 3 purchased — 2 short.')).toBeTruthy();
    expect(within(shortfall).getByRole('button', { name: 'Add a purchase: Exchange Server 2019 Standard User CAL' })).toBeTruthy();
    expect(within(rows[3]!).getByText('No action needed')).toBeTruthy();
    expect(missingKeys).toEqual([]);
  });

  it('the severity filter shows only findings of that severity', async () => {
    installFakeApi();
    fakeCompliance();
    const { user } = await openFindings();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'error');

    const rows = screen.getAllByTestId('finding-row');
    expect(rows.map((row) => row.dataset.severity)).toEqual(['error', 'error']);
    expect(screen.getByTestId('findings-shown').textContent).toBe('Showing 2 of 4');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rule' }), 'mailbox-without-cal');
    expect(screen.getAllByTestId('finding-row').map((row) => row.dataset.rule)).toEqual(['mailbox-without-cal']);
  });

  it('messages and rule titles are Polish in Polish', async () => {
    installFakeApi({ settings: { language: 'pl', version: '0.1.0', recent: [] } });
    fakeCompliance();
    const { missingKeys } = await openFindings('pl');

    const shortfall = screen.getAllByTestId('finding-row')[0]!;
    expect(within(shortfall).getByText('Niedobór licencji CAL')).toBeTruthy();
    expect(within(shortfall).getByText('Błąd')).toBeTruthy();
    expect(missingKeys).toEqual([]);
  });

  it('a new as-of date asks main for the report as of that date', async () => {
    installFakeApi();
    const api = fakeCompliance();
    await openFindings();

    // A date input changes once per whole date (as a date picker does), so set it in one event.
    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2025-06-30' } });

    expect(api.complianceReport).toHaveBeenLastCalledWith({ asOf: '2025-06-30' });
    await expect.poll(() => screen.queryAllByTestId('finding-row').length).toBe(4);
  });

  it('Export findings opens Export with only the Summary and Findings sheets chosen', async () => {
    installFakeApi();
    fakeCompliance();
    const { user } = await openFindings();

    await user.click(screen.getByRole('button', { name: 'Export findings…' }));

    expect(useNavigationStore.getState().screen).toBe('export');
    expect(useExportStore.getState().sheets).toEqual(['summary', 'findings']);
  });
});
