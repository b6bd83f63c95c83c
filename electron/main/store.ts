import ElectronStore from 'electron-store';
import { adaptConf, confOptions, type JsonStoreFactory } from '../services/register/json-store';

/** In the app the settings file is named through electron-store (a register's file by `registerFileStore`); `writeJsonAtomic` writes both. */
export const electronStoreFactory: JsonStoreFactory = (dir, name) => {
  const { configName: _ignored, ...options } = confOptions(dir, name);
  return adaptConf(new ElectronStore({ ...options, name }));
};
