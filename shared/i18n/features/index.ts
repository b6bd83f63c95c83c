import type { MessageCatalog } from '../catalog';
import * as assign from './assign';
import * as compliance from './compliance';
import * as exportScreen from './export';
import * as findings from './findings';
import * as help from './help';
import * as importScreen from './import';
import * as ledger from './ledger';
import * as purchases from './purchases';
import * as register from './register';
import * as servers from './servers';

/** Feature catalogs, each `{ en, pl }` under its own top-level namespace; merged into the UI catalogs. */
export const featureCatalogs = [ledger, servers, purchases, register, assign, importScreen, findings, exportScreen, compliance, help] as const satisfies readonly { en: MessageCatalog; pl: MessageCatalog }[];

export const featuresEn = Object.assign({}, ...featureCatalogs.map((c) => c.en)) as MessageCatalog;
export const featuresPl = Object.assign({}, ...featureCatalogs.map((c) => c.pl)) as MessageCatalog;
