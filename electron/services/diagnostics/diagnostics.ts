import { redactText } from './redact';

export const DIAGNOSTIC_LOG_LINES = 50;

export interface DiagnosticsInput {
  appVersion: string;
  /** e.g. `win32 x64 10.0.22631`. */
  platform: string;
  /** Runtime versions worth knowing (electron, chrome, node). */
  runtime: Record<string, string>;
  appSchemaVersion: number;
  register:
    | { state: 'open'; folderName: string; schemaVersion: number; counts: Record<string, number>; notices: string[]; backups: number }
    | { state: 'problem'; folderName: string; code: string; backups: number }
    | { state: 'none' };
  /** The main-process log, oldest line first; only the last lines are kept. */
  logText: string;
  /** The user's home folder, replaced by `~` wherever it appears. */
  home: string | null;
  generatedAt: string;
}

/**
 * A plain-text block a user can paste into a support e-mail: versions, the register's shape
 * (folder name and counts, never names or addresses) and the end of the log, redacted.
 */
export function buildDiagnostics(input: DiagnosticsInput): string {
  const r = input.register;
  const lines = [
    'CAL Register diagnostics',
    `generated: ${input.generatedAt}`,
    `app version: ${input.appVersion}`,
    `platform: ${input.platform}`,
    ...Object.entries(input.runtime).map(([name, version]) => `${name}: ${version}`),
    `register schema (app): ${input.appSchemaVersion}`,
    `register: ${r.state}`,
  ];
  if (r.state !== 'none') lines.push(`register folder: ${r.folderName}`, `backups: ${r.backups}`);
  if (r.state === 'open') {
    lines.push(`register schema (file): ${r.schemaVersion}`);
    lines.push(...Object.entries(r.counts).map(([name, n]) => `${name}: ${n}`));
    lines.push(`notices: ${r.notices.join(', ') || 'none'}`);
  }
  if (r.state === 'problem') lines.push(`problem: ${r.code}`);
  const logLines = input.logText.split(/\r?\n/).filter((line) => line.trim() !== '').slice(-DIAGNOSTIC_LOG_LINES);
  lines.push('', `last ${logLines.length} log lines:`, ...logLines);
  return redactText(lines.join('\n'), input.home);
}
