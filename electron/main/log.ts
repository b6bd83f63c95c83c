import { homedir } from 'node:os';
import electronLog from 'electron-log/main';
import { describeError, redactText } from '../services/diagnostics/redact';

/** About 1 MB per file; electron-log then renames it to main.old.log (one old file kept). */
export const LOG_MAX_BYTES = 1024 * 1024;

export interface MainLog {
  info(message: string): void;
  error(message: string, error?: unknown): void;
  /** Where the current log file is, for "copy diagnostics"; null when file logging is off. */
  file: string | null;
}

/** The part of electron-log this module configures (a fake in tests). */
export interface LoggerLike {
  info(...data: unknown[]): void;
  error(...data: unknown[]): void;
  transports: {
    file: { maxSize: number; level: string | false; format: unknown; getFile(): { path: string } };
    console: { level: string | false };
  };
  hooks: Array<(message: { data: unknown[] }) => { data: unknown[] } | false>;
  errorHandler: { startCatching(options: { showDialog: boolean }): void };
}

function safeHome(): string | null {
  try {
    return homedir();
  } catch {
    return null;
  }
}

/**
 * The main-process log: a rotating file, and every entry redacted on its way in (e-mail
 * addresses masked, the home folder shown as ~). Callers log channel names and error codes,
 * never IPC payloads. Uncaught errors are logged too, without a dialog.
 */
export function createMainLog(logger: LoggerLike = electronLog as unknown as LoggerLike, options: { console?: boolean } = {}): MainLog {
  const home = safeHome();
  logger.transports.file.maxSize = LOG_MAX_BYTES;
  logger.transports.file.level = 'info';
  logger.transports.file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  logger.transports.console.level = options.console ? 'info' : false;
  logger.hooks.push((message) => ({ ...message, data: message.data.map((item) => (item instanceof Error ? describeError(item, home) : typeof item === 'string' ? redactText(item, home) : item)) }));
  logger.errorHandler.startCatching({ showDialog: false });
  let file: string | null = null;
  try {
    file = logger.transports.file.getFile().path;
  } catch {
    // no writable log folder: the app still runs, diagnostics just has no log lines
  }
  return {
    info: (message) => logger.info(message),
    error: (message, error) => (error === undefined ? logger.error(message) : logger.error(message, error)),
    file,
  };
}
