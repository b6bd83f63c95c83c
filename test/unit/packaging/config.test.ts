import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as BuilderConfigModule from 'app-builder-lib/out/util/config/config';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
// js-yaml comes with electron-builder and has no types of its own here.
const yaml = require('js-yaml') as { load(text: string): unknown };
const { minimatch } = require('minimatch') as { minimatch(path: string, pattern: string, options?: { dot?: boolean }): boolean };

interface TargetEntry {
  target: string;
}
type Target = string | TargetEntry;
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  beforePack: string;
  extraResources: { from: string; to: string }[];
  fileAssociations: { ext: string; icon?: string }[];
  electronFuses: Record<string, boolean>;
  win: { icon: string; target: Target[] };
  nsis: { oneClick: boolean; perMachine: boolean; allowToChangeInstallationDirectory: boolean; installerIcon: string };
  mac: { icon: string; target: Target[] };
  linux: { icon: string; target: Target[] };
}

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };
const targetNames = (targets: Target[]) => targets.map((t) => (typeof t === 'string' ? t : t.target));

/** electron-builder's `files`: a path is packed when the last matching pattern is not a `!` one. */
function packed(path: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    if (pattern.startsWith('!')) {
      if (minimatch(path, pattern.slice(1), { dot: true })) included = false;
    } else if (minimatch(path, pattern, { dot: true })) included = true;
  }
  return included;
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const { getConfig, validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as typeof BuilderConfigModule;
    const { DebugLogger } = await import('builder-util');
    const loaded = await getConfig(root, null, null);
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
    expect(loaded.appId).toBe('pl.calregister.app');
  });

  it('names the product and its app id', () => {
    expect(config.appId).toBe('pl.calregister.app');
    expect(config.productName).toBe('CAL Register');
  });

  it('builds a per-user NSIS installer with a choice of folder and a portable exe for Windows', () => {
    expect(targetNames(config.win.target)).toEqual(expect.arrayContaining(['nsis', 'portable']));
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
  });

  it('builds a dmg for macOS and an AppImage and a deb for Linux', () => {
    expect(targetNames(config.mac.target)).toContain('dmg');
    expect(targetNames(config.linux.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });

  it('sets every security fuse of the hardening work', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('points every platform at an icon file that exists', () => {
    for (const icon of [config.win.icon, config.nsis.installerIcon, config.mac.icon, config.linux.icon]) {
      expect({ icon, exists: existsSync(join(root, icon)) }).toEqual({ icon, exists: true });
    }
    expect(statSync(join(root, config.linux.icon)).isDirectory()).toBe(true);
  });

  it('associates .calreg link files with the app', () => {
    expect(config.fileAssociations.map((a) => a.ext)).toContain('calreg');
  });

  it('packs the electron-vite outputs package.json and main load: out/main/index.js, out/preload/index.cjs, out/renderer/index.html', () => {
    expect(pkg.main).toBe('out/main/index.js');
    for (const path of ['package.json', 'out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/index-abc.js']) {
      expect({ path, packed: packed(path) }).toEqual({ path, packed: true });
    }
    // The CLI and the bench stay out of the asar: the CLI ships beside it in resources/cli.
    for (const path of ['out/cli/index.js', 'out/cli-standalone/index.mjs', 'out/bench/suite.js']) {
      expect({ path, packed: packed(path) }).toEqual({ path, packed: false });
    }
  });

  it('electron-vite writes where main loads from and where the packager takes from', () => {
    const viteConfig = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8');
    expect(viteConfig).toContain("outDir: 'out/main'");
    expect(viteConfig).toContain("outDir: 'out/preload'");
    expect(viteConfig).toContain("entryFileNames: '[name].cjs'");
    expect(viteConfig).toContain("outDir: 'out/renderer'");
    const main = readFileSync(join(root, 'electron/main/index.ts'), 'utf8');
    expect(main).toContain("'../preload/index.cjs'");
    // Main serves out/renderer (index.html at its root) beside out/main.
    expect(main).toMatch(/join\(import\.meta\.dirname, '\.\.\/renderer(\/index\.html)?'\)/);
    expect(pkg.scripts.dist).toMatch(/npm run build && electron-builder/);
  });

  it('ships the CLI outside the asar with launchers for a system Node', () => {
    expect(config.beforePack).toBe('./scripts/before-pack.mjs');
    expect(existsSync(join(root, config.beforePack))).toBe(true);
    expect(config.extraResources).toEqual(expect.arrayContaining([{ from: 'out/cli-standalone', to: 'cli', filter: ['**/*'] }, { from: 'build/cli', to: 'cli', filter: ['**/*'] }]));
    for (const launcher of ['cal-register', 'cal-register.cmd', 'cal-register.mjs']) expect(existsSync(join(root, 'build/cli', launcher))).toBe(true);
    expect(statSync(join(root, 'build/cli/cal-register')).mode & 0o111).not.toBe(0);
  });
});
