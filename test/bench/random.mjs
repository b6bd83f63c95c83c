// A seeded random stream, shared by the bench's data generator (generate.ts), its intervals
// (summary.mjs) and the crash test's kill times. Plain JS so that run.mjs can import it without a build.

/** mulberry32: small, fast, good enough for test data and resampling; deterministic across runs. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
