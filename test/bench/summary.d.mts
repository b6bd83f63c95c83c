// Types of summary.mjs for measure.ts and the tests.
export interface Sample {
  wall: number;
  cpu: number;
  faults: number;
  gc: number;
  system: number;
}
export interface Summary {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
  /** Every run in ms, in order, so a reader can see the spread. */
  samples: number[];
  /** Median CPU time (user + system, all threads) per run: on a shared machine it shows what wall time lost to other load. */
  cpuMedian: number;
  /** Median minor page faults per run: memory the step touched for the first time (fresh pages cost ~2 µs each on this VM). */
  faultsMedian: number;
  /**
   * Median time per run the step stood still for garbage collection (V8's pauses on this thread,
   * from perf_hooks 'gc' entries; marking done beside it on the other core is not counted).
   */
  gcMedian: number;
  /** Median CPU time per run in the kernel (page faults of fresh memory, file reads and writes), on every thread. */
  systemMedian: number;
  /**
   * Median of each run's wall time less its GC pauses and its kernel time: roughly the step's own
   * work in JavaScript, whose growth with size neither the heap's size nor fresh memory blurs.
   */
  restMedian: number;
  /** Every run's parts, so that the runs of a size's two passes can be summarized as one (summary.mjs `mergeResults`). */
  parts: Sample[];
}
export const round: (ms: number) => number;
export function median(values: readonly number[]): number;
export function percentile(values: readonly number[], q: number): number;
export const rest: (s: { wall: number; gc: number; system: number }) => number;
export function summarize(samples: readonly Sample[]): Summary;
export function mergeResults<T>(first: T, second: unknown): T;
export function bootstrapInterval(
  groups: readonly (readonly number[])[],
  statistic: (drawn: number[][]) => number,
  options?: { paired?: boolean; resamples?: number; seed?: number },
): [number, number] | null;
export const medianRatio: (groups: readonly (readonly number[])[]) => number;
