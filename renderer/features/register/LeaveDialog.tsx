import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '../../../shared/contracts/ledger';
import { openOnLeaving } from '../../../shared/ledger/leaving';
import { findProductByName } from '../../../shared/licensing/catalog';
import { isCalendarDate } from '../../../shared/licensing/dates';
import type { AppError } from '../../../shared/result';
import { ledgerErrorText, personDisplayName, productLabel, todayIso } from '../../components/ledgerLabels';
import { useDialogFormStyles } from '../../components/useDialogFormStyles';
import { useFormatters } from '../../i18n/format';
import { useRegisterStore, type PersonCal } from './store';
import { DateField } from '../../components/DateField';
import { useDateTextWrong } from '../../components/dateTextStore';
import { shownError } from '../../app/sessionStore';

const useStyles = makeStyles({
  cals: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** "Mark as left" (leaving date, release the CALs still open on it) or, for someone who has left, "Undo 'left'"; nothing is written before Confirm. */
export function LeaveDialog() {
  const target = useRegisterStore((s) => s.leaveTarget);
  const cancel = useRegisterStore((s) => s.cancelLeave);
  useFocusBackToRow(target?.id ?? null);
  return (
    <Dialog open={target !== null} modalType="alert" onOpenChange={(_event, data) => !data.open && cancel()}>
      {/* Content mounts per opening, so each one starts from today's date and a checked box. */}
      <LeaveForm key={target?.id ?? 'none'} target={target} />
    </Dialog>
  );
}

/**
 * When the dialog closes and focus was left nowhere (the people list reloads after a confirm), it
 * goes back to the row's actions button, so the keyboard user continues where they were.
 */
function useFocusBackToRow(personId: string | null): void {
  const last = useRef<string | null>(null);
  useEffect(() => {
    const closedFor = personId === null ? last.current : null;
    last.current = personId;
    if (closedFor === null) return;
    const timer = setTimeout(() => {
      if (document.activeElement && document.activeElement !== document.body) return;
      const button = [...document.querySelectorAll<HTMLElement>('[data-person-actions]')].find((b) => b.dataset.personActions === closedFor);
      button?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [personId]);
}


/** A CAL's license type in the UI language; history carries the catalog's English name. */
function calProduct(t: TFunction, cal: PersonCal): string {
  const product = findProductByName(cal.productName);
  return product ? productLabel(t, product.id) : cal.productName;
}

function LeaveForm({ target }: { target: PersonRow | null }) {
  const { t } = useTranslation();
  const styles = useDialogFormStyles();
  const own = useStyles();
  const format = useFormatters();
  const cancel = useRegisterStore((s) => s.cancelLeave);
  const confirmLeave = useRegisterStore((s) => s.confirmLeave);
  const confirmReturn = useRegisterStore((s) => s.confirmReturn);
  const leaveCals = useRegisterStore((s) => s.leaveCals);
  const [leftOn, setLeftOn] = useState(todayIso);
  // The last complete date typed: what the CALs are weighed against while the field is being edited.
  const [countedOn, setCountedOn] = useState(todayIso);
  const [releaseCals, setReleaseCals] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const dateTyping = useDateTextWrong();
  if (!target) return <DialogSurface />;

  const person = personDisplayName(target);
  const undo = target.leftOn !== null;
  const cals = leaveCals.kind !== 'idle' && leaveCals.personId === target.id ? leaveCals : null;
  // Exactly the CALs Confirm releases: the service applies the same rule to the same date.
  const toRelease = cals?.kind === 'ready' ? openOnLeaving(cals.cals, countedOn) : [];
  const held = toRelease.length;
  const reason = t('ledger.releaseReason.left');
  const dateValid = isCalendarDate(leftOn);
  const canConfirm = undo || (dateValid && !dateTyping && cals?.kind === 'ready');
  const explanation = held === 0 ? 'explainNone' : releaseCals ? 'explainRelease' : 'explainKeep';

  const confirm = async () => {
    if (!canConfirm || busy) return;
    setBusy(true);
    setError(null);
    const result = undo ? await confirmReturn() : await confirmLeave({ leftOn, releaseCals: releaseCals && held > 0 });
    setBusy(false);
    if (!result.ok) setError(shownError(result));
  };

  // Enter confirms from the date field or the checkbox; on a button, the button's own action runs.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || (event.target as HTMLElement).closest('button')) return;
    event.preventDefault();
    void confirm();
  };

  return (
    <DialogSurface data-testid="leave-dialog" onKeyDown={onKeyDown}>
      <DialogBody>
        <DialogTitle>{undo ? t('register.leave.returnTitle', { person }) : t('register.leave.title', { person })}</DialogTitle>
        <DialogContent>
          <div className={styles.column}>
            {undo ? (
              <Text as="p" block data-testid="leave-explanation">
                {t('register.leave.returnBody', { person, date: format.date(target.leftOn ?? '') })}
              </Text>
            ) : cals?.kind === 'ready' ? (
              <Text as="p" block data-testid="leave-explanation">
                {t(`register.leave.${explanation}`, { person, reason })}
              </Text>
            ) : cals?.kind === 'failed' ? (
              <MessageBar intent="error" data-testid="leave-cals-error">
                <MessageBarBody>{ledgerErrorText(t, cals.error, format)}</MessageBarBody>
              </MessageBar>
            ) : (
              <Spinner size="tiny" label={t('ledger.loading')} />
            )}
            {error && (
              <MessageBar intent="error" data-testid="leave-error">
                <MessageBarBody>{ledgerErrorText(t, error, format)}</MessageBarBody>
              </MessageBar>
            )}
            {!undo && (
              <>
                <DateField
                  label={t('register.leave.date')}
                  required
                  validationMessage={dateValid ? undefined : t('ledger.invalid.date')}
                  value={leftOn}
                  onChange={(value) => {
                    setLeftOn(value);
                    if (isCalendarDate(value)) setCountedOn(value);
                  }}
                  testId="leave-date"
                />
                {held > 0 && (
                  <>
                    <Checkbox
                      checked={releaseCals}
                      onChange={(_e, d) => setReleaseCals(d.checked === true)}
                      label={t('register.leave.releaseCals', { count: held, reason })}
                      data-testid="leave-release-cals"
                    />
                    <ul className={own.cals} aria-label={t('register.leave.calsLabel')} data-testid="leave-cals">
                      {toRelease.map((cal) => (
                        <li key={cal.assignmentId}>
                          <Text>
                            {calProduct(t, cal)} · {t('register.calDetail', { date: format.date(cal.assignedOn), document: cal.document || t('register.noDocument') })}
                            {cal.releasedOn !== null && <> · {t(releaseCals ? 'register.leave.bookedReleaseMoved' : 'register.leave.bookedRelease', { date: format.date(cal.releasedOn) })}</>}
                          </Text>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            )}
          </div>
        </DialogContent>
        <DialogActions>
          <Button appearance="secondary" onClick={cancel} disabledFocusable={busy}>
            {t('common.cancel')}
          </Button>
          <Button appearance="primary" disabled={!canConfirm} disabledFocusable={busy} onClick={() => void confirm()} data-testid="leave-confirm">
            {undo ? t('register.leave.confirmReturn') : t('register.leave.confirm')}
          </Button>
        </DialogActions>
      </DialogBody>
    </DialogSurface>
  );
}
