import { z } from 'zod';
import { exportChoicesSchema, sheetIds } from '../export/types';

export const exportProgressSchema = z.object({
  running: z.boolean(),
  rowsWritten: z.number().int(),
  totalRows: z.number().int(),
  sheetIndex: z.number().int(),
  sheetCount: z.number().int(),
});
export type ExportProgressView = z.infer<typeof exportProgressSchema>;

export const exportContract = {
  /** Sheets that can be exported now (Findings/Checklist need data to exist). */
  exportSheets: { input: z.object({}).strict(), output: z.array(z.enum(sheetIds)) },
  /** Main shows the save dialog, then writes the workbook; the renderer never names a path. The workbook is of the register the window has open, or none. */
  exportWorkbook: {
    input: exportChoicesSchema,
    output: z.object({ fileName: z.string(), sheets: z.array(z.string()), rows: z.number().int() }),
    ofOpenRegister: true,
  },
  /** Polled by the Export screen while a large workbook is written. */
  exportProgress: { input: z.object({}).strict(), output: exportProgressSchema },
  /** Shows the last exported workbook in the OS file manager. */
  exportShowInFolder: { input: z.object({}).strict(), output: z.null() },
} as const;
