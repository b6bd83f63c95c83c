import { basename } from 'node:path';
import type { FeatureHandlers } from '../../../../shared/contract';
import type { exportContract, ExportProgressView } from '../../../../shared/contracts/export';
import { sheetIds } from '../../../../shared/export/types';
import { translator } from '../../../../shared/export/labels';
import { keyedError } from '../../../../shared/errors/messages';
import { DomainError } from '../../../../shared/result';
import { exportAuditWorkbook } from '../../export/audit-export';
import type { AppContext } from '../context';

const idle: ExportProgressView = { running: false, rowsWritten: 0, totalRows: 0, sheetIndex: 0, sheetCount: 0 };

export function exportHandlers(ctx: AppContext): FeatureHandlers<typeof exportContract> {
  let progress = idle;
  let lastPath: string | null = null;
  return {
    // Checklist and Findings are always computed from the register, so every sheet can be offered.
    exportSheets: () => [...sheetIds],
    exportWorkbook: async (choices) => {
      const taken = ctx.session.require();
      if (progress.running) throw keyedError('conflict', 'export-running');
      // Named in the workbook's language, as its sheets are; characters Windows refuses in a file name are left out.
      const organization = taken.document.organization.name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'register';
      const suggested = `${translator(choices.lang)('workbook.fileName', { organization, date: choices.asOf })}.xlsx`;
      const path = await ctx.options.dialogs.chooseSavePath('export', suggested);
      if (!path) throw new DomainError('cancelled', 'No file was chosen.');
      // The workbook of the register it was asked for, never of one opened while the dialog was open, nor of a closed
      // register's folder (its proof files, read for it, are no longer this app's to trust).
      const register = ctx.session.stillOpen(taken, { writes: false });
      progress = { ...idle, running: true };
      try {
        const result = await exportAuditWorkbook(register, choices, path, (p) => {
          progress = { running: true, rowsWritten: p.rowsWritten, totalRows: p.totalRows, sheetIndex: p.sheetIndex, sheetCount: p.sheetCount };
        });
        lastPath = result.path;
        return { fileName: basename(result.path), sheets: result.sheets, rows: result.rows };
      } catch (error) {
        // The path chosen stays in main, as on success: the renderer gets the file's name.
        if (!(error instanceof DomainError) || typeof error.detail?.path !== 'string') throw error;
        const { path: _chosen, ...detail } = error.detail;
        throw new DomainError(error.code, error.message, { ...detail, fileName: basename(path) });
      } finally {
        progress = idle;
      }
    },
    exportProgress: () => progress,
    exportShowInFolder: async () => {
      if (!lastPath) throw keyedError('not-found', 'export-none-yet');
      await ctx.options.dialogs.showInFolder(lastPath);
      return null;
    },
  };
}
