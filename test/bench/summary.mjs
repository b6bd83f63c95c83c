// Summaries of timed runs, shared by measure.ts (inside each bench process) and run.mjs (which
// merges the two passes of a size: see mergeResults). Plain JS so that run.mjs can import it.

import { seededRandom } from './random.mjs';

export const round = (ms) => Math.round(ms * 100) / 100;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 === 1 ? (sorted[Math.floor(mid)] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile (q in 0..1). */
export function percentile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** Wall time less GC pauses and kernel time (never below zero: kernel time on other threads can overlap). */
export const rest = (s) => Math.max(0, s.wall - s.gc - s.system);

/** The medians of a step's runs; `parts` keeps every run, so that runs from two processes can be summarized as one (`mergeResults`). */
export function summarize(samples) {
  const wall = samples.map((s) => s.wall);
  return {
    median: round(median(wall)),
    p95: round(percentile(wall, 0.95)),
    min: round(Math.min(...wall)),
    max: round(Math.max(...wall)),
    runs: samples.length,
    samples: wall.map(round),
    cpuMedian: round(median(samples.map((s) => s.cpu))),
    faultsMedian: median(samples.map((s) => s.faults)),
    gcMedian: round(median(samples.map((s) => s.gc))),
    systemMedian: round(median(samples.map((s) => s.system))),
    restMedian: round(median(samples.map(rest))),
    parts: samples.map((s) => ({ wall: round(s.wall), cpu: round(s.cpu), faults: s.faults, gc: round(s.gc), system: round(s.system) })),
  };
}

const isTiming = (value) => typeof value === 'object' && value !== null && Array.isArray(value.parts) && Array.isArray(value.samples);

/**
 * One size's results from two passes (run.mjs runs each size twice, the second time in reverse
 * order, so that a machine slowing down or speeding up during the run weighs on 10k and 50k alike):
 * every timing summarized over the runs of both, peak RSS the larger, anything else as the first
 * pass had it (the data is seeded, so counts agree).
 */
export function mergeResults(first, second) {
  if (isTiming(first) && isTiming(second)) return summarize([...first.parts, ...second.parts]);
  if (typeof first !== 'object' || first === null || Array.isArray(first) || typeof second !== 'object' || second === null) return first;
  const merged = { ...first };
  for (const [key, value] of Object.entries(first)) {
    if (!(key in second)) continue;
    merged[key] = /^peakRss/.test(key) && typeof value === 'number' && typeof second[key] === 'number' ? Math.max(value, second[key]) : mergeResults(value, second[key]);
  }
  return merged;
}

/**
 * The 95% percentile-bootstrap interval of `statistic` over `groups` of samples: each of
 * `resamples` times, every group is drawn again with replacement, and the middle 95% of the
 * statistics is the interval. `paired`: the groups are runs timed in alternation (a step and its
 * baseline), drawn by the same indices so that a slow spell weighs on both as it did. Null if a
 * group has fewer than three samples (or paired groups differ in length). It says how far this
 * run's own spread leaves its median ratio uncertain; drift between runs is not in it.
 */
export function bootstrapInterval(groups, statistic, { paired = false, resamples = 2000, seed = 20261206 } = {}) {
  if (groups.length === 0 || groups.some((g) => !Array.isArray(g) || g.length < 3)) return null;
  if (paired && groups.some((g) => g.length !== groups[0].length)) return null;
  // Seeded: the same samples always give the same interval.
  const next = seededRandom(seed);
  const draw = (n) => Math.floor(next() * n);
  const stats = [];
  for (let i = 0; i < resamples; i++) {
    let drawn;
    if (paired) {
      const picks = groups[0].map(() => draw(groups[0].length));
      drawn = groups.map((g) => picks.map((p) => g[p]));
    } else {
      drawn = groups.map((g) => g.map(() => g[draw(g.length)]));
    }
    stats.push(statistic(drawn));
  }
  stats.sort((x, y) => x - y);
  const at = (q) => stats[Math.min(resamples - 1, Math.max(0, Math.ceil(q * resamples) - 1))];
  return [Math.round(at(0.025) * 100) / 100, Math.round(at(0.975) * 100) / 100];
}

/** `median(b) / median(a)`: the statistic of a growth (a at 10k, b at 50k) or of a step against its baseline. */
export const medianRatio = ([a, b]) => median(b) / median(a);
