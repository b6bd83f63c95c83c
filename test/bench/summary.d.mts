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
  samples: number[];
  cpuMedian: number;
  faultsMedian: number;
  gcMedian: number;
  systemMedian: number;
  restMedian: number;
  parts: Sample[];
}
export const round: (ms: number) => number;
export function median(values: readonly number[]): number;
export function percentile(values: readonly number[], q: number): number;
export const rest: (s: { wall: number; gc: number; system: number }) => number;
export function summarize(samples: readonly Sample[]): Summary;
export function mergeResults<T>(first: T, second: unknown): T;
