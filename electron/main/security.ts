import { extname, resolve as resolvePath, sep } from 'node:path';

/**
 * The window's security policy as pure functions, so every decision is unit-tested
 * without starting Electron. main/index.ts only wires these into Electron's hooks.
 */

/** The policy in index.html's meta tag (frame-ancestors is ignored there, so it is header-only). */
export const CONTENT_SECURITY_POLICY_META = [
  "default-src 'self'",
  "script-src 'self'",
  // Fluent UI's CSS-in-JS (Griffel) inserts <style> rules at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The policy main adds as a response header to everything the window loads. */
export const CONTENT_SECURITY_POLICY = `${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`;

export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  spellcheck: false;
}

export function secureWebPreferences(preload: string): SecureWebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/**
 * The packaged renderer is served from a privileged custom scheme rather than file://, so the
 * page has a real origin for its CSP and ES modules, and file:// keeps no extra privileges
 * (the grantFileProtocolExtraPrivileges fuse is off).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;
export const appSchemePrivileges = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

const assetTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/**
 * Maps an app:// request to a file inside the renderer folder, or null: other hosts, encoded
 * traversal (`..`, `%2e%2e`, backslashes) and anything outside the folder are refused.
 */
export function resolveAppAsset(requestUrl: string, rendererDir: string): { path: string; type: string } | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\\') || pathname.includes('\0') || pathname.split('/').some((part) => part === '..')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = resolvePath(rendererDir);
  const path = resolvePath(root, relative);
  if (path !== root && !path.startsWith(root + sep)) return null;
  const type = assetTypes[extname(path).toLowerCase()];
  return type ? { path, type } : null;
}

/**
 * The app's own pages: the renderer on app://renderer/ (packaged), or in development only the
 * electron-vite dev server on loopback. Everything else is foreign.
 */
export function isAppUrl(candidate: string, appEntry: string): boolean {
  let url: URL;
  let entry: URL;
  try {
    url = new URL(candidate);
    entry = new URL(appEntry);
  } catch {
    return false;
  }
  if (entry.protocol === `${APP_SCHEME}:`) return url.protocol === entry.protocol && url.host === entry.host;
  if (entry.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(entry.hostname)) {
    return url.origin === entry.origin;
  }
  return false;
}

/** Navigation away from the loaded page is never needed: the UI routes in memory. */
export function allowNavigation(target: string, appEntry: string): boolean {
  return isAppUrl(target, appEntry) && new URL(target).pathname === new URL(appEntry).pathname;
}

/** No new windows of any kind. */
export const windowOpenDecision = (): { action: 'deny' } => ({ action: 'deny' });

/**
 * Camera, notifications, clipboard-read, geolocation…: the app needs none. Writing plain text
 * to the clipboard (the "Copy" buttons for PowerShell commands and diagnostics) is the one exception.
 */
export const allowPermission = (permission: string): boolean => permission === 'clipboard-sanitized-write';

/** <webview> tags are disabled; an attempt to attach one is refused. */
export const allowWebviewAttach = (): boolean => false;

/** Only our own frames may call IPC handlers. */
export function isTrustedSender(frameUrl: string | undefined, appEntry: string): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl, appEntry);
}

/** Adds the CSP to every response, in case a page is served without its meta tag. */
export function withCspHeader(headers: Record<string, string[] | string> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() !== 'content-security-policy') out[key] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}

/** Clamps a remembered window rectangle onto one of the current displays. */
export function restoreWindowBounds(
  saved: { x?: number; y?: number; width: number; height: number } | null,
  displays: { x: number; y: number; width: number; height: number }[],
  fallback = { width: 1280, height: 800 },
): { x?: number; y?: number; width: number; height: number } {
  if (!saved) return fallback;
  const { x, y } = saved;
  const visible =
    x !== undefined &&
    y !== undefined &&
    displays.some((d) => x >= d.x && y >= d.y && x + 100 <= d.x + d.width && y + 50 <= d.y + d.height);
  const width = Math.max(800, saved.width);
  const height = Math.max(600, saved.height);
  return visible ? { x, y, width, height } : { width, height };
}
