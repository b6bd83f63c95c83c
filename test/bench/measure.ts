/** Timing on performance.now(): every run is timed alone, after a GC, and summarized by its median. */
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { type Sample, type Summary, summarize } from './summary.mjs';

/** A step's runs summarized (summary.d.mts says what each field is). */
export type Timing = Summary;

/** Every GC pause of this process since `watchGc` was first called, as perf_hooks reports them (shortly after each pause). */
const gcPauses: { start: number; duration: number }[] = [];
let gcObserver: PerformanceObserver | null = null;

/** Starts recording GC pauses (once per process): call before the step whose pauses `gcPausedBetween` is to sum. */
export function watchGc(): void {
  if (gcObserver) return;
  gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEntry[]) gcPauses.push({ start: entry.startTime, duration: entry.duration });
  });
  gcObserver.observe({ entryTypes: ['gc'] });
}

/**
 * The GC pauses that began in [from, to), in ms. perf_hooks hands 'gc' entries to observers from
 * the event loop, not during the pause: one timer turn after a step has them all.
 */
export async function gcPausedBetween(from: number, to: number): Promise<number> {
  if (!gcObserver) throw new Error('gcPausedBetween: call watchGc() before the step, or its pauses go unseen');
  await new Promise((resolve) => setTimeout(resolve, 0));
  let total = 0;
  for (const pause of gcPauses) if (pause.start >= from && pause.start < to) total += pause.duration;
  // Pauses before the end of this window are never asked for again.
  const later = gcPauses.findIndex((p) => p.start >= to);
  gcPauses.splice(0, later < 0 ? gcPauses.length : later);
  return total;
}

/** `global.gc` exists when node runs with --expose-gc; collecting first keeps one run's garbage out of the next. */
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

export interface Step<S> {
  /** Untimed preparation of one run (a fresh register state, a file path…). */
  setup?: (run: number) => S | Promise<S>;
  run: (state: S, run: number) => unknown;
  /** Untimed clean-up after one run. */
  teardown?: (state: S, run: number) => unknown;
}

async function once<S>(step: Step<S>, i: number): Promise<Sample> {
  watchGc();
  const state = (await step.setup?.(i)) as S;
  collect();
  const faults = process.resourceUsage().minorPageFault;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await step.run(state, i);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const faultCount = process.resourceUsage().minorPageFault - faults;
  const gc = await gcPausedBetween(started, started + wall);
  const sample = { wall, cpu: (used.user + used.system) / 1000, faults: faultCount, gc, system: used.system / 1000 };
  await step.teardown?.(state, i);
  return sample;
}

/** One warm-up run (JIT, file cache), then `runs` timed runs. */
export async function time<S>(runs: number, step: Step<S>): Promise<Timing> {
  await once(step, -1);
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await once(step, i));
  return summarize(samples);
}

/** Times a step and its baseline alternately, so drift in machine load hits both alike. */
export async function timePair<S, B>(runs: number, step: Step<S>, baseline: Step<B>): Promise<{ step: Timing; baseline: Timing }> {
  await once(step, -1);
  await once(baseline, -1);
  const a: Sample[] = [];
  const b: Sample[] = [];
  for (let i = 0; i < runs; i += 1) {
    a.push(await once(step, i));
    b.push(await once(baseline, i));
  }
  return { step: summarize(a), baseline: summarize(b) };
}

/** Peak resident set size of this process so far, in MB (`maxRSS` is in kilobytes). */
export const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
