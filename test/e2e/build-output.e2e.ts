import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const out = (p: string) => new URL(`../../out/${p}`, import.meta.url);

describe('electron-vite build output', () => {
  it('the sandboxed preload is CommonJS and requires nothing but electron', () => {
    expect(existsSync(out('preload/index.cjs')), 'run `npm run build` first').toBe(true);
    const preload = readFileSync(out('preload/index.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).not.toMatch(/^import /m);
    expect(preload).toContain('exposeInMainWorld');
  });

  it('main is an ES module that loads the .cjs preload', () => {
    const main = readFileSync(out('main/index.js'), 'utf8');
    expect(main).toMatch(/^import /m);
    expect(main).toContain('preload/index.cjs');
  });
});
