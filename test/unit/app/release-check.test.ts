import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import type { Assignment } from '../../../shared/domain/model';
import { tempDir } from '../register/helpers';
import { cancelledDialogs } from './helpers';

/** A core over a fresh app data folder, with its default register open. */
function startCore() {
  const core = createAppCore({ freezeDocuments: true, appDataDir: tempDir(), storeFactory: confStoreFactory, dialogs: cancelledDialogs, systemLanguage: 'en', version: '0.0.0-test', actor: 'tester' });
  const status = core.start();
  if (status.state !== 'open') throw new Error('the default register did not open');
  return { core, registerDir: status.path };
}

async function value<T>(result: Promise<{ ok: boolean; value?: unknown }>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  return answer.value as T;
}

describe('the assignmentReleaseCheck channel', () => {
  // Found in review (12-07): the Release dialog weighed only the CALs the person's row lists, by product, so a next Standard
  // CAL that starts some days after the release day hid the days between, on which the Enterprise CAL is held without one.
  it('names the first day an Enterprise CAL is left without a Standard CAL, reads only, and refuses an unknown assignment or a day that is not one', async () => {
    const { core, registerDir } = startCore();
    const lot = (productId: string, more: object = {}) => value<{ id: string }>(core.invoke('purchaseSave', { productId, quantity: 5, date: '2024-03-01', ...more }));
    const standard = await lot('exchange-2019-standard-user-cal');
    const enterprise = await lot('exchange-2019-enterprise-user-cal');
    const se = await lot('exchange-se-standard-user-cal', { coverage: { kind: 'subscription', until: '2027-02-28' } });
    const person = await value<{ id: string }>(core.invoke('personSave', { givenName: 'Anna', surname: 'Nowak', email: 'anna@example.com' }));
    const assign = (purchaseId: string, assignedOn: string) => value<Assignment>(core.invoke('assignmentCreate', { personId: person.id, purchaseId, assignedOn, acceptWarnings: true }));
    const held = await assign(standard.id, '2024-03-02');
    await assign(enterprise.id, '2024-03-02');
    await assign(se.id, '2024-10-01');

    const file = join(registerDir, 'register.json');
    const before = readFileSync(file);
    expect(await core.invoke('assignmentReleaseCheck', { assignmentId: held.id, releasedOn: '2024-09-01' })).toEqual({
      ok: true,
      value: { enterpriseLeft: { assignmentId: expect.any(String), productId: 'exchange-2019-enterprise-user-cal', from: '2024-09-01', until: null } },
    });
    expect(await core.invoke('assignmentReleaseCheck', { assignmentId: held.id, releasedOn: '2024-10-01' })).toEqual({ ok: true, value: { enterpriseLeft: null } });
    expect(readFileSync(file).equals(before)).toBe(true);

    expect(await core.invoke('assignmentReleaseCheck', { assignmentId: 'no-such-assignment', releasedOn: '2024-09-01' })).toMatchObject({ ok: false, error: { code: 'not-found', detail: { messageKey: 'assignment-not-found' } } });
    expect(await core.invoke('assignmentReleaseCheck', { assignmentId: held.id, releasedOn: '2024-02-30' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await core.invoke('assignmentReleaseCheck', { assignmentId: held.id, releasedOn: '2024-09-01', reason: 'other' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    core.stop();
  });
});
