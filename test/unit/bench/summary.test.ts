import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bootstrapInterval, median, medianRatio, mergeResults, summarize } from '../../bench/summary.mjs';

const run = (wall: number, gc = 0, system = 0) => ({ wall, cpu: wall, faults: 10, gc, system });

describe('bench summary: the two passes of a size', () => {
  it('a timing is summarized over the runs of both passes, not averaged from their medians', () => {
    const first = summarize([run(10), run(11), run(30)]);
    const second = summarize([run(12), run(13), run(40)]);
    const merged = mergeResults(first, second);
    expect(merged.runs).toBe(6);
    expect(merged.samples).toEqual([10, 11, 30, 12, 13, 40]);
    // The median of 10, 11, 12, 13, 30, 40 (the mean of the passes' medians, 11 and 13, would be 12).
    expect(merged.median).toBe(12.5);
    expect(merged.p95).toBe(40);
    expect(merged.max).toBe(40);
  });

  it('the parts of each run stay with it, so GC pauses and the rest are summarized over both passes too', () => {
    const merged = mergeResults(summarize([run(100, 10, 5)]), summarize([run(200, 50, 25), run(300, 90, 45)]));
    expect(merged.gcMedian).toBe(50);
    expect(merged.systemMedian).toBe(25);
    expect(merged.restMedian).toBe(125);
  });

  it('nested timings are merged, peak RSS is the larger, and anything else is the first pass\'s', () => {
    const first = { size: 10000, open: summarize([run(60)]), save: { step: summarize([run(20)]), baseline: summarize([run(50)]) }, peakRssMb: 230, findings: 7, counts: { newPeople: 3 } };
    const second = { size: 10000, open: summarize([run(70)]), save: { step: summarize([run(22)]), baseline: summarize([run(54)]) }, peakRssMb: 250, findings: 7, counts: { newPeople: 3 } };
    const merged = mergeResults(first, second);
    expect(merged.open.samples).toEqual([60, 70]);
    expect(merged.save.step.samples).toEqual([20, 22]);
    expect(merged.save.baseline.median).toBe(52);
    expect(merged.peakRssMb).toBe(250);
    expect(merged.findings).toBe(7);
    expect(merged.counts).toEqual({ newPeople: 3 });
  });

  it('a timing only the first pass has (a step the second did not run) is kept as it was', () => {
    const only = summarize([run(5)]);
    expect(mergeResults({ a: only }, {}).a).toBe(only);
  });
});

describe('bench summary: the 95% interval of a ratio of medians', () => {
  const samples = fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 3, maxLength: 30 });

  it('holds the ratio of the medians themselves, and the same samples always give the same interval', () => {
    fc.assert(
      fc.property(samples, samples, (a, b) => {
        const interval = bootstrapInterval([a, b], medianRatio, { resamples: 400 });
        expect(interval).not.toBeNull();
        const [lo, hi] = interval!;
        const point = median(b) / median(a);
        // Rounded to two decimals, as the bench prints it.
        expect(lo).toBeLessThanOrEqual(Math.round(point * 100) / 100 + 0.01);
        expect(hi).toBeGreaterThanOrEqual(Math.round(point * 100) / 100 - 0.01);
        expect(bootstrapInterval([a, b], medianRatio, { resamples: 400 })).toEqual(interval);
      }),
      { numRuns: 60 },
    );
  });

  it('is one point when the runs do not spread, and wide when they spread', () => {
    expect(bootstrapInterval([[50, 50, 50, 50], [275, 275, 275]], medianRatio)).toEqual([5.5, 5.5]);
    const [lo, hi] = bootstrapInterval([[40, 50, 60, 45, 55], [200, 300, 250, 350, 275]], medianRatio)!;
    expect(lo).toBeLessThan(5);
    expect(hi).toBeGreaterThan(6);
  });

  it('drawn as pairs, a slow spell that hit a step and its baseline alike does not widen their ratio', () => {
    // Each step run is 1.4× the baseline run beside it, on a machine whose speed swings threefold.
    const base = [100, 300, 120, 280, 150, 250, 110, 290];
    const step = base.map((b) => b * 1.4);
    expect(bootstrapInterval([base, step], medianRatio, { paired: true })).toEqual([1.4, 1.4]);
    const [lo, hi] = bootstrapInterval([base, step], medianRatio)!;
    expect(hi - lo).toBeGreaterThan(1);
  });

  it('draws nothing from fewer than three runs, or from pairs of unequal length', () => {
    expect(bootstrapInterval([[10, 11], [50, 52, 54]], medianRatio)).toBeNull();
    expect(bootstrapInterval([[10, 11, 12], [50, 52, 54, 56]], medianRatio, { paired: true })).toBeNull();
    expect(bootstrapInterval([[10, 11, 12], undefined as unknown as number[]], medianRatio)).toBeNull();
  });
});

