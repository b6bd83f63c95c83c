/** Import service: read files from disk bytes; the pure preview/apply live in shared/import. */
export { parseImportFile, readImportFile } from './read';
export type { ParseResult, ReadOptions } from './read';
