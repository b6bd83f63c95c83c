import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// js-yaml is electron-builder's own parser (it ships no types; only `load` is used).
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const root = join(import.meta.dirname, '../../..');

interface BuilderConfig {
  appId?: string;
  productName?: string;
  files?: string[];
  electronFuses?: Record<string, boolean>;
  win?: { target?: Array<string | { target: string }> };
  mac?: { target?: Array<string | { target: string }> };
  linux?: { target?: Array<string | { target: string }> };
}

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const targets = (list: Array<string | { target: string }> | undefined) => (list ?? []).map((t) => (typeof t === 'string' ? t : t.target));

describe('packaged app (electron-builder.yml)', () => {
  it('the fuses close every door a packaged app does not need', () => {
    expect(config.electronFuses).toMatchObject({
      // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node for any script.
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('identity, contents and targets are the product card', () => {
    expect(config.appId).toBe('pl.calregister.app');
    expect(config.productName).toBe('CAL Register');
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'bin/**', 'package.json']));
    expect(targets(config.win?.target)).toEqual(expect.arrayContaining(['nsis', 'portable']));
    expect(targets(config.mac?.target)).toContain('dmg');
    expect(targets(config.linux?.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });

  it('no source, test or secret file is packed', () => {
    for (const pattern of config.files ?? []) {
      expect(pattern).not.toMatch(/^(electron|renderer|shared|test|src)\//);
      expect(pattern).not.toMatch(/\.env|\*\*\/\*$/);
    }
  });
});
