import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, settings } from './fakeApi';
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

  it.each([
    ['en', 'File', 'Recent registers', 'Remove from recent list', 'No recent registers'],
    ['pl', 'Plik', 'Ostatnie rejestry', 'Usuń z listy ostatnich', 'Brak ostatnich rejestrów'],
  ] as const)('a recent register refused as gone can be removed from the list from the refusal, in %s; not before the user says so', async (language, file, recentMenu, remove, empty) => {
    const api = installFakeApi({ settings: { ...settings, language } });
    const gone = { code: 'not-found', message: 'gone', detail: { messageKey: 'register-gone', dir: 'D:\\Klienci\\Nowak', recentId: 'r1' } } as const;
    api.registerOpenRecent.mockResolvedValueOnce({ ok: false, error: gone });
    const { user, missingKeys } = await renderApp({ language });

    await user.click(screen.getByRole('button', { name: file }));
    await user.click(await screen.findByRole('menuitem', { name: recentMenu }));
    await user.click(await screen.findByRole('menuitem', { name: 'Nowak — D:\\Klienci\\Nowak' }));
    const refusal = await screen.findByTestId('app-error');
    expect(api.recentRemove).not.toHaveBeenCalled();
    await user.click(within(refusal).getByRole('button', { name: remove }));

    expect(api.recentRemove).toHaveBeenCalledWith({ id: 'r1' });
    await waitFor(() => expect(screen.queryByTestId('app-error')).toBeNull());
    await user.click(screen.getByRole('button', { name: file }));
    await user.click(await screen.findByRole('menuitem', { name: recentMenu }));
    expect(await screen.findByRole('menuitem', { name: empty })).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: 'Nowak — D:\\Klienci\\Nowak' })).toBeNull();
    expect(missingKeys).toEqual([]);
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
