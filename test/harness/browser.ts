import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

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

const isCsp = (text: string) => /Content Security Policy|Refused to (load|execute|apply|connect|evaluate|frame|create)/i.test(text);

function classify(message: ConsoleMessage, allow: RegExp[]): PageProblem | null {
  const text = message.text();
  if (isCsp(text)) return { kind: 'csp', text };
  if (message.type() !== 'error') return null;
  if (allow.some((re) => re.test(text))) return null;
  const where = message.location();
  return { kind: 'console-error', text: where.url ? `${text} (${where.url}:${where.lineNumber})` : text };
}

/** Headless Debian Chromium with a throw-away profile, a fixed window size and problem capture. */
export async function launchApp(options: LaunchOptions = {}): Promise<AppBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'cal-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: VIEWPORT,
    locale: options.locale ?? 'en-US',
    args: CHROMIUM_ARGS,
  });
  const problems: PageProblem[] = [];
  const allow = options.allowConsoleErrors ?? [];
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

/** Opens (or reopens) the app and waits for the renderer's ready marker. */
export async function gotoApp(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator(READY_SELECTOR).first().waitFor({ state: 'attached', timeout: 30_000 });
}

/** Reloads the page (e.g. after `bridge.restart()`) and waits for the ready marker again. */
export async function reloadApp(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.locator(READY_SELECTOR).first().waitFor({ state: 'attached', timeout: 30_000 });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
}

/**
 * Runs axe-core in the page (served by the bridge as /__axe.js, allowed by `script-src 'self'`)
 * and returns the serious and critical violations.
 */
export async function seriousAxeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.addScriptTag({ url: '/__axe.js' });
  const violations = await page.evaluate(async (context) => {
    type AxeResult = { id: string; impact: string | null; help: string; helpUrl: string; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeResult[] }> } }).axe;
    const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  }, selector ?? null);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A readable one-line-per-violation summary for assertion messages. */
export const describeViolations = (violations: AxeViolation[]): string =>
  violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.slice(0, 5).join(', ')}`).join('\n');
