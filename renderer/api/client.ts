import { channels, type CalRegisterApi, type Channel, type ChannelInput, type ChannelOutput } from '../../shared/contract';
import type { Result } from '../../shared/result';

/**
 * Calls one contract channel through the preload bridge. Never throws: a missing bridge or a
 * rejected IPC call becomes `{ ok: false, error: { code: 'internal' } }`, so stores handle one shape.
 */
export async function callChannel<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  const bridge = window.calRegister;
  if (!bridge) return { ok: false, error: { code: 'internal', message: 'window.calRegister is not available' } };
  try {
    const method = bridge[channel] as (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
    return await method(input);
  } catch (cause) {
    return { ok: false, error: { code: 'internal', message: cause instanceof Error ? cause.message : String(cause) } };
  }
}

/** The typed client: one method per contract channel, each returning the channel's `Result`. */
export const client = Object.fromEntries(
  channels.map((channel) => [channel, (input: ChannelInput<typeof channel>) => callChannel(channel, input)]),
) as CalRegisterApi;
