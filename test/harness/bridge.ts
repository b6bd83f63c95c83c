import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { channels } from '../../shared/contract';
import type { Language } from '../../shared/contracts/register';
import { createAppCore, type AppCore } from '../../electron/services/app/app-core';
import { confStoreFactory } from '../../electron/services/register/json-store';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import { FakeDialogs } from './fake-dialogs';

export { FakeDialogs } from './fake-dialogs';

/** The built renderer (`npx electron-vite build`); CAL_E2E_RENDERER_DIR points e2e at another build. */
export const RENDERER_DIR = process.env.CAL_E2E_RENDERER_DIR ?? fileURLToPath(new URL('../../out/renderer', import.meta.url));

export interface BridgeOptions {
  /** The app data folder (settings + default register); one temp folder per test. */
  dataDir: string;
  /** The "system" language the core falls back to before the user chooses one. */
  language?: Language;
  now?: () => Date;
  /** Static files to serve; the built renderer unless a test serves its own page. */
  rendererDir?: string;
}

export interface Bridge {
  /** http://127.0.0.1:<port>/ — the app's index.html. */
  url: string;
  /** The current core; replaced by `restart()`. */
  readonly core: AppCore;
  dialogs: FakeDialogs;
  /** Every channel call the page made, in order (for tests that check what crossed the boundary). */
  calls: { channel: string; input: unknown }[];
  /** Stops the core (releasing the register lock) and starts a new one over the same data folder. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const MAX_BODY = 5 * 1024 * 1024;

/** Stands in for the preload: one method per contract channel, each a POST to the bridge. */
export function bridgeScript(names: readonly string[] = channels): string {
  return `(() => {
  'use strict';
  const call = (channel) => async (input) => {
    const response = await fetch('/ipc/' + channel, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input === undefined ? {} : input),
    });
    return response.json();
  };
  const api = {};
  for (const name of ${JSON.stringify(names)}) api[name] = call(name);
  Object.defineProperty(window, 'calRegister', { value: Object.freeze(api), enumerable: true });
})();
`;
}

/** The CSP of the page's own meta tag, so the header and the meta agree as they do in the app. */
export function metaCsp(html: string): string | null {
  const tag = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
  if (!tag) return null;
  return /content="([^"]*)"/i.exec(tag)?.[1] ?? /content='([^']*)'/i.exec(tag)?.[1] ?? null;
}

/** Puts the bridge script before the first module script so `window.calRegister` exists when the app boots. */
export function injectBridge(html: string): string {
  const tag = '<script src="/__bridge.js"></script>';
  const module = /<script\b[^>]*type=["']module["']/i.exec(html);
  if (module) return html.slice(0, module.index) + tag + '\n    ' + html.slice(module.index);
  return html.replace(/<\/head>/i, `  ${tag}\n  </head>`);
}

const requireFromHere = createRequire(import.meta.url);
let axeSource: Promise<string> | undefined;
// Read from disk rather than imported: axe-core expects a DOM when it is evaluated.
const loadAxeSource = (): Promise<string> => (axeSource ??= readFile(requireFromHere.resolve('axe-core/axe.min.js'), 'utf8'));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, csp?: string): void {
  const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  if (csp) headers['content-security-policy'] = csp;
  res.writeHead(status, headers);
  res.end(body);
}

const SOURCE_DIRS = ['../../renderer', '../../shared'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

let bridgeWarnedStale = false;

/** A missing build fails loudly; a build older than its sources is tested anyway, with a warning. */
function checkBuild(rendererDir: string): void {
  const index = join(rendererDir, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} does not exist: run \`npx electron-vite build\` before the e2e tests.`);
  if (rendererDir !== resolve(RENDERER_DIR) || bridgeWarnedStale) return;
  const built = statSync(index).mtimeMs;
  if (SOURCE_DIRS.some((dir) => existsSync(dir) && newestMtime(dir) > built)) {
    bridgeWarnedStale = true;
    console.warn(`[bridge] ${rendererDir} is older than renderer/ or shared/: rebuild with \`npx electron-vite build\` to test the current code.`);
  }
}

/** Starts the http bridge and a real app core over `dataDir`. */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const rendererDir = resolve(options.rendererDir ?? RENDERER_DIR);
  checkBuild(rendererDir);
  const dialogs = new FakeDialogs();
  const calls: Bridge['calls'] = [];
  const makeCore = (): AppCore => {
    const next = createAppCore({
      appDataDir: options.dataDir,
      storeFactory: confStoreFactory,
      dialogs,
      systemLanguage: options.language ?? 'en',
      version: 'test',
      actor: 'e2e',
      ...(options.now ? { now: options.now } : {}),
      log: { info: () => undefined, error: (message, error) => console.error(`[bridge] ${message}`, error) },
      // The app does not freeze its documents; the tests do, so a handler that changes one in place fails them.
      freezeDocuments: true,
    });
    next.start();
    return next;
  };
  let core = makeCore();
  let indexCsp = CONTENT_SECURITY_POLICY;

  const serveStatic = async (pathname: string, res: ServerResponse): Promise<void> => {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    const file = normalize(join(rendererDir, relative));
    if (file !== rendererDir && !file.startsWith(rendererDir + sep)) return send(res, 403, MIME['.txt']!, 'forbidden', indexCsp);
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return send(res, 404, MIME['.txt']!, 'not found', indexCsp);
    }
    if (relative === 'index.html') {
      const html = content.toString('utf8');
      indexCsp = metaCsp(html) ?? CONTENT_SECURITY_POLICY;
      return send(res, 200, MIME['.html']!, injectBridge(html), indexCsp);
    }
    send(res, 200, MIME[extname(file).toLowerCase()] ?? 'application/octet-stream', content, indexCsp);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && pathname.startsWith('/ipc/')) {
      const channel = decodeURIComponent(pathname.slice('/ipc/'.length));
      const text = await readBody(req);
      let input: unknown;
      try {
        input = text ? JSON.parse(text) : {};
      } catch {
        return send(res, 400, MIME['.json']!, JSON.stringify({ ok: false, error: { code: 'invalid-input', message: 'Body is not JSON.' } }));
      }
      calls.push({ channel, input });
      const result = await core.invokeFromWindow(channel, input);
      return send(res, 200, MIME['.json']!, JSON.stringify(result));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, MIME['.txt']!, 'method not allowed');
    if (pathname === '/__bridge.js') return send(res, 200, MIME['.js']!, bridgeScript(), indexCsp);
    if (pathname === '/__axe.js') return send(res, 200, MIME['.js']!, await loadAxeSource(), indexCsp);
    // Chromium asks for a favicon on its own; answering empty keeps the console free of 404s.
    if (pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    await serveStatic(pathname, res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[bridge] request failed', error);
      if (!res.headersSent) send(res, 500, MIME['.txt']!, 'bridge error');
      else res.end();
    });
  });
  await new Promise<void>((done, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    get core() {
      return core;
    },
    dialogs,
    calls,
    restart: async () => {
      core.stop();
      core = makeCore();
    },
    close: async () => {
      core.stop();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
