import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, type FormEvent, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DiscardChangesBar, useCloseGuard, type CloseGuard } from './CloseGuard';
import { useDialogFormStyles } from './useDialogFormStyles';

interface GuardedDialogProps {
  open: boolean;
  /** Called when the dialog is dismissed (Esc, a click beside it, Cancel) with nothing entered, or the user discards what was. */
  onDismiss(): void;
  /** The form, given the guard; keyed by the caller so that it mounts afresh for each thing edited. */
  children(guard: CloseGuard): ReactElement;
}

/** A dialog whose dismissal goes through a close guard: it closes at once when nothing was entered, and asks when something was. */
export function GuardedDialog({ open, onDismiss, children }: GuardedDialogProps) {
  const guard = useCloseGuard(onDismiss);
  return (
    <Dialog open={open} onOpenChange={(_event, data) => !data.open && guard.request()}>
      {children(guard)}
    </Dialog>
  );
}

interface DraftFormSurfaceProps {
  guard: CloseGuard;
  /** Whether the form differs from what it opened with (`useDraftForm`'s `changed`): the guard asks before throwing it away. */
  changed: boolean;
  title: string;
  /** The message above the fields (main refused the save, or the form as a whole needs something), if any. */
  errorText: string | null;
  busy: boolean;
  onSubmit(event: FormEvent): Promise<void>;
  /** `data-testid` of the surface, and of its save button. */
  testId: string;
  saveTestId: string;
  /** The fields, laid out in the two-column grid (`useDialogFormStyles().wide` spans both). */
  children: ReactNode;
}

/**
 * The body every add/edit dialog shares (server, purchase, person): the form, its title, the
 * discard question, the error, the fields in a two-column grid, and Cancel / Save (Save shows
 * "Saving…" and neither acts while the save runs).
 */
export function DraftFormSurface({ guard, changed, title, errorText, busy, onSubmit, testId, saveTestId, children }: DraftFormSurfaceProps) {
  const { t } = useTranslation();
  const styles = useDialogFormStyles();
  const report = guard.report;
  useEffect(() => report(changed), [report, changed]);

  return (
    <DialogSurface data-testid={testId}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <div className={styles.grid}>
              <DiscardChangesBar guard={guard} className={styles.wide} />
              {errorText && (
                <MessageBar intent="error" className={styles.wide}>
                  <MessageBarBody>{errorText}</MessageBarBody>
                </MessageBar>
              )}
              {children}
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={guard.request} disabledFocusable={busy}>
              {t('common.cancel')}
            </Button>
            <Button appearance="primary" type="submit" disabledFocusable={busy} data-testid={saveTestId}>
              {busy ? t('common.saving') : t('common.save')}
            </Button>
          </DialogActions>
        </DialogBody>
      </form>
    </DialogSurface>
  );
}
