/**
 * The revision of the people's rows (`RowsAt`), by which a visit to the Register or the wizard keeps the list the window
 * holds instead of loading every person again: main moves it on with every change that may change someone's row, and
 * at each opening; the day the rows are built for goes with it. A list kept by the window's rule (a change's row put in
 * place when the list was at the change's `before`) is checked against main's own list after each change.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import type { AssignmentAnswer, PeopleList, PersonAnswer, PersonRow, RowsAt, RowsStep } from '../../../shared/contracts/ledger';
import type { RegisterStatus } from '../../../shared/contracts/register';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import { tempDir } from '../register/helpers';
import { cancelledDialogs } from './helpers';

async function value<T>(result: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  return answer.value as T;
}

/** A core on a new register whose clock the test sets, whose file dialog gives `files.next`, and whose folder dialog gives the register open now. */
async function registerWithClock() {
  const clock = { now: new Date('2026-01-15T10:00:00') };
  const files = { next: [] as string[] };
  let folder: string | null = join(tempDir(), 'kowalski');
  const core = createAppCore({
    freezeDocuments: true,
    appDataDir: tempDir(),
    storeFactory: confStoreFactory,
    dialogs: { ...cancelledDialogs, chooseRegisterFolder: async () => folder, chooseFiles: async () => files.next.splice(0) },
    systemLanguage: 'en',
    version: '0.0.0-test',
    actor: 'tester',
    now: () => clock.now,
  });
  core.start();
  const created = await value<RegisterStatus>(core.invoke('registerNew', {}));
  if (created.state !== 'open') throw new Error('not open');
  folder = created.path;
  const status = async () => {
    const now = await value<RegisterStatus>(core.invoke('registerStatus', {}));
    if (now.state !== 'open') throw new Error('not open');
    return now;
  };
  const list = () => value<PeopleList>(core.invoke('peopleList', {}));
  return { core, clock, files, status, rowsAt: async () => (await status()).rowsAt, list };
}

const lotInput = { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document: 'FV/1' };

describe('the revision of the people’s rows', () => {
  it('moves on with every change that may change someone’s row, a new opening and a new day; not with one that changes none', async () => {
    const app = await registerWithClock();
    const { core } = app;
    const start = await app.rowsAt();
    expect(start).toEqual({ revision: expect.any(Number), day: '2026-01-15' });
    // Read again, and with the list: the same rows.
    expect(await app.rowsAt()).toEqual(start);
    expect((await app.list()).rowsAt).toEqual(start);

    // No row names a server, the organization, a lot no one holds, a lot's notes or its proofs.
    const lot = await value<{ id: string }>(core.invoke('purchaseSave', lotInput));
    await value(core.invoke('serverSave', { name: 'EX01', product: 'Exchange Server 2019', edition: 'Standard', activation: { state: 'activated' } }));
    await value(core.invoke('organizationUpdate', { name: 'Kowalski i Syn', taxId: '', address: '', contact: '' }));
    expect(await app.rowsAt()).toEqual(start);

    const anna = await value<PersonAnswer>(core.invoke('personSave', { givenName: 'Anna', surname: 'Nowak', email: 'anna@przyklad.pl' }));
    expect(anna.rowsStep).toEqual({ before: start.revision, after: start.revision + 1, day: '2026-01-15' });
    const assigned = await value<AssignmentAnswer>(core.invoke('assignmentCreate', { personId: anna.id, purchaseId: lot.id, assignedOn: '2026-01-15', acceptWarnings: true }));
    expect(assigned.rowsStep).toEqual({ before: start.revision + 1, after: start.revision + 2, day: '2026-01-15' });
    const held = await app.rowsAt();
    expect(held.revision).toBe(start.revision + 2);

    await value(core.invoke('purchaseSave', { ...lotInput, id: lot.id, notes: 'Zamówienie 7' }));
    const pdf = join(tempDir(), 'faktura.pdf');
    writeFileSync(pdf, '%PDF-1.4 FV/1');
    app.files.next = [pdf];
    await value(core.invoke('proofAttach', { purchaseId: lot.id }));
    expect(await app.rowsAt()).toEqual(held);

    // Anna's row names the lot's document: editing it changes her row, though no answer carries it.
    await value(core.invoke('purchaseSave', { ...lotInput, id: lot.id, notes: 'Zamówienie 7', document: 'FV/1/K' }));
    const renamed = await app.rowsAt();
    expect(renamed.revision).toBeGreaterThan(held.revision);
    expect((await app.list()).people[0]?.activeCals[0]?.document).toBe('FV/1/K');

    // An import changes what it imports, without a row in its answer.
    const csv = join(tempDir(), 'mailboxes.csv');
    writeFileSync(csv, 'DisplayName,PrimarySmtpAddress,RecipientTypeDetails\nJan Kowalski,jan@przyklad.pl,UserMailbox\n');
    app.files.next = [csv];
    const picked = await value<{ token: string }>(core.invoke('importPick', {}));
    await value(core.invoke('importCommit', { token: picked.token, decisions: {} }));
    const imported = await app.rowsAt();
    expect(imported.revision).toBeGreaterThan(renamed.revision);
    expect((await app.list()).people.map((p) => p.email).sort()).toEqual(['anna@przyklad.pl', 'jan@przyklad.pl']);

    // Past midnight: the same revision, for another day (a leaving date or a booked release may have come).
    app.clock.now = new Date('2026-01-16T00:05:00');
    expect(await app.rowsAt()).toEqual({ revision: imported.revision, day: '2026-01-16' });
    expect((await app.list()).rowsAt).toEqual({ revision: imported.revision, day: '2026-01-16' });

    // The same folder opened again is another opening: its rows are not known to be the ones held.
    const before = await app.status();
    const reopened = await value<RegisterStatus>(core.invoke('registerOpen', {}));
    if (reopened.state !== 'open') throw new Error('not open');
    expect(reopened.path).toBe(before.path);
    expect(reopened.sessionId).not.toBe(before.sessionId);
    expect(reopened.rowsAt.revision).toBeGreaterThan(imported.revision);
    core.stop();
  });

  it('a list kept by the window’s rule is main’s list whenever its rows are main’s, whoever made the changes', async () => {
    const app = await registerWithClock();
    const { core } = app;
    const byId = (people: readonly PersonRow[]) => [...people].sort((a, b) => (a.id < b.id ? -1 : 1));
    /** The window's list: loaded whole, or kept with each change's row when it was at the change's `before`. */
    let kept: { people: PersonRow[]; rowsAt: RowsAt | null } = await app.list();
    let loads = 1;
    const take = (row: PersonRow | null, step: RowsStep) => {
      const current = kept.rowsAt !== null && kept.rowsAt.revision === step.before && kept.rowsAt.day === step.day;
      const people = row ? [...kept.people.filter((p) => p.id !== row.id), row] : kept.people;
      kept = { people, rowsAt: current ? { revision: step.after, day: step.day } : null };
    };
    const rowOf = ({ rowsStep: _step, ...row }: PersonAnswer): PersonRow => row;
    /** A visit: the list kept if its rows are main's (then it must be main's list), loaded again otherwise. */
    const visit = async () => {
      const now = await app.rowsAt();
      const list = await app.list();
      if (kept.rowsAt !== null && kept.rowsAt.revision === now.revision && kept.rowsAt.day === now.day) {
        expect(byId(kept.people)).toEqual(byId(list.people));
        return;
      }
      kept = list;
      loads += 1;
    };

    const lot = await value<{ id: string }>(core.invoke('purchaseSave', lotInput));
    const other = await value<{ id: string }>(core.invoke('purchaseSave', { ...lotInput, document: 'FV/2' }));
    const saved = async (givenName: string) => {
      const answer = await value<PersonAnswer>(core.invoke('personSave', { givenName, surname: 'Nowak', email: `${givenName.toLowerCase()}@przyklad.pl` }));
      take(rowOf(answer), answer.rowsStep);
      return answer;
    };
    const anna = await saved('Anna');
    const jan = await saved('Jan');
    await visit();
    const assign = async (personId: string, purchaseId: string) => {
      const answer = await value<AssignmentAnswer>(core.invoke('assignmentCreate', { personId, purchaseId, assignedOn: '2026-01-15', acceptWarnings: true }));
      take(answer.holder, answer.rowsStep);
      return answer;
    };
    const annaCal = await assign(anna.id, lot.id);
    await assign(jan.id, other.id);
    await visit();
    const released = await value<AssignmentAnswer>(core.invoke('assignmentRelease', { assignmentId: annaCal.id, releasedOn: '2026-01-15', reason: 'role-change', notes: '' }));
    take(released.holder, released.rowsStep);
    const left = await value<PersonAnswer>(core.invoke('personLeave', { personId: jan.id, leftOn: '2026-01-20', releaseCals: true }));
    take(rowOf(left), left.rowsStep);
    await visit();
    // Every change so far answered with its row: the list loaded once.
    expect(loads).toBe(1);

    // Changes whose answers carry no row, and a day passing: the next visit loads the list again.
    await value(core.invoke('purchaseSave', { ...lotInput, id: other.id, document: 'FV/2/K' }));
    await visit();
    expect(loads).toBe(2);
    app.clock.now = new Date('2026-01-20T08:00:00');
    await visit();
    expect(loads).toBe(3);
    expect(kept.people.find((p) => p.id === jan.id)).toMatchObject({ status: 'left', activeCals: [] });

    const back = await value<PersonAnswer>(core.invoke('personReturn', { personId: jan.id }));
    take(rowOf(back), back.rowsStep);
    await visit();
    expect(loads).toBe(3);
    core.stop();
  });
});
