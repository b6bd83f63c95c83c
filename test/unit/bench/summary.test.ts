import { describe, expect, it } from 'vitest';
import { mergeResults, summarize } from '../../bench/summary.mjs';

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
