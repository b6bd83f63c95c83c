import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, problemStatus, settings } from './fakeApi';
import { renderApp } from './renderApp';

/**
 * The confirmation dialog, found by its title. Its buttons are then queried with `hidden: true`: in jsdom, tabster may
 * keep the new modal aria-hidden until focus has moved in, which a loaded machine delays (the real browser e2e runs axe).
 */
async function findConfirmation(): Promise<HTMLElement> {
  const title = await screen.findByText('Restore this backup?');
  const dialog = title.closest<HTMLElement>('[role="alertdialog"]');
  expect(dialog).not.toBeNull();
  return dialog!;
}

describe('A register that cannot be opened', () => {
  it('a corrupt register says where the damaged file was moved and kept', async () => {
    installFakeApi({ status: problemStatus });
    const { missingKeys } = await renderApp();

    const problem = screen.getByTestId('register-problem');
    expect(problem.textContent).toContain('The register file is damaged and could not be read.');
    expect(screen.getByTestId('register-moved-to').textContent).toBe(
      `The damaged file was moved to ${problemStatus.movedTo} and kept.`,
    );
    expect(missingKeys).toEqual([]);
  });

  it('a register from a newer app says nothing was changed', async () => {
    installFakeApi({ status: { ...problemStatus, code: 'register-too-new', movedTo: null, backups: [] } });
    await renderApp();

    expect(screen.getByTestId('register-problem').textContent).toContain(
      'This register was made by a newer version of CAL Register. Nothing was changed.',
    );
    expect(screen.queryByTestId('register-moved-to')).toBeNull();
    expect(screen.getByText('There are no backups of this register.')).toBeTruthy();
  });

  it('restoring a backup asks for confirmation first, then restores that backup', async () => {
    const api = installFakeApi({ status: problemStatus });
    const { user } = await renderApp();

    const rows = screen.getAllByRole('button', { name: /^Restore backup from/ });
    expect(rows).toHaveLength(2);
    // Newest first: the 15 January backup is on top.
    await user.click(rows[0]!);

    const dialog = await findConfirmation();
    expect(api.registerRestoreBackup).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Restore', hidden: true }));

    expect(api.registerRestoreBackup).toHaveBeenCalledWith({ backupId: 'backup-2026-01-15' });
    await waitFor(() => expect(dialog.isConnected).toBe(false));
    expect(await screen.findByTestId('notice-restored-from-backup')).toBeTruthy();
    expect(screen.getByTestId('register-organization').textContent).toBe('Kowalski i Syn sp. z o.o.');
  });

  it('cancelling the confirmation restores nothing', async () => {
    const api = installFakeApi({ status: problemStatus });
    const { user } = await renderApp();

    await user.click(screen.getAllByRole('button', { name: /^Restore backup from/ })[1]!);
    const dialog = await findConfirmation();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel', hidden: true }));

    await waitFor(() => expect(dialog.isConnected).toBe(false));
    expect(api.registerRestoreBackup).not.toHaveBeenCalled();
  });

  it('Open another register asks main for its folder dialog', async () => {
    const api = installFakeApi({ status: problemStatus, settings });
    const { user } = await renderApp();

    await user.click(screen.getByRole('button', { name: 'Open another register…' }));

    expect(api.registerOpen).toHaveBeenCalledWith({});
  });
});
