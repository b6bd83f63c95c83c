import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/contract';
import { startApp, useApp } from '../harness/app-fixture';

const FIXTURE_PAGE = fileURLToPath(new URL('../harness/fixture-page', import.meta.url));

// The harness's own checks, against a stand-in page, so they hold whatever the renderer looks like.
describe('the e2e bridge', () => {
  const app = useApp('bridge', { rendererDir: FIXTURE_PAGE, browser: 'blank' });

  it('exposes one window.calRegister method per contract channel, served by the real handlers', async () => {
    await app.open();
    const methods = await app.page.evaluate(() => Object.keys(window.calRegister ?? {}).sort());
    expect(methods).toEqual([...channels].sort());
    await expect.poll(() => app.page.locator('#out').textContent()).toBe('open: My organization');
    const bad = await app.page.evaluate(() => window.calRegister?.setLanguage({ language: 'de' as 'en' }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    app.assertNoProblems();
  });

  it('reports an inline script refused by the CSP as a page problem', async () => {
    await app.open();
    await app.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await expect.poll(() => app.problems.map((p) => p.kind)).toContain('csp');
    expect(() => app.assertNoProblems()).toThrow(/\[csp\] script-src-elem blocked inline/);
  });
});

describe('the e2e bridge core', () => {
  const app = useApp('bridge', { rendererDir: FIXTURE_PAGE, browser: 'none' });

  it('sends the CSP of the page meta tag as a header', async () => {
    const response = await fetch(app.bridge.url);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toMatch(/<script src="\/__bridge\.js"><\/script>\s*<script type="module"/);
  });

  it('answers a folder dialog from the queue and treats an empty queue as cancel', async () => {
    const cancelled = await app.bridge.core.invoke('registerOpen', {});
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    const folder = join(app.dataDir, 'client-a');
    app.bridge.dialogs.nextFolder(folder);
    const created = await app.bridge.core.invoke('registerNew', {});
    expect(created).toMatchObject({ ok: true, value: { state: 'open', folderName: 'client-a' } });
    expect(app.bridge.dialogs.asked.map((a) => a.purpose)).toEqual(['open', 'new']);
  });

  it('keeps the register open across restart with the lock released in between', async () => {
    await app.bridge.core.invoke('organizationUpdate', { name: 'Przykład Sp. z o.o.', taxId: '', address: '', contact: '' });
    await app.bridge.restart();
    const status = await app.bridge.core.invoke('registerStatus', {});
    // Same pid: a lock the old core kept would make this open fail as register-locked.
    expect(status).toMatchObject({ ok: true, value: { state: 'open', organization: { name: 'Przykład Sp. z o.o.' }, notices: [] } });
  });
});

describe('the e2e app fixture', () => {
  it('a missing renderer build fails the start naming the step that failed, and leaves no temp data folder behind', async () => {
    const name = `missing-build-${process.pid}`;
    await expect(startApp(name, { rendererDir: join(tmpdir(), 'no-such-renderer') })).rejects.toThrow(
      `useApp('${name}'): starting the bridge and its app core failed: ${join(tmpdir(), 'no-such-renderer', 'index.html')} does not exist`,
    );
    expect((await readdir(tmpdir())).filter((entry) => entry.startsWith(`cal-e2e-${name}-`))).toEqual([]);
  });

  it('a core-only app says it has no browser when its page is read, and stop() removes its data folder', async () => {
    const app = await startApp('core-only', { rendererDir: FIXTURE_PAGE, browser: 'none' });
    const dataDir = app.dataDir;
    expect(() => app.page).toThrow("useApp('core-only'): there is no browser: this fixture runs with browser: 'none'.");
    await app.stop();
    expect(existsSync(dataDir)).toBe(false);
  });
});
