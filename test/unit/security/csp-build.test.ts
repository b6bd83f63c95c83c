import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../../electron/main/security';

const root = join(import.meta.dirname, '../../..');
let html = '';
let builtHere: string | null = null;

/** The page `npm run build` made; run alone, the renderer is built into a temp folder first. */
beforeAll(async () => {
  const built = join(root, 'out/renderer/index.html');
  if (existsSync(built)) {
    html = readFileSync(built, 'utf8');
    return;
  }
  builtHere = mkdtempSync(join(tmpdir(), 'cal-renderer-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: join(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: { outDir: builtHere, emptyOutDir: true },
  });
  html = readFileSync(join(builtHere, 'index.html'), 'utf8');
}, 240_000);

afterAll(() => {
  if (builtHere) rmSync(builtHere, { recursive: true, force: true });
});

const metaPolicies = () =>
  [...html.matchAll(/<meta\s+[^>]*http-equiv\s*=\s*"Content-Security-Policy"[^>]*>/gi)].map((m) => /content\s*=\s*"([^"]*)"/i.exec(m[0])?.[1] ?? '');

describe('the built index.html', () => {
  it('carries exactly one CSP meta tag, equal to the policy main enforces', () => {
    expect(metaPolicies()).toEqual([CONTENT_SECURITY_POLICY_META]);
    // The header adds only what a meta tag cannot express.
    expect(CONTENT_SECURITY_POLICY).toBe(`${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`);
  });

  it('loads only its own bundled scripts: no inline script, no remote origin', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(body!.trim()).toBe('');
      const src = /src\s*=\s*"([^"]+)"/.exec(attributes!)?.[1] ?? '';
      expect(src).toMatch(/^\.?\/?assets\//);
    }
    expect(html).not.toMatch(/(src|href)\s*=\s*"(https?:)?\/\//i);
  });
});
