/**
 * A CAL assigned or released was answered with the assignment alone, so the Register (and the wizard) asked main for
 * every person again to show one row changed: at 50,000 people, every row built, sent and parsed for one change. The
 * answer now carries the holder's row after the change, the row `peopleList` (and `personRow`) gives for them.
 */
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/services/app/context';
import { createAppCore } from '../../../electron/services/app/app-core';
import { ledgerHandlers } from '../../../electron/services/app/handlers/ledger';
import { personRow } from '../../../electron/services/ledger/ledger';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import type { AssignmentAnswer, PeopleList } from '../../../shared/contracts/ledger';
import type { RegisterDocument } from '../../../shared/domain/model';
import { generateDirectory } from '../../bench/generate';
import { AS_OF, generateRegister } from '../../bench/generate-register';
import { tempDir } from '../register/helpers';
import { cancelledDialogs } from './helpers';

const today = '2025-06-15';

async function value<T>(result: Promise<{ ok: boolean; value?: unknown }>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  return answer.value as T;
}

describe('the assignmentCreate and assignmentRelease channels', () => {
  it('answer with the assignment and its holder’s row after the change, as the list of people gives it', async () => {
    const core = createAppCore({
      freezeDocuments: true,
      appDataDir: tempDir(),
      storeFactory: confStoreFactory,
      dialogs: cancelledDialogs,
      systemLanguage: 'en',
      version: '0.0.0-test',
      actor: 'tester',
      now: () => new Date(`${today}T10:00:00.000Z`),
    });
    expect(core.start().state).toBe('open');
    const purchase = (productId: string, document: string) => value<{ id: string }>(core.invoke('purchaseSave', { productId, quantity: 5, date: '2024-03-01', document }));
    const standard = await purchase('exchange-2019-standard-user-cal', 'FV/2024/03/17');
    const enterprise = await purchase('exchange-2019-enterprise-user-cal', 'FV/2024/03/18');
    const person = (givenName: string, email: string) => value<{ id: string }>(core.invoke('personSave', { givenName, surname: 'Nowak', email }));
    const anna = await person('Anna', 'anna@example.com');
    const jan = await person('Jan', 'jan@example.com');
    const assign = (personId: string, purchaseId: string, assignedOn = '2024-03-02') => value<AssignmentAnswer>(core.invoke('assignmentCreate', { personId, purchaseId, assignedOn, acceptWarnings: true }));
    const rowOf = async (id: string) => (await value<PeopleList>(core.invoke('peopleList', {}))).people.find((p) => p.id === id);
    const standardCal = await assign(anna.id, standard.id);
    expect(standardCal.holder).toEqual(await rowOf(anna.id));
    expect(standardCal.holder?.activeCals.map((cal) => cal.assignmentId)).toEqual([standardCal.id]);
    const enterpriseCal = await assign(anna.id, enterprise.id);
    expect(enterpriseCal.holder).toEqual(await rowOf(anna.id));
    expect(enterpriseCal.holder?.activeCals.map((cal) => cal.assignmentId)).toEqual([standardCal.id, enterpriseCal.id]);
    // One that starts later is listed already, as the list of people lists it.
    const planned = await assign(jan.id, standard.id, '2025-09-01');
    expect(planned).toMatchObject({ personId: jan.id, assignedOn: '2025-09-01', releasedOn: null });
    expect(planned.holder).toEqual(await rowOf(jan.id));
    expect(planned.holder?.activeCals).toEqual([expect.objectContaining({ assignmentId: planned.id, assignedOn: '2025-09-01' })]);

    // Her Enterprise CAL released before today: gone from her row; her Standard CAL booked to end later: still listed until then.
    const released = await value<AssignmentAnswer>(core.invoke('assignmentRelease', { assignmentId: enterpriseCal.id, releasedOn: '2025-03-01', reason: 'role-change', notes: 'Przeniesiona' }));
    expect(released).toMatchObject({ id: enterpriseCal.id, personId: anna.id, releasedOn: '2025-03-01', releaseReason: 'role-change', releaseNotes: 'Przeniesiona' });
    expect(released.holder).toEqual(await rowOf(anna.id));
    expect(released.holder?.activeCals.map((cal) => cal.assignmentId)).toEqual([standardCal.id]);

    const booked = await value<AssignmentAnswer>(core.invoke('assignmentRelease', { assignmentId: standardCal.id, releasedOn: '2025-09-01', reason: 'left' }));
    expect(booked.holder).toEqual(await rowOf(anna.id));
    expect(booked.holder?.activeCals).toEqual([expect.objectContaining({ assignmentId: standardCal.id, document: 'FV/2024/03/17' })]);
    core.stop();
  });

  it('gives the row `personRow` gives after the release, and none for a person the register does not hold (changed outside the app), the release recorded', () => {
    const generated = generateRegister(generateDirectory(200));
    const [kept, orphaned] = generated.assignments.filter((a, i, all) => a.releasedOn === null && all.findIndex((b) => b.personId === a.personId) === i);
    const now = () => new Date(`${AS_OF}T10:00:00.000Z`);
    const register = {
      document: { ...generated, people: generated.people.filter((p) => p.id !== orphaned!.personId) } as RegisterDocument,
      commit(next: RegisterDocument) {
        register.document = next;
      },
      newId: () => 'x',
      now,
    };
    const handlers = ledgerHandlers({ session: { require: () => register, rowsRevision: () => 1 }, registerDeps: { now } } as unknown as AppContext);
    const release = (assignmentId: string) => handlers.assignmentRelease({ assignmentId, releasedOn: AS_OF, reason: 'other', notes: '' }) as AssignmentAnswer;

    const answer = release(kept!.id);
    expect(answer.holder).toEqual(personRow(register.document, kept!.personId, AS_OF));
    expect(answer.holder?.activeCals.some((cal) => cal.assignmentId === kept!.id)).toBe(false);

    expect(release(orphaned!.id)).toMatchObject({ id: orphaned!.id, releasedOn: AS_OF, holder: null });
    expect(register.document.assignments.find((a) => a.id === orphaned!.id)?.releasedOn).toBe(AS_OF);
  });
});
