import { z } from 'zod';
import type { ImportPreview } from '../import/preview-types';
import type { ReadError } from '../import/types';

/** The preview without the raw snapshot rows (those stay in main until commit). */
export type ImportPreviewView = Omit<ImportPreview, 'snapshot'> & {
  snapshot: { mailboxes: number; users: number; sources: ImportPreview['snapshot']['sources'] };
};

export const importSessionSchema = z.object({
  token: z.string(),
  preview: z.custom<ImportPreviewView>(),
  errors: z.array(z.custom<ReadError>()),
});
export type ImportSessionView = z.infer<typeof importSessionSchema>;

const token = z.string().min(8).max(64);

export const importContract = {
  /** Main shows the file dialog, reads the files and previews them; nothing is written. */
  importPick: { input: z.object({}).strict(), output: importSessionSchema },
  /** Re-reads one file's hand-kept sheet with a column mapping (header → field). */
  importRemap: {
    input: z.object({ token, fileName: z.string().min(1).max(260), mapping: z.record(z.string().max(200), z.string().max(40)) }).strict(),
    output: importSessionSchema,
  },
  importCommit: {
    input: z
      .object({
        token,
        decisions: z
          .object({
            ambiguous: z.record(z.string(), z.discriminatedUnion('action', [z.object({ action: z.literal('merge'), personId: z.string() }).strict(), z.object({ action: z.literal('new') }).strict(), z.object({ action: z.literal('skip') }).strict()])).default({}),
            exclude: z.array(z.string()).max(1_000_000).default([]),
          })
          .strict(),
      })
      .strict(),
    output: z.object({ snapshotId: z.string(), newPeople: z.number(), updatedPeople: z.number(), servers: z.number(), purchases: z.number(), assignments: z.number(), releasedAssignments: z.number(), assumedDates: z.number() }),
    writes: true,
  },
  importCancel: { input: z.object({ token }).strict(), output: z.null() },
} as const;
