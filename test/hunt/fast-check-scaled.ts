/**
 * fast-check as the tests import it, but every `fc.assert` runs HUNT_K times as many cases (10 by
 * default, at most 20,000) from a fresh random seed: `npm run test:hunt` (vitest.hunt.config.ts)
 * aliases `fast-check` to this module. A property that holds for CI's runs can still fail for a
 * case it rarely draws: on 12-06 CI drew such a case of the re-import property once, and it was a
 * real bug (a person asked about by name or not depending on the rows' order), which this finds
 * in seconds.
 */
import * as fc from '../../node_modules/fast-check/lib/fast-check.js';

export * from '../../node_modules/fast-check/lib/fast-check.js';

const factor = Number(process.env.HUNT_K ?? 10);

function scaled<P extends { numRuns?: number; seed?: number; path?: string }>(params: P | undefined): P {
  const numRuns = Math.min(20_000, Math.ceil((params?.numRuns ?? 100) * factor));
  return { ...(params as P), numRuns, seed: undefined, path: undefined };
}

export const assert: typeof fc.assert = ((property: Parameters<typeof fc.assert>[0], params?: Parameters<typeof fc.assert>[1]) =>
  fc.assert(property as never, scaled(params) as never)) as typeof fc.assert;

export default { ...fc, assert };
