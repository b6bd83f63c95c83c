import { contextBridge, ipcRenderer } from 'electron';
import { channelNames, ipcChannelName } from '../../shared/channels';
import type { CalRegisterBridge } from '../../shared/contract';

// One named method per contract channel; ipcRenderer itself is never exposed. The sandboxed
// preload may require only 'electron', so it takes the channel names, not the zod contract.
const api = Object.freeze(
  Object.fromEntries(channelNames.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(ipcChannelName(channel), input)])),
) as CalRegisterBridge;

contextBridge.exposeInMainWorld('calRegister', api);
