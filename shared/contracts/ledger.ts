import { z } from 'zod';
import { schemaHints } from '../domain/hints';
import {
  activationSchema,
  assignmentSchema,
  coverageInput,
  enterpriseFeatureSchema,
  entityId,
  exchangeProductSchema,
  isoDate,
  calendarDate,
  calendarDay,
  licensingProgramSchema,
  personSchema,
  proofSchema,
  purchaseSchema,
  releaseReasonSchema,
  serverEditionSchema,
  serverSchema,
} from '../domain/model';

const none = z.object({}).strict();
const short = z.string().max(200);

export const serverInputSchema = z
  .object({
    id: entityId.optional(),
    name: z.string().trim().min(1).max(100),
    product: exchangeProductSchema,
    edition: serverEditionSchema,
    build: z.string().trim().max(40).regex(/^(\d+(\.\d+){1,3})?$/, schemaHints.build).default(''),
    activation: activationSchema,
    partialProductKey: z.string().trim().toUpperCase().regex(/^([A-Z0-9]{5})?$/, schemaHints.productKeyTail).default(''),
    notes: z.string().max(4000).default(''),
  })
  .strict();
export type ServerInput = z.input<typeof serverInputSchema>;

export const purchaseInputSchema = z
  .object({
    id: entityId.optional(),
    productId: z.string().min(1).max(80),
    quantity: z.number().int().min(1).max(1_000_000),
    date: calendarDay,
    vendor: short.default(''),
    // Trimmed: "FV/1 " is the document FV/1, found and printed as such.
    document: short.trim().default(''),
    program: licensingProgramSchema.default('retail'),
    coverage: coverageInput.default({ kind: 'perpetual' }),
    notes: z.string().max(4000).default(''),
  })
  .strict()
  // Software Assurance or a subscription runs from the purchase: an end before it is a typo (a year or the two dates swapped).
  .refine((p) => p.coverage.kind === 'perpetual' || p.coverage.until >= p.date, { message: schemaHints.coverageAfterPurchase, path: ['coverage', 'until'] });
export type PurchaseInput = z.input<typeof purchaseInputSchema>;

export const personInputSchema = z
  .object({
    id: entityId.optional(),
    givenName: short.default(''),
    surname: short.default(''),
    email: z.union([z.literal(''), z.string().trim().toLowerCase().email().max(200)]).default(''),
    login: short.default(''),
    department: short.default(''),
    external: z.boolean().default(false),
    externalNote: short.default(''),
    manualEnterpriseFeatures: z.array(enterpriseFeatureSchema).max(6).default([]),
    notes: z.string().max(4000).default(''),
  })
  .strict()
  .refine((p) => (p.givenName + p.surname).trim() !== '' || p.email !== '' || p.login.trim() !== '', schemaHints.personNamed);
export type PersonInput = z.input<typeof personInputSchema>;

export const assignmentRequestSchema = z
  .object({
    personId: entityId,
    purchaseId: entityId,
    assignedOn: calendarDate,
    /** Release reason of the seat's previous holder, when the wizard asked for it. */
    reason: releaseReasonSchema.nullable().default(null),
  })
  .strict();

export const ruleProblemSchema = z.object({ code: z.string(), message: z.string(), messageKey: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });
export type RuleProblemView = z.infer<typeof ruleProblemSchema>;
export const assignmentCheckSchema = z.object({ blocking: z.array(ruleProblemSchema), warnings: z.array(ruleProblemSchema) });

export const assignmentCreateSchema = z
  .object({
    personId: entityId,
    purchaseId: entityId,
    assignedOn: calendarDate,
    reason: releaseReasonSchema.nullable().default(null),
    notes: z.string().max(4000).default(''),
    verification: z.object({ accountEnabled: z.boolean(), hasMailbox: z.boolean() }).strict().nullable().default(null),
    /** Warnings (early reassignment, disabled account…) were shown and the user went ahead. */
    acceptWarnings: z.boolean().default(false),
  })
  .strict();
export type AssignmentCreateInput = z.input<typeof assignmentCreateSchema>;

export const releaseInputSchema = z
  .object({ assignmentId: entityId, releasedOn: calendarDate, reason: releaseReasonSchema, notes: z.string().max(4000).default('') })
  .strict();

/** A release the Release dialog is about to confirm: what it would leave (`releaseCheck` in the ledger service). */
export const releaseCheckInputSchema = releaseInputSchema.pick({ assignmentId: true, releasedOn: true }).strict();
export type ReleaseCheckInput = z.infer<typeof releaseCheckInputSchema>;
export const releaseCheckSchema = z.object({
  /** An Enterprise CAL the release leaves held without a Standard CAL from `from` on (until its own release `until`, if any). */
  enterpriseLeft: z.object({ assignmentId: z.string(), productId: z.string(), from: z.string(), until: z.string().nullable() }).nullable(),
});
export type ReleaseCheck = z.infer<typeof releaseCheckSchema>;

export const personLeaveInputSchema = z
  .object({
    personId: entityId,
    /** The leaving date; a planned date in the future is allowed. */
    leftOn: calendarDate,
    /** Release every CAL they still hold on that date with reason `left`. */
    releaseCals: z.boolean().default(true),
  })
  .strict();
export type PersonLeaveInput = z.input<typeof personLeaveInputSchema>;

export const proofStatusSchema = z.enum(['ok', 'missing', 'altered', 'unreadable']);
export const proofViewSchema = proofSchema.extend({ status: proofStatusSchema });
export type ProofView = z.infer<typeof proofViewSchema>;

export const purchaseViewSchema = purchaseSchema.extend({
  productName: z.string(),
  seatsUsed: z.number().int(),
  seatsFree: z.number().int(),
  proofs: z.array(proofViewSchema),
});
export type PurchaseView = z.infer<typeof purchaseViewSchema>;

/** An attach's lot, and each proof whose stored file the attach put right: it was missing, or not the file attached (changed, or a link). */
export const proofAttachResultSchema = z.object({
  purchase: purchaseViewSchema,
  repaired: z.array(z.object({ name: z.string(), found: z.enum(['missing', 'altered', 'unreadable']) }).strict()),
});
export type ProofAttachResult = z.infer<typeof proofAttachResultSchema>;

export const serverViewSchema = serverSchema.extend({ version: z.string(), endOfSupport: z.string().nullable() });
export type ServerView = z.infer<typeof serverViewSchema>;

/** A person as the Register table shows them: their active CALs flattened in. */
export const personRowSchema = personSchema.extend({
  activeCals: z.array(z.object({ assignmentId: z.string(), purchaseId: z.string(), productId: z.string(), productName: z.string(), assignedOn: z.string(), document: z.string() })),
  status: z.enum(['active', 'left']),
});
export type PersonRow = z.infer<typeof personRowSchema>;

/**
 * Which people's rows main would list now for the register open: the revision of its rows (moved on by every change
 * that may change someone's row, and at each opening; never the same number for other rows while main runs) and the
 * day they are built for (a leaving date or a booked release reached changes rows too). Equal to the `rowsAt` of a
 * list the window holds, that list is what main would send again.
 */
export const rowsAtSchema = z.object({ revision: z.number().int().nonnegative(), day: isoDate });
export type RowsAt = z.infer<typeof rowsAtSchema>;

/** Every person's row (`peopleList`), and which rows they are (`RowsAt`). */
export const peopleListSchema = z.object({ people: z.array(personRowSchema), rowsAt: rowsAtSchema });
export type PeopleList = z.infer<typeof peopleListSchema>;

/**
 * What a change of one person's row did to the rows (`RowsAt`): their revision before and after it, and the day the
 * answer's row was built for. A list at `before` for that day, with the answer's row in place, is the list at `after`;
 * any other list may miss changes it does not know of.
 */
export const rowsStepSchema = z.object({ before: z.number().int().nonnegative(), after: z.number().int().nonnegative(), day: isoDate });
export type RowsStep = z.infer<typeof rowsStepSchema>;

/** The answer to a person saved, marked as left or back: their row after it (`personRow`), and the step of the rows (`RowsStep`). */
export const personAnswerSchema = personRowSchema.extend({ rowsStep: rowsStepSchema });
export type PersonAnswer = z.infer<typeof personAnswerSchema>;

/**
 * The answer to an assignment created or released: the assignment, with its holder's row after the change (`personRow`),
 * which the Register's list takes in place of the old one instead of asking for every person again. Null only for a
 * release whose person the register does not hold (a register changed outside the app): such a person has no row.
 * `rowsStep`: what the change did to the rows (`RowsStep`); no one's but the holder's changed.
 */
export const assignmentAnswerSchema = assignmentSchema.extend({ holder: personRowSchema.nullable(), rowsStep: rowsStepSchema });
export type AssignmentAnswer = z.infer<typeof assignmentAnswerSchema>;

export const historyEntrySchema = z.object({
  at: z.string(),
  kind: z.enum(['assigned', 'released']),
  assignmentId: z.string(),
  productName: z.string(),
  document: z.string(),
  reason: z.string().nullable(),
  notes: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const checklistPointSchema = z.object({
  id: z.enum(['server-active', 'account-and-mailbox', 'users-within-cals', 'documented', 'proof-of-purchase']),
  passed: z.boolean(),
  /** English reason; the UI translates `id` + `reasonKey` with `params`. */
  reason: z.string(),
  reasonKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ChecklistPoint = z.infer<typeof checklistPointSchema>;

export const ledgerContract = {
  serversList: { input: none, output: z.array(serverViewSchema) },
  serverSave: { input: serverInputSchema, output: serverViewSchema, writes: true },
  serverVerify: { input: z.object({ id: entityId, verifiedBy: z.string().trim().min(1).max(200) }).strict(), output: serverViewSchema, writes: true },
  purchasesList: { input: none, output: z.array(purchaseViewSchema) },
  purchaseSave: { input: purchaseInputSchema, output: purchaseViewSchema, writes: true },
  purchaseVoid: { input: z.object({ id: entityId, reason: z.string().trim().min(1).max(200) }).strict(), output: purchaseViewSchema, writes: true },
  /** Main shows a file dialog; the renderer names only the purchase. */
  proofAttach: { input: z.object({ purchaseId: entityId }).strict(), output: proofAttachResultSchema, writes: true },
  proofShow: { input: z.object({ proofId: entityId }).strict(), output: z.null() },
  /** Removes one proof from one lot; its record and its file in proofs/ are kept (the renderer names ids, never a path). */
  proofDetach: { input: z.object({ purchaseId: entityId, proofId: entityId }).strict(), output: purchaseViewSchema, writes: true },
  peopleList: { input: none, output: peopleListSchema },
  personSave: { input: personInputSchema, output: personAnswerSchema, writes: true },
  personHistory: { input: z.object({ personId: entityId }).strict(), output: z.array(historyEntrySchema) },
  /** Records that the person left (optionally releasing their CALs with reason `left`). */
  personLeave: { input: personLeaveInputSchema, output: personAnswerSchema, writes: true },
  /** Undoes a recorded departure; released CALs stay released. */
  personReturn: { input: z.object({ personId: entityId }).strict(), output: personAnswerSchema, writes: true },
  assignmentCheck: { input: assignmentRequestSchema, output: assignmentCheckSchema },
  assignmentCreate: { input: assignmentCreateSchema, output: assignmentAnswerSchema, writes: true },
  /** Reads only: what releasing the CAL on the day would leave, for the Release dialog to say before it confirms. */
  assignmentReleaseCheck: { input: releaseCheckInputSchema, output: releaseCheckSchema },
  assignmentRelease: { input: releaseInputSchema, output: assignmentAnswerSchema, writes: true },
  /** `serverId`: the server the wizard verified, judged alone at its end. */
  assignmentChecklist: { input: z.object({ assignmentId: entityId, serverId: entityId.optional() }).strict(), output: z.array(checklistPointSchema) },
} as const;
