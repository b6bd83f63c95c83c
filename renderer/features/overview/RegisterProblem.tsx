import { Button, Card, CardHeader, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import {
  ArrowClockwise20Regular,
  DocumentAdd20Regular,
  Eye20Regular,
  FolderOpen20Regular,
  History20Regular,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { RegisterStatus } from '../../../shared/contracts/register';
import { useSessionStore } from '../../app/sessionStore';
import { useFormatters } from '../../i18n/format';
import { readFailure } from '../../../shared/errors/read-failure';
import { BackupTable } from './BackupTable';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { TakeOverLockButton } from './TakeOverLockDialog';
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
  const retryOpen = useSessionStore((s) => s.retryOpen);
  const openReadOnly = useSessionStore((s) => s.openReadOnly);
  const busy = useSessionStore((s) => s.busy);
  // A lock released or a folder back online: the same register may open now. A damaged or too-new file will not.
  const retryable = problem.code === 'register-locked' || problem.code === 'io-error';
  // A folder named register.json: nothing opens, reads or restores there until it is moved, and then Try again finds the backups.
  const fileIsFolder = problem.messageKey === 'register-file-is-folder';
  // A register that could not be made (the default one at start, on a full disk): nothing there to read or restore.
  const readable = retryable && !fileIsFolder && problem.notMade !== true;
  const { lock } = problem;

  return (
    <>
      <MessageBar intent="error" layout="multiline" data-testid="register-problem">
        <MessageBarBody>
          <MessageBarTitle>{t('problem.title')}</MessageBarTitle>
          <div>{t(fileIsFolder ? 'problem.fileIsFolder' : problem.notMade ? 'problem.notMade' : `problem.${problem.code}`)}</div>
          {lock && (
            <div data-testid="register-lock-holder">
              {t(lock.pid === null ? 'problem.lockHolderNoPid' : 'problem.lockHolder', { host: lock.host, pid: lock.pid, since: format.dateTime(lock.since) })}
            </div>
          )}
          {problem.code === 'register-locked' && <div>{t(lock?.runningHere ? 'problem.lockHintRunningHere' : 'problem.lockHint')}</div>}
          {problem.code === 'register-too-new' && <div data-testid="register-too-new-hint">{t('problem.tooNewHint')}</div>}
          {readable && <div>{t('problem.readOnlyHint')}</div>}
          {problem.osCode && problem.osCode !== 'UNKNOWN' && <div data-testid="register-os-code">{t('problem.osCode', { osCode: problem.osCode })}</div>}
          {problem.movedTo ? (
            <div data-testid="register-moved-to">
              {t('problem.movedTo', { path: problem.movedTo })}
            </div>
          ) : (
            // A damaged register opened only to be read is left in place (register-store keepInPlace), and said so.
            problem.code === 'register-corrupt' && <div data-testid="register-kept-in-place">{t('problem.keptInPlace')}</div>
          )}
          {problem.reason && <ReadFailureText reason={problem.reason} className={styles.path} />}
          <div className={styles.path}>{t('problem.registerPath', { path: problem.path })}</div>
        </MessageBarBody>
      </MessageBar>

      <div className={styles.actions}>
        {retryable && (
          <Button appearance="primary" icon={<ArrowClockwise20Regular />} onClick={() => void retryOpen()} disabledFocusable={busy} data-testid="problem-retry">
            {t('problem.retry')}
          </Button>
        )}
        {problem.code === 'register-locked' && !lock?.runningHere && <TakeOverLockButton host={lock?.host ?? '—'} testId="problem-take-over" />}
        {readable && (
          <Button icon={<Eye20Regular />} onClick={() => void openReadOnly()} disabledFocusable={busy} data-testid="problem-open-read-only">
            {t('problem.openReadOnly')}
          </Button>
        )}
        <Button appearance={retryable ? 'secondary' : 'primary'} icon={<FolderOpen20Regular />} onClick={() => void openRegister()} disabledFocusable={busy} data-testid="problem-open-another">
          {t('problem.openAnother')}
        </Button>
        <Button icon={<DocumentAdd20Regular />} onClick={() => void newRegister()} disabledFocusable={busy}>
          {t('problem.newRegister')}
        </Button>
      </div>

      {/* A locked register is not damaged: restoring a backup over it would only be refused by the same lock. Nor is a newer
          one, which main never overwrites (restoreBackup refuses it). */}
      {problem.code !== 'register-locked' && problem.code !== 'register-too-new' && !fileIsFolder && !problem.notMade && (
        <Card className={styles.card} aria-labelledby="backups-title">
          <CardHeader
            image={<History20Regular aria-hidden />}
            header={
              <Text as="h2" id="backups-title" weight="semibold" size={400} className={styles.cardTitle}>
                {t('problem.backupsTitle')}
              </Text>
            }
          />
          {problem.backups.length === 0 ? (
            <Text>{t('problem.backupsEmpty')}</Text>
          ) : (
            <BackupTable backups={problem.backups} aria-labelledby="backups-title" busy={busy} onRestore={askRestore} />
          )}
        </Card>
      )}
      <RestoreBackupDialog />
    </>
  );
}

/** Why the file could not be read: a JSON reader's failure in the UI language, anything else quoted as the reader put it, and said to be so. */
function ReadFailureText({ reason, className }: { reason: string; className: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const failure = readFailure(reason);
  if (!failure) {
    return (
      <div className={className} data-testid="register-problem-reason">
        {t('problem.reasonQuoted', { reason })}
      </div>
    );
  }
  const text =
    failure.kind === 'syntax'
      ? t('problem.readFailure.syntax', { line: format.number(failure.line), column: format.number(failure.column) })
      : failure.kind === 'syntaxAt'
        ? t('problem.readFailure.syntaxAt', { character: format.number(failure.character) })
        : t(`problem.readFailure.${failure.kind}`);
  // Named in full (line and column kept), so the reader's English adds nothing for whoever repairs the file.
  return <div data-testid="register-problem-reason">{text}</div>;
}
