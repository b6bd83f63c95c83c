import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from './fakeApi';
import { renderApp } from './renderApp';

describe('App frame', () => {
  it('marks the document loaded once the first status and settings are in', async () => {
    const api = installFakeApi();
    await renderApp();

    expect(document.body.dataset.appState).toBe('loaded');
    expect(api.appSettings).toHaveBeenCalled();
    expect(api.registerStatus).toHaveBeenCalled();
  });

  it('the navigation shows each of the eight screens with its title', async () => {
    installFakeApi();
    const { user } = await renderApp();

    const expected: [string, string][] = [
      ['nav-assign', 'Assign a CAL'],
      ['nav-register', 'Register'],
      ['nav-purchases', 'Purchases & proof'],
      ['nav-servers', 'Servers'],
      ['nav-import', 'Import'],
      ['nav-findings', 'Findings'],
      ['nav-export', 'Export'],
      ['nav-overview', 'Overview'],
    ];
    for (const [testId, title] of expected) {
      await user.click(screen.getByTestId(testId));
      expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(title);
    }
  });

  it('File ▸ Recent registers lists the recent registers and opens the chosen one by id', async () => {
    const api = installFakeApi();
    const { user } = await renderApp();

    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Recent registers' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Nowak — D:\\Klienci\\Nowak' }));

    expect(api.registerOpenRecent).toHaveBeenCalledWith({ id: 'r1' });
  });

  it('a cancelled Open dialog shows no error, a failed one shows it translated', async () => {
    const api = installFakeApi();
    api.registerOpen
      .mockResolvedValueOnce({ ok: false, error: { code: 'cancelled', message: 'dialog closed' } })
      .mockResolvedValueOnce({ ok: false, error: { code: 'register-locked', message: 'locked by pid 42' } });
    const { user } = await renderApp();

    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Open register…' }));
    expect(api.registerOpen).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('app-error')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Open register…' }));
    expect((await screen.findByTestId('app-error')).textContent).toContain('The register is open elsewhere.');
  });
});
