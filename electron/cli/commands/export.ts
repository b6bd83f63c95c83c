import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportChoicesSchema } from '../../../shared/export/types';
import { exportAuditWorkbook } from '../../services/export/audit-export';
import { localDate } from '../../services/ledger/ledger';
import { givenDate, isFolder, onlyRegisterDir, ownArgs, UsageError, withRegister, type Io } from '../context';
import { cliLanguage, issueReason, msg } from '../messages';

export const exportHelp = (): string => msg('helpExport');

export async function runExport(args: string[], io: Io): Promise<number> {
  const options = { out: { type: 'string' }, lang: { type: 'string', default: cliLanguage() }, 'prepared-by': { type: 'string', default: '' }, 'as-of': { type: 'string' }, json: { type: 'boolean', default: false } } as const;
  const { values, positionals } = parseArgs({ args: ownArgs(args, options), allowPositionals: true, options });
  const dir = onlyRegisterDir(positionals);
  if (!values.out) throw new UsageError(msg('outRequired'));
  if (!values.out.toLowerCase().endsWith('.xlsx')) throw new UsageError(msg('outNotXlsx'));
  // The date as every command checks one (`givenDate`): its shape, a day the calendar has, a year that is no typo.
  const asOf = values['as-of'] === undefined ? localDate(new Date()) : givenDate(values['as-of'], '--as-of');
  const choices = exportChoicesSchema.safeParse({ lang: values.lang, preparedBy: values['prepared-by'], asOf });
  if (!choices.success) {
    const issue = choices.error.issues[0];
    throw new UsageError(msg('badOption', { flag: issue?.path[0] === 'asOf' ? 'as-of' : issue?.path[0] === 'preparedBy' ? 'prepared-by' : String(issue?.path[0] ?? 'lang'), problem: issueReason(issue?.message ?? 'invalid') }));
  }
  const out = resolve(values.out);
  // A folder that is not there (mistyped, a stick not plugged in) is named before the register is read; the save would say only ENOENT.
  if (!isFolder(dirname(out))) throw new UsageError(msg('outFolderMissing', { folder: dirname(out) }));
  let lastShown = -1;
  const result = await withRegister(dir, io, (register) =>
    exportAuditWorkbook(register, choices.data, out, (p) => {
      const pct = p.totalRows ? Math.floor((p.rowsWritten / p.totalRows) * 10) * 10 : 100;
      if (p.totalRows > 5000 && pct !== lastShown) {
        lastShown = pct;
        io.err(`… ${pct}%`);
      }
    }),
    { readOnly: true },
  );
  if (values.json) io.out(JSON.stringify(result));
  io.err(msg('exportWrote', { path: result.path, sheets: result.sheets.join(', '), rows: result.rows }));
  return 0;
}
