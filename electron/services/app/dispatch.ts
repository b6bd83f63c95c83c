import { contract, type Channel, type ContractHandlers } from '../../../shared/contract';
import { isRegisterBound, registerBoundSchema, type ChannelSpec } from '../../../shared/contracts/define';
import { keyedError } from '../../../shared/errors/messages';
import { DomainError, fail, ok, type Result } from '../../../shared/result';

export interface DispatchLog {
  error(message: string, error?: unknown): void;
}

export interface DispatchOptions {
  /** The open register is read-only: channels that write (`writes` in the contract) are refused. */
  readOnly?: () => boolean;
  /**
   * Given, a register-bound channel's input (`isRegisterBound`) comes wrapped with the id of the register the window
   * meant (`registerBoundSchema`), and is refused with what this returns for that id (RegisterSession `refusalFor`):
   * null when it is the register open now.
   */
  refusalFor?: (meant: string | null) => DomainError | null;
}

/**
 * The one way a channel is served, in the app (ipcMain) and in the test bridge (http):
 * parse the input with the contract's schema, run the handler, return a Result.
 * Unknown failures become `internal`; their stack stays in the log.
 */
export async function dispatch(handlers: ContractHandlers, channel: string, rawInput: unknown, log: DispatchLog, options: DispatchOptions = {}): Promise<Result<unknown>> {
  if (!Object.prototype.hasOwnProperty.call(contract, channel)) {
    return fail('invalid-input', `Unknown channel "${channel}".`);
  }
  const name = channel as Channel;
  const spec = contract[name] as ChannelSpec;
  let input = rawInput;
  // Sent for a register another replaced before it came (File ▸ Open, New, Recent, a backup restored): refused before
  // any of it runs, here for every register-bound channel, so no handler can apply it to the register open instead.
  if (options.refusalFor && isRegisterBound(spec)) {
    const envelope = registerBoundSchema.safeParse(rawInput);
    if (!envelope.success) return fail('invalid-input', `Invalid input for ${name}: a register-bound channel's input comes as { register, input }.`);
    const refusal = options.refusalFor(envelope.data.register);
    if (refusal) return fail(refusal.code, refusal.message, refusal.detail);
    input = envelope.data.input;
  }
  // One refusal for every channel that writes, whatever its input, before any of it runs (a dialog shown, a proof copied).
  if (spec.writes && options.readOnly?.()) {
    const refusal = keyedError('register-locked', 'register-open-read-only');
    return fail(refusal.code, refusal.message, refusal.detail);
  }
  const parsed = contract[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('invalid-input', `Invalid input for ${name}: ${issue ? `${issue.path.join('.') || '(root)'} ${issue.message}` : 'rejected'}`);
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof DomainError) return fail(error.code, error.message, error.detail);
    log.error(`channel ${name} failed`, error);
    return fail('internal', 'Something went wrong; the details are in the log.');
  }
}

/** Checks at start that the handler map serves exactly the contract's channels. */
export function assertHandlersMatchContract(handlers: object): void {
  const expected = Object.keys(contract).sort();
  const actual = Object.keys(handlers).sort();
  const missing = expected.filter((c) => !actual.includes(c));
  const extra = actual.filter((c) => !expected.includes(c));
  if (missing.length || extra.length) {
    throw new Error(`IPC handlers do not match the contract (missing: ${missing.join(', ') || '—'}; extra: ${extra.join(', ') || '—'})`);
  }
}
