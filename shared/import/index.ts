/** Public API of the import's pure side (the Node readers live in electron/services/import). */
export { applyImport } from './apply';
export { changeCounts, isRealUpdate } from './counts';
export type { ChangeCounts } from './counts';
export { detectKind, mappingFingerprint, parseMappingArg, suggestMapping, requiredFields, confidentMatch } from './detect';
export type { ExplicitMapping, KindDetection } from './detect';
export { interpretFile, interpretSheet } from './interpret';
export type { InterpretOptions } from './interpret';
export { importMessage, importMessages, fillTemplate } from './messages';
export type { ImportMessageKey } from './messages';
export { previewImport } from './preview';
export type { PreviewOptions } from './preview';
export type * from './preview-types';
export { calProductFromText, productFromBuild } from './products';
export type * from './types';
export { defaultReadLimits, importKinds, purchaseFields, registerFields } from './types';
export { foldText, parseBool, parseDate, parseExchangeBuild, parseNumber, parseTimeSpanDays } from './values';
