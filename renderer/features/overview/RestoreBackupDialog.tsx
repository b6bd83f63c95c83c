import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useOverviewStore } from './store';

/** Asks before a backup replaces the register. */
export function RestoreBackupDialog() {
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
          <DialogContent>{candidate && t('problem.confirmBody', { date: format.dateTime(candidate.createdAt) })}</DialogContent>
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
