import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import type { UiLanguage } from '../../shared/i18n';
import { App } from '../../renderer/app/App';
import { useNavigationStore } from '../../renderer/app/navigationStore';
import { initialSessionState, useSessionStore } from '../../renderer/app/sessionStore';
import { initialOverviewState, useOverviewStore } from '../../renderer/features/overview/store';
import { createI18n } from '../../renderer/i18n/createI18n';

/** Renders the whole renderer over the fake bridge already installed, with fresh stores; waits for the ready marker. */
export async function renderApp(options: { language?: UiLanguage } = {}) {
  useSessionStore.setState(initialSessionState);
  useOverviewStore.setState(initialOverviewState);
  useNavigationStore.setState({ screen: 'overview' });
  const missingKeys: string[] = [];
  const i18n = createI18n(options.language ?? 'en', { onMissingKey: (key) => missingKeys.push(key) });
  const user = userEvent.setup();
  const view = render(<App i18n={i18n} />);
  await screen.findByRole('main');
  await expect.poll(() => document.body.dataset.appState, { timeout: 5000 }).toBe('loaded');
  return { ...view, user, i18n, missingKeys };
}
