import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseCheck } from '../../../shared/contracts/ledger';
import { releaseReasonSchema, type ReleaseReason } from '../../../shared/domain/model';
import { isCalendarDate } from '../../../shared/licensing/dates';
import type { AppError } from '../../../shared/result';
import { useNavigationStore } from '../../app/navigationStore';
import { ledgerErrorText, personDisplayName, productLabel, todayIso } from '../../components/ledgerLabels';
import { useDialogFormStyles } from '../../components/useDialogFormStyles';
import { useFormatters } from '../../i18n/format';
import { useAssignStore } from '../assign/store';
import { useRegisterStore, type ReleaseTarget } from './store';
import { DateField } from '../../components/DateField';
import { dateTextBlocks, useDateTextWrong } from '../../components/dateTextStore';
import { shownError } from '../../app/sessionStore';

export const releaseReasons = releaseReasonSchema.options;

/** Release (or reassign) one CAL: date, reason and notes, then an explicit confirmation before anything is written. */
export function ReleaseDialog() {
  const target = useRegisterStore((s) => s.releaseTarget);
  const cancel = useRegisterStore((s) => s.cancelRelease);
  return (
    <Dialog open={target !== null} modalType="alert" onOpenChange={(_event, data) => !data.open && cancel()}>
      {/* Content mounts per opening, so each release starts from today's date. */}
      <ReleaseForm key={target?.cal.assignmentId ?? 'none'} target={target} />
    </Dialog>
  );
}

function ReleaseForm({ target }: { target: ReleaseTarget | null }) {
  const { t } = useTranslation();
  const styles = useDialogFormStyles();
  const format = useFormatters();
  const cancel = useRegisterStore((s) => s.cancelRelease);
  const confirmRelease = useRegisterStore((s) => s.confirmRelease);
  const checkRelease = useRegisterStore((s) => s.checkRelease);
  const [releasedOn, setReleasedOn] = useState(todayIso);
  const [reason, setReason] = useState<ReleaseReason>('left');
  const [notes, setNotes] = useState('');
  const [phase, setPhase] = useState<'form' | 'confirm'>('form');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  // Releasing the Standard CAL under an Enterprise CAL leaves the add-on without its base: said before the release, never refused.
  const [enterpriseLeft, setEnterpriseLeft] = useState<ReleaseCheck['enterpriseLeft']>(null);
  const dateTyping = useDateTextWrong();
  const surfaceRef = useRef<HTMLDivElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const releasing = useRef(false);
  const checking = useRef(false);
  // Enter from a field that the confirmation step replaced leaves focus nowhere: it goes to that step's own button, where a click on Next leaves it too.
  useEffect(() => {
    if (phase === 'confirm' && !surfaceRef.current?.contains(document.activeElement)) primaryRef.current?.focus();
  }, [phase]);
  if (!target) return <DialogSurface />;

  const person = personDisplayName(target.person);
  const product = productLabel(t, target.cal.productId);
  const reassign = target.mode === 'reassign';
  const dateValid = isCalendarDate(releasedOn) && !dateTyping;
  // Said on the form, as main would refuse it after the confirmation step.
  const beforeAssigned = dateValid && releasedOn < target.cal.assignedOn;

  // The confirmation step says what the release leaves, judged by main over the person's whole history on the date chosen.
  const toConfirm = async () => {
    if (checking.current) return;
    checking.current = true;
    setBusy(true);
    const result = await checkRelease(releasedOn);
    checking.current = false;
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setEnterpriseLeft(result.value.enterpriseLeft);
    setPhase('confirm');
  };

  const confirm = async () => {
    if (releasing.current) return;
    releasing.current = true;
    setBusy(true);
    const result = await confirmRelease({ releasedOn, reason, notes });
    releasing.current = false;
    setBusy(false);
    if (!result.ok) {
      setError(shownError(result));
      setPhase('form');
      return;
    }
    if (reassign) {
      // The reason given here is the previous holder's, which the 90-day rule asks about.
      useAssignStore.getState().startForLot(target.cal.purchaseId, reason);
      useNavigationStore.getState().go('assign');
    }
  };

  // The primary button submits: Enter in the date or reason moves on to the confirmation step as Next does, never past it;
  // only the confirmation step's own button (or Enter on it) releases.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (phase === 'form') {
      if (!dateTextBlocks() && dateValid && !beforeAssigned) void toConfirm();
    } else if (!busy) void confirm();
  };

  return (
    <DialogSurface data-testid="release-dialog" ref={surfaceRef}>
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <DialogTitle>{reassign ? t('register.release.reassignTitle') : t('register.release.title')}</DialogTitle>
          <DialogContent>
            {phase === 'form' ? (
              <div className={styles.column}>
                <Text>{t('register.release.intro', { person, product, assignedOn: format.date(target.cal.assignedOn) })}</Text>
                {error && (
                  <MessageBar intent="error">
                    <MessageBarBody>{ledgerErrorText(t, error, format)}</MessageBarBody>
                  </MessageBar>
                )}
                <DateField
                  label={t('register.release.date')}
                  required
                  validationMessage={
                    !dateValid
                      ? t('ledger.invalid.date')
                      : beforeAssigned
                        ? t('serviceErrors.release-before-assignment', { releasedOn: format.date(releasedOn), assignedOn: format.date(target.cal.assignedOn) })
                        : undefined
                  }
                  value={releasedOn}
                  onChange={setReleasedOn}
                  testId="release-date"
                />
                <Field label={t('register.release.reason')} required hint={t(`ledger.releaseReasonHint.${reason}`)}>
                  <Select value={reason} onChange={(_e, d) => setReason(d.value as ReleaseReason)} data-testid="release-reason">
                    {releaseReasons.map((r) => (
                      <option key={r} value={r}>
                        {t(`ledger.releaseReason.${r}`)}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={t('ledger.notes')}>
                  <Textarea value={notes} onChange={(_e, d) => setNotes(d.value)} resize="vertical" data-testid="release-notes" />
                </Field>
              </div>
            ) : (
              <div className={styles.column}>
                <Text as="p" block data-testid="release-confirm-text">
                  {t(reassign ? 'register.release.confirmReassignBody' : 'register.release.confirmBody', {
                    person,
                    product,
                    date: format.date(releasedOn),
                    reason: t(`ledger.releaseReason.${reason}`),
                  })}
                </Text>
                {enterpriseLeft && (
                  <MessageBar intent="warning" layout="multiline" data-testid="release-enterprise-left">
                    <MessageBarBody>
                      {t(enterpriseLeft.until === null ? 'register.release.enterpriseLeft' : 'register.release.enterpriseLeftUntil', {
                        person,
                        enterprise: productLabel(t, enterpriseLeft.productId),
                        from: format.date(enterpriseLeft.from),
                        until: enterpriseLeft.until === null ? '' : format.date(enterpriseLeft.until),
                      })}
                    </MessageBarBody>
                  </MessageBar>
                )}
              </div>
            )}
          </DialogContent>
          <DialogActions>
            {phase === 'form' ? (
              <>
                <Button appearance="secondary" onClick={cancel}>
                  {t('common.cancel')}
                </Button>
                <Button appearance="primary" type="submit" disabled={!dateValid || beforeAssigned} disabledFocusable={busy} ref={primaryRef} data-testid="release-next">
                  {reassign ? t('register.release.reassignNext') : t('register.release.next')}
                </Button>
              </>
            ) : (
              <>
                <Button appearance="secondary" onClick={() => setPhase('form')} disabledFocusable={busy}>
                  {t('ledger.back')}
                </Button>
                <Button appearance="primary" type="submit" disabledFocusable={busy} ref={primaryRef} data-testid="release-confirm">
                  {reassign ? t('register.release.confirmReassign') : t('register.release.confirm')}
                </Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </form>
    </DialogSurface>
  );
}
