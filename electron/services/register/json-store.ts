import Conf from 'conf';

/**
 * The file a register (or the app settings) is written to. In the app it is an
 * electron-store instance, in the CLI and tests a conf instance: both write atomically
 * (temp file + fsync + rename, through `atomically`).
 */
export interface JsonFileStore {
  readonly path: string;
  replace(value: object): void;
}

export type JsonStoreFactory = (dir: string, name: string) => JsonFileStore;

/** What both Conf and ElectronStore expose (ElectronStore extends Conf). */
type ConfLike = { readonly path: string };

/**
 * Adapts a Conf instance as a whole-document writer. We read and validate the file
 * ourselves (conf would reset or throw on a bad file); we use conf for its atomic write.
 * The public `store` setter re-reads and re-parses the file before every write to keep
 * conf's internal key; the register never uses that key, so we call the writer directly.
 */
export function adaptConf(conf: ConfLike): JsonFileStore {
  const writer = conf as unknown as { _write(value: unknown): void };
  return {
    path: conf.path,
    replace(value) {
      writer._write(value);
    },
  };
}

/** Options that make conf a plain atomic writer of a JSON document we validate ourselves. */
export const confOptions = (dir: string, name: string) => ({
  cwd: dir,
  configName: name,
  fileExtension: 'json',
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
  watch: false,
  serialize: (value: unknown) => JSON.stringify(value),
  // conf parses the file once in its constructor; we parse and validate it ourselves first.
  deserialize: () => ({}),
});

export const confStoreFactory: JsonStoreFactory = (dir, name) => adaptConf(new Conf(confOptions(dir, name)));
