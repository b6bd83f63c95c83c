import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { ArrowCounterclockwise20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/contracts/register';
import { useFormatters } from '../../i18n/format';

/**
 * A register's backups, newest first: when each was written, why (in words), its size, and Restore. On the problem screen
 * of a register that cannot be opened, and in File ▸ Restore from a backup… for the open one.
 */
export function BackupTable({
  backups,
  busy,
  onRestore,
  ...label
}: { backups: readonly BackupInfo[]; busy: boolean; onRestore: (backup: BackupInfo) => void } & ({ 'aria-labelledby': string } | { 'aria-label': string })) {
  const { t } = useTranslation();
  const format = useFormatters();
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Table {...label} size="small" data-testid="backup-list">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('problem.backupCreatedAt')}</TableHeaderCell>
          <TableHeaderCell>{t('problem.backupKind')}</TableHeaderCell>
          <TableHeaderCell>{t('problem.backupSize')}</TableHeaderCell>
          <TableHeaderCell>{t('problem.backupActions')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {newestFirst.map((backup) => {
          const when = format.dateTime(backup.createdAt);
          const kind = t(`problem.backupKinds.${backup.kind ?? 'other'}`);
          return (
            <TableRow key={backup.id} data-testid={`backup-${backup.id}`}>
              <TableCell>{when}</TableCell>
              <TableCell>{kind}</TableCell>
              <TableCell>{format.bytes(backup.size)}</TableCell>
              <TableCell>
                <Button
                  size="small"
                  icon={<ArrowCounterclockwise20Regular />}
                  aria-label={t('problem.restoreBackup', { date: when, kind })}
                  onClick={() => onRestore(backup)}
                  disabledFocusable={busy}
                >
                  {t('common.restore')}
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
