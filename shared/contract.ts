import type { z } from 'zod';
import { ipcChannelName } from './channels';
import { isRegisterBound, mergeContracts, type ChannelSpec, type RegisterBound } from './contracts/define';
import { complianceContract } from './contracts/compliance';
import { diagnosticsContract } from './contracts/diagnostics';
import { exportContract } from './contracts/export';
import { helpContract } from './contracts/help';
import { importContract } from './contracts/import';
import { ledgerContract } from './contracts/ledger';
import { registerContract } from './contracts/register';
import type { Result } from './result';

/**
 * The one contract between renderer and main: channel → zod input → zod output.
 * Each feature declares its channels in shared/contracts/<feature>.ts and is merged here.
 */
export const contract = mergeContracts(registerContract, ledgerContract, complianceContract, importContract, exportContract, helpContract, diagnosticsContract);

export type Contract = typeof contract;
export type Channel = keyof Contract & string;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];

/** The IPC channel string for a contract channel. */
export const ipcChannel = (name: Channel): string => ipcChannelName(name);

/** The channels sent with the id of the register the window has open (`isRegisterBound`): every one that writes, and the audit workbook. */
export type RegisterBoundChannel = { [C in Channel]: Contract[C] extends { writes: true } | { ofOpenRegister: true } ? C : never }[Channel];

export const channelIsRegisterBound = (name: Channel): boolean => isRegisterBound(contract[name] as ChannelSpec);

/** A channel's input as it crosses to main: a register-bound channel's wrapped with the register's id (`RegisterBound`). */
export type ChannelWireInput<C extends Channel> = C extends RegisterBoundChannel ? RegisterBound<ChannelInput<C>> : ChannelInput<C>;

/** The typed client the renderer's stores call (renderer/api/client.ts): one method per channel, each with the channel's own input. */
export type CalRegisterApi = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};

/** What the preload exposes on `window.calRegister`: one method per channel, taking the input as it crosses (`ChannelWireInput`). */
export type CalRegisterBridge = {
  [C in Channel]: (input: ChannelWireInput<C>) => Promise<Result<ChannelOutput<C>>>;
};

/** Handlers main registers: exactly one per channel (missing or extra is a type error). */
export type ContractHandlers = {
  [C in Channel]: (input: ChannelParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

/** The handlers of one feature's channels, e.g. `FeatureHandlers<typeof registerContract>`. */
export type FeatureHandlers<T> = Pick<ContractHandlers, keyof T & Channel>;
