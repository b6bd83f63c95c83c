import { channelIsRegisterBound, channels, type CalRegisterApi, type Channel, type ChannelInput, type ChannelOutput } from '../../shared/contract';
import type { Result } from '../../shared/result';

/** The `sessionId` of the register the window shows (null when none); the session store tells it (`shownRegisterFrom`). */
let shownRegister: () => string | null = () => null;

/** Where the client reads the id it sends with every register-bound channel: the session store's status (sessionStore.ts). */
export function shownRegisterFrom(source: () => string | null): void {
  shownRegister = source;
}

/**
 * Calls one contract channel through the preload bridge. A register-bound channel (a change, the audit workbook) goes
 * with the id of the register the window shows, so main refuses it if another register was opened before it came.
 * Never throws: a missing bridge or a rejected IPC call becomes `{ ok: false, error: { code: 'internal' } }`, so stores
 * handle one shape.
 */
export async function callChannel<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  const bridge = window.calRegister;
  if (!bridge) return { ok: false, error: { code: 'internal', message: 'window.calRegister is not available' } };
  try {
    const method = bridge[channel] as (input: unknown) => Promise<Result<ChannelOutput<C>>>;
    return await method(channelIsRegisterBound(channel) ? { register: shownRegister(), input } : input);
  } catch (cause) {
    return { ok: false, error: { code: 'internal', message: cause instanceof Error ? cause.message : String(cause) } };
  }
}

/** The typed client: one method per contract channel, each returning the channel's `Result`. */
export const client = Object.fromEntries(
  channels.map((channel) => [channel, (input: ChannelInput<typeof channel>) => callChannel(channel, input)]),
) as CalRegisterApi;
