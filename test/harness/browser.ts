import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CAL_E2E_CHROMIUM ?? '/usr/bin/chromium';
export const VIEWPORT = { width: 1280, height: 800 } as const;
/** The marker the renderer sets once the first register status has been shown. */
export const READY_SELECTOR = '[data-app-state="loaded"]';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Types a date into a date field (renderer/components/DateField.tsx) as a person does: the text,
 * then Tab, which is when the field reads it. `text` may be `YYYY-MM-DD` in either UI language.
 */
export async function fillDate(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Tab');
}

/** Something the page reported that an e2e test must not tolerate. */
export interface PageProblem {
  kind: 'csp' | 'console-error' | 'page-error' | 'crash';
  text: string;
}

export interface AppBrowser {
  context: BrowserContext;
  page: Page;
  /** CSP violations, console errors and uncaught exceptions seen so far. */
  problems: PageProblem[];
  /** Throws listing every problem seen (call in afterEach, or at the end of a test). */
  assertNoProblems(): void;
  close(): Promise<void>;
}

export interface LaunchOptions {
  locale?: string;
  /** Console errors matching one of these are expected by the test and not counted. */
  allowConsoleErrors?: RegExp[];
}

/**
 * Console errors that are not faults of the page: Chromium logs an error for a directive a
 * <meta> CSP cannot carry (frame-ancestors), though the policy itself is applied.
 */
const BENIGN_CONSOLE_ERRORS = [/^The Content Security Policy directive '[\w-]+' is ignored when delivered via a <meta> element/];

function classify(message: ConsoleMessage, allow: RegExp[]): PageProblem | null {
  const text = message.text();
  if (message.type() !== 'error') return null;
  if ([...BENIGN_CONSOLE_ERRORS, ...allow].some((re) => re.test(text))) return null;
  const where = message.location();
  return { kind: 'console-error', text: where.url ? `${text} (${where.url}:${where.lineNumber})` : text };
}

/** Headless Debian Chromium with a throw-away profile, a fixed window size and problem capture. */
export async function launchApp(options: LaunchOptions = {}): Promise<AppBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'cal-e2e-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: VIEWPORT,
      locale: options.locale ?? 'en-US',
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    // A browser that never started leaves no one to remove its profile.
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const problems: PageProblem[] = [];
  const allow = options.allowConsoleErrors ?? [];
  // The DOM's own violation event, whatever wording the console uses in this Chromium version.
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    problems.push({ kind: 'csp', text });
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile || 'page'}:${event.lineNumber})`);
    });
  });
  const watch = (page: Page) => {
    page.on('console', (message) => {
      const problem = classify(message, allow);
      if (problem) problems.push(problem);
    });
    page.on('pageerror', (error) => problems.push({ kind: 'page-error', text: error.stack ?? error.message }));
    page.on('crash', () => problems.push({ kind: 'crash', text: 'the page crashed' }));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());

  return {
    context,
    page,
    problems,
    assertNoProblems() {
      if (problems.length) {
        const list = problems.map((p) => `  [${p.kind}] ${p.text}`).join('\n');
        const count = problems.length;
        problems.length = 0;
        throw new Error(`The page reported ${count} problem(s):\n${list}`);
      }
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits for the ready marker, but fails at once when the page throws while booting. */
async function waitUntilReady(page: Page, navigate: () => Promise<unknown>): Promise<void> {
  let onError: ((error: Error) => void) | undefined;
  const crashed = new Promise<never>((_resolve, reject) => {
    onError = (error) => reject(new Error(`The app threw while loading: ${error.message}`));
    page.once('pageerror', onError);
  });
  try {
    await Promise.race([
      (async () => {
        await navigate();
        await page.locator(READY_SELECTOR).first().waitFor({ state: 'attached', timeout: 30_000 });
      })(),
      crashed,
    ]);
  } finally {
    if (onError) page.off('pageerror', onError);
  }
}

/** Opens the app and waits for the renderer's ready marker. */
export async function gotoApp(page: Page, url: string): Promise<void> {
  await waitUntilReady(page, () => page.goto(url, { waitUntil: 'domcontentloaded' }));
}

/** Reloads the page (e.g. after `bridge.restart()`) and waits for the ready marker again. */
export async function reloadApp(page: Page): Promise<void> {
  await waitUntilReady(page, () => page.reload({ waitUntil: 'domcontentloaded' }));
}

/** The focused element's test id, else its id (null when nothing in the page has focus). */
export const focusedTestId = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.getAttribute('data-testid') ?? (active?.id || null);
  });

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
  /** The outer HTML and axe's explanation of the first few offending nodes. */
  nodes: { html: string; summary: string }[];
}

/**
 * Runs axe-core in the page (served by the bridge as /__axe.js, allowed by `script-src 'self'`)
 * and returns the serious and critical violations.
 */
export async function seriousAxeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.addScriptTag({ url: '/__axe.js' });
  // Judge the page at rest: a colour transition (a button turning enabled) read half-way fails contrast.
  // Endless animations (a spinner) are left alone; they would never settle.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
  const violations = await page.evaluate(async (context) => {
    type AxeNode = { target: unknown[]; html: string; failureSummary?: string };
    type AxeResult = { id: string; impact: string | null; help: string; helpUrl: string; nodes: AxeNode[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeResult[] }> } }).axe;
    const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
    // Fluent's Tabster puts aria-hidden focusable <i data-tabster-dummy> sentinels around focus
    // zones on purpose (they pass focus on at once); a known false positive (microsoft/tabster#288).
    const isTabsterSentinel = (ruleId: string, n: AxeNode) =>
      ruleId === 'aria-hidden-focus' && /data-tabster-dummy|data-is-focus-trap-zone-bumper/.test(n.html);
    const real = result.violations
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterSentinel(v.id, n)) }))
      .filter((v) => v.nodes.length > 0);
    return real.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      nodes: v.nodes.slice(0, 3).map((n) => ({ html: n.html.slice(0, 300), summary: n.failureSummary ?? '' })),
    }));
  }, selector ?? null);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A readable one-line-per-violation summary for assertion messages. */
export const describeViolations = (violations: AxeViolation[]): string =>
  violations
    .map((v) => [`${v.impact} ${v.id}: ${v.help} (${v.targets.length} node(s))`, ...v.nodes.map((n) => `    ${n.html}\n      ${n.summary.replace(/\n/g, ' ')}`)].join('\n'))
    .join('\n');
