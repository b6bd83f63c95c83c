import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { LockOpen20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../app/sessionStore';

/**
 * Asks before a locked register is opened anyway. Cancel comes first and takes the focus: two
 * programs writing one register overwrite each other, so the safe answer is the easy one.
 */
export function TakeOverLockDialog({ host, open, busy, onCancel, onConfirm }: { host: string; open: boolean; busy: boolean; onCancel: () => void; onConfirm: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('problem.takeOverTitle')}</DialogTitle>
          <DialogContent>{t('problem.takeOverBody', { host })}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel} disabledFocusable={busy}>
              {t('common.cancel')}
            </Button>
            <Button appearance="primary" onClick={onConfirm} disabledFocusable={busy} data-testid="take-over-confirm">
              {t('problem.takeOverConfirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** "Open anyway…" and the question it asks: on the problem screen of a locked register, and in the read-only banner. */
export function TakeOverLockButton({ host, testId }: { host: string; testId: string }) {
  const { t } = useTranslation();
  const busy = useSessionStore((s) => s.busy);
  const takeOverLock = useSessionStore((s) => s.takeOverLock);
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button icon={<LockOpen20Regular />} onClick={() => setAsking(true)} disabledFocusable={busy} data-testid={testId}>
        {t('problem.takeOver')}
      </Button>
      <TakeOverLockDialog
        host={host}
        open={asking}
        busy={busy}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void takeOverLock();
        }}
      />
    </>
  );
}
