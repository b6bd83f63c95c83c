import { z } from 'zod';

export const diagnosticsTextSchema = z.object({
  /** Plain text for the clipboard: versions, register counts, the end of the log (e-mails masked). */
  text: z.string(),
});

export const diagnosticsContract = {
  /** "Copy diagnostics": main builds the text; the renderer puts it on the clipboard. */
  diagnosticsCopy: { input: z.object({}).strict(), output: diagnosticsTextSchema },
} as const;
