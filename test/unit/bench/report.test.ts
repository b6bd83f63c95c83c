import { describe, expect, it } from 'vitest';
import { buildRows, judgeTargets, renderBreakdown } from '../../bench/report.mjs';

/** A timing as measure.ts summarizes one, with where its time went. */
const timing = (median: number, gc: number, system: number) => ({ median, gcMedian: gc, systemMedian: system, restMedian: median - gc - system });

/** One size's results with only the register opens measured (in one process, in a new one, with the full check). */
const sizeResult = (open: ReturnType<typeof timing>, openCold: ReturnType<typeof timing>) => ({ timings: { open, openFullCheck: timing(open.median * 2, 0, 0) }, openCold });

describe('bench report: where the time goes', () => {
  const rows = buildRows({
    '10000': sizeResult(timing(80, 15, 5), timing(110, 10, 20)),
    '50000': sizeResult(timing(640, 150, 140), timing(540, 60, 100)),
  });
  const open = rows.find((r) => r.id === 'open')!;

  it('a timed row keeps its GC pauses, kernel time and the rest per size, and the growth of the rest', () => {
    expect(open.cells['50000']).toEqual({ value: 640, ratio: null, gc: 150, system: 140, rest: 350 });
    expect(open.growth10kTo50k).toBe(8);
    expect(open.restGrowth10kTo50k).toBe(5.83);
  });

  it('the targets judge the whole time, never the rest', () => {
    const growth = judgeTargets(rows, null).find((t) => t.id === 'growth-open')!;
    expect(growth).toMatchObject({ value: 8, status: 'missed' });
  });

  it('rows measured in MB have no breakdown, and the table names every timed row', () => {
    expect(rows.find((r) => r.id === 'rss.open')).not.toHaveProperty('restGrowth10kTo50k');
    const table = renderBreakdown(rows);
    expect(table).toContain('register open, last saved by the app (stamped)');
    expect(table).toMatch(/register open, last saved by the app \(stamped\)\s+80\.0 \/ 15\.0 \/ 5\.0 \/ 60\.0\s+640 \/ 150 \/ 140 \/ 350\s+8×\s+5\.83×/);
    expect(table).not.toContain('baseline');
    // Every part in ms, even past a second (the main table writes seconds there).
    expect(table).toMatch(/changed outside the app \(full schema check\)\s+160 \/ 0\.0 \/ 0\.0 \/ 160\s+1,280 \/ 0\.0 \/ 0\.0 \/ 1,280/);
  });
});
