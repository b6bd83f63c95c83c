import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Spinner } from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  /** Disables the confirm button (e.g. a required reason is empty). */
  confirmDisabled?: boolean;
  onConfirm(): void;
  onCancel(): void;
  testId?: string;
}

/**
 * Asks before a destructive act; the act runs only on the confirm button, or on Enter in one of the dialog's fields
 * (a form submit), which does exactly what that button does and nothing while it is disabled.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, busy = false, confirmDisabled = false, onConfirm, onCancel, testId }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The button is only aria-disabled while busy, and a form still submits.
    if (!confirmDisabled && !busy) onConfirm();
  };
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_event, data) => !data.open && !busy && onCancel()}>
      <DialogSurface data-testid={testId}>
        <form onSubmit={onSubmit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent>{children}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onCancel} disabledFocusable={busy}>
                {t('common.cancel')}
              </Button>
              <Button appearance="primary" type="submit" disabled={confirmDisabled} disabledFocusable={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
                {confirmLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
