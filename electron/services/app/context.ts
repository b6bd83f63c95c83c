import type { Language } from '../../../shared/contracts/register';
import type { JsonStoreFactory } from '../register/json-store';
import type { RegisterDeps } from '../register/open-register';
import type { RegisterSession } from './session';
import type { SettingsStore } from './settings';

/** Native dialogs live in main; services ask through this port and get paths back only here. */
export interface Dialogs {
  /** A folder for a new register or an existing one; null when cancelled. */
  chooseRegisterFolder(purpose: 'new' | 'open'): Promise<string | null>;
  /** Files to read (proofs, imports); empty when cancelled. */
  chooseFiles(purpose: 'proof' | 'import'): Promise<string[]>;
  /** Where to save an export; null when cancelled. */
  chooseSavePath(purpose: 'export', suggestedName: string): Promise<string | null>;
  /** Shows a file in the OS file manager (no-op where there is none). */
  showInFolder(path: string): Promise<void>;
  /** Opens a stored file (a proof) with the OS's default program. */
  openPath(path: string): Promise<void>;
}

export interface AppCoreOptions {
  /** Holds app-settings.json and the default register folder. */
  appDataDir: string;
  /** The app's settings file (electron-store in the app). */
  storeFactory: JsonStoreFactory;
  /** Writes a register's register.json; `registerFileStore` unless a test injects a failing disk. */
  registerStoreFactory?: JsonStoreFactory;
  dialogs: Dialogs;
  systemLanguage: Language;
  version: string;
  actor: string;
  now?: () => Date;
  newId?: () => string;
  log?: { info(message: string): void; error(message: string, error?: unknown): void };
  /** The main-process log file, whose last lines go into "copy diagnostics". */
  logFile?: string;
  /** Tests only: freeze the register's documents, so a handler that changes one in place throws (`RegisterDeps.freezeDocuments`). */
  freezeDocuments?: boolean;
}

/** What every feature's handlers receive. */
export interface AppContext {
  options: AppCoreOptions;
  session: RegisterSession;
  settings: SettingsStore;
  registerDeps: RegisterDeps;
  language(): Language;
}
