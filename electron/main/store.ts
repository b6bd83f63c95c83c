import ElectronStore from 'electron-store';
import { adaptConf, confOptions, type JsonStoreFactory } from '../services/register/json-store';

/** In the app the register and settings files are written through electron-store. */
export const electronStoreFactory: JsonStoreFactory = (dir, name) => {
  const { configName: _ignored, ...options } = confOptions(dir, name);
  return adaptConf(new ElectronStore({ ...options, name }));
};
