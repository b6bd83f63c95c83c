import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../../electron/services/app/app-core';
import { dispatch } from '../../../electron/services/app/dispatch';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import { channels, contract, type ContractHandlers } from '../../../shared/contract';
import { tempDir } from '../register/helpers';
import { cancelledDialogs } from '../app/helpers';

const RUNS = 400;
let fuzzed = 0;

/** What arrives over IPC: anything at all, or objects that look like real inputs with hostile values. */
const hostileValue = fc.oneof(
  fc.string(),
  fc.constantFrom('../../etc/passwd', 'C:\\Windows\\win.ini', 'file:///etc/shadow', '\\\\server\\share\\x', '=cmd|"/c calc"!A1', '<img src=x onerror=alert(1)>', '__proto__', 'constructor', '\u0000', 'a'.repeat(70_000)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }),
);
const knownKeys = [...new Set(channels.flatMap((c) => Object.keys((contract[c].input as unknown as { shape?: object }).shape ?? {})))];
const hostilePayload = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
  fc.dictionary(fc.constantFrom(...knownKeys, 'path', 'filePath', 'dir', '__proto__'), hostileValue, { maxKeys: 6 }),
);

function spyHandlers() {
  const calls: string[] = [];
  const handlers = Object.fromEntries(channels.map((c) => [c, (input: unknown) => (calls.push(c), { echoed: true, input })])) as unknown as ContractHandlers;
  return { handlers, calls };
}

/** What crosses back must survive Electron's structured clone unchanged and be plain JSON. */
function expectSerializable(result: unknown): void {
  expect(structuredClone(result)).toEqual(result);
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

let core: AppCore;
beforeAll(() => {
  core = createAppCore({
    appDataDir: tempDir('cal-ipc-fuzz-'),
    storeFactory: confStoreFactory,
    // Every dialog is cancelled: the fuzzer must never reach a file the user did not pick.
    dialogs: cancelledDialogs,
    systemLanguage: 'pl',
    version: '0.0.0-fuzz',
    actor: 'fuzzer',
    log: { info: () => undefined, error: () => undefined },
    // A handler that changed a document in place would throw, and the fuzzer would see `internal`.
    freezeDocuments: true,
  });
  core.start();
});
afterAll(() => {
  core.stop();
  console.info(`IPC fuzzing: ${fuzzed} payloads over ${channels.length} channels per run`);
});

describe('hostile IPC payloads', () => {
  it('a payload the schema rejects is invalid-input, never reaches a handler, and the answer is serializable', async () => {
    const { handlers, calls } = spyHandlers();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), hostilePayload, async (channel, payload) => {
        fuzzed++;
        const before = calls.length;
        const valid = contract[channel].input.safeParse(payload ?? {}).success;
        const result = await dispatch(handlers, channel, payload, { error: () => undefined });
        if (valid) {
          expect(result.ok).toBe(true);
          expect(calls.length).toBe(before + 1);
        } else {
          expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
          expect(calls.length).toBe(before);
          expectSerializable(result);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the real app core answers every hostile payload with a result (never internal) that survives structured clone', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), hostilePayload, async (channel, payload) => {
        fuzzed++;
        // As the window sends it (a register-bound channel's payload is its envelope, here hostile too), and as main's own caller does.
        for (const result of [await core.invokeFromWindow(channel, payload), await core.invoke(channel, payload)]) {
          if (!result.ok) expect(result.error.code).not.toBe('internal');
          expectSerializable(result);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('an unknown channel or a prototype key is refused before any handler', async () => {
    const { handlers, calls } = spyHandlers();
    for (const channel of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'readFile', 'cal:registerStatus', '']) {
      fuzzed++;
      expect(await dispatch(handlers, channel, {}, { error: () => undefined })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(calls).toEqual([]);
  });
});
