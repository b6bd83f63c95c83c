import { contextBridge, ipcRenderer } from 'electron';
import { channels, ipcChannel, type CalRegisterApi } from '../../shared/contract';

// One named method per contract channel; ipcRenderer itself is never exposed.
const api = Object.freeze(
  Object.fromEntries(channels.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(ipcChannel(channel), input)])),
) as CalRegisterApi;

contextBridge.exposeInMainWorld('calRegister', api);
