import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channels, contract, type ContractHandlers } from '../../../shared/contract';
import { assertHandlersMatchContract, dispatch } from '../../../electron/services/app/dispatch';
import { DomainError } from '../../../shared/result';

const silentLog = { error: () => undefined };

/** Handlers that record every call: a rejected payload must never reach a service. */
function spyHandlers() {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    channels.map((c) => [
      c,
      (input: unknown) => {
        calls.push(c);
        return input;
      },
    ]),
  ) as unknown as ContractHandlers;
  return { handlers, calls };
}

const malformed: unknown[] = [42, 'register.json', true, [], [{}], { unexpected: 1 }, { __proto__: { polluted: true }, x: 1 }, { id: 7 }, { language: 'de' }, { backupId: '../../etc/passwd', extra: 1 }];

describe('IPC dispatch', () => {
  it.each(channels)('channel %s rejects malformed payloads with invalid-input before any handler runs', async (channel) => {
    const { handlers, calls } = spyHandlers();
    for (const payload of malformed) {
      if (contract[channel].input.safeParse(payload).success) continue;
      const result = await dispatch(handlers, channel, payload, silentLog);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(calls).toEqual([]);
  });

  it('with the register open read-only, every channel that writes is refused before its handler runs, and no other is', async () => {
    const writing = channels.filter((c) => (contract[c] as { writes?: true }).writes === true);
    // The ones that change the register, and only those: ledger edits, the import commit, the counting setting, the organization.
    expect([...writing].sort()).toEqual(
      ['assignmentCreate', 'assignmentRelease', 'complianceSettings', 'importCommit', 'organizationUpdate', 'personLeave', 'personReturn', 'personSave', 'proofAttach', 'proofDetach', 'purchaseSave', 'purchaseVoid', 'registerRestoreBackup', 'serverSave', 'serverVerify'],
    );
    const { handlers, calls } = spyHandlers();
    for (const channel of writing) {
      for (const payload of [{}, ...malformed]) {
        const result = await dispatch(handlers, channel, payload, silentLog, { readOnly: () => true });
        expect(result).toMatchObject({ ok: false, error: { code: 'register-locked', detail: { messageKey: 'register-open-read-only' } } });
      }
    }
    expect(calls).toEqual([]);
    // Reading channels pass through; writing ones run once the register is writable.
    expect(await dispatch(handlers, 'peopleList', {}, silentLog, { readOnly: () => true })).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'exportSheets', {}, silentLog, { readOnly: () => true })).not.toMatchObject({ error: { code: 'register-locked' } });
    expect(await dispatch(handlers, 'complianceSettings', { countSharedMailboxes: true }, silentLog, { readOnly: () => false })).toMatchObject({ ok: true });
    expect(calls).toEqual(['peopleList', ...(contract.exportSheets.input.safeParse({}).success ? ['exportSheets'] : []), 'complianceSettings']);
  });

  it.each(channels)('channel %s refuses unknown keys (every input schema is strict)', (channel) => {
    const schema = contract[channel].input;
    expect(schema.safeParse({ unexpected: 1 }).success).toBe(false);
  });

  it('random payloads are either valid for the schema or rejected as invalid-input, never a crash', async () => {
    const { handlers } = spyHandlers();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), fc.anything(), async (channel, payload) => {
        const result = await dispatch(handlers, channel, payload, silentLog);
        const valid = contract[channel].input.safeParse(payload ?? {}).success;
        if (!valid) expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
        else expect(result.ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('an unknown channel is invalid-input', async () => {
    const { handlers } = spyHandlers();
    expect(await dispatch(handlers, 'readFile', { path: '/etc/passwd' }, silentLog)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('a domain error crosses as its stable code; an unexpected one as internal without its stack', async () => {
    const { handlers } = spyHandlers();
    const errors: unknown[] = [];
    const failing = { ...handlers, registerStatus: () => { throw new DomainError('register-locked', 'open elsewhere'); }, appSettings: () => { throw new Error('secret stack'); } };
    expect(await dispatch(failing, 'registerStatus', {}, silentLog)).toEqual({ ok: false, error: { code: 'register-locked', message: 'open elsewhere' } });
    const internal = await dispatch(failing, 'appSettings', {}, { error: (_m, e) => errors.push(e) });
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(internal)).not.toContain('secret stack');
    expect(errors).toHaveLength(1);
  });

  it('a handler map with a missing or extra channel is refused at start', () => {
    const { handlers } = spyHandlers();
    const { registerStatus: _dropped, ...missing } = handlers;
    expect(() => assertHandlersMatchContract(missing)).toThrow(/missing: registerStatus/);
    expect(() => assertHandlersMatchContract({ ...handlers, readFile: () => 1 })).toThrow(/extra: readFile/);
  });
});
