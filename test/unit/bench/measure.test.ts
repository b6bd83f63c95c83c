import { describe, expect, it } from 'vitest';
import { time } from '../../bench/measure';
import { rest } from '../../bench/summary.mjs';

describe('bench timing: GC pauses and kernel time', () => {
  it('a step that builds much garbage is seen pausing for GC, and its rest is what is left of its time', async () => {
    const timing = await time(3, {
      run: () => {
        // A million objects held until the run ends (so no optimizer can leave them out): several young-generation collections.
        const rows: { i: number; text: string }[] = [];
        for (let i = 0; i < 1_000_000; i++) rows.push({ i, text: `row ${i}` });
        return rows.length;
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
