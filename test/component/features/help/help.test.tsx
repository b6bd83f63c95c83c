import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { helpAnchor, helpTopics, wizardStepHelp } from '../../../../shared/help';
import { useNavigationStore } from '../../../../renderer/app/navigationStore';
import { HelpLink } from '../../../../renderer/features/help/HelpLink';
import { useHelpStore } from '../../../../renderer/features/help/store';
import { createI18n } from '../../../../renderer/i18n/createI18n';
import { installFakeApi, openStatus, settings } from '../../fakeApi';
import { renderApp } from '../../renderApp';

describe('Help page', () => {
  it('is in the navigation and has one h1 and a titled section with an anchor for every topic', async () => {
    installFakeApi();
    const { user, missingKeys } = await renderApp();
    await user.click(screen.getByTestId('nav-help'));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('How CAL licensing works');
    for (const topic of helpTopics) {
      const section = document.getElementById(helpAnchor(topic));
      expect(section?.tagName).toBe('SECTION');
      expect(within(section!).getByRole('heading', { level: 2 }).textContent).not.toBe('');
    }
    expect(missingKeys).toEqual([]);
  });

  it('reads in Polish when the app is in Polish', async () => {
    installFakeApi({ settings: { ...settings, language: 'pl' } });
    const { user } = await renderApp({ language: 'pl' });
    await user.click(screen.getByTestId('nav-help'));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Jak działa licencjonowanie CAL');
    expect(screen.getByRole('heading', { level: 2, name: 'Licencja CAL nie ma klucza' })).toBeTruthy();
  });

  it('the contents link of a topic moves focus to its heading', async () => {
    installFakeApi();
    const { user } = await renderApp();
    await user.click(screen.getByTestId('nav-help'));
    await user.click(screen.getByRole('link', { name: 'Releasing and reassigning a CAL' }));
    expect(document.activeElement?.id).toBe(`${helpAnchor('reassignment')}-title`);
  });

  it('Open the sample register calls sampleOpen and shows the Overview of the opened sample', async () => {
    installFakeApi();
    const sample = { ...openStatus, organization: { ...openStatus.organization, name: 'BudMax Wiśniewski sp. z o.o. (przykład)' } };
    const sampleOpen = vi.fn(() => Promise.resolve({ ok: true as const, value: sample }));
    window.calRegister = { ...window.calRegister!, sampleOpen };
    const { user } = await renderApp();
    await user.click(screen.getByTestId('nav-help'));
    await user.click(screen.getByTestId('help-open-sample'));
    expect(sampleOpen).toHaveBeenCalledWith({});
    await expect.poll(() => useNavigationStore.getState().screen).toBe('overview');
  });

  it('a failed sample shows the error and stays on the help page', async () => {
    installFakeApi();
    window.calRegister = { ...window.calRegister!, sampleOpen: () => Promise.resolve({ ok: false as const, error: { code: 'io-error', message: 'disk full' } }) };
    const { user } = await renderApp();
    await user.click(screen.getByTestId('nav-help'));
    await user.click(screen.getByTestId('help-open-sample'));
    expect(await screen.findByText(/disk full|could not|nie/i)).toBeTruthy();
    expect(useNavigationStore.getState().screen).toBe('help');
  });
});

describe('HelpLink', () => {
  it('names its topic for screen readers and opens the help page at that section', async () => {
    useNavigationStore.setState({ screen: 'assign' });
    const i18n = createI18n('en');
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={i18n}>
        <FluentProvider theme={webLightTheme}>
          <HelpLink topic={wizardStepHelp.purchase} />
        </FluentProvider>
      </I18nextProvider>,
    );
    const link = screen.getByRole('link', { name: 'How does this work? Help: Versions and Exchange Server SE' });
    expect(link.textContent).toBe('How does this work?');
    await user.click(link);
    expect(useNavigationStore.getState().screen).toBe('help');
    expect(useHelpStore.getState().topic).toBe('versions');
  });
});

describe('Help from the wizard', () => {
  it('the first wizard step links to the help section its fact comes from, and following it opens Help there', async () => {
    installFakeApi();
    const { user } = await renderApp();
    await user.click(screen.getByTestId('nav-assign'));
    const link = await screen.findByTestId(`help-link-${wizardStepHelp.server}`);
    await user.click(link);
    expect(useNavigationStore.getState().screen).toBe('help');
    expect(useHelpStore.getState()).toMatchObject({ topic: wizardStepHelp.server });
  });
});

describe('Copy diagnostics', () => {
  it('asks main for the diagnostics text and puts exactly that text on the clipboard', async () => {
    installFakeApi();
    const diagnostics = vi.fn(() => Promise.resolve({ ok: true as const, value: { text: 'CAL Register 0.1.0\nregister: acme' } }));
    (window.calRegister as unknown as Record<string, unknown>).diagnosticsCopy = diagnostics;
    const { user } = await renderApp();
    // After user-event's setup, which installs a clipboard stub of its own.
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByTestId('nav-help'));
    await user.click(await screen.findByTestId('help-copy-diagnostics'));
    expect(diagnostics).toHaveBeenCalledWith({});
    expect(writeText).toHaveBeenCalledWith('CAL Register 0.1.0\nregister: acme');
    expect(await screen.findByText('Diagnostics copied to the clipboard.')).toBeTruthy();
  });
});
