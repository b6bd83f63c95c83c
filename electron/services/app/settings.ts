import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { languageSchema, type Language, type RecentRegister, type RegisterNotice } from '../../../shared/contracts/register';
import { osErrorCode } from '../../../shared/errors/messages';
import { isAtomicTemp, type JsonFileStore, type JsonStoreFactory, removeLeftovers } from '../register/json-store';

export const SETTINGS_NAME = 'app-settings';
const MAX_RECENT = 10;

export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

const settingsSchema = z.object({
  language: languageSchema.nullable().default(null),
  recent: z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() })).default([]),
  lastRegister: z.string().nullable().default(null),
  window: windowStateSchema.nullable().default(null),
});
export type AppSettings = z.infer<typeof settingsSchema>;

/** The id the UI uses for a recent register, so paths never need to come back from it. */
export const recentId = (path: string): string => createHash('sha256').update(path).digest('hex').slice(0, 16);

/** The settings' store; one that cannot even be made (a file it cannot read) refuses each write with its error, as a full disk does. */
function openStore(appDataDir: string, factory: JsonStoreFactory): JsonFileStore {
  try {
    return factory(appDataDir, SETTINGS_NAME);
  } catch (error) {
    return {
      path: join(appDataDir, `${SETTINGS_NAME}.json`),
      replace: () => {
        throw error;
      },
    };
  }
}

/** Small app-wide settings (language, recent registers, window state) beside the default register. */
export class SettingsStore {
  #settings: AppSettings;
  readonly #store: JsonFileStore;
  /** What the user is told of the settings file at start (`takeNotices`), until a register opens to say it on. */
  #notices: RegisterNotice[] = [];
  /**
   * The system's code of the failed move of an unreadable settings file kept where it is: nothing is written over it this
   * session (the defaults are used), so it is never lost to a write that would succeed where the move did not.
   */
  #keptInPlace: string | null = null;

  constructor(appDataDir: string, factory: JsonStoreFactory) {
    const file = join(appDataDir, `${SETTINGS_NAME}.json`);
    // Temp files of a write cut short by a crash; the app runs once (main's single-instance lock), so no one writes them now.
    removeLeftovers(appDataDir, (name) => name.startsWith(`${SETTINGS_NAME}.json.tmp-`) && isAtomicTemp(name));
    this.#settings = settingsSchema.parse({});
    if (existsSync(file)) {
      try {
        this.#settings = settingsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
      } catch {
        this.#setAside(file, join(appDataDir, `${SETTINGS_NAME}.corrupt-${Date.now()}.json`));
      }
    }
    this.#store = openStore(appDataDir, factory);
  }

  /** Settings are a convenience: an unreadable file is kept aside, the defaults used, and the user told where it went. */
  #setAside(file: string, aside: string): void {
    try {
      renameSync(file, aside);
      this.#notices.push({ code: 'settings-reset', detail: { movedTo: aside } });
    } catch (error) {
      // A data folder that cannot be written (read-only): the app starts all the same, on the defaults, for this session.
      this.#keptInPlace = osErrorCode(error);
      this.#notices.push({ code: 'settings-unreadable', detail: { path: file, osCode: this.#keptInPlace } });
    }
  }

  /** The notices of the settings file read at start, once: the first register opened shows them. */
  takeNotices(): RegisterNotice[] {
    const notices = this.#notices;
    this.#notices = [];
    return notices;
  }

  get value(): AppSettings {
    return this.#settings;
  }

  /**
   * Sets and saves `patch` (the language, the register last open, the recent list, the window's place). Kept for this
   * session even when the settings file cannot be written (a full or write-protected disk): that must not fail the open,
   * the change or the language switch it goes with. Answers the system's code of the write that failed, null when written.
   */
  remember(patch: Partial<AppSettings>): string | null {
    const next = { ...this.#settings, ...patch };
    this.#settings = next;
    return this.#write(next);
  }

  #write(next: AppSettings): string | null {
    if (this.#keptInPlace !== null) return this.#keptInPlace;
    try {
      this.#store.replace(next);
      return null;
    } catch (error) {
      return osErrorCode(error);
    }
  }

  language(fallback: Language): Language {
    return this.#settings.language ?? fallback;
  }

  /** `remember`s `path` as the register last open and first of the recent ones. */
  rememberRegister(path: string, name: string, at: Date): string | null {
    const recent = [{ path, name, openedAt: at.toISOString() }, ...this.#settings.recent.filter((r) => r.path !== path)].slice(0, MAX_RECENT);
    return this.remember({ recent, lastRegister: path });
  }

  /** `remember`s the recent list without `path`; were it the register last open, the next start opens the default one without a word. */
  forgetRecent(path: string): string | null {
    const recent = this.#settings.recent.filter((r) => r.path !== path);
    return this.remember({ recent, ...(this.#settings.lastRegister === path ? { lastRegister: null } : {}) });
  }

  recentView(): RecentRegister[] {
    return this.#settings.recent.map((r) => ({ id: recentId(r.path), ...r }));
  }

  recentPath(id: string): string | null {
    return this.#settings.recent.find((r) => recentId(r.path) === id)?.path ?? null;
  }
}
