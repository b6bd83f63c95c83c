import { describe, expect, it } from 'vitest';
import {
  allowNavigation,
  allowPermission,
  allowWebviewAttach,
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isTrustedSender,
  restoreWindowBounds,
  secureWebPreferences,
  windowOpenDecision,
  withCspHeader,
} from '../../../electron/main/security';

const packaged = 'app://renderer/index.html';
const dev = 'http://localhost:5173/';

describe('window security policy', () => {
  it('the renderer is isolated, sandboxed and has no Node', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false });
    expect(prefs.preload.endsWith('.cjs')).toBe(true);
  });

  it('the CSP allows only our own scripts and no remote anything', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY.match(/'unsafe-inline'/g)).toHaveLength(1);
    expect(CONTENT_SECURITY_POLICY).toMatch(/style-src 'self' 'unsafe-inline'/);
  });

  it('navigation to any other page or site is denied', () => {
    expect(allowNavigation(packaged, packaged)).toBe(true);
    expect(allowNavigation('https://example.com/', packaged)).toBe(false);
    expect(allowNavigation('file:///etc/passwd', packaged)).toBe(false);
    expect(allowNavigation('app://renderer/other.html', packaged)).toBe(false);
    expect(allowNavigation('javascript:alert(1)', packaged)).toBe(false);
    expect(allowNavigation('http://localhost:5173/', dev)).toBe(true);
    expect(allowNavigation('http://localhost:5174/', dev)).toBe(false);
    expect(allowNavigation('http://evil.localhost.example/', dev)).toBe(false);
  });

  it('new windows, permissions and webviews are all denied', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(allowPermission(permission)).toBe(false);
    }
    expect(allowWebviewAttach()).toBe(false);
  });

  it('only writing plain text to the clipboard is permitted (the Copy buttons)', () => {
    expect(allowPermission('clipboard-sanitized-write')).toBe(true);
    expect(allowPermission('clipboard-read')).toBe(false);
  });

  it('only frames of the app may call IPC', () => {
    expect(isTrustedSender(packaged, packaged)).toBe(true);
    expect(isTrustedSender('https://example.com', packaged)).toBe(false);
    expect(isTrustedSender(undefined, packaged)).toBe(false);
    expect(isAppUrl('not a url', packaged)).toBe(false);
  });

  it('every response carries our CSP, replacing any other', () => {
    const headers = withCspHeader({ 'content-security-policy': ["default-src *"], 'X-Other': 'a' });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['X-Other']).toEqual(['a']);
  });

  it('a remembered window position off every screen is dropped, its size kept', () => {
    const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    expect(restoreWindowBounds({ x: 100, y: 100, width: 1000, height: 700 }, displays)).toEqual({ x: 100, y: 100, width: 1000, height: 700 });
    expect(restoreWindowBounds({ x: 3000, y: 100, width: 1000, height: 700 }, displays)).toEqual({ width: 1000, height: 700 });
    expect(restoreWindowBounds(null, displays)).toEqual({ width: 1280, height: 800 });
  });
});

describe('CSP in index.html', () => {
  it('the meta policy of renderer/index.html is the one main enforces, without the header-only frame-ancestors', async () => {
    const { readFileSync } = await import('node:fs');
    const { CONTENT_SECURITY_POLICY_META } = await import('../../../electron/main/security');
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY_META);
    expect(CONTENT_SECURITY_POLICY).toBe(`${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`);
  });
});

describe('app:// renderer assets', () => {
  const root = '/opt/app/out/renderer';
  it('serves files inside the renderer folder with their type', async () => {
    const { resolveAppAsset } = await import('../../../electron/main/security');
    expect(resolveAppAsset('app://renderer/index.html', root)).toEqual({ path: `${root}/index.html`, type: 'text/html; charset=utf-8' });
    expect(resolveAppAsset('app://renderer/', root)?.path).toBe(`${root}/index.html`);
    expect(resolveAppAsset('app://renderer/assets/index-abc.js', root)?.type).toMatch(/javascript/);
  });

  it('refuses traversal, other hosts, other schemes and unknown file types', async () => {
    const { resolveAppAsset } = await import('../../../electron/main/security');
    // The URL parser already folds literal dot segments: they can only land inside the folder.
    expect(resolveAppAsset('app://renderer/../main/index.js', root)?.path).toBe(`${root}/main/index.js`);
    expect(resolveAppAsset('app://renderer/%2e%2e/%2e%2e/package.json', root)?.path).toBe(`${root}/package.json`);
    for (const url of [
      'app://renderer/assets/..%2f..%2fpackage.json',
      'app://renderer/..%5c..%5cpackage.json',
      'app://renderer/a%00.js',
      'app://other/index.html',
      'file:///opt/app/out/renderer/index.html',
      'app://renderer/register.json.exe',
      'not a url',
    ]) {
      expect(resolveAppAsset(url, root), url).toBeNull();
    }
  });
});
