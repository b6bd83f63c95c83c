import { screen } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import type { ScreenId } from '../../../renderer/app/navigationStore';
import { initialAssignData, useAssignStore } from '../../../renderer/features/assign/store';
import { initialPurchasesState, usePurchasesStore } from '../../../renderer/features/purchases/store';
import { initialRegisterState, useRegisterStore } from '../../../renderer/features/register/store';
import { initialServersState, useServersStore } from '../../../renderer/features/servers/store';
import type { UiLanguage } from '../../../shared/i18n';
import { renderApp } from '../renderApp';

/** Renders the app with fresh ledger stores and opens one screen from the navigation, as a user would. */
export async function renderLedgerScreen(screenId: ScreenId, options: { language?: UiLanguage } = {}) {
  useAssignStore.setState(initialAssignData());
  useServersStore.setState(initialServersState);
  usePurchasesStore.setState(initialPurchasesState);
  useRegisterStore.setState(initialRegisterState);
  const view = await renderApp(options);
  // jsdom's getComputedStyle over Fluent's many rules makes the pointer-events check the slowest part of a click.
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  await user.click(screen.getByTestId(`nav-${screenId}`));
  return { ...view, user };
}

export type LedgerUser = Awaited<ReturnType<typeof renderLedgerScreen>>['user'];

/** The wizard's steps 1 to 3 with the ledger fake's EX01, its 2019 Standard User lot and Anna Nowak (searched for): ends on step 3, Anna chosen. */
export async function chooseServerLotAndAnna(user: LedgerUser): Promise<void> {
  await user.click(await screen.findByRole('radio', { name: /EX01/ }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await user.click(await screen.findByRole('radio', { name: /Exchange Server 2019 Standard User CAL/ }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await user.type(await screen.findByRole('searchbox', { name: 'Find a person' }), 'anna');
  await user.click(await screen.findByRole('radio', { name: /Anna Nowak/ }));
}
