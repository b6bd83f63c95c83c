import type { Dialogs } from '../../../electron/services/app/context';

/** Dialogs the user cancels, every one: no folder, no files, no save path; showing and opening do nothing. */
export const cancelledDialogs: Dialogs = {
  chooseRegisterFolder: async () => null,
  chooseFiles: async () => [],
  chooseSavePath: async () => null,
  showInFolder: async () => undefined,
  openPath: async () => undefined,
};
