import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels, ipcChannel } from '../../../shared/contract';
import { tempDir } from '../register/helpers';

/** Everything main/index.ts hands to Electron, captured by a fake 'electron' module. */
const seen = vi.hoisted(() => ({
  appHandlers: new Map<string, (...args: unknown[]) => void>(),
  windows: [] as Array<{ options: { webPreferences: Record<string, unknown> }; loaded: string[] }>,
  sandboxEnabled: false,
  permissionRequest: null as null | ((wc: unknown, permission: string, callback: (allow: boolean) => void) => void),
  permissionCheck: null as null | ((wc: unknown, permission: string) => boolean),
  headers: null as null | ((details: { responseHeaders?: Record<string, string[]> }, callback: (r: { responseHeaders: Record<string, string[]> }) => void) => void),
  ipc: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  userData: '',
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { reload: () => undefined };
    loaded: string[] = [];
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      seen.windows.push(this);
    }
    maximize() {}
    once() {}
    on() {}
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    loadFile(file: string) {
      this.loaded.push(file);
      return Promise.resolve();
    }
  }
  const app = {
    requestSingleInstanceLock: () => true,
    quit: () => undefined,
    on: (event: string, handler: (...args: unknown[]) => void) => seen.appHandlers.set(event, handler),
    enableSandbox: () => {
      seen.sandboxEnabled = true;
    },
    whenReady: () => Promise.resolve(),
    getLocale: () => 'pl-PL',
    getPath: () => seen.userData,
    getVersion: () => '0.1.0',
    isPackaged: true,
  };
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (h: typeof seen.permissionRequest) => (seen.permissionRequest = h),
      setPermissionCheckHandler: (h: typeof seen.permissionCheck) => (seen.permissionCheck = h),
      webRequest: { onHeadersReceived: (h: typeof seen.headers) => (seen.headers = h) },
    },
  };
  const ipcMain = { handle: (name: string, h: (event: unknown, input: unknown) => Promise<unknown>) => seen.ipc.set(name, h), removeHandler: () => undefined };
  const Menu = { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => undefined };
  const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
  const dialog = { showErrorBox: () => undefined, showMessageBox: async () => ({}), showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }) };
  const protocol = {
    registerSchemesAsPrivileged: (schemes: unknown[]) => seen.schemes.push(...schemes),
    handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => seen.protocolHandlers.set(scheme, handler),
  };
  const electron = { app, BrowserWindow, session, ipcMain, Menu, screen, dialog, protocol, shell: {} };
  return { ...electron, default: electron };
});
vi.mock('electron-log/main', () => {
  const logger = {
    info: () => undefined,
    error: () => undefined,
    transports: { file: { maxSize: 0, level: false, format: '', getFile: () => ({ path: '' }) }, console: { level: false } },
    hooks: [],
    errorHandler: { startCatching: () => undefined },
  };
  return { default: logger };
});
// electron-store needs a running Electron; conf writes the same files in tests.
vi.mock('../../../electron/main/store', async () => ({ electronStoreFactory: (await import('../../../electron/services/register/json-store')).confStoreFactory }));

const appEntry = 'app://renderer/index.html';

/** A web contents as main sees it, recording its listeners and window-open handler. */
function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (event: string, fn: (event: { preventDefault(): void }, url?: string) => void) => listeners.set(event, fn),
    setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
  };
  const prevented = (event: string, url?: string): boolean => {
    let blocked = false;
    listeners.get(event)!({ preventDefault: () => (blocked = true) }, url);
    return blocked;
  };
  return { contents, prevented, open: (url: string) => openHandler!({ url }) };
}

beforeAll(async () => {
  seen.userData = tempDir('cal-main-');
  await import('../../../electron/main/index');
  // Let whenReady().then(...) run.
  await new Promise((resolve) => setTimeout(resolve, 50));
}, 30_000);

describe('main process wiring (electron/main/index.ts with a fake Electron)', () => {
  it('the window is sandboxed, isolated and without Node, from secureWebPreferences', () => {
    expect(seen.sandboxEnabled).toBe(true);
    expect(seen.windows).toHaveLength(1);
    expect(seen.windows[0]!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInSubFrames: false, webviewTag: false, webSecurity: true });
  });

  it('every web contents refuses navigation, redirects and webviews away from the app, and every new window', () => {
    const { contents, prevented, open } = fakeContents();
    seen.appHandlers.get('web-contents-created')!({}, contents);
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', 'app://evil/index.html')).toBe(true);
    expect(prevented('will-navigate', appEntry)).toBe(false);
    expect(prevented('will-redirect', 'https://evil.example/login')).toBe(true);
    expect(prevented('will-redirect', 'http://127.0.0.1:5173/')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
    expect(open('https://evil.example/').action).toBe('deny');
    expect(open(appEntry).action).toBe('deny');
  });

  it('the renderer is loaded from the privileged app:// scheme, never file://', async () => {
    expect(seen.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
    expect(seen.windows[0]!.loaded).toEqual([appEntry]);
    const serve = seen.protocolHandlers.get('app')!;
    expect((await serve({ url: 'app://renderer/../../package.json' })).status).toBe(404);
    expect((await serve({ url: 'app://renderer/%2e%2e/main/index.js' })).status).toBe(404);
    expect((await serve({ url: 'app://other/index.html' })).status).toBe(404);
  });

  it('permission requests and checks are denied', () => {
    let granted: boolean | null = null;
    for (const permission of ['media', 'clipboard-read', 'notifications', 'geolocation']) {
      seen.permissionRequest!({}, permission, (allow) => (granted = allow));
      expect(granted).toBe(false);
      expect(seen.permissionCheck!({}, permission)).toBe(false);
    }
  });

  it('every response gets the CSP header', () => {
    let headers: Record<string, string[]> = {};
    seen.headers!({ responseHeaders: { 'Content-Security-Policy': ['default-src *'] } }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']?.[0]).toMatch(/^default-src 'self'; script-src 'self'/);
  });

  it('IPC serves exactly the contract channels, and a frame that is not the app is refused', async () => {
    expect([...seen.ipc.keys()].sort()).toEqual(channels.map(ipcChannel).sort());
    const status = seen.ipc.get(ipcChannel('registerStatus'))!;
    expect(await status({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await status({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await status({ senderFrame: { url: appEntry } }, {})).toMatchObject({ ok: true, value: { state: 'open' } });
  });
});
