import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { icnsEntries, icoEntries, pngFileSize, pngSize } from './images';

const build = join(import.meta.dirname, '../../../build');
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

describe('app icons', () => {
  it.each(sizes)('build/icons/%ix%i.png exists and is a PNG of that size', (size) => {
    expect(pngFileSize(join(build, 'icons', `${size}x${size}.png`))).toEqual({ width: size, height: size });
  });

  it('build/icon.png is the 1024 px master that macOS and Linux packaging start from', () => {
    expect(pngFileSize(join(build, 'icon.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('the Windows .ico holds PNG images of 16 to 256 px, each as large as its directory entry says', () => {
    const entries = icoEntries(readFileSync(join(build, 'icon.ico')));
    expect(entries.map((e) => e.declared)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const { declared, image } of entries) expect(pngSize(image)).toEqual({ width: declared, height: declared });
  });

  it('the macOS .icns holds ic07–ic14 PNG entries at their sizes (128 to 1024 px and the @2x ones)', () => {
    const expected: Record<string, number> = { ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512 };
    const entries = icnsEntries(readFileSync(join(build, 'icon.icns')));
    expect(entries.map((e) => e.type).sort()).toEqual(Object.keys(expected).sort());
    for (const { type, data } of entries) expect({ type, size: pngSize(data) }).toEqual({ type, size: { width: expected[type], height: expected[type] } });
  });

  it('the SVG sources the PNGs are drawn from are kept beside them', () => {
    for (const name of ['icon.svg', 'icon-small.svg']) {
      const svg = readFileSync(join(build, name), 'utf8');
      expect(svg).toMatch(/<svg[^>]+viewBox="0 0 1024 1024"/);
      expect(svg).toContain('<title>');
    }
    expect(existsSync(join(import.meta.dirname, '../../../scripts/generate-icons.mjs'))).toBe(true);
  });
});
