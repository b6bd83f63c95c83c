import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useNavigationStore } from '../../../renderer/app/navigationStore';
import { installFakeApi, openBackups, openStatus, settings } from '../fakeApi';
import { renderApp } from '../renderApp';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

/** Opens File and finds Restore from a backup… in it (a name of its own: its reason, when disabled, is its secondary text). */
async function restoreItem(user: User, name: string): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: /^(File|Plik)$/ }));
  return screen.findByRole('menuitem', { name: new RegExp(`^${name}`) });
}

/** The list dialog, found by its title; its content is queried with `hidden: true` (see problem.test.tsx `findConfirmation`). */
async function findListDialog(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title);
  return heading.closest<HTMLElement>('[role="dialog"]')!;
}

describe('File ▸ Restore from a backup… for the open register', () => {
  it('lists the backups newest first with their time and kind in words, and restores the chosen one after a question that says the register is kept first', async () => {
    const api = installFakeApi();
    const { user, missingKeys } = await renderApp();
    useNavigationStore.setState({ screen: 'servers' });

    await user.click(await restoreItem(user, 'Restore from a backup…'));
    const dialog = await findListDialog('Restore from a backup');
    const rows = await within(dialog).findAllByRole('row', { hidden: true });
    // The header, then the newest first: replaced (16 Jan), daily (15 Jan), before an upgrade (10 Jan).
    expect(rows.slice(1).map((row) => row.textContent)).toEqual([
      expect.stringContaining('Kept when the file was replaced'),
      expect.stringContaining('Daily'),
      expect.stringContaining('Before an upgrade'),
    ]);
    expect(rows[1]!.textContent).toContain('Jan 16, 2026');
    expect(within(dialog).getByText(/Backups of the register Kowalski i Syn, newest first/)).toBeDefined();

    await user.click(within(rows[1]!).getByRole('button', { name: /^Restore backup from .* — Kept when the file was replaced$/, hidden: true }));
    const question = (await screen.findByText('Restore this backup?')).closest<HTMLElement>('[role="alertdialog"]')!;
    expect(within(question).getByTestId('restore-keeps-current').textContent).toBe(
      'The register as it is now is kept as a backup first (“Before a restore”), so you can go back to it the same way.',
    );
    expect(api.registerRestoreBackup).not.toHaveBeenCalled();
    await user.click(within(question).getByRole('button', { name: 'Restore', hidden: true }));

    expect(api.registerRestoreBackup).toHaveBeenCalledWith({ backupId: openBackups[2]!.id });
    await waitFor(() => expect(screen.queryByTestId('restore-dialog')).toBeNull());
    // The notice on the Overview says what was restored and where the register before it went.
    const notice = await screen.findByTestId('notice-restored-from-backup');
    expect(notice.textContent).toContain(`Backup: ${openBackups[2]!.id}`);
    expect(notice.textContent).toContain('The register before the restore, kept in its backups folder as: register-20260117T090000000Z-before-restore.json');
    expect(useNavigationStore.getState().screen).toBe('overview');
    expect(missingKeys).toEqual([]);
  });

  it('Cancel in the question restores nothing and brings the list back; Close closes it', async () => {
    const api = installFakeApi();
    const { user } = await renderApp();

    await user.click(await restoreItem(user, 'Restore from a backup…'));
    const dialog = await findListDialog('Restore from a backup');
    const [first] = await within(dialog).findAllByRole('button', { name: /^Restore backup from/, hidden: true });
    await user.click(first!);
    const question = (await screen.findByText('Restore this backup?')).closest<HTMLElement>('[role="alertdialog"]')!;
    await user.click(within(question).getByRole('button', { name: 'Cancel', hidden: true }));
    await waitFor(() => expect(question.isConnected).toBe(false));
    // The question took the list's place; Cancel brings the list back.
    const again = await findListDialog('Restore from a backup');
    await user.click(within(again).getByTestId('restore-dialog-close'));
    await waitFor(() => expect(screen.queryByTestId('restore-dialog')).toBeNull());
    expect(api.registerRestoreBackup).not.toHaveBeenCalled();
  });

  it('is disabled, saying why, while the register is open read-only', async () => {
    const api = installFakeApi({ status: { ...openStatus, readOnly: true } });
    const { user } = await renderApp();

    const item = await restoreItem(user, 'Restore from a backup…');
    expect(item.getAttribute('aria-disabled')).toBe('true');
    expect(item.textContent).toContain('Not while the register is open read-only');
    await user.click(item);
    expect(screen.queryByTestId('restore-dialog')).toBeNull();
    expect(api.registerBackups).not.toHaveBeenCalled();
  });

  it('in Polish, is disabled, saying why, for a register with no backups', async () => {
    installFakeApi({ backups: [], settings: { ...settings, language: 'pl' } });
    const { user, missingKeys } = await renderApp({ language: 'pl' });

    const item = await restoreItem(user, 'Przywróć z kopii zapasowej…');
    await waitFor(() => expect(item.getAttribute('aria-disabled')).toBe('true'));
    expect(item.textContent).toContain('Ten rejestr nie ma jeszcze kopii zapasowych');
    expect(missingKeys).toEqual([]);
  });

  it('in Polish, names each backup’s kind and says the register is kept first', async () => {
    installFakeApi({ settings: { ...settings, language: 'pl' } });
    const { user, missingKeys } = await renderApp({ language: 'pl' });

    await user.click(await restoreItem(user, 'Przywróć z kopii zapasowej…'));
    const dialog = await findListDialog('Przywróć z kopii zapasowej');
    const rows = await within(dialog).findAllByRole('row', { hidden: true });
    expect(rows.slice(1).map((row) => row.querySelectorAll('td')[1]!.textContent)).toEqual(['Zachowana, gdy plik został podmieniony', 'Codzienna', 'Przed aktualizacją']);
    expect(rows[1]!.textContent).toContain('16.01.2026');
    await user.click(within(rows[3]!).getByRole('button', { name: /^Przywróć kopię zapasową z .* — Przed aktualizacją$/, hidden: true }));
    const question = (await screen.findByText('Przywrócić tę kopię zapasową?')).closest<HTMLElement>('[role="alertdialog"]')!;
    expect(within(question).getByTestId('restore-keeps-current').textContent).toContain('zostanie najpierw zachowany jako kopia zapasowa („Przed przywróceniem”)');
    expect(missingKeys).toEqual([]);
  });
});
