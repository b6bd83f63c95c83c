import { z } from 'zod';
import { calendarDate } from '../domain/model';
import type { ComplianceReport } from '../licensing/types';

export const lastImportSchema = z.object({ takenAt: z.string(), sources: z.array(z.object({ fileName: z.string(), kind: z.string(), rows: z.number(), takenAt: z.string().optional() })) }).nullable();

export const complianceViewSchema = z.object({
  report: z.custom<ComplianceReport>(),
  lastImport: lastImportSchema,
  /** Whether shared mailboxes were counted as needing a CAL (a register setting). */
  countSharedMailboxes: z.boolean(),
});
export type ComplianceView = z.infer<typeof complianceViewSchema>;

export const complianceContract = {
  /** Position and findings as of a date (today when omitted); proof files are re-hashed when changed since the register last read them. */
  complianceReport: { input: z.object({ asOf: calendarDate.optional() }).strict(), output: complianceViewSchema },
  complianceSettings: { input: z.object({ countSharedMailboxes: z.boolean() }).strict(), output: complianceViewSchema, writes: true },
} as const;
