import { writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
// electron-log/main needs a running Electron; the log module is tested with a fake logger.
vi.mock('electron-log/main', () => ({ default: {} }));

import { createMainLog, LOG_MAX_BYTES, type LoggerLike } from '../../../electron/main/log';
import { createAppCore } from '../../../electron/services/app/app-core';
import { buildDiagnostics, DIAGNOSTIC_LOG_LINES, type DiagnosticsInput } from '../../../electron/services/diagnostics/diagnostics';
import { describeError, maskEmails, redactText } from '../../../electron/services/diagnostics/redact';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import { tempDir } from '../register/helpers';
import { cancelledDialogs } from '../app/helpers';

const input = (over: Partial<DiagnosticsInput> = {}): DiagnosticsInput => ({
  appVersion: '0.1.0',
  platform: 'win32 x64 10.0.22631',
  runtime: { electron: '41.0.0', node: '22.0.0' },
  appSchemaVersion: 1,
  register: { state: 'open', folderName: 'Klient-A', schemaVersion: 1, counts: { people: 12, activeAssignments: 10 }, notices: ['stale-lock-taken'], backups: 3 },
  logText: '',
  home: 'C:\\Users\\jkowalski',
  generatedAt: '2026-11-25T10:00:00.000Z',
  ...over,
});

describe('e-mail masking', () => {
  it('an address keeps its first letters and top-level domain only, anywhere in a line', () => {
    expect(maskEmails('assign a.nowak@przyklad.pl failed')).toBe('assign a***@p***.pl failed');
    expect(maskEmails('<Jan.Kowalski+cal@mail.firma.com.pl>, x@y.io')).toBe('<J***@m***.pl>, x***@y***.io');
    expect(maskEmails('no address here: user at example dot com')).toBe('no address here: user at example dot com');
  });

  it('the home folder (which names the OS user) becomes ~, with either kind of slash and any case', () => {
    expect(redactText('open C:\\Users\\jkowalski\\Documents\\reg and c:/users/JKOWALSKI/x', 'C:\\Users\\jkowalski')).toBe('open ~\\Documents\\reg and ~/x');
  });

  it('an error is logged as name, code and stack frames, redacted; a non-error as text', () => {
    const error = Object.assign(new Error(`ENOSPC writing ${join(homedir(), 'reg', 'register.json')} for anna@firma.pl`), { code: 'ENOSPC' });
    const text = describeError(error, homedir());
    expect(text).toMatch(/^Error \[ENOSPC\]: ENOSPC writing ~/);
    expect(text).toContain('a***@f***.pl');
    expect(text).not.toContain(homedir());
    expect(text).toMatch(/\n\s+at /);
    expect(describeError('plain anna@firma.pl', null)).toBe('plain a***@f***.pl');
  });
});

describe('copy diagnostics', () => {
  it('names versions, platform, schema, folder name and counts, and holds no address or home path', () => {
    const log = ['[info] register at start: open', '[info] personSave: conflict for anna.nowak@przyklad.pl', '[error] C:\\Users\\jkowalski\\AppData\\x failed'].join('\n');
    const text = buildDiagnostics(input({ logText: log }));
    for (const expected of ['app version: 0.1.0', 'platform: win32 x64', 'electron: 41.0.0', 'register schema (app): 1', 'register folder: Klient-A', 'people: 12', 'backups: 3', 'notices: stale-lock-taken']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('a***@p***.pl');
    expect(text).not.toMatch(/anna|nowak|jkowalski/i);
    expect(text).toContain('~\\AppData\\x failed');
  });

  it('keeps only the last 50 non-empty log lines', () => {
    const log = Array.from({ length: 120 }, (_, i) => `line ${i + 1}`).join('\r\n');
    const text = buildDiagnostics(input({ logText: `${log}\n\n` }));
    expect(text).toContain(`last ${DIAGNOSTIC_LOG_LINES} log lines:`);
    expect(text).toContain('line 120');
    expect(text).toContain('line 71');
    expect(text).not.toMatch(/line 70\b/);
  });

  it('a register that did not open is described by its problem code', () => {
    const text = buildDiagnostics(input({ register: { state: 'problem', folderName: 'Klient-B', code: 'register-corrupt', backups: 2 } }));
    expect(text).toContain('problem: register-corrupt');
    expect(buildDiagnostics(input({ register: { state: 'none' } }))).toContain('register: none');
  });

  it('the diagnosticsCopy channel returns the text with the end of the log file, masked', async () => {
    const appDataDir = tempDir('cal-diag-');
    const logFile = join(appDataDir, 'main.log');
    writeFileSync(logFile, `${'x'.repeat(100_000)}\n[info] importCommit: bad-file j.nowak@przyklad.pl\n`);
    const core = createAppCore({
      appDataDir,
      storeFactory: confStoreFactory,
      dialogs: cancelledDialogs,
      systemLanguage: 'en',
      version: '9.9.9',
      actor: 'tester',
      logFile,
      log: { info: () => undefined, error: () => undefined },
      freezeDocuments: true,
    });
    core.start();
    const result = await core.invoke('diagnosticsCopy', {});
    core.stop();
    if (!result.ok) throw new Error(result.error.message);
    const { text } = result.value as { text: string };
    expect(text).toContain('app version: 9.9.9');
    expect(text).toContain('register folder: default');
    expect(text).toContain('importCommit: bad-file j***@p***.pl');
    expect(text).not.toContain('j.nowak');
  });
});

describe('main-process log', () => {
  function fakeLogger() {
    const written: unknown[][] = [];
    // Like electron-log: every hook sees the entry before a transport writes it.
    const write = (data: unknown[]) => {
      let message: { data: unknown[] } | false = { data };
      for (const hook of logger.hooks) message = message && hook(message);
      if (message) written.push(message.data);
    };
    const logger: LoggerLike = {
      info: (...data) => write(data),
      error: (...data) => write(data),
      transports: { file: { maxSize: 0, level: false, format: '', getFile: () => ({ path: '/logs/main.log' }) }, console: { level: 'silly' } },
      hooks: [],
      errorHandler: { startCatching: () => undefined },
    };
    return { logger, written };
  }

  it('rotates at about 1 MB, catches uncaught errors, and masks addresses and the home folder in every entry', () => {
    const { logger, written } = fakeLogger();
    let catching = false;
    logger.errorHandler.startCatching = () => {
      catching = true;
    };
    const log = createMainLog(logger);
    expect(logger.transports.file.maxSize).toBe(LOG_MAX_BYTES);
    expect(LOG_MAX_BYTES).toBe(1024 * 1024);
    expect(logger.transports.console.level).toBe(false);
    expect(catching).toBe(true);
    expect(log.file).toBe('/logs/main.log');
    log.info('personSave: conflict a.nowak@przyklad.pl');
    log.error('channel exportWorkbook failed', new Error(`EACCES ${join(homedir(), 'Desktop', 'audit.xlsx')}`));
    expect(written[0]).toEqual(['personSave: conflict a***@p***.pl']);
    expect(written[1]![0]).toBe('channel exportWorkbook failed');
    expect(String(written[1]![1])).toMatch(/^Error: EACCES ~/);
  });
});
