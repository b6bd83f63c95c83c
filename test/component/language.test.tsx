import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, settings } from './fakeApi';
import { renderApp } from './renderApp';

describe('Language', () => {
  it('switching to Polish shows Polish text and asks main to remember the choice', async () => {
    const api = installFakeApi();
    const { user, missingKeys } = await renderApp();

    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Polski' }));

    expect(api.setLanguage).toHaveBeenCalledWith({ language: 'pl' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Przegląd' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Język: Polski' })).toBeTruthy();
    expect(screen.getByTestId('nav-purchases').textContent).toBe('Zakupy i dowody zakupu');
    expect(document.documentElement.lang).toBe('pl');
    expect(missingKeys).toEqual([]);
  });

  it('the language remembered in appSettings is used from the start', async () => {
    const api = installFakeApi({ settings: { ...settings, language: 'pl' } });
    await renderApp();

    expect(await screen.findByRole('heading', { level: 1, name: 'Przegląd' })).toBeTruthy();
    expect(api.setLanguage).not.toHaveBeenCalled();
  });

  it('counts use the Polish plural forms one, few and many', async () => {
    installFakeApi({ settings: { ...settings, language: 'pl' } });
    await renderApp();

    await screen.findByRole('heading', { level: 1, name: 'Przegląd' });
    // Polish: 1 → one; 2 and 22 → few; 5 and 21 → many.
    expect(screen.getByTestId('count-proofs').textContent).toBe('1dowód zakupu');
    expect(screen.getByTestId('count-servers').textContent).toBe('2serwery');
    expect(screen.getByTestId('count-auditEvents').textContent).toBe('5wpisów w dzienniku zmian');
    expect(screen.getByTestId('count-people').textContent).toBe('22osoby');
    expect(screen.getByTestId('count-activeAssignments').textContent).toBe('21aktywnych przypisań');
  });
});
