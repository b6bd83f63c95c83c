import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channels, ipcChannel } from '../../shared/contract';
import { fail } from '../../shared/result';
import type { AppCore } from '../services/app/app-core';
import { isTrustedSender } from './security';

/** One ipcMain handler per contract channel; each input is parsed by the core's dispatch, a register-bound one checked against the register open now (`invokeFromWindow`). */
export function registerIpc(core: AppCore, appEntry: () => string): () => void {
  const seen = new Set<string>();
  for (const channel of channels) {
    const name = ipcChannel(channel);
    if (seen.has(name)) throw new Error(`duplicate IPC channel ${name}`);
    seen.add(name);
    ipcMain.handle(name, async (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url, appEntry())) return fail('invalid-input', 'Untrusted sender.');
      return core.invokeFromWindow(channel, input);
    });
  }
  return () => {
    for (const name of seen) ipcMain.removeHandler(name);
  };
}
