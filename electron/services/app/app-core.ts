import { randomUUID } from 'node:crypto';
import { channelIsRegisterBound, channels, type Channel, type ContractHandlers } from '../../../shared/contract';
import type { RegisterStatus } from '../../../shared/contracts/register';
import { setZodLanguage } from '../../../shared/domain/zod-language';
import type { RegisterDeps } from '../register/open-register';
import { registerFileStore } from '../register/json-store';
import { loadStampKey } from '../register/validation-stamp';
import type { AppContext, AppCoreOptions } from './context';
import { assertHandlersMatchContract, dispatch } from './dispatch';
import { complianceHandlers } from './handlers/compliance';
import { diagnosticsHandlers } from './handlers/diagnostics';
import { exportHandlers } from './handlers/export';
import { helpHandlers } from './handlers/help';
import { importHandlers } from './handlers/import';
import { ledgerHandlers } from './handlers/ledger';
import { openStartupRegister, registerHandlers } from './handlers/register';
import { RegisterSession } from './session';
import { SettingsStore } from './settings';

export interface AppCore {
  handlers: ContractHandlers;
  context: AppContext;
  /** Opens the last or default register; never throws for a bad register (it becomes a status). */
  start(): RegisterStatus;
  /**
   * A channel asked by the window (ipcMain, the test bridge's http): a register-bound channel's input comes as
   * `{ register, input }`, and is refused unless `register` is the `sessionId` of the register open now.
   */
  invokeFromWindow(channel: string, wireInput: unknown): ReturnType<typeof dispatch>;
  /** A channel asked in main itself (its menu) or by a test, with the channel's own input: a register-bound one is of the register open now. */
  invoke(channel: string, input: unknown): ReturnType<typeof dispatch>;
  /** Closes the register; never throws, as main quits after it (a lock that cannot be removed is logged and left to be judged stale). */
  stop(): void;
}

/** Everything main (and the e2e bridge) serves, built from injected ports; no Electron here. */
export function createAppCore(options: AppCoreOptions): AppCore {
  const log = options.log ?? { info: () => undefined, error: (m: string, e?: unknown) => console.error(m, e) };
  const registerDeps: RegisterDeps = {
    storeFactory: options.registerStoreFactory ?? registerFileStore,
    now: options.now ?? (() => new Date()),
    actor: options.actor,
    instance: randomUUID(),
    newId: options.newId ?? (() => randomUUID()),
    freezeDocuments: options.freezeDocuments === true,
  };
  // Lets a register this installation saved skip the schema check at its next open.
  const stampKey = loadStampKey(options.appDataDir);
  if (stampKey) registerDeps.stampKey = stampKey;
  const settings = new SettingsStore(options.appDataDir, options.storeFactory);
  const session = new RegisterSession(registerDeps);
  const context: AppContext = {
    options,
    session,
    settings,
    registerDeps,
    language: () => settings.language(options.systemLanguage),
  };
  // zod's own refusals that reach the window (the reason of `change-not-valid`) in the UI language;
  // `setLanguage` sets it again. zod's config is global, which fits: main is one process with one
  // UI language. The schemas' own hints outrank it and stay keys the renderer words itself.
  setZodLanguage(context.language());
  const handlers = {
    ...registerHandlers(context),
    ...ledgerHandlers(context),
    ...complianceHandlers(context),
    ...importHandlers(context),
    ...exportHandlers(context),
    ...helpHandlers(context),
    ...diagnosticsHandlers(context),
  } satisfies ContractHandlers;
  assertHandlersMatchContract(handlers);

  const known = (channel: string): channel is Channel => channels.includes(channel as Channel);
  // Channel names and error codes only: payloads may hold people's names and addresses.
  const invokeFromWindow: AppCore['invokeFromWindow'] = async (channel, wireInput) => {
    const result = await dispatch(handlers, channel, wireInput, log, { readOnly: () => session.current?.readOnly === true, refusalFor: (meant) => session.refusalFor(meant) });
    if (!result.ok && result.error.code !== 'cancelled') log.info(`${known(channel) ? channel : '(unknown channel)'}: ${result.error.code}`);
    return result;
  };

  return {
    handlers,
    context,
    start: () => {
      const status = openStartupRegister(context);
      log.info(`register at start: ${status.state}${status.state === 'problem' ? ` (${status.code})` : ''}`);
      return status;
    },
    invokeFromWindow,
    invoke: (channel, input) => invokeFromWindow(channel, known(channel) && channelIsRegisterBound(channel) ? { register: session.id, input } : input),
    stop: () => {
      try {
        session.close();
      } catch (error) {
        // A stick made read-only or gone: its lock stays behind, and the next start, another process, takes it over as stale.
        log.error('closing the register failed', error);
      }
    },
  };
}
