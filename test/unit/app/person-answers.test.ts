/**
 * Saving a person, marking someone as left and undoing it answered with that person's row, which main took from the
 * rows of the whole register: every person copied with their CALs for one row, 0.3–0.4 s of each such save at 50,000
 * people. How many people the answer copies is counted here, not how long it takes.
 */
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/services/app/context';
import { ledgerHandlers } from '../../../electron/services/app/handlers/ledger';
import { personRows } from '../../../electron/services/ledger/ledger';
import { personInputSchema } from '../../../shared/contracts/ledger';
import type { RegisterDocument } from '../../../shared/domain/model';
import { generateDirectory } from '../../bench/generate';
import { AS_OF, generateRegister } from '../../bench/generate-register';

/** Ledger handlers over `doc` held in memory (a commit replaces it), each person of it counting the times they are copied whole. */
function handlersOver(generated: RegisterDocument) {
  let copies = 0;
  const people = generated.people.map(
    (person) =>
      new Proxy(person, {
        ownKeys(target) {
          copies += 1;
          return Reflect.ownKeys(target);
        },
      }),
  );
  const now = () => new Date(`${AS_OF}T10:00:00.000Z`);
  const register = {
    document: { ...generated, people } as RegisterDocument,
    commit(next: RegisterDocument) {
      register.document = next;
    },
    newId: () => 'p-new',
    now,
  };
  const ctx = { session: { require: () => register, rowsRevision: () => 1 }, registerDeps: { now } } as unknown as AppContext;
  return { handlers: ledgerHandlers(ctx), register, copies: () => copies };
}

describe('a person saved, marked as left or back', () => {
  const generated = generateRegister(generateDirectory(1000));
  const holder = generated.people.find((p) => p.leftOn === null && generated.assignments.some((a) => a.personId === p.id && a.releasedOn === null))!;

  it('is answered with their row, copying no one else in the register', async () => {
    const { handlers, register, copies } = handlersOver(generated);
    const row = (id: string) => personRows(register.document, AS_OF).find((p) => p.id === id);

    const saved = await handlers.personSave(personInputSchema.parse({ id: holder.id, givenName: holder.givenName, surname: holder.surname, email: holder.email, login: holder.login, department: 'Zarząd' }));
    const left = await handlers.personLeave({ personId: holder.id, leftOn: AS_OF, releaseCals: false });
    const back = await handlers.personReturn({ personId: holder.id });
    const added = await handlers.personSave(personInputSchema.parse({ givenName: 'Zofia', surname: 'Nowa', email: 'zofia.nowa@przyklad.pl' }));
    // Every row for one: 1,000 people copied per answer.
    expect(copies()).toBeLessThan(10);

    expect(saved).toMatchObject({ id: holder.id, department: 'Zarząd', status: 'active' });
    expect(saved.activeCals.length).toBeGreaterThan(0);
    expect(left).toMatchObject({ id: holder.id, leftOn: AS_OF, status: 'left', activeCals: saved.activeCals });
    expect(back).toEqual({ ...row(holder.id), rowsStep: { before: 1, after: 1, day: AS_OF } });
    expect(added).toEqual({ ...row('p-new'), rowsStep: { before: 1, after: 1, day: AS_OF } });
  });
});
