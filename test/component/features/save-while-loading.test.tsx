import { waitFor } from '@testing-library/react';
import { describe, expect, it, type Mock } from 'vitest';
import { useSessionStore } from '../../../renderer/app/sessionStore';
import { initialRegisterState, useRegisterStore } from '../../../renderer/features/register/store';
import { initialServersState, useServersStore } from '../../../renderer/features/servers/store';
import type { PeopleList, ServerView } from '../../../shared/contracts/ledger';
import type { Result } from '../../../shared/result';
import { openStatus } from '../fakeApi';
import { anna, deferred, installLedgerFake, lukasz, peopleListOf, server } from './ledgerFake';

// A list asked for before a save, and answered by main before the save was made, does not have the saved entry.
describe('an entry saved while its list is still loading', () => {
  it('a person added while the people list loads stays in the list: the list is asked again', async () => {
    const ledger = installLedgerFake({ people: [anna, lukasz] });
    useSessionStore.setState({ status: openStatus });
    useRegisterStore.setState(initialRegisterState);
    const before = deferred<Result<PeopleList>>();
    ledger.peopleList.mockReturnValueOnce(before.promise);

    const loading = useRegisterStore.getState().load();
    const saved = await useRegisterStore.getState().savePerson({ givenName: 'Jan', surname: 'Kowalski', email: 'j.kowalski@przyklad.pl', login: 'jkowalski', department: '' });
    expect(saved.ok).toBe(true);
    before.resolve({ ok: true, value: peopleListOf([anna, lukasz]) });
    await loading;

    await waitFor(() => expect(useRegisterStore.getState().loading).toBe(false));
    expect(ledger.peopleList).toHaveBeenCalledTimes(2);
    expect(useRegisterStore.getState().people.map((p) => p.id)).toEqual([anna.id, lukasz.id, 'p-new']);
  });

  it('a server added while the servers list loads stays in the list', async () => {
    const ledger = installLedgerFake();
    useSessionStore.setState({ status: openStatus });
    useServersStore.setState(initialServersState);
    const before = deferred<Result<ServerView[]>>();
    const added: ServerView = { ...server, id: 'srv-new', name: 'EX02' };
    (ledger.serversList as unknown as Mock<() => Promise<Result<ServerView[]>>>).mockReturnValueOnce(before.promise).mockResolvedValueOnce({ ok: true, value: [server, added] });

    const loading = useServersStore.getState().load();
    expect((await useServersStore.getState().save({ name: 'EX02', product: 'Exchange Server 2019', edition: 'Standard', activation: { state: 'activated' } })).ok).toBe(true);
    before.resolve({ ok: true, value: [server] });
    await loading;

    await waitFor(() => expect(useServersStore.getState().loading).toBe(false));
    expect(useServersStore.getState().servers.map((s) => s.name)).toEqual(['EX01', 'EX02']);
  });
});
