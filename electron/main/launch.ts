import { dirname, isAbsolute, resolve } from 'node:path';

/** The extension of a register link file: JSON `{ "register": "<folder>" }`. */
export const LINK_FILE_EXTENSION = '.calreg';

/** What the app was asked to open when it was started (or a second instance was). */
export interface LaunchRequest {
  /** A `.calreg` link file passed by Explorer/Finder/a file manager. */
  linkFile: string | null;
  /** A register folder given with `--register <dir>` or `--register=<dir>`. */
  registerDir: string | null;
}

const isLinkFile = (arg: string) => !arg.startsWith('-') && arg.toLowerCase().endsWith(LINK_FILE_EXTENSION);

/**
 * Reads what to open from a command line: the executable and Chromium's own switches (which a
 * second instance's argv carries) are ignored; the last link file or `--register` wins.
 */
export function parseLaunchArgs(argv: readonly string[]): LaunchRequest {
  let linkFile: string | null = null;
  let registerDir: string | null = null;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--register') {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('-')) {
        registerDir = next;
        i++;
      }
    } else if (arg.startsWith('--register=')) {
      const value = arg.slice('--register='.length);
      if (value) registerDir = value;
    } else if (isLinkFile(arg)) {
      linkFile = arg;
    }
  }
  return { linkFile, registerDir };
}

export type LinkFileResult = { ok: true; registerDir: string; network: boolean } | { ok: false; reason: 'not-json' | 'no-register' };

/**
 * A folder on another computer (`\\server\share`, `//server/share`) or a device path (`\\?\`,
 * `\\.\`): merely looking at it makes Windows connect and offer the user's credentials.
 */
export const isNetworkPath = (folder: string): boolean => /^(\\|\/\/)/.test(folder.trim());

/** The register folder a link file names; a relative folder is taken from the link file's own folder. */
export function parseLinkFile(text: string, linkPath: string): LinkFileResult {
  let parsed: unknown;
  try {
    // A BOM is what Notepad writes at the start of a hand-made link file.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const folder = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).register : undefined;
  if (typeof folder !== 'string' || folder.trim() === '') return { ok: false, reason: 'no-register' };
  const trimmed = folder.trim();
  return { ok: true, registerDir: isAbsolute(trimmed) ? trimmed : resolve(dirname(linkPath), trimmed), network: isNetworkPath(trimmed) };
}

/** Messages main shows when a launch request cannot be honoured. */
export const launchMessages = {
  en: {
    title: 'CAL Register',
    unreadable: 'The link file {{file}} could not be read.',
    'not-json': 'The link file {{file}} is not a CAL Register link (JSON with a "register" folder).',
    'no-register': 'The link file {{file}} names no register folder.',
    missing: 'There is no register in {{dir}} (register.json is missing).',
    network: 'The link file {{file}} opens a register on another computer:\n\n{{dir}}\n\nOpen it only if you expected a register there.',
    open: 'Open',
    cancel: 'Cancel',
  },
  pl: {
    title: 'CAL Register',
    unreadable: 'Nie udało się odczytać pliku łącza {{file}}.',
    'not-json': 'Plik {{file}} nie jest łączem CAL Register (JSON z folderem „register”).',
    'no-register': 'Plik łącza {{file}} nie wskazuje folderu rejestru.',
    missing: 'W folderze {{dir}} nie ma rejestru (brak pliku register.json).',
    network: 'Plik łącza {{file}} otwiera rejestr na innym komputerze:\n\n{{dir}}\n\nOtwórz go tylko wtedy, gdy spodziewasz się tam rejestru.',
    open: 'Otwórz',
    cancel: 'Anuluj',
  },
} as const;

export type LaunchMessageKey = Exclude<keyof (typeof launchMessages)['en'], 'title' | 'open' | 'cancel'>;

export function launchMessage(language: 'en' | 'pl', key: LaunchMessageKey, params: Record<string, string>): string {
  return launchMessages[language][key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => params[name] ?? whole);
}

export interface LaunchIo {
  readText(path: string): string;
  exists(path: string): boolean;
  /** Asked before a link file's network folder is touched at all: true to open it. */
  confirmNetwork(dir: string, linkFile: string): boolean;
}

export type LaunchTarget = { dir: string } | { error: Exclude<LaunchMessageKey, 'network'>; params: Record<string, string> };

/** The register folder a launch request leads to, or why it leads nowhere; null when nothing was asked. */
export function launchTarget(request: LaunchRequest, io: LaunchIo): LaunchTarget | null {
  let dir = request.registerDir;
  if (request.linkFile) {
    let text: string;
    try {
      text = io.readText(request.linkFile);
    } catch {
      return { error: 'unreadable', params: { file: request.linkFile } };
    }
    const link = parseLinkFile(text, request.linkFile);
    if (!link.ok) return { error: link.reason, params: { file: request.linkFile } };
    // A link file can come from anyone (an e-mail, a download): a folder on another computer is opened only at the user's word.
    if (link.network && !io.confirmNetwork(link.registerDir, request.linkFile)) return null;
    dir = link.registerDir;
  }
  if (dir === null) return null;
  const absolute = resolve(dir);
  if (!io.exists(resolve(absolute, 'register.json'))) return { error: 'missing', params: { dir: absolute } };
  return { dir: absolute };
}
