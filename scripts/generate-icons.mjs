#!/usr/bin/env node
// Draws the app icons from build/icon.svg (and build/icon-small.svg for tiny sizes) into
// build/icons/NxN.png, build/icon.png, build/icon.ico and build/icon.icns.
// The outputs are committed, so packaging never needs the rasterizer; run this only after
// changing the SVG. Rasterizer: `rsvg-convert` (Debian: apt-get install librsvg2-bin).
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = join(root, 'build');
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
/** Below this the "CAL" lettering is a smudge; the small drawing keeps shield and check only. */
const smallUpTo = 32;
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
/** ICNS PNG entry types: ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x), ic11 32 (16@2x), ic12 64 (32@2x), ic13 256 (128@2x), ic14 512 (256@2x). */
const icnsEntries = [
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

function rasterize(svg, size) {
  const run = spawnSync('rsvg-convert', ['--width', String(size), '--height', String(size), '--format', 'png', svg], { maxBuffer: 64 * 1024 * 1024 });
  if (run.error || run.status !== 0) {
    const why = run.error ? run.error.message : run.stderr.toString();
    throw new Error(`rsvg-convert failed for ${size}px (install it with: apt-get install librsvg2-bin): ${why}`);
  }
  return run.stdout;
}

/** ICO with PNG entries (Windows Vista and later read them; 256 is written as 0 in the directory). */
export function buildIco(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2);
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

/** ICNS: 'icns' + total length, then type + length (with its 8-byte header) + PNG data per entry. */
export function buildIcns(entries) {
  const parts = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

function main() {
  const large = join(build, 'icon.svg');
  const small = join(build, 'icon-small.svg');
  readFileSync(large);
  mkdirSync(join(build, 'icons'), { recursive: true });
  const pngs = new Map();
  for (const size of sizes) {
    const png = rasterize(size <= smallUpTo ? small : large, size);
    pngs.set(size, png);
    writeFileSync(join(build, 'icons', `${size}x${size}.png`), png);
  }
  writeFileSync(join(build, 'icon.png'), pngs.get(1024));
  writeFileSync(join(build, 'icon.ico'), buildIco(icoSizes.map((size) => ({ size, png: pngs.get(size) }))));
  writeFileSync(join(build, 'icon.icns'), buildIcns(icnsEntries.map(([type, size]) => ({ type, png: pngs.get(size) }))));
  console.log(`icons written to ${build}: ${sizes.join(', ')} px, icon.ico, icon.icns`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
