import { makeStyles, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../app/sessionStore';
import { errorText } from '../../i18n/format';
import { BackupTable } from './BackupTable';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { useOverviewStore } from './store';

// Wide enough for a date, a kind in words, a size and Restore on one line each, at 1024 px too.
const useStyles = makeStyles({ surface: { maxWidth: 'min(760px, calc(100vw - 48px))' } });

/**
 * File ▸ Restore from a backup…: the open register's backups, newest first, each restored after a question that says the
 * register as it is now is kept as a backup first. Only ids cross to main (`registerRestoreBackup`), never a path.
 */
export function RestoreFromBackupDialog() {
  const { t } = useTranslation();
  const styles = useStyles();
  const list = useOverviewStore((s) => s.backupList);
  const askRestore = useOverviewStore((s) => s.askRestore);
  // One modal at a time: the question takes the list's place, and Cancel brings the list back. Stacked, the two left the
  // screen behind them aria-hidden once both had closed (axe: aria-hidden-focus on #root).
  const candidate = useOverviewStore((s) => s.restoreCandidate);
  const restoring = useOverviewStore((s) => s.restoring);
  const close = useOverviewStore((s) => s.closeBackupList);
  const folder = useSessionStore((s) => (s.status?.state === 'open' ? s.status.folderName : ''));
  const busy = useSessionStore((s) => s.busy);

  return (
    <>
      {/* Opened once its list is in (a local folder answers at once): no spinner flashes, and its focus trap starts with the list. */}
      <Dialog open={(list.kind === 'loaded' || list.kind === 'failed') && candidate === null} onOpenChange={(_event, data) => !data.open && !restoring && close()}>
        <DialogSurface aria-describedby="restore-dialog-intro" className={styles.surface} data-testid="restore-dialog">
          <DialogBody>
            <DialogTitle>{t('restoreDialog.title')}</DialogTitle>
            <DialogContent>
              <Text as="p" id="restore-dialog-intro" block>
                {t('restoreDialog.intro', { folder })}
              </Text>
              {list.kind === 'failed' && (
                <MessageBar intent="error" data-testid="restore-dialog-error">
                  <MessageBarBody>{errorText(t, list.error)}</MessageBarBody>
                </MessageBar>
              )}
              {list.kind === 'loaded' &&
                (list.backups.length === 0 ? (
                  <Text as="p" block data-testid="restore-dialog-empty">
                    {t('problem.backupsEmpty')}
                  </Text>
                ) : (
                  <BackupTable backups={list.backups} aria-label={t('problem.backupsTitle')} busy={busy || restoring} onRestore={askRestore} />
                ))}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={close} disabledFocusable={restoring} data-testid="restore-dialog-close">
                {t('common.close')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {/* Only for a backup chosen here: the problem screen asks its own question for its list. */}
      {list.kind !== 'closed' && <RestoreBackupDialog keepsCurrent />}
    </>
  );
}
