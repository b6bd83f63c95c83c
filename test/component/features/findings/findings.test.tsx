import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/licensing/types';
import { useNavigationStore } from '../../../../renderer/app/navigationStore';
import { todayIso } from '../../../../renderer/components/ledgerLabels';
import { useExportStore } from '../../../../renderer/features/export/store';
import { useComplianceStore } from '../../../../renderer/features/findings/store';
import { installFakeApi, openStatus } from '../../fakeApi';
import { renderApp } from '../../renderApp';
import { tabTo, withLayoutForTabbing } from '../keyboard';
import { complianceView, fakeCompliance, fastUser, newRegisterView, resetFeatureStores } from '../overview-compliance/complianceFake';

beforeEach(resetFeatureStores);

async function openFindings(language: 'en' | 'pl' = 'en') {
  const view = { ...(await renderApp({ language })), user: fastUser() };
  await view.user.click(screen.getByTestId('nav-findings'));
  await screen.findByTestId('findings-table');
  return view;
}

describe('Findings screen', () => {
  // Left open on 12-06: a past as-of judged the latest export's mailboxes, and nothing said the export was later.
  it('says when the report’s date is before the mailbox export it judges, in the UI language', async () => {
    installFakeApi({ settings: { language: 'pl', version: '0.1.0', recent: [] } });
    const lastImport = { takenAt: '2026-12-01T10:00:00.000Z', sources: [{ fileName: 'mailboxes.csv', kind: 'mailboxes', rows: 10 }] };
    fakeCompliance({ ...complianceView, lastImport, report: { ...complianceView.report, asOf: '2026-11-25' } });
    const { missingKeys } = await openFindings('pl');
    expect(screen.getByTestId('findings-later-export').textContent).toBe(
      'Skrzynki pochodzą z eksportu z 01.12.2026, późniejszego niż 25.11.2026: skrzynka utworzona lub usunięta w tym czasie jest oceniana tak, jak pokazuje ją ten eksport.',
    );
    expect(missingKeys).toEqual([]);
  });

  it('says nothing of the export when the report’s date is on or after it', async () => {
    installFakeApi();
    const lastImport = { takenAt: '2026-12-01T10:00:00.000Z', sources: [{ fileName: 'mailboxes.csv', kind: 'mailboxes', rows: 10 }] };
    fakeCompliance({ ...complianceView, lastImport, report: { ...complianceView.report, asOf: '2026-12-01' } });
    await openFindings();
    expect(screen.queryByTestId('findings-later-export')).toBeNull();
  });

  it.each([
    ['en', 'Nothing to check yet', 'The rules check the CALs against your Exchange servers and the mailboxes that need them, and the register has none of either yet. First:', ['Add a server', 'Import the mailbox export']],
    [
      'pl',
      'Nie ma jeszcze czego sprawdzać',
      'Reguły sprawdzają licencje CAL względem serwerów Exchange i skrzynek pocztowych, które ich wymagają, a w rejestrze nie ma jeszcze ani jednych, ani drugich. Najpierw:',
      ['Dodaj serwer', 'Zaimportuj eksport skrzynek pocztowych'],
    ],
  ] as const)('a new register, with no server and no import, does not say every rule passes but what to do first (%s)', async (language, title, body, buttons) => {
    installFakeApi({ settings: { language, version: '0.1.0', recent: [] } });
    fakeCompliance(newRegisterView);
    const { user, missingKeys } = await renderApp({ language });
    await user.click(screen.getByTestId('nav-findings'));

    const empty = await screen.findByTestId('findings-nothing-yet');
    expect(within(empty).getByText(title)).toBeTruthy();
    expect(within(empty).getByText(body)).toBeTruthy();
    expect(screen.queryByTestId('findings-empty')).toBeNull();
    expect(within(empty).getAllByRole('button').map((button) => button.textContent)).toEqual(buttons);
    await user.click(within(empty).getByRole('button', { name: buttons[1] }));
    expect(useNavigationStore.getState().screen).toBe('import');
    expect(missingKeys).toEqual([]);
  });

  it('with a server and an import but no finding, every rule passes as of the report’s date; with no server, it asks only for the server', async () => {
    installFakeApi();
    fakeCompliance({ ...complianceView, report: { ...complianceView.report, findings: [] } });
    const first = await renderApp();
    await first.user.click(screen.getByTestId('nav-findings'));
    expect((await screen.findByTestId('findings-empty')).textContent).toContain('Every rule passes as of Nov 25, 2026.');
    first.unmount();

    resetFeatureStores();
    installFakeApi();
    fakeCompliance({ ...complianceView, report: { ...complianceView.report, servers: [], findings: [] } });
    const second = await renderApp();
    await second.user.click(screen.getByTestId('nav-findings'));
    const empty = await screen.findByTestId('findings-nothing-yet');
    expect(within(empty).getByText('The rules check the CALs against your Exchange servers, and the register has none yet. First:')).toBeTruthy();
    expect(within(empty).getAllByRole('button').map((button) => button.textContent)).toEqual(['Add a server']);
    await second.user.click(within(empty).getByRole('button', { name: 'Add a server' }));
    expect(useNavigationStore.getState().screen).toBe('servers');
  });

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

  it('dates and counts inside a message follow the UI language, not the engine\'s ISO dates and bare numbers', async () => {
    const undocumented: Finding = {
      rule: 'purchase-without-document',
      severity: 'warning',
      subject: 'Exchange Server 2019 Standard User CAL',
      subjectKind: 'purchase',
      subjectId: 'p1',
      fix: 'add-document',
      message: 'A purchase of 12000 × Exchange Server 2019 Standard User CAL dated 2025-03-01 has no invoice or order number.',
      messageKey: 'finding.purchase-without-document.default',
      params: { quantity: 12000, product: 'Exchange Server 2019 Standard User CAL', date: '2025-03-01' },
    };
    const view = { ...complianceView, report: { ...complianceView.report, findings: [undocumented] } };
    installFakeApi({ settings: { language: 'pl', version: '0.1.0', recent: [] } });
    fakeCompliance(view);
    await openFindings('pl');
    const polish = screen.getByTestId('finding-row').textContent ?? '';
    expect(polish).toContain('Zakup 12\u00a0000 × Exchange Server 2019 Standard — CAL na użytkownika z dnia 01.03.2025 nie ma numeru faktury ani zamówienia.');
    expect(polish).not.toContain('2025-03-01');
    // The subject, named by the engine in English, is in Polish too; no English product name is left on the row.
    expect(polish).not.toContain('User CAL');
  });

  it('in English the same message reads "Mar 1, 2025" and "12,000"', async () => {
    const view = {
      ...complianceView,
      report: {
        ...complianceView.report,
        findings: [
          {
            rule: 'purchase-without-document',
            severity: 'warning',
            subject: 'CAL',
            subjectKind: 'purchase',
            subjectId: 'p1',
            fix: 'add-document',
            message: '',
            messageKey: 'finding.purchase-without-document.default',
            params: { quantity: 12000, product: 'CAL', date: '2025-03-01' },
          } satisfies Finding,
        ],
      },
    };
    installFakeApi();
    fakeCompliance(view);
    await openFindings();
    expect(screen.getByTestId('finding-row').textContent).toContain('The purchase of 12,000 × CAL on Mar 1, 2025 has no invoice or order number.');
  });

  it('a new as-of date asks main for the report as of that date', async () => {
    installFakeApi();
    const api = fakeCompliance();
    const { user } = await openFindings();

    // The date is read when the field is left (renderer/components/DateField.tsx), so one request per whole date.
    const asOf = screen.getByLabelText('As of');
    await user.clear(asOf);
    await user.type(asOf, '2025-06-30');
    await user.tab();

    expect(api.complianceReport).toHaveBeenLastCalledWith({ asOf: '2025-06-30' });
    await expect.poll(() => screen.queryAllByTestId('finding-row').length).toBe(4);
  });

  it('another register opened from File ▸ Open is judged as of today, with no filter left from the last one', async () => {
    const api = installFakeApi();
    const compliance = fakeCompliance();
    const { user } = await openFindings();
    const asOf = screen.getByLabelText('As of');
    await user.clear(asOf);
    await user.type(asOf, '2025-06-30');
    await user.tab();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'error');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rule' }), 'mailbox-without-cal');
    expect(compliance.complianceReport).toHaveBeenLastCalledWith({ asOf: '2025-06-30' });
    api.registerOpen.mockResolvedValueOnce({ ok: true, value: { ...openStatus, path: 'D:\\Klienci\\Nowak', folderName: 'Nowak' } });

    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Open register…' }));

    await expect.poll(() => compliance.complianceReport.mock.lastCall).toEqual([{ asOf: todayIso() }]);
    expect(useComplianceStore.getState().asOf).toBe(todayIso());
    await expect.poll(() => screen.queryByTestId('findings-shown')?.textContent).toBe('Showing 4 of 4');
    expect((screen.getByRole('combobox', { name: 'Severity' }) as HTMLSelectElement).value).toBe('all');
    expect((screen.getByRole('combobox', { name: 'Rule' }) as HTMLSelectElement).value).toBe('all');
  });

  it('the same register opened again keeps its as-of date', async () => {
    const api = installFakeApi();
    const compliance = fakeCompliance();
    const { user } = await openFindings();
    const asOf = screen.getByLabelText('As of');
    await user.clear(asOf);
    await user.type(asOf, '2025-06-30');
    await user.tab();

    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Open register…' }));

    await expect.poll(() => api.appSettings.mock.calls.length).toBe(2);
    expect(useComplianceStore.getState().asOf).toBe('2025-06-30');
    expect(compliance.complianceReport).toHaveBeenLastCalledWith({ asOf: '2025-06-30' });
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

/** A 50,000-person register's worth of findings: every third one information without a fix, the rest a mailbox without a CAL. */
function manyFindings(count: number): Finding[] {
  return Array.from({ length: count }, (_, i): Finding => {
    const subject = `user${i}@przyklad.pl`;
    return i % 3 === 2
      ? { rule: 'no-mailbox-needs-cal', severity: 'info', subject, subjectKind: 'mailbox', subjectId: null, fix: 'none', message: subject, messageKey: 'finding.no-mailbox-needs-cal.shared', params: { subject } }
      : { rule: 'mailbox-without-cal', severity: 'error', subject, subjectKind: 'mailbox', subjectId: null, fix: 'assign-cal', message: subject, messageKey: 'finding.mailbox-without-cal.default', params: { subject, version: '2019' } };
  });
}

function fakeManyFindings(count: number) {
  fakeCompliance({ ...complianceView, report: { ...complianceView.report, findings: manyFindings(count) } });
}

/** Scrolls the findings list as a wheel or PageDown would: jsdom has no layout, so the scroll offset is set and announced. */
function scrollFindingsTo(offset: number) {
  const scroller = screen.getByTestId('findings-scroller');
  Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: offset });
  act(() => {
    scroller.dispatchEvent(new Event('scroll'));
  });
}

const rowIndices = () => screen.getAllByTestId('finding-row').map((row) => Number(row.getAttribute('aria-rowindex')));

describe('Findings screen with 13,000 findings', { timeout: 60_000 }, () => {
  it('renders only a window of rows, while aria-rowcount counts every finding and the header, and offers no "Show all"', async () => {
    installFakeApi();
    fakeManyFindings(13_000);
    const { missingKeys } = await openFindings();

    const table = screen.getByRole('table', { name: 'Findings' });
    expect(table.getAttribute('aria-rowcount')).toBe('13001');
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Severity', 'Finding', 'Subject', 'Suggested fix']);
    const indices = rowIndices();
    expect(indices.length).toBeGreaterThan(0);
    expect(indices.length).toBeLessThan(50);
    expect(indices[0]).toBe(2);
    expect(indices).toEqual(indices.map((_, i) => i + 2));
    expect(screen.getByTestId('findings-shown').textContent).toBe('Showing 13,000 of 13,000');
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
    expect(missingKeys).toEqual([]);
  });

  it('scrolling far down renders the findings there, each row with its own aria-rowindex, subject and fix button', async () => {
    installFakeApi();
    fakeManyFindings(13_000);
    await openFindings();

    // Rows are estimated at 120 px before they are measured: 720,000 px down is finding 6,000.
    scrollFindingsTo(720_000);

    await expect.poll(() => rowIndices().includes(6002)).toBe(true);
    expect(rowIndices()).not.toContain(2);
    expect(rowIndices().length).toBeLessThan(50);
    const row = screen.getAllByTestId('finding-row').find((r) => r.getAttribute('aria-rowindex') === '6002')!;
    expect(row.dataset.rule).toBe('mailbox-without-cal');
    expect(within(row).getByText('user6000@przyklad.pl')).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Assign a CAL: user6000@przyklad.pl' })).toBeTruthy();

    scrollFindingsTo(0);
    await expect.poll(() => rowIndices()[0]).toBe(2);
  });

  it('a new filter shows its findings from the top of the list', async () => {
    installFakeApi();
    fakeManyFindings(13_000);
    const { user } = await openFindings();
    scrollFindingsTo(720_000);
    await expect.poll(() => rowIndices().includes(6002)).toBe(true);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'info');

    await expect.poll(() => rowIndices()[0]).toBe(2);
    expect(screen.getByRole('table', { name: 'Findings' }).getAttribute('aria-rowcount')).toBe('4334');
    expect(within(screen.getAllByTestId('finding-row')[0]!).getByText('user2@przyklad.pl')).toBeTruthy();
  });

  it('the last finding is reachable by scrolling to the end', async () => {
    installFakeApi();
    fakeManyFindings(13_000);
    await openFindings();

    scrollFindingsTo(13_000 * 120);

    await expect.poll(() => rowIndices().at(-1)).toBe(13_001);
    expect(within(screen.getAllByTestId('finding-row').at(-1)!).getByText('user12999@przyklad.pl')).toBeTruthy();
  });
});

describe('Findings table from the keyboard', { timeout: 60_000 }, () => {
  withLayoutForTabbing();

  it('Tab goes from the filters into the list and on to the fix buttons of the rows in view, row by row', async () => {
    installFakeApi();
    fakeManyFindings(13_000);
    const { user } = await openFindings();

    screen.getByTestId('findings-as-of').focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId('findings-scroller'));
    const first = screen.getByRole('button', { name: 'Assign a CAL: user0@przyklad.pl' });
    await tabTo(user, first, 5);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Assign a CAL: user1@przyklad.pl' }));
    // user2 is information without a fix: Tab skips its row.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Assign a CAL: user3@przyklad.pl' }));
  });

  it('the row holding focus stays in the document when the list scrolls away from it, so focus is not lost', async () => {
    installFakeApi();
    fakeManyFindings(13_000);
    await openFindings();

    const first = screen.getByRole('button', { name: 'Assign a CAL: user0@przyklad.pl' });
    act(() => first.focus());
    scrollFindingsTo(720_000);

    await expect.poll(() => rowIndices().includes(6002)).toBe(true);
    expect(rowIndices()[0]).toBe(2);
    expect(first.isConnected).toBe(true);
    expect(document.activeElement).toBe(first);
  });
});
