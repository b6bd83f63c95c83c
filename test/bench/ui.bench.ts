/**
 * UI step of `npm run bench` (not part of `npm test`): the Register screen over a generated
 * 50,000-person register in headless Chromium, through the e2e bridge. Types search queries one
 * key at a time and measures keydown → first paint after the people table changed.
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
import { median, percentile } from './measure';
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

describe('Register screen at scale', () => {
  let dataDir: string;
  let bridge: Bridge;
  let app: AppBrowser;

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
    const result = {
      rows: SIZE,
      query: QUERIES,
      openRegisterScreenMs: Math.round(loadMs),
      keystroke: { median: round(median(samples)), p95: round(percentile(samples, 0.95)), max: round(Math.max(...samples)), runs: samples.length, samples: samples.map(round) },
      keysWithoutTableChange: missed,
      method: 'keydown on the search box → first mutation in the people table → rAF → message after that frame (painted); headless Chromium, 1280×800',
    };
    if (process.env.BENCH_UI_OUT) await writeFile(process.env.BENCH_UI_OUT, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`filter-to-paint at ${SIZE} rows: median ${result.keystroke.median} ms, p95 ${result.keystroke.p95} ms over ${samples.length} keys`);
    // A key that leaves the match list as it was has nothing to paint; it is listed, not timed.
    expect(samples.length).toBe(keys.length - missed.length);
    expect(samples.length).toBeGreaterThanOrEqual(keys.length / 2);
  }, 600_000);
});
