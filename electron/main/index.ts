import { app, BrowserWindow, dialog, Menu, protocol, screen, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { createAppCore, type AppCore } from '../services/app/app-core';
import { openInSession } from '../services/app/handlers/register';
import { electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { createMainLog } from './log';
import { launchMessage, launchMessages, launchTarget, parseLaunchArgs, type LaunchRequest } from './launch';
import { buildMenu } from './menu';
import {
  allowNavigation,
  APP_ENTRY,
  APP_SCHEME,
  appSchemePrivileges,
  CONTENT_SECURITY_POLICY,
  resolveAppAsset,
  allowPermission,
  allowWebviewAttach,
  restoreWindowBounds,
  secureWebPreferences,
  windowOpenDecision,
  withCspHeader,
} from './security';
import { electronStoreFactory } from './store';

// Only `npm start` (electron-vite dev) serves the renderer from a dev server; a packaged app always loads its own files.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererDir = join(import.meta.dirname, '../renderer');
const appEntry = () => devServerUrl ?? APP_ENTRY;

// Must happen before 'ready': app:// gets a real, secure origin for the renderer.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: appSchemePrivileges }]);

/** Serves the built renderer on app://renderer/ — only files inside out/renderer. */
function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const asset = resolveAppAsset(request.url, rendererDir);
    if (!asset) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(asset.path);
      return new Response(body, { headers: { 'content-type': asset.type, 'content-security-policy': CONTENT_SECURITY_POLICY } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

let mainWindow: BrowserWindow | null = null;
let core: AppCore | null = null;
/** A register asked for (a .calreg link or --register) before the app core existed. */
let pendingLaunch: LaunchRequest | null = parseLaunchArgs(process.argv);

/** Opens the register a link file or `--register` names; a bad link is explained, never fatal. */
function openFromLaunch(request: LaunchRequest): void {
  if (!core) {
    pendingLaunch = request;
    return;
  }
  const language = core.context.language();
  const texts = launchMessages[language];
  const confirmNetwork = (dir: string, linkFile: string): boolean => {
    const options = { type: 'warning' as const, title: texts.title, message: launchMessage(language, 'network', { file: linkFile, dir }), buttons: [texts.open, texts.cancel], defaultId: 1, cancelId: 1, noLink: true };
    return (mainWindow ? dialog.showMessageBoxSync(mainWindow, options) : dialog.showMessageBoxSync(options)) === 0;
  };
  const target = launchTarget(request, { readText: (path) => readFileSync(path, 'utf8'), exists: existsSync, confirmNetwork });
  if (!target) return;
  if ('error' in target) {
    dialog.showErrorBox(texts.title, launchMessage(language, target.error, target.params));
    return;
  }
  openInSession(core.context, target.dir, false);
  mainWindow?.webContents.reload();
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

function createWindow(appCore: AppCore): BrowserWindow {
  const settings = appCore.context.settings;
  const saved = settings.value.window;
  const bounds = restoreWindowBounds(saved, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'CAL Register',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const { x, y, width, height } = win.getNormalBounds();
    settings.remember({ window: { x, y, width, height, maximized: win.isMaximized() } });
  });
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadURL(APP_ENTRY);
  return win;
}

function hardenContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!allowNavigation(url, appEntry())) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!allowNavigation(url, appEntry())) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => {
      if (!allowWebviewAttach()) event.preventDefault();
    });
    contents.setWindowOpenHandler(windowOpenDecision);
  });
}

function installMenu(appCore: AppCore): void {
  const reloadAfter = (channel: 'registerNew' | 'registerOpen' | 'sampleOpen') => async () => {
    const result = await appCore.invoke(channel, {});
    if (result.ok) mainWindow?.webContents.reload();
  };
  const menu = buildMenu(
    appCore.context.language(),
    {
      newRegister: reloadAfter('registerNew'),
      openRegister: reloadAfter('registerOpen'),
      openSample: reloadAfter('sampleOpen'),
      about: () => void dialog.showMessageBox({ type: 'info', title: 'CAL Register', message: `CAL Register ${app.getVersion()}` }),
    },
    !app.isPackaged,
  );
  Menu.setApplicationMenu(menu);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // macOS hands a double-clicked link file over this event, possibly before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromLaunch({ linkFile: path, registerDir: null });
  });
  app.on('second-instance', (_event, argv) => {
    openFromLaunch(parseLaunchArgs(argv));
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  hardenContents();
  app.enableSandbox();

  void app.whenReady().then(() => {
    if (!devServerUrl) serveRenderer();
    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(allowPermission(permission)));
    session.defaultSession.setPermissionCheckHandler((_wc, permission) => allowPermission(permission));
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: withCspHeader(details.responseHeaders) });
    });

    const systemLanguage = app.getLocale().toLowerCase().startsWith('pl') ? 'pl' : 'en';
    const mainLog = createMainLog(undefined, { console: !app.isPackaged });
    mainLog.info(`CAL Register ${app.getVersion()} starting on ${process.platform} ${process.arch}`);
    const appCore = createAppCore({
      log: mainLog,
      ...(mainLog.file ? { logFile: mainLog.file } : {}),
      appDataDir: app.getPath('userData'),
      storeFactory: electronStoreFactory,
      dialogs: electronDialogs(() => mainWindow, () => appCore.context.language()),
      systemLanguage,
      version: app.getVersion(),
      actor: osUser(),
    });
    core = appCore;
    appCore.start();
    registerIpc(appCore, appEntry);
    installMenu(appCore);
    if (pendingLaunch) {
      const request = pendingLaunch;
      pendingLaunch = null;
      openFromLaunch(request);
    }
    mainWindow = createWindow(appCore);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => {
    core?.stop();
    app.quit();
  });
  app.on('before-quit', () => core?.stop());
}
