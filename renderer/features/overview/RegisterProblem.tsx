import {
  Button,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { ArrowCounterclockwise20Regular, DocumentAdd20Regular, FolderOpen20Regular, History20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { RegisterStatus } from '../../../shared/contracts/register';
import { useSessionStore } from '../../app/sessionStore';
import { useFormatters } from '../../i18n/format';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { useOverviewStore } from './store';
import { useOverviewStyles } from './styles';

type Problem = Extract<RegisterStatus, { state: 'problem' }>;

/** Why the register could not be opened, where the damaged file went, and the way out: a backup or another register. */
export function RegisterProblem({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  const styles = useOverviewStyles();
  const format = useFormatters();
  const askRestore = useOverviewStore((s) => s.askRestore);
  const openRegister = useSessionStore((s) => s.openRegister);
  const newRegister = useSessionStore((s) => s.newRegister);
  const busy = useSessionStore((s) => s.busy);
  const newestFirst = [...problem.backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <>
      <MessageBar intent="error" layout="multiline" data-testid="register-problem">
        <MessageBarBody>
          <MessageBarTitle>{t('problem.title')}</MessageBarTitle>
          <div>{t(`problem.${problem.code}`)}</div>
          {problem.movedTo && (
            <div data-testid="register-moved-to">
              {t('problem.movedTo', { path: problem.movedTo })}
            </div>
          )}
          <div className={styles.path}>{t('problem.registerPath', { path: problem.path })}</div>
        </MessageBarBody>
      </MessageBar>

      <div className={styles.actions}>
        <Button appearance="primary" icon={<FolderOpen20Regular />} onClick={() => void openRegister()} disabled={busy} data-testid="problem-open-another">
          {t('problem.openAnother')}
        </Button>
        <Button icon={<DocumentAdd20Regular />} onClick={() => void newRegister()} disabled={busy}>
          {t('problem.newRegister')}
        </Button>
      </div>

      <Card className={styles.card} aria-labelledby="backups-title">
        <CardHeader
          image={<History20Regular aria-hidden />}
          header={
            <Text as="h2" id="backups-title" weight="semibold" size={400} className={styles.cardTitle}>
              {t('problem.backupsTitle')}
            </Text>
          }
        />
        {newestFirst.length === 0 ? (
          <Text>{t('problem.backupsEmpty')}</Text>
        ) : (
          <Table aria-labelledby="backups-title" size="small" data-testid="backup-list">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('problem.backupCreatedAt')}</TableHeaderCell>
                <TableHeaderCell>{t('problem.backupSize')}</TableHeaderCell>
                <TableHeaderCell>{t('problem.backupActions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {newestFirst.map((backup) => {
                const when = format.dateTime(backup.createdAt);
                return (
                  <TableRow key={backup.id}>
                    <TableCell>{when}</TableCell>
                    <TableCell>{format.bytes(backup.size)}</TableCell>
                    <TableCell>
                      <Button
                        size="small"
                        icon={<ArrowCounterclockwise20Regular />}
                        aria-label={t('problem.restoreBackup', { date: when })}
                        onClick={() => askRestore(backup)}
                        disabled={busy}
                      >
                        {t('common.restore')}
                      </Button>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </Card>
      <RestoreBackupDialog />
    </>
  );
}
