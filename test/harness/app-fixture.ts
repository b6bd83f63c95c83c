import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startBridge, type Bridge, type BridgeOptions } from './bridge';
import { CHROMIUM_PATH, gotoApp, launchApp, type AppBrowser, type PageProblem } from './browser';

export interface UseAppOptions extends Omit<BridgeOptions, 'dataDir'> {
  /** 'test' (default): a fresh data folder, core and browser for every test; 'describe': one set shared by the block's tests. */
  scope?: 'test' | 'describe';
  /** Runs once the core is up and before the browser starts, e.g. to record data through `app.bridge.core`. */
  seed?: (app: RunningApp) => Promise<void>;
  /** 'open' (default): the page shows the app; 'blank': the browser runs but the test opens the app itself; 'none': core only. */
  browser?: 'open' | 'blank' | 'none';
}

/** What `useApp` started; read it inside tests and hooks only (its fields exist between set-up and tear-down). */
export interface RunningApp {
  readonly dataDir: string;
  readonly bridge: Bridge;
  readonly browser: AppBrowser;
  readonly page: Page;
  /** CSP violations, console errors and uncaught exceptions seen so far. */
  readonly problems: PageProblem[];
  /** Throws listing every page problem seen so far (tear-down calls it too). */
  assertNoProblems(): void;
  /** Opens the app in the page and waits for its ready marker. */
  open(): Promise<void>;
}

interface Started {
  dataDir?: string;
  bridge?: Bridge;
  browser?: AppBrowser;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A started app; `stop()` checks page problems, then closes browser and bridge and removes the data folder. */
export interface StartedApp extends RunningApp {
  stop(): Promise<void>;
}

type AppOptions = Omit<UseAppOptions, 'scope'>;

/** The handle and its two halves; `setUp` cleans up after itself when a step fails, so nothing is left behind. */
function appLifecycle(name: string, options: AppOptions): { app: RunningApp; setUp(): Promise<void>; tearDown(): Promise<void> } {
  const { seed, browser = 'open', ...bridgeOptions } = options;
  const label = `useApp('${name}')`;
  let started: Started | undefined;

  const step = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw new Error(`${label}: ${what} failed: ${messageOf(error)}`, { cause: error });
    }
  };
  const need = <K extends keyof Started>(key: K, what: string): NonNullable<Started[K]> => {
    const value = started?.[key];
    if (value === undefined) {
      let why = 'read it inside a test, after a set-up that succeeded';
      if (key === 'browser' && started) why = browser === 'none' ? "this fixture runs with browser: 'none'" : 'the browser starts after the seed';
      throw new Error(`${label}: there is no ${what}: ${why}.`);
    }
    return value as NonNullable<Started[K]>;
  };

  const app: RunningApp = {
    get dataDir() {
      return need('dataDir', 'data folder');
    },
    get bridge() {
      return need('bridge', 'bridge');
    },
    get browser() {
      return need('browser', 'browser');
    },
    get page() {
      return need('browser', 'browser').page;
    },
    get problems() {
      return need('browser', 'browser').problems;
    },
    assertNoProblems: () => need('browser', 'browser').assertNoProblems(),
    open: () => gotoApp(app.page, app.bridge.url),
  };

  // Every step runs even when one fails; all failures are reported together.
  const close = async (current: Started, checkProblems: boolean): Promise<unknown[]> => {
    const failures: unknown[] = [];
    const { browser: opened, bridge, dataDir } = current;
    if (opened && checkProblems) {
      try {
        opened.assertNoProblems();
      } catch (error) {
        failures.push(error);
      }
    }
    const steps: [string, (() => Promise<void>) | undefined][] = [
      ['closing the browser', opened && (() => opened.close())],
      ['stopping the bridge', bridge && (() => bridge.close())],
      ['removing the temp data folder', dataDir ? () => rm(dataDir, { recursive: true, force: true }) : undefined],
    ];
    for (const [what, run] of steps) {
      if (!run) continue;
      try {
        await step(what, run);
      } catch (error) {
        failures.push(error);
      }
    }
    return failures;
  };

  const setUp = async (): Promise<void> => {
    const current: Started = {};
    started = current;
    try {
      current.dataDir = await step('making the temp data folder', () => mkdtemp(join(tmpdir(), `cal-e2e-${name}-`)));
      current.bridge = await step('starting the bridge and its app core', () => startBridge({ ...bridgeOptions, dataDir: app.dataDir }));
      // The seed's own errors (an assertion, a refused channel) already say what went wrong.
      if (seed) await seed(app);
      if (browser === 'none') return;
      current.browser = await step(`launching Chromium (${CHROMIUM_PATH})`, () => launchApp());
      if (browser === 'open') await step(`opening the app at ${current.bridge.url}`, () => app.open());
    } catch (error) {
      started = undefined;
      // The set-up's error is the one to read; a failed clean-up is only added to it.
      const failures = await close(current, false);
      if (failures.length) throw new AggregateError([error, ...failures], [messageOf(error), ...failures.map(messageOf)].join('\n'));
      throw error;
    }
  };

  const tearDown = async (): Promise<void> => {
    const current = started;
    started = undefined;
    if (!current) return;
    const failures = await close(current, true);
    if (failures.length === 1) throw failures[0];
    if (failures.length > 1) throw new AggregateError(failures, failures.map(messageOf).join('\n'));
  };

  return { app, setUp, tearDown };
}

/** Starts the app outside vitest's hooks (e.g. to check the harness itself); a failed start leaves nothing behind. */
export async function startApp(name: string, options: AppOptions = {}): Promise<StartedApp> {
  const { app, setUp, tearDown } = appLifecycle(name, options);
  await setUp();
  // A prototype, not a spread: a spread would read the getters once instead of on each use.
  return Object.assign(Object.create(app) as RunningApp, { stop: tearDown });
}

/**
 * A temp data folder, the bridge with a real app core over it and headless Chromium on the app,
 * started before each test (or once per describe) and closed, page problems checked, after it.
 */
export function useApp(name: string, options: UseAppOptions = {}): RunningApp {
  const { scope = 'test', ...rest } = options;
  const { app, setUp, tearDown } = appLifecycle(name, rest);
  if (scope === 'describe') {
    beforeAll(setUp);
    afterAll(tearDown);
  } else {
    beforeEach(setUp);
    afterEach(tearDown);
  }
  return app;
}

/** Records a value through the real core, as the app's own screens would; a refusal throws with its channel. */
export async function invokeOk<T = { id: string }>(bridge: Bridge, channel: string, input: unknown): Promise<T> {
  const result = await bridge.core.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** EX01, Exchange Server 2019 Standard, activated and verified by `verifiedBy`: the server most seeded registers start from. */
export async function seedVerifiedServer(bridge: Bridge, verifiedBy: string): Promise<{ id: string }> {
  const server = await invokeOk(bridge, 'serverSave', { name: 'EX01', product: 'Exchange Server 2019', edition: 'Standard', build: '15.2.1544.4', activation: { state: 'activated' } });
  await invokeOk(bridge, 'serverVerify', { id: server.id, verifiedBy });
  return server;
}
