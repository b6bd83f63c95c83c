import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAssignStore } from '../../../../renderer/features/assign/store';
import { useComplianceStore } from '../../../../renderer/features/findings/store';
import { useNavigationStore } from '../../../../renderer/app/navigationStore';
import { installFakeApi } from '../../fakeApi';
import { renderApp } from '../../renderApp';
import { complianceView, fakeCompliance, newRegisterView, resetFeatureStores } from './complianceFake';

beforeEach(resetFeatureStores);

describe('Overview compliance dashboard', () => {
  it('shows per product the purchased, required and assigned numbers and the shortfall or surplus as text', async () => {
    installFakeApi();
    fakeCompliance();
    const { missingKeys } = await renderApp();

    const standard = await screen.findByTestId('position-exchange-2019-standard-user-cal');
    expect(within(standard).getByTestId('position-status').textContent).toBe('Shortfall: 2');
    expect(within(standard).getByTestId('position-status').dataset.status).toBe('error');
    expect(within(standard).getByTestId('position-purchased').textContent).toBe('3');
    expect(within(standard).getByTestId('position-required').textContent).toBe('5');
    expect(within(standard).getByTestId('position-assigned').textContent).toBe('2');
    expect(within(standard).getByRole('img').getAttribute('aria-label')).toBe('Exchange Server 2019 Standard User CAL: 3 purchased, 5 required, 2 assigned');
    const enterprise = screen.getByTestId('position-exchange-2019-enterprise-user-cal');
    expect(within(enterprise).getByTestId('position-status').textContent).toBe('Surplus: 3');
    expect(screen.getByTestId('last-import-age').textContent).toMatch(/^Imported 3 days ago \(/);
    expect(missingKeys).toEqual([]);
  });

  it('names the files of an earlier import whose rows still count, with its date (PL)', async () => {
    installFakeApi({ settings: { language: 'pl', version: '0.1.0', recent: [] } });
    const takenAt = '2026-10-01T10:30:00.000Z';
    fakeCompliance({
      ...complianceView,
      lastImport: {
        takenAt: new Date(Date.now() - 86400_000).toISOString(),
        sources: [
          { fileName: 'zakupy.csv', kind: 'purchases-sheet', rows: 2 },
          { fileName: 'mailboxes.csv', kind: 'mailboxes', rows: 10, takenAt },
        ],
      },
    });
    const { missingKeys } = await renderApp({ language: 'pl' });
    const card = await screen.findByTestId('last-import');
    const when = new Intl.DateTimeFormat('pl-PL', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(takenAt));
    expect(within(card).getByText(/^mailboxes\.csv/).textContent).toBe(`mailboxes.csv — Skrzynki pocztowe (Get-Mailbox), wiersze: 10, nadal liczone z importu z ${when}`);
    expect(within(card).getByText(/^zakupy\.csv/).textContent).not.toMatch(/nadal/);
    expect(missingKeys).toEqual([]);
  });

  it('the Polish dashboard says Niedobór and counts findings with Polish plurals', async () => {
    installFakeApi({ settings: { language: 'pl', version: '0.1.0', recent: [] } });
    fakeCompliance();
    const { missingKeys } = await renderApp({ language: 'pl' });

    const standard = await screen.findByTestId('position-exchange-2019-standard-user-cal');
    expect(within(standard).getByTestId('position-status').textContent).toBe('Niedobór: 2');
    expect(screen.getByTestId('open-findings-error').textContent).toBe('2 błędy');
    expect(missingKeys).toEqual([]);
  });

  it('a server the rules count as 2019 (recorded as SE, before SE’s release) is listed as 2019 with what was recorded, EN and PL', async () => {
    const recordedSe = { ...complianceView, report: { ...complianceView.report, asOf: '2025-03-01', servers: [{ name: 'EX01', product: 'Exchange Server 2019', recordedProduct: 'Exchange Server SE', activation: 'activated' }] } };
    installFakeApi();
    fakeCompliance(recordedSe);
    const english = await renderApp();
    expect(within(await screen.findByTestId('server-status')).getByText(/^Exchange Server/).textContent).toBe('Exchange Server 2019 (recorded as SE, released Jul 1, 2025)');
    expect(english.missingKeys).toEqual([]);
    english.unmount();

    resetFeatureStores();
    installFakeApi({ settings: { language: 'pl', version: '0.1.0', recent: [] } });
    fakeCompliance(recordedSe);
    const polish = await renderApp({ language: 'pl' });
    expect(within(await screen.findByTestId('server-status')).getByText(/^Exchange Server/).textContent).toBe('Exchange Server 2019 (zapisany jako SE, wydany 01.07.2025)');
    expect(polish.missingKeys).toEqual([]);
  });

  it('a severity count opens Findings filtered by that severity', async () => {
    installFakeApi();
    fakeCompliance();
    const { user } = await renderApp();

    await user.click(await screen.findByRole('button', { name: 'Show 1 warning' }));

    expect(useNavigationStore.getState().screen).toBe('findings');
    expect(useComplianceStore.getState().filter).toEqual({ severity: 'warning', rule: 'all' });
    expect(await screen.findAllByTestId('finding-row')).toHaveLength(1);
  });

  it('"what to do next" lists the fixes the findings suggest, and Assign a CAL opens the wizard searching for the mailbox', async () => {
    installFakeApi();
    fakeCompliance();
    const { user } = await renderApp();

    const next = await screen.findByTestId('next-actions');
    const actions = within(next)
      .getAllByRole('listitem')
      .map((item) => item.dataset.testid);
    // Info findings and `none` fixes make no action; buying comes before assigning.
    expect(actions).toEqual(['next-action-add-purchase', 'next-action-assign-cal', 'next-action-attach-proof']);
    await user.click(within(next).getByRole('button', { name: 'Assign a CAL' }));

    expect(useNavigationStore.getState().screen).toBe('assign');
    expect(useAssignStore.getState().personSearch).toBe('anowak@przyklad.pl');
  });

  it.each([
    ['en', ['Add a server', 'Import an inventory']],
    ['pl', ['Dodaj serwer', 'Zaimportuj stan']],
  ] as const)('a new register with no server offers "Add a server" before the import in "what to do next", and it opens Servers (%s)', async (language, names) => {
    installFakeApi({ settings: { language, version: '0.1.0', recent: [] } });
    fakeCompliance(newRegisterView);
    const { user, missingKeys } = await renderApp({ language });

    const next = await screen.findByTestId('next-actions');
    expect(within(next).getAllByRole('listitem').map((item) => item.dataset.testid)).toEqual(['next-action-add-server', 'next-action-import-inventory']);
    expect(within(next).getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual(names);
    await user.click(within(next).getByRole('button', { name: names[0] }));
    expect(useNavigationStore.getState().screen).toBe('servers');
    expect(missingKeys).toEqual([]);
  });

  it('turning on "count shared mailboxes" sends the setting to main', async () => {
    installFakeApi();
    const api = fakeCompliance();
    const { user } = await renderApp();

    const setting = await screen.findByRole('switch', { name: 'Count shared mailboxes as needing a CAL' });
    expect((setting as HTMLInputElement).checked).toBe(false);
    await user.click(setting);

    expect(api.complianceSettings).toHaveBeenCalledWith({ countSharedMailboxes: true });
    await expect.poll(() => (screen.getByRole('switch', { name: 'Count shared mailboxes as needing a CAL' }) as HTMLInputElement).checked).toBe(true);
  });
});
