import type { Dialogs } from '../../electron/services/app/context';

/**
 * The native dialogs of main, answered from queues a test fills beforehand.
 * An empty queue answers as if the user pressed Cancel.
 */
export class FakeDialogs implements Dialogs {
  readonly #folders: string[] = [];
  readonly #files: string[][] = [];
  readonly #savePaths: string[] = [];
  /** What the app asked, in order (purpose and, for saves, the suggested name). */
  readonly asked: { dialog: 'folder' | 'files' | 'save'; purpose: string; suggestedName?: string }[] = [];
  readonly shownInFolder: string[] = [];
  readonly openedPaths: string[] = [];

  nextFolder(path: string): this {
    this.#folders.push(path);
    return this;
  }

  nextFiles(paths: string[]): this {
    this.#files.push([...paths]);
    return this;
  }

  nextSavePath(path: string): this {
    this.#savePaths.push(path);
    return this;
  }

  /** Answers still queued; a test can assert the app consumed what it was given. */
  pending(): { folders: number; files: number; savePaths: number } {
    return { folders: this.#folders.length, files: this.#files.length, savePaths: this.#savePaths.length };
  }

  async chooseRegisterFolder(purpose: 'new' | 'open'): Promise<string | null> {
    this.asked.push({ dialog: 'folder', purpose });
    return this.#folders.shift() ?? null;
  }

  async chooseFiles(purpose: 'proof' | 'import'): Promise<string[]> {
    this.asked.push({ dialog: 'files', purpose });
    return this.#files.shift() ?? [];
  }

  async chooseSavePath(purpose: 'export', suggestedName: string): Promise<string | null> {
    this.asked.push({ dialog: 'save', purpose, suggestedName });
    return this.#savePaths.shift() ?? null;
  }

  async showInFolder(path: string): Promise<void> {
    this.shownInFolder.push(path);
  }

  async openPath(path: string): Promise<void> {
    this.openedPaths.push(path);
  }
}
