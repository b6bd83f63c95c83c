import { screen } from '@testing-library/react';
import { describe, expect, it, type Mock } from 'vitest';
import { useSessionStore } from '../../../renderer/app/sessionStore';
import { useRegisterStore } from '../../../renderer/features/register/store';
import type { RegisterStatus } from '../../../shared/contracts/register';
import type { Result } from '../../../shared/result';
import { installFakeApi, openStatus, problemStatus, settings } from '../fakeApi';
import { renderApp } from '../renderApp';

const nowak: RegisterStatus = { ...openStatus, sessionId: 'session-nowak', path: 'D:\\Klienci\\Nowak', folderName: 'Nowak' };

/** What crossed the preload bridge on a channel, in order. */
const sent = (channel: 'organizationUpdate' | 'personSave' | 'registerRestoreBackup' | 'peopleList' | 'registerStatus') =>
  (window.calRegister![channel] as unknown as Mock).mock.calls.map(([input]) => input as unknown);

describe('The window sends every change with the id of the register it shows', { timeout: 60_000 }, () => {
  it('a change goes with the open register’s id, and after File ▸ Open with the id of the register opened; reads go as they are', async () => {
    const api = installFakeApi();
    (window.calRegister!.personSave as unknown as Mock).mockResolvedValue({ ok: false, error: { code: 'not-found', message: 'not faked' } });
    await renderApp();

    await useRegisterStore.getState().savePerson({ givenName: 'Anna', surname: 'Nowak' });
    api.registerOpen.mockResolvedValueOnce({ ok: true, value: nowak });
    await useSessionStore.getState().openRegister();
    await useRegisterStore.getState().savePerson({ givenName: 'Jan', surname: 'Kowalski' });
    await useRegisterStore.getState().load();

    expect(sent('personSave')).toEqual([
      { register: 'session-kowalski', input: { givenName: 'Anna', surname: 'Nowak' } },
      { register: 'session-nowak', input: { givenName: 'Jan', surname: 'Kowalski' } },
    ]);
    expect(sent('peopleList').at(-1)).toEqual({});
    expect(sent('registerStatus')).toContainEqual({});
  });

  it('a backup restored from the problem screen goes with the id of the problem shown', async () => {
    installFakeApi({ status: problemStatus });
    await renderApp();

    await useSessionStore.getState().restoreBackup('backup-2026-01-15');

    expect(sent('registerRestoreBackup')).toEqual([{ register: 'session-klient', input: { backupId: 'backup-2026-01-15' } }]);
  });

  it('main’s refusal of a change sent for a register closed meanwhile is said on the form, naming that register', async () => {
    installFakeApi({ settings: { ...settings, language: 'pl' } });
    const update = window.calRegister!.organizationUpdate as unknown as Mock<() => Promise<Result<RegisterStatus>>>;
    update.mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'register-not-open',
        message: 'Register "Kowalski i Syn" was closed before this could be done, so nothing was written. Open it again and try once more.',
        detail: { messageKey: 'register-closed-meanwhile', folder: 'Kowalski i Syn' },
      },
    });
    const { user } = await renderApp({ language: 'pl' });

    await user.click(screen.getByRole('button', { name: 'Zapisz' }));

    expect(sent('organizationUpdate')).toEqual([{ register: 'session-kowalski', input: openStatus.organization }]);
    expect((await screen.findByTestId('org-save-failed')).textContent).toContain('Rejestr „Kowalski i Syn” zamknięto, zanim udało się to zrobić, więc niczego nie zapisano.');
  });
});
