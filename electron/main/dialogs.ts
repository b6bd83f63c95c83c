import { dialog, shell, type BrowserWindow } from 'electron';
import type { Dialogs } from '../services/app/context';
import type { Language } from '../../shared/contracts/register';

const titles = {
  en: { new: 'Choose an empty folder for the new register', open: 'Open a register folder', proof: 'Attach proof of purchase', import: 'Choose files to import', export: 'Save the audit workbook' },
  pl: { new: 'Wybierz pusty folder na nowy rejestr', open: 'Otwórz folder rejestru', proof: 'Dołącz dowód zakupu', import: 'Wybierz pliki do importu', export: 'Zapisz skoroszyt audytowy' },
} as const;

/** Native dialogs; the only place where file paths are chosen. */
export function electronDialogs(window: () => BrowserWindow | null, language: () => Language): Dialogs {
  const t = () => titles[language()];
  return {
    async chooseRegisterFolder(purpose) {
      const win = window();
      const options = {
        title: t()[purpose],
        properties: purpose === 'new' ? (['openDirectory', 'createDirectory', 'promptToCreate'] as const) : (['openDirectory'] as const),
      };
      const result = win ? await dialog.showOpenDialog(win, { ...options, properties: [...options.properties] }) : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFiles(purpose) {
      const win = window();
      const filters =
        purpose === 'import'
          ? [{ name: 'CSV / Excel', extensions: ['csv', 'txt', 'xlsx'] }]
          : [{ name: 'PDF / images / e-mail', extensions: ['pdf', 'png', 'jpg', 'jpeg', 'eml', 'msg', 'xml', 'txt', 'zip'] }];
      const options = { title: t()[purpose], filters, properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseSavePath(purpose, suggestedName) {
      const win = window();
      // Windows and macOS ask before replacing a file; Linux only when told to.
      const options = { title: t()[purpose], defaultPath: suggestedName, filters: [{ name: 'Excel', extensions: ['xlsx'] }], properties: ['showOverwriteConfirmation' as const] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    async showInFolder(path) {
      shell.showItemInFolder(path);
    },
    async openPath(path) {
      const error = await shell.openPath(path);
      if (error) throw new Error(error);
    },
  };
}
