import type { Dialogs } from '../../../electron/services/app/context';
import type { RegisterStatus } from '../../../shared/contracts/register';
import type { Result } from '../../../shared/result';

/** Dialogs the user cancels, every one: no folder, no files, no save path; showing and opening do nothing. */
export const cancelledDialogs: Dialogs = {
  chooseRegisterFolder: async () => null,
  chooseFiles: async () => [],
  chooseSavePath: async () => null,
  showInFolder: async () => undefined,
  openPath: async () => undefined,
};

/** What a channel answered, as `T`; a refusal fails the test. */
export const valueOf = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
};

/** The status of an open register; any other state fails the test. */
export const openStatus = (status: RegisterStatus): Extract<RegisterStatus, { state: 'open' }> => {
  if (status.state !== 'open') throw new Error(`expected an open register, got ${status.state}`);
  return status;
};
