import { z } from 'zod';
import { isCalendarDate, isPlausibleDate } from '../licensing/dates';
import { schemaHints } from './hints';

/** Calendar date as the user means it, no time zone: `YYYY-MM-DD`. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, schemaHints.isoDate);
/**
 * A real day of any year: a purchase's date, which an edit sends back as it is stored. Its year is
 * held to 1990–2099 by the service only when it changes (`savePurchase`), so a lot imported with
 * an older date can still be edited.
 */
export const calendarDay = isoDate.refine(isCalendarDate, schemaHints.calendarDay);
/**
 * A calendar date a person gives (IPC and CLI inputs): `YYYY-MM-DD` that is a real day of a year
 * from 1990 to 2099, so no 2024-02-30 or 0224-03-01 enters the register. Stored documents keep
 * `isoDate` (the pattern alone), so a register written before these checks still opens.
 */
export const calendarDate = calendarDay.refine(isPlausibleDate, schemaHints.plausibleYear);
/** A moment in time, ISO 8601 with zone (what `Date.prototype.toISOString` gives). */
export const isoTime = z.string().min(10).max(40);
export const entityId = z.string().min(1).max(64);

/** The longest name, address, login or document number a register keeps (characters). */
export const SHORT_TEXT_MAX = 200;
/** The longest note a register keeps (characters). */
export const LONG_TEXT_MAX = 4000;
const shortText = z.string().max(SHORT_TEXT_MAX);
const longText = z.string().max(LONG_TEXT_MAX);

export const organizationSchema = z.object({
  name: z.string().trim().min(1).max(200),
  taxId: shortText.default(''),
  address: z.string().max(500).default(''),
  contact: shortText.default(''),
});
export type Organization = z.infer<typeof organizationSchema>;

export const exchangeProducts = ['Exchange Server 2016', 'Exchange Server 2019', 'Exchange Server SE'] as const;
export const exchangeProductSchema = z.enum(exchangeProducts);
export type ExchangeProduct = z.infer<typeof exchangeProductSchema>;

export const serverEditionSchema = z.enum(['Standard', 'Enterprise']);
export type ServerEdition = z.infer<typeof serverEditionSchema>;

export const activationSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('activated') }),
  z.object({ state: z.literal('trial'), daysLeft: z.number().int().min(0).max(365), asOf: isoDate }),
  z.object({ state: z.literal('trial-expired') }),
  z.object({ state: z.literal('unknown') }),
]);
export type Activation = z.infer<typeof activationSchema>;

export const sourceSchema = z.enum(['manual', 'import']);

export const serverSchema = z.object({
  id: entityId,
  name: z.string().trim().min(1).max(100),
  product: exchangeProductSchema,
  edition: serverEditionSchema,
  build: z.string().max(40).default(''),
  activation: activationSchema,
  /** Last five characters of the product key only; never the whole key. */
  partialProductKey: z.string().regex(/^[A-Z0-9]{5}$/).or(z.literal('')).default(''),
  verifiedAt: isoTime.nullable().default(null),
  verifiedBy: shortText.default(''),
  source: sourceSchema.default('manual'),
  notes: longText.default(''),
  retiredOn: isoDate.nullable().default(null),
});
export type Server = z.infer<typeof serverSchema>;

export const licensingProgramSchema = z.enum(['retail', 'oem', 'volume', 'csp']);
/** A lot's coverage with its end as `day` checks it: the pattern alone as stored, a real day as given (`coverageInput`). */
function coverageOf(day: typeof isoDate) {
  return z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('perpetual') }),
    z.object({ kind: z.literal('software-assurance'), until: day }),
    z.object({ kind: z.literal('subscription'), until: day }),
  ]);
}
export const coverageSchema = coverageOf(isoDate);
/**
 * Coverage as an edit sends it: its end a real day. Its year is held to 1990–2099 by the service only when
 * it changes (`savePurchase`), as the purchase's date is.
 */
export const coverageInput = coverageOf(calendarDay);
export type Coverage = z.infer<typeof coverageSchema>;

export const purchaseSchema = z.object({
  id: entityId,
  /** Catalog product id, see shared/licensing/catalog.ts. */
  productId: z.string().min(1).max(80),
  quantity: z.number().int().min(1).max(1_000_000),
  date: isoDate,
  vendor: shortText.default(''),
  document: shortText.default(''),
  program: licensingProgramSchema.default('retail'),
  coverage: coverageSchema.default({ kind: 'perpetual' }),
  notes: longText.default(''),
  proofIds: z.array(entityId).default([]),
  voidedAt: isoTime.nullable().default(null),
  voidReason: shortText.default(''),
});
export type Purchase = z.infer<typeof purchaseSchema>;

export const mailboxTypeSchema = z.string().max(60);

/** What the last import said about a person; absent when never imported. */
export const directoryFactsSchema = z.object({
  accountEnabled: z.boolean().nullable().default(null),
  mailboxType: mailboxTypeSchema.nullable().default(null),
  archive: z.boolean().nullable().default(null),
  litigationHold: z.boolean().nullable().default(null),
  inPlaceHold: z.boolean().nullable().default(null),
  seenAt: isoTime.nullable().default(null),
  snapshotId: entityId.nullable().default(null),
});
export type DirectoryFacts = z.infer<typeof directoryFactsSchema>;

export const enterpriseFeatureSchema = z.enum(['archive', 'hold', 'dlp', 'retention', 'journaling', 'unified-messaging']);

export const personSchema = z.object({
  id: entityId,
  givenName: shortText.default(''),
  surname: shortText.default(''),
  email: shortText.default(''),
  login: shortText.default(''),
  department: shortText.default(''),
  leftOn: isoDate.nullable().default(null),
  external: z.boolean().default(false),
  externalNote: shortText.default(''),
  /** Enterprise features the admin records by hand (DLP, retention, journaling…). */
  manualEnterpriseFeatures: z.array(enterpriseFeatureSchema).default([]),
  directory: directoryFactsSchema.nullable().default(null),
  notes: longText.default(''),
});
export type Person = z.infer<typeof personSchema>;

export const releaseReasonSchema = z.enum(['left', 'absence-cover', 'hardware-failure', 'role-change', 'other']);
export type ReleaseReason = z.infer<typeof releaseReasonSchema>;

export const assignmentSchema = z.object({
  id: entityId,
  personId: entityId,
  purchaseId: entityId,
  assignedOn: isoDate,
  releasedOn: isoDate.nullable().default(null),
  releaseReason: releaseReasonSchema.nullable().default(null),
  notes: longText.default(''),
  /** What was said when the CAL was released (schema 3); before, it was added to `notes`. */
  releaseNotes: longText.default(''),
  /** Answers of the wizard's verification step at the time of assignment. */
  verification: z
    .object({ accountEnabled: z.boolean(), hasMailbox: z.boolean(), checkedAt: isoTime })
    .nullable()
    .default(null),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const proofSchema = z.object({
  id: entityId,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  originalName: z.string().max(260),
  extension: z.string().max(10),
  size: z.number().int().min(0),
  mediaType: z.string().max(100).default('application/octet-stream'),
  addedAt: isoTime,
});
export type Proof = z.infer<typeof proofSchema>;

export const inventoryMailboxSchema = z.object({
  displayName: z.string().default(''),
  email: z.string().default(''),
  upn: z.string().default(''),
  login: z.string().default(''),
  recipientType: z.string().default(''),
  archive: z.boolean().nullable().default(null),
  litigationHold: z.boolean().nullable().default(null),
  inPlaceHold: z.boolean().nullable().default(null),
});
export type InventoryMailbox = z.infer<typeof inventoryMailboxSchema>;

export const inventoryUserSchema = z.object({
  givenName: z.string().default(''),
  surname: z.string().default(''),
  login: z.string().default(''),
  upn: z.string().default(''),
  email: z.string().default(''),
  enabled: z.boolean().nullable().default(null),
  department: z.string().default(''),
});
export type InventoryUser = z.infer<typeof inventoryUserSchema>;

export const inventorySnapshotSchema = z.object({
  id: entityId,
  takenAt: isoTime,
  /**
   * The files the rows came from. An import without a mailbox, AD or CAL usage export keeps the
   * rows of those kinds from the snapshot before it, with their sources; such a carried source
   * says when its rows were read (`takenAt`), where a source of this import has none.
   */
  sources: z.array(z.object({ fileName: z.string(), sha256: z.string(), kind: z.string(), rows: z.number().int(), takenAt: isoTime.optional() })),
  mailboxes: z.array(inventoryMailboxSchema).default([]),
  users: z.array(inventoryUserSchema).default([]),
  /** Exchange's own CAL usage figures: license name → count. */
  exchangeCalCounts: z.record(z.string(), z.number()).default({}),
});
export type InventorySnapshot = z.infer<typeof inventorySnapshotSchema>;

export const auditEventSchema = z.object({
  seq: z.number().int().min(1),
  at: isoTime,
  actor: z.string().max(200),
  action: z.string().max(80),
  subject: z.string().max(200).default(''),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  /** SHA-256 of the previous event's canonical JSON (64 zeros for the first). */
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const registerSettingsSchema = z.object({
  countSharedMailboxes: z.boolean().default(false),
  /** Column mappings remembered per import fingerprint. */
  importMappings: z.record(z.string(), z.record(z.string(), z.string())).default({}),
});

/**
 * 2: people, assignments and inventory rows are stored as tables on disk (electron/services/register/disk-tables.ts).
 * 3: an assignment keeps the notes of its release apart from its own (`releaseNotes`).
 */
export const CURRENT_SCHEMA_VERSION = 3;

export const registerDocumentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  registerId: entityId,
  createdAt: isoTime,
  organization: organizationSchema,
  settings: registerSettingsSchema.default({ countSharedMailboxes: false, importMappings: {} }),
  servers: z.array(serverSchema).default([]),
  purchases: z.array(purchaseSchema).default([]),
  people: z.array(personSchema).default([]),
  assignments: z.array(assignmentSchema).default([]),
  proofs: z.array(proofSchema).default([]),
  inventory: z.array(inventorySnapshotSchema).default([]),
  audit: z.array(auditEventSchema).default([]),
});
export type RegisterDocument = z.infer<typeof registerDocumentSchema>;
