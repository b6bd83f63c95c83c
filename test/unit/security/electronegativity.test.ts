import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const scanner = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
const allowFile = join(root, 'test/security/electronegativity-allow.json');

interface AllowList {
  excludedChecks: { check: string; reason: string }[];
  allowed: { check: string; file: string; reason: string }[];
}
interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  description: string;
}

const allow = JSON.parse(readFileSync(allowFile, 'utf8')) as AllowList;
const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), 'cal-eng-'));
const scanDir = join(work, 'scan');
let findings: Finding[] = [];

/** A known-bad window, so a scan that silently finds nothing cannot pass. */
const canary = "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n";

beforeAll(async () => {
  mkdirSync(join(scanDir, 'renderer'), { recursive: true });
  cpSync(join(root, 'electron'), join(scanDir, 'electron'), { recursive: true });
  // The built page when there is one, else its source (the CSP meta is the same text).
  const page = existsSync(join(root, 'out/renderer/index.html')) ? join(root, 'out/renderer/index.html') : join(root, 'renderer/index.html');
  cpSync(page, join(scanDir, 'renderer/index.html'));
  mkdirSync(join(scanDir, 'canary'));
  writeFileSync(join(scanDir, 'canary/bad-window.js'), canary);
  const csv = join(work, 'findings.csv');
  const args = ['-r', join(root, 'test/security/offline.cjs'), scanner, '-i', scanDir, '-o', csv, '-r', '-v', 'false', '-e', electronVersion];
  if (allow.excludedChecks.length) args.push('-x', allow.excludedChecks.map((c) => c.check).join(','));
  await promisify(execFile)(process.execPath, args, { cwd: work, timeout: 150_000 });
  const text = readFileSync(csv, 'utf8').trim();
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1);
  // A short row means the report itself is damaged: show it rather than fail on a missing column.
  if (rows.some((row) => row.length < 7)) throw new Error(`electronegativity wrote a malformed CSV:\n${text.slice(0, 2000)}`);
  findings = rows.map(([check, severity, confidence, file, location, , description]) => ({
    check: check!.trim(),
    severity: severity!.trim(),
    confidence: confidence!.trim(),
    file: file!.trim(),
    location: location!.trim(),
    description: (description ?? '').trim(),
  }));
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const isCanary = (f: Finding) => f.file.startsWith('canary/');
const aboveInformational = (f: Finding) => f.severity !== 'INFORMATIONAL';
const allowedFor = (f: Finding) => allow.allowed.find((a) => a.check === f.check && a.file === f.file);

describe('electronegativity scan of electron/ and the renderer page', () => {
  it('the scan works: it flags the canary window with Node integration and no isolation', () => {
    const canaryChecks = findings.filter(isCanary).map((f) => f.check);
    expect(canaryChecks).toEqual(expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']));
  });

  it('no finding above informational is left unjustified by the reviewed allow-list', () => {
    const app = findings.filter((f) => !isCanary(f));
    const unjustified = app.filter((f) => aboveInformational(f) && !allowedFor(f));
    const bySeverity = Object.fromEntries(['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map((s) => [s, app.filter((f) => f.severity === s).length]));
    console.info(`electronegativity ${electronVersion}: ${app.length} findings ${JSON.stringify(bySeverity)}, ${app.filter(allowedFor).length} justified in the allow-list, ${unjustified.length} unjustified`);
    expect(unjustified.map((f) => `${f.check} ${f.severity} ${f.file}:${f.location} ${f.description}`)).toEqual([]);
  });

  it('every allow-list entry still matches a finding and gives a reason (stale entries are removed)', () => {
    for (const entry of allow.allowed) {
      expect(findings.some((f) => f.check === entry.check && f.file === entry.file), `${entry.check} ${entry.file} matches nothing`).toBe(true);
      expect(entry.reason.length).toBeGreaterThan(40);
    }
    for (const excluded of allow.excludedChecks) expect(excluded.reason.length).toBeGreaterThan(40);
  });
});
