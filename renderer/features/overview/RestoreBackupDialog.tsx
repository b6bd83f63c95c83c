import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useOverviewStore } from './store';

/**
 * Asks before a backup replaces the register. `keepsCurrent`: a register is open, and the restore keeps it as a backup
 * first (register-store.ts restoreBackup), which the question says; a register that could not be opened has none to keep.
 */
export function RestoreBackupDialog({ keepsCurrent = false }: { keepsCurrent?: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const candidate = useOverviewStore((s) => s.restoreCandidate);
  const restoring = useOverviewStore((s) => s.restoring);
  const cancelRestore = useOverviewStore((s) => s.cancelRestore);
  const confirmRestore = useOverviewStore((s) => s.confirmRestore);

  return (
    <Dialog open={candidate !== null} modalType="alert" onOpenChange={(_event, data) => !data.open && cancelRestore()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('problem.confirmTitle')}</DialogTitle>
          <DialogContent>
            {candidate && <p>{t('problem.confirmBody', { date: format.dateTime(candidate.createdAt) })}</p>}
            {keepsCurrent && <p data-testid="restore-keeps-current">{t('problem.confirmKeepsCurrent')}</p>}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={cancelRestore} disabledFocusable={restoring}>
              {t('common.cancel')}
            </Button>
            <Button appearance="primary" onClick={() => void confirmRestore()} disabledFocusable={restoring} data-testid="restore-confirm">
              {t('common.restore')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
