/**
 * UI step of `npm run bench` (not part of `npm test`): the Register screen over a generated
 * 50,000-person register in headless Chromium, through the e2e bridge. Types search queries one
 * key at a time and measures keydown → first paint after the people table changed; then scrolls the
 * whole list and measures each frame, and whether rows were painted in view.
 * Reported by the bench, not asserted: the test checks only that every keystroke was measured.
 * Run by test/bench/ui-step.mjs; writes its numbers to $BENCH_UI_OUT.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../harness/bridge';
import { gotoApp, launchApp, type AppBrowser } from '../harness/browser';
import { AppShell } from '../harness/pages/AppShell';
import { generateDirectory } from './generate';
import { generateRegister } from './generate-register';
import { median, percentile } from './summary.mjs';
import { writeRegisterFolder } from './steps';

const SIZE = Number(process.env.BENCH_UI_SIZE) || 50_000;
/**
 * Typed, then erased, one key at a time. In the generated 50,000-person register every one of
 * these keys changes how many people match, so every key has a table update to paint.
 */
const QUERIES = ['jan ', 'ślu', 'graż', 'mic', 'woj', 'no'];

/**
 * Installed in the page: a keydown on the search box starts a clock; the first change inside the
 * people table after it waits for the next frame, and a message posted from that frame's
 * requestAnimationFrame arrives after its paint (two rAFs would add up to a frame more).
 */
function installProbe(): void {
  const input = document.querySelector<HTMLInputElement>('input[data-testid="register-search"], [data-testid="register-search"] input');
  const table = document.querySelector('[data-testid="people-table"]');
  if (!input || !table) throw new Error('Register search box or people table not found');
  const w = window as unknown as { __keyToPaint: number[] };
  w.__keyToPaint = [];
  let started: number | null = null;
  let changed = false;
  input.addEventListener('keydown', () => {
    started = performance.now();
    changed = false;
  });
  // Letters outside the US layout (ż, ó) arrive as text input without a keydown.
  input.addEventListener('beforeinput', () => {
    if (started !== null) return;
    started = performance.now();
    changed = false;
  });
  const afterPaint = new MessageChannel();
  afterPaint.port1.onmessage = () => {
    if (started !== null) w.__keyToPaint.push(performance.now() - started);
    started = null;
  };
  new MutationObserver(() => {
    if (started === null || changed) return;
    changed = true;
    requestAnimationFrame(() => afterPaint.port2.postMessage(null));
  }).observe(table, { childList: true, subtree: true, characterData: true, attributes: true });
}

/** The frames of a scroll through the people table, in the page: see `measureScroll`. */
interface ScrollFrames {
  /** Time between consecutive frames (rAF timestamps) while the list scrolls, ms. */
  intervals: number[];
  /** Frames after which no person row covered the top of the list: blank where rows should be. */
  blank: number;
  /** Jumps to a far place (as the scrollbar thumb dragged): time from the jump to the frame after it, ms. */
  jumps: number[];
  /** Jumps after which no person row covered the top of the list. */
  jumpsBlank: number;
  /** How far down the list the scroll got, in rows (about 61 px each). */
  rowsScrolled: number;
}

/**
 * Installed and run in the page. Scrolls the people table `step` px per frame for `frames`
 * frames, the way a fast flick or a held arrow key does, then jumps to `jumps` far places.
 * Each frame is timed from one requestAnimationFrame to the next: the scroll event, the
 * virtualizer's render of the rows coming into view and the paint all fall between them (60 per
 * second when a frame's work fits in 16.7 ms). After each frame, the point just below the header
 * must be inside a person row: a blank list while scrolling is jank too.
 */
async function measureScroll(options: { frames: number; step: number; jumps: number }): Promise<ScrollFrames> {
  const scroller = document.querySelector<HTMLElement>('[data-testid="people-table"] [role="rowgroup"][tabindex="-1"]');
  if (!scroller) throw new Error('people table scroller not found');
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const box = scroller.getBoundingClientRect();
  const painted = () => document.elementFromPoint(box.left + box.width / 2, box.top + 8)?.closest('[data-testid="person-row"]') != null;
  scroller.scrollTop = 0;
  await frame();
  let last = await frame();
  const intervals: number[] = [];
  let blank = 0;
  for (let i = 0; i < options.frames; i++) {
    scroller.scrollTop += options.step;
    const now = await frame();
    intervals.push(now - last);
    last = now;
    if (!painted()) blank += 1;
  }
  const rowsScrolled = Math.round(scroller.scrollTop / 61);
  const jumps: number[] = [];
  let jumpsBlank = 0;
  const far = scroller.scrollHeight - scroller.clientHeight;
  for (let i = 0; i < options.jumps; i++) {
    await frame();
    const started = performance.now();
    // Spread over the whole list, never twice at one place.
    scroller.scrollTop = Math.round((far * ((i * 7) % options.jumps)) / options.jumps);
    await frame();
    jumps.push(performance.now() - started);
    if (!painted()) jumpsBlank += 1;
  }
  return { intervals, blank, jumps, jumpsBlank, rowsScrolled };
}

describe('Register screen at scale', () => {
  let dataDir: string;
  let bridge: Bridge;
  let app: AppBrowser;
  /** What the bench reads ($BENCH_UI_OUT): the keystroke test writes it, the scroll test adds to it. */
  let result: Record<string, unknown> = {};
  const report = async (): Promise<void> => {
    if (process.env.BENCH_UI_OUT) await writeFile(process.env.BENCH_UI_OUT, `${JSON.stringify(result, null, 2)}\n`);
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cal-bench-ui-'));
    writeRegisterFolder(join(dataDir, 'registers', 'default'), generateRegister(generateDirectory(SIZE)));
    bridge = await startBridge({ dataDir });
    app = await launchApp();
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    await bridge?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it(`filter-to-paint per keystroke is measured for every key typed over ${SIZE.toLocaleString('en-US')} people`, async () => {
    const page = app.page;
    const loadStarted = performance.now();
    await gotoApp(page, bridge.url);
    await new AppShell(page).goTo('register');
    await page.getByTestId('person-row').first().waitFor({ timeout: 120_000 });
    const loadMs = performance.now() - loadStarted;
    await page.evaluate(installProbe);
    const search = page.locator('input[data-testid="register-search"], [data-testid="register-search"] input').first();
    await search.click();

    const keys = QUERIES.flatMap((q) => [...Array.from(q), ...Array.from(q, () => 'Backspace')]);
    const missed: string[] = [];
    for (const [i, key] of keys.entries()) {
      if (key === 'Backspace') await page.keyboard.press(key);
      else await page.keyboard.type(key);
      const measured = await page
        .waitForFunction((n) => (window as unknown as { __keyToPaint: number[] }).__keyToPaint.length > n, i - missed.length, { timeout: 3_000 })
        .then(() => true)
        .catch(() => false);
      if (!measured) missed.push(key);
    }
    const samples = await page.evaluate(() => (window as unknown as { __keyToPaint: number[] }).__keyToPaint);
    const round = (n: number) => Math.round(n * 10) / 10;
    result = {
      rows: SIZE,
      query: QUERIES,
      openRegisterScreenMs: Math.round(loadMs),
      keystroke: { median: round(median(samples)), p95: round(percentile(samples, 0.95)), max: round(Math.max(...samples)), runs: samples.length, samples: samples.map(round) },
      keysWithoutTableChange: missed,
      method: 'keydown on the search box → first mutation in the people table → rAF → message after that frame (painted); headless Chromium, 1280×800',
    };
    await report();
    console.log(`filter-to-paint at ${SIZE} rows: median ${round(median(samples))} ms, p95 ${round(percentile(samples, 0.95))} ms over ${samples.length} keys`);
    // A key that leaves the match list as it was has nothing to paint; it is listed, not timed.
    expect(samples.length).toBe(keys.length - missed.length);
    expect(samples.length).toBeGreaterThanOrEqual(keys.length / 2);
  }, 600_000);
  it(`scrolling the ${SIZE.toLocaleString('en-US')} people is measured frame by frame, and rows are painted in view`, async () => {
    const page = app.page;
    // The whole list (the keystroke test erased every query it typed).
    await page.getByTestId('person-row').first().waitFor();
    // 240 frames of 600 px (about ten rows a frame, a fast flick), then 40 jumps across the list.
    const frames = await page.evaluate(measureScroll, { frames: 240, step: 600, jumps: 40 });
    const round = (n: number) => Math.round(n * 10) / 10;
    const over = (limit: number) => frames.intervals.filter((ms) => ms > limit).length;
    result.scroll = {
      frames: frames.intervals.length,
      stepPx: 600,
      rowsScrolled: frames.rowsScrolled,
      frameMs: { median: round(median(frames.intervals)), p95: round(percentile(frames.intervals, 0.95)), max: round(Math.max(...frames.intervals)) },
      framesOver33Ms: over(33.4),
      framesOver50Ms: over(50),
      blankFrames: frames.blank,
      jumps: { runs: frames.jumps.length, median: round(median(frames.jumps)), p95: round(percentile(frames.jumps, 0.95)), max: round(Math.max(...frames.jumps)), blank: frames.jumpsBlank },
      method: 'scrollTop += 600 px per requestAnimationFrame; interval between rAF timestamps; then scrollTop set to 40 places spread over the list, timed to the next frame; after each, elementFromPoint just below the header must be in a person row',
    };
    await report();
    console.log(`scroll at ${SIZE} rows: frame median ${round(median(frames.intervals))} ms, p95 ${round(percentile(frames.intervals, 0.95))} ms, ${frames.blank} blank of ${frames.intervals.length}; jumps median ${round(median(frames.jumps))} ms`);
    // Measured, not judged here: the list must have moved, and every frame been timed.
    expect(frames.intervals).toHaveLength(240);
    expect(frames.rowsScrolled).toBeGreaterThan(1000);
    expect(frames.jumps).toHaveLength(40);
  }, 600_000);
});
