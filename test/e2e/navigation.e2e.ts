import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../harness/bridge';
import { describeViolations, gotoApp, launchApp, seriousAxeViolations, type AppBrowser } from '../harness/browser';
import { msg } from '../harness/messages';
import { AppShell, screenIds } from '../harness/pages/AppShell';

describe('navigation between the eight screens', () => {
  let dataDir: string;
  let bridge: Bridge;
  let app: AppBrowser;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cal-e2e-nav-'));
    bridge = await startBridge({ dataDir });
    app = await launchApp();
    await gotoApp(app.page, bridge.url);
  });

  afterEach(async () => {
    try {
      app.assertNoProblems();
    } finally {
      await app.close();
      await bridge.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it.each(['en', 'pl'] as const)('every screen opens from the navigation with one title and no serious accessibility violations (%s)', async (language) => {
    const shell = new AppShell(app.page);
    if (language !== 'en') await shell.switchLanguage(language);
    const failures: string[] = [];
    for (const screen of screenIds) {
      await shell.goTo(screen);
      await shell.navigation(language).getByText(msg(language, `nav.${screen}`), { exact: true }).waitFor();
      await shell.screenHeading.waitFor();
      expect(await shell.screenHeading.count(), `${screen} has one h1`).toBe(1);
      const violations = await seriousAxeViolations(app.page);
      if (violations.length) failures.push(`${screen}:\n${describeViolations(violations)}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
