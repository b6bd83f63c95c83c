import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, openStatus, problemStatus, settings } from './fakeApi';
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
    // Where the JSON breaks, for whoever repairs the file by hand (the reader's position 1204 counts from 0).
    expect(screen.getByTestId('register-problem-reason').textContent).toBe('Detail: the file’s text is not valid JSON at character 1,205.');
    expect(missingKeys).toEqual([]);
  });

  // Found in review: "Szczegóły techniczne: Unexpected end of JSON input" in the Polish UI, and the move said twice.
  it.each([
    [
      'en',
      'The register file is damaged and could not be read.',
      'Detail: the file ends in the middle of the register, as if it had been cut off (for example by a copy or a save that did not finish).',
      /moved/g,
    ],
    [
      'pl',
      'Plik rejestru jest uszkodzony i nie dał się odczytać.',
      'Szczegóły: plik kończy się w połowie rejestru, jakby został ucięty (na przykład przez kopiowanie lub zapis, które się nie zakończyły).',
      /przeniesiono/gi,
    ],
  ] as const)('a register cut off mid-file is explained in %s, and its move aside is said once', async (language, damaged, detail, moved) => {
    installFakeApi({ status: { ...problemStatus, reason: 'Unexpected end of JSON input' }, settings: { ...settings, language } });
    const { missingKeys } = await renderApp({ language });

    const text = screen.getByTestId('register-problem').textContent ?? '';
    expect(text).toContain(damaged);
    expect(text.match(moved)).toHaveLength(1);
    expect(screen.getByTestId('register-problem-reason').textContent).toBe(detail);
    expect(text).not.toContain('Unexpected');
    expect(missingKeys).toEqual([]);
  });

  it.each([
    ['en', 'Detail: the file’s text is not valid JSON at line 1,204, column 17.'],
    ['pl', 'Szczegóły: tekst pliku nie jest poprawnym JSON-em w wierszu 1204, kolumnie 17.'],
  ] as const)('a JSON syntax error names its line and column in %s', async (language, detail) => {
    const reason = "Expected ',' or '}' after property value in JSON at position 48210 (line 1204 column 17)";
    installFakeApi({ status: { ...problemStatus, reason }, settings: { ...settings, language } });
    await renderApp({ language });

    expect(screen.getByTestId('register-problem-reason').textContent).toBe(detail);
  });

  it.each([
    ['en', 'Technical detail, quoted as the file reader gave it: people.3.email: Invalid email address'],
    ['pl', 'Szczegóły techniczne, przytoczone tak, jak podał je program czytający plik: people.3.email: Invalid email address'],
  ] as const)('any other reader’s message is quoted as such in %s', async (language, detail) => {
    installFakeApi({ status: { ...problemStatus, reason: 'people.3.email: Invalid email address' }, settings: { ...settings, language } });
    await renderApp({ language });

    expect(screen.getByTestId('register-problem-reason').textContent).toBe(detail);
  });

  it('a damaged register opened read-only says it was left in place, not moved', async () => {
    installFakeApi({ status: { ...problemStatus, movedTo: null } });
    await renderApp();

    expect(screen.queryByTestId('register-moved-to')).toBeNull();
    expect(screen.getByTestId('register-kept-in-place').textContent).toBe('It was left where it is; nothing was changed.');
    expect(screen.getByTestId('register-problem').textContent).not.toMatch(/moved/);
  });

  it('a register from a newer app says nothing was changed and to update; its backups are not offered over it', async () => {
    installFakeApi({ status: { ...problemStatus, code: 'register-too-new', movedTo: null, reason: null } });
    expect(problemStatus.backups.length).toBeGreaterThan(0);
    await renderApp();

    expect(screen.getByTestId('register-problem').textContent).toContain(
      'This register was made by a newer version of CAL Register. Nothing was changed.',
    );
    expect(screen.getByTestId('register-too-new-hint').textContent).toBe('Update CAL Register to open it. No backup is restored over a newer register: its work would be lost.');
    expect(screen.queryByTestId('register-moved-to')).toBeNull();
    expect(screen.queryByTestId('register-problem-reason')).toBeNull();
    // Found in review of 12-06: Restore was offered, and main now refuses it (a newer register is never overwritten).
    expect(screen.queryByTestId('backup-list')).toBeNull();
    expect(screen.queryByText('There are no backups of this register.')).toBeNull();
  });

  it('a folder whose register.json is gone but whose backups are left offers them, with no Try again', async () => {
    installFakeApi({ status: { ...problemStatus, code: 'register-missing' } });
    const { missingKeys } = await renderApp();

    expect(screen.getByTestId('register-problem').textContent).toContain(
      'The register file (register.json) is missing from this folder, but its backups or a copy set aside earlier are here.',
    );
    expect(screen.getAllByRole('button', { name: /^Restore backup from/ })).toHaveLength(2);
    expect(screen.queryByTestId('problem-retry')).toBeNull();
    expect(missingKeys).toEqual([]);
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

  const lockedStatus = {
    ...problemStatus,
    code: 'register-locked' as const,
    movedTo: null,
    lock: { host: 'BIURO-PC', pid: 4242, since: '2026-01-15T08:05:00.000Z' },
  };

  it('a locked register names the computer and process holding it, and Try again opens it once released', async () => {
    const api = installFakeApi({ status: lockedStatus });
    const { user, missingKeys } = await renderApp();

    expect(screen.getByTestId('register-problem').textContent).toContain('This register is open elsewhere');
    const holder = screen.getByTestId('register-lock-holder').textContent ?? '';
    expect(holder).toMatch(/^It has been open in CAL Register on the computer BIURO-PC \(process 4242\) since Jan 15, 2026/);
    expect(screen.getByTestId('register-problem').textContent).toContain('Close it there, then choose Try again.');
    // Not damaged, so no backups to restore over it (the same lock would refuse the restore).
    expect(screen.queryByRole('button', { name: /^Restore backup from/ })).toBeNull();

    api.registerRetry.mockImplementation(() => Promise.resolve({ ok: true, value: openStatus }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(api.registerRetry).toHaveBeenCalledWith({});
    expect(await screen.findByTestId('register-organization')).toBeTruthy();
    expect(screen.queryByTestId('register-problem')).toBeNull();
    expect(missingKeys).toEqual([]);
  });

  it('a lock whose process runs on this computer offers no Open anyway, and says what to do instead', async () => {
    installFakeApi({ status: { ...lockedStatus, lock: { ...lockedStatus.lock, runningHere: true } } });
    const { missingKeys } = await renderApp();
    expect(screen.getByTestId('register-problem').textContent).toContain('That process still runs on this computer, so the lock is not taken over');
    expect(screen.queryByTestId('problem-take-over')).toBeNull();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(missingKeys).toEqual([]);
  });

  it('a locked register can be opened read-only: a banner says so on every screen, saving is off, and Open for editing goes back', async () => {
    const api = installFakeApi({ status: lockedStatus });
    const { user, missingKeys } = await renderApp();
    expect(screen.getByTestId('register-problem').textContent).toContain('To read it or print the audit workbook without changing anything, choose Open read-only.');

    api.registerOpenReadOnly.mockImplementation(() => Promise.resolve({ ok: true, value: { ...openStatus, readOnly: true } }));
    await user.click(screen.getByRole('button', { name: 'Open read-only' }));
    expect(api.registerOpenReadOnly).toHaveBeenCalledWith({});
    const banner = await screen.findByTestId('read-only-banner');
    expect(banner.textContent).toContain('You can read this register and export the audit workbook, but nothing in it can be changed.');
    expect((screen.getByTestId('org-save') as HTMLButtonElement).disabled).toBe(true);

    api.registerRetry.mockImplementation(() => Promise.resolve({ ok: true, value: openStatus }));
    await user.click(screen.getByRole('button', { name: 'Open for editing' }));
    expect(api.registerRetry).toHaveBeenCalledWith({});
    await waitFor(() => expect(screen.queryByTestId('read-only-banner')).toBeNull());
    expect((screen.getByTestId('org-save') as HTMLButtonElement).disabled).toBe(false);
    expect(missingKeys).toEqual([]);
  });

  it('open read-only because of a lock, the banner names the holder and offers Open anyway after asking', async () => {
    const api = installFakeApi({ status: { ...openStatus, readOnly: true, lock: lockedStatus.lock } });
    const { user, missingKeys } = await renderApp();
    expect((await screen.findByTestId('read-only-holder')).textContent).toMatch(/^It has been open in CAL Register on the computer BIURO-PC \(process 4242\) since Jan 15, 2026/);
    api.registerTakeOver.mockImplementation(() => Promise.resolve({ ok: true, value: { ...openStatus, notices: [{ code: 'lock-taken-over', detail: { host: 'BIURO-PC', pid: '4242', since: '' } }] } }));
    await user.click(screen.getByRole('button', { name: 'Open anyway…' }));
    await user.click(await screen.findByTestId('take-over-confirm'));
    expect(api.registerTakeOver).toHaveBeenCalledWith({});
    await waitFor(() => expect(screen.queryByTestId('read-only-banner')).toBeNull());
    expect(missingKeys).toEqual([]);
  });

  it('open read-only because of a lock whose process runs on this computer, the banner offers no Open anyway (it would be refused)', async () => {
    installFakeApi({ status: { ...openStatus, readOnly: true, lock: { ...lockedStatus.lock, runningHere: true } } });
    await renderApp();
    expect(await screen.findByTestId('read-only-holder')).toBeTruthy();
    expect(screen.queryByTestId('read-only-take-over')).toBeNull();
    expect(screen.getByTestId('read-only-edit')).toBeTruthy();
  });

  it('in Polish, read-only is offered and announced in Polish', async () => {
    const api = installFakeApi({ status: lockedStatus, settings: { ...settings, language: 'pl' } });
    const { user, missingKeys } = await renderApp({ language: 'pl' });
    api.registerOpenReadOnly.mockImplementation(() => Promise.resolve({ ok: true, value: { ...openStatus, readOnly: true } }));
    await user.click(screen.getByRole('button', { name: 'Otwórz tylko do odczytu' }));
    expect((await screen.findByTestId('read-only-banner')).textContent).toContain('Otwarty tylko do odczytu');
    expect(screen.getByRole('button', { name: 'Otwórz do edycji' })).toBeTruthy();
    expect(missingKeys).toEqual([]);
  });

  it('in Polish the holder and the time are in Polish', async () => {
    installFakeApi({ status: { ...lockedStatus, lock: { ...lockedStatus.lock, pid: null } }, settings: { ...settings, language: 'pl' } });
    const { missingKeys } = await renderApp({ language: 'pl' });

    expect(screen.getByTestId('register-lock-holder').textContent).toMatch(/^Jest otwarty w CAL Register na komputerze BIURO-PC od 15\.01\.2026/);
    expect(screen.getByRole('button', { name: 'Spróbuj ponownie' })).toBeTruthy();
    expect(missingKeys).toEqual([]);
  });

  it('a damaged register offers no Try again (it would fail the same way)', async () => {
    installFakeApi({ status: problemStatus });
    await renderApp();

    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Open read-only' })).toBeNull();
    expect(screen.queryByTestId('register-lock-holder')).toBeNull();
  });

  it('a folder that cannot be read shows the system code and offers Try again', async () => {
    installFakeApi({ status: { ...problemStatus, code: 'io-error', movedTo: null, osCode: 'EACCES' } });
    const { missingKeys } = await renderApp();

    expect(screen.getByTestId('register-problem').textContent).toContain('The register folder could not be read or written.');
    expect(screen.getByTestId('register-os-code').textContent).toBe('System code: EACCES.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(missingKeys).toEqual([]);
  });

  it.each([
    ['en', 'A register could not be created in this folder, so there is nothing in it yet to read or restore.', 'Try again'],
    ['pl', 'Nie udało się utworzyć rejestru w tym folderze, więc nie ma w nim jeszcze czego odczytać ani przywrócić.', 'Spróbuj ponownie'],
  ] as const)('a register that could not be made at start (a full disk) offers in %s only what can work: Try again and another register', async (language, text, retry) => {
    installFakeApi({ status: { ...problemStatus, code: 'io-error', movedTo: null, osCode: 'ENOSPC', reason: null, messageKey: 'register-save-disk-full', notMade: true, backups: [] }, settings: { ...settings, language } });
    const { missingKeys } = await renderApp({ language });

    expect(screen.getByTestId('register-problem').textContent).toContain(text);
    expect(screen.getByRole('button', { name: retry })).toBeTruthy();
    expect(screen.getByTestId('problem-open-another')).toBeTruthy();
    expect(screen.queryByTestId('problem-open-read-only')).toBeNull();
    expect(screen.queryByText(language === 'en' ? 'Backups' : 'Kopie zapasowe')).toBeNull();
    expect(missingKeys).toEqual([]);
  });

  it('a register.json that is a folder says so, offers Try again, and neither reading nor restoring, which would fail there', async () => {
    installFakeApi({ status: { ...problemStatus, code: 'io-error', movedTo: null, osCode: 'EISDIR', reason: null, messageKey: 'register-file-is-folder' }, settings: { ...settings, language: 'pl' } });
    const { missingKeys } = await renderApp({ language: 'pl' });

    const text = screen.getByTestId('register-problem').textContent;
    expect(text).toContain('W tym folderze register.json jest folderem, a nie plikiem rejestru. Niczego nie zmieniono.');
    expect(text).not.toContain('Nie udało się odczytać ani zapisać folderu rejestru.');
    expect(screen.getByRole('button', { name: 'Spróbuj ponownie' })).toBeTruthy();
    expect(screen.queryByTestId('problem-open-read-only')).toBeNull();
    expect(screen.queryByTestId('backup-list')).toBeNull();
    expect(missingKeys).toEqual([]);
  });

  it('a refused restore shows why in the UI language and then what main has now', async () => {
    const api = installFakeApi({ status: problemStatus, settings: { ...settings, language: 'pl' } });
    const { user } = await renderApp({ language: 'pl' });
    api.registerRestoreBackup.mockResolvedValueOnce({
      ok: false,
      error: { code: 'not-found', message: 'Backup backup-2026-01-15 does not exist.', detail: { messageKey: 'backup-not-found', backup: 'backup-2026-01-15' } },
    });
    // Main has since lost the newer backup too: the screen must show its list, not the one it had.
    api.registerStatus.mockResolvedValue({ ok: true, value: { ...problemStatus, backups: [problemStatus.backups[0]!] } });

    await user.click(screen.getAllByRole('button', { name: /^Przywróć kopię zapasową z/ })[0]!);
    const dialog = await screen.findByRole('alertdialog', { hidden: true });
    await user.click(within(dialog).getByRole('button', { name: 'Przywróć', hidden: true }));

    expect((await screen.findByTestId('app-error')).textContent).toContain('Kopia zapasowa backup-2026-01-15 nie istnieje.');
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Przywróć kopię zapasową z/ })).toHaveLength(1));
    expect(screen.getByTestId('register-problem')).toBeTruthy();
  });

  it('Open anyway asks first (Cancel takes nothing over), then takes the lock over and says so', async () => {
    const api = installFakeApi({ status: lockedStatus });
    const { user, missingKeys } = await renderApp();

    await user.click(screen.getByRole('button', { name: 'Open anyway…' }));
    let dialog = (await screen.findByText('Open this register anyway?')).closest<HTMLElement>('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('no longer running with this register on BIURO-PC');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel', hidden: true }));
    await waitFor(() => expect(dialog.isConnected).toBe(false));
    expect(api.registerTakeOver).not.toHaveBeenCalled();

    api.registerTakeOver.mockImplementation(() =>
      Promise.resolve({ ok: true, value: { ...openStatus, notices: [{ code: 'lock-taken-over', detail: { host: 'BIURO-PC', pid: '4242', since: lockedStatus.lock.since } }] } }),
    );
    await user.click(screen.getByRole('button', { name: 'Open anyway…' }));
    dialog = (await screen.findByText('Open this register anyway?')).closest<HTMLElement>('[role="alertdialog"]')!;
    await user.click(within(dialog).getByRole('button', { name: 'Open anyway', hidden: true }));

    expect(api.registerTakeOver).toHaveBeenCalledWith({});
    expect((await screen.findByTestId('notice-lock-taken-over')).textContent).toContain('opened anyway and its lock taken over');
    expect(missingKeys).toEqual([]);
  });

  it('a damaged register offers no Open anyway', async () => {
    installFakeApi({ status: problemStatus });
    await renderApp();
    expect(screen.queryByRole('button', { name: 'Open anyway…' })).toBeNull();
  });
});
