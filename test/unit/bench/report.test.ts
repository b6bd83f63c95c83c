import { describe, expect, it } from 'vitest';
import { buildRows, judgeTargets, renderBreakdown, renderTable, renderTargets } from '../../bench/report.mjs';
import { summarize } from '../../bench/summary.mjs';

/** A timing as measure.ts summarizes one, with where its time went. */
const timing = (median: number, gc: number, system: number) => ({ median, gcMedian: gc, systemMedian: system, restMedian: median - gc - system });

/** One size's results with only the register opens measured (in one process, in a new one, with the full check). */
const sizeResult = (open: ReturnType<typeof timing>, openCold: ReturnType<typeof timing>, openBare?: ReturnType<typeof timing>) => ({
  timings: { open, openFullCheck: timing(open.median * 2, 0, 0), ...(openBare ? { openBare } : {}) },
  openCold,
});

describe('bench report: where the time goes', () => {
  const rows = buildRows({
    '10000': sizeResult(timing(80, 15, 5), timing(110, 10, 20)),
    '50000': sizeResult(timing(640, 150, 140), timing(540, 60, 100)),
  });
  const open = rows.find((r) => r.id === 'open')!;

  it('a timed row keeps its GC pauses, kernel time and the rest per size, and the growth of the rest', () => {
    // No baseline in these results, so no ratio and no interval of one.
    expect(open.cells['50000']).toEqual({ value: 640, ratio: null, ratioInterval: null, gc: 150, system: 140, rest: 350 });
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
    // Every part in ms, even past a second (the main table writes seconds there).
    expect(table).toMatch(/changed outside the app \(full schema check\)\s+160 \/ 0\.0 \/ 0\.0 \/ 160\s+1,280 \/ 0\.0 \/ 0\.0 \/ 1,280/);
  });
});

describe('bench report: the open against the bare read of the same file', () => {
  const rows = buildRows({
    '10000': sizeResult(timing(60, 8, 1), timing(100, 20, 20), timing(55, 10, 2)),
    '50000': sizeResult(timing(360, 70, 40), timing(430, 100, 90), timing(470, 120, 60)),
  });

  it('the stamped open gives its ratio to the bare read per size, and the bare read its own growth', () => {
    const open = rows.find((r) => r.id === 'open')!;
    expect(open.baseline).toBe('read + decode + JSON.parse');
    expect(open.cells['10000']?.ratio).toBe(1.09);
    expect(open.cells['50000']?.ratio).toBe(0.77);
    expect(rows.find((r) => r.id === 'open.bare')?.growth10kTo50k).toBe(8.55);
  });

  it('a baseline is listed in the breakdown but never judged against the growth target', () => {
    const targets = judgeTargets(rows, null);
    expect(targets.find((t) => t.id === 'growth-open')).toMatchObject({ value: 6, status: 'missed' });
    expect(targets.some((t) => t.id.startsWith('growth-open.bare') || t.id.startsWith('growth-open.fullCheck.bare'))).toBe(false);
    expect(renderBreakdown(rows)).toMatch(/baseline: read \+ decode \+ JSON\.parse of register\.json\s+55\.0 \/ 10\.0 \/ 2\.0 \/ 43\.0\s+470 \/ 120 \/ 60\.0 \/ 290\s+8\.55×/);
  });
});

describe('bench report: the Register screen at 50k', () => {
  const ui = (scroll: object) => ({ keystroke: { median: 25, p95: 40 }, scroll });
  const frames = { frameMs: { median: 16.7, p95: 33.4 }, blankFrames: 0, jumps: { blank: 0 } };

  it('scrolling is met with a frame p95 under 50 ms and no blank frame', () => {
    expect(judgeTargets([], ui(frames)).find((t) => t.id === 'ui-scroll-50k')).toMatchObject({ value: 33.4, status: 'met' });
  });

  it('a blank frame or a jump that shows no rows misses it, however fast the frames', () => {
    expect(judgeTargets([], ui({ ...frames, blankFrames: 1 })).find((t) => t.id === 'ui-scroll-50k')?.status).toBe('missed');
    expect(judgeTargets([], ui({ ...frames, jumps: { blank: 2 } })).find((t) => t.id === 'ui-scroll-50k')?.status).toBe('missed');
    expect(judgeTargets([], ui({ ...frames, frameMs: { median: 20, p95: 66 } })).find((t) => t.id === 'ui-scroll-50k')?.status).toBe('missed');
  });

  it('a UI run without the scroll measurement has no scroll verdict', () => {
    expect(judgeTargets([], { keystroke: { median: 25, p95: 40 } }).some((t) => t.id === 'ui-scroll-50k')).toBe(false);
  });
});

describe('bench report: how sure a growth or a ratio is', () => {
  /** A timing summarized from runs of these wall times, as measure.ts and run.mjs give it. */
  const runs = (...walls: number[]) => summarize(walls.map((wall) => ({ wall, cpu: wall, faults: 0, gc: 0, system: 0 })));
  const pair = (step: number[], baseline: number[]) => ({ step: runs(...step), baseline: runs(...baseline) });
  const rows = buildRows({
    // The export 1.4× its baseline in every pair of runs at 10k; the open growing 5.78×, its 50k runs spread from 240 to 330 ms.
    '10000': { timings: { open: runs(50, 52, 49, 51, 50, 48), export: pair([140, 420, 168, 392], [100, 300, 120, 280]) } },
    '50000': { timings: { open: runs(240, 330, 278, 300, 260, 310), export: pair([700, 2100, 840, 1960], [500, 1500, 600, 1400]) } },
  });
  const open = rows.find((r) => r.id === 'open')!;
  const exported = rows.find((r) => r.id === 'export')!;

  it('a growth gets its 95% interval from the runs at both sizes, and a ratio to its baseline from the runs in pairs', () => {
    expect(open.growth10kTo50k).toBe(5.78);
    const [lo, hi] = open.growthInterval!;
    expect(lo).toBeLessThan(5.5);
    expect(hi).toBeGreaterThan(5.78);
    // Step and baseline swung together threefold, run by run: drawn in pairs, the ratio is certain.
    expect(exported.cells['10000']?.ratio).toBe(1.4);
    expect(exported.cells['10000']?.ratioInterval).toEqual([1.4, 1.4]);
  });

  it('a verdict keeps its limit and interval, and says when the limit is inside it; the verdict itself is the median\'s', () => {
    const targets = judgeTargets(rows, null);
    const growth = targets.find((t) => t.id === 'growth-open')!;
    expect(growth).toMatchObject({ status: 'missed', value: 5.78, limit: 5.5, interval: open.growthInterval });
    expect(targets.find((t) => t.id === 'export-10k-bare')).toMatchObject({ status: 'met', limit: 1.5, interval: [1.4, 1.4] });
    const text = renderTargets(targets);
    expect(text).toContain(`✘ MISSED  open: 10k→50k growth ≤ 5.5×  (5.78; 95% interval ${open.growthInterval!.join('–')}, which holds the limit 5.5: within this run's noise)`);
    expect(text).toContain('export 10k ≤ 1.5× bare exceljs  (1.4; 95% interval 1.4–1.4)');
  });

  it('the table prints each growth\'s interval, and nothing where there are no runs to draw from', () => {
    const table = renderTable(rows, [10000, 50000]);
    expect(table).toMatch(new RegExp(`register open, last saved by the app \\(stamped\\).*5\\.78×\\s+${open.growthInterval![0]}–${open.growthInterval![1]}×`));
    const medianOnly = buildRows({ '10000': { timings: { open: { median: 50 } } }, '50000': { timings: { open: { median: 300 } } } });
    expect(medianOnly.find((r) => r.id === 'open')?.growthInterval).toBeNull();
    expect(judgeTargets(medianOnly, null).find((t) => t.id === 'growth-open')).toMatchObject({ value: 6, interval: null });
  });
});

