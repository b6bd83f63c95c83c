import { describe, expect, it } from 'vitest';
import { rest, time } from '../../bench/measure';

describe('bench timing: GC pauses and kernel time', () => {
  it('a step that builds much garbage is seen pausing for GC, and its rest is what is left of its time', async () => {
    const timing = await time(3, {
      run: () => {
        // About 100 MB of short-lived objects: several young-generation collections per run.
        let kept = 0;
        for (let i = 0; i < 1_000_000; i++) kept += [{ i, text: `row ${i}` }].length;
        return kept;
      },
    });
    expect(timing.gcMedian).toBeGreaterThan(0);
    expect(timing.gcMedian).toBeLessThan(timing.median);
    expect(timing.restMedian).toBeLessThanOrEqual(timing.median);
    expect(timing.systemMedian).toBeGreaterThanOrEqual(0);
  });

  it('the rest is wall time less GC pauses and kernel time, never below zero', () => {
    expect(rest({ wall: 100, gc: 20, system: 30 })).toBe(50);
    expect(rest({ wall: 10, gc: 6, system: 8 })).toBe(0);
  });
});
