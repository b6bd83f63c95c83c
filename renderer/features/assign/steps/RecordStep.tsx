import { Button, Checkbox, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select, Spinner, Text, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { RuleProblemView } from '../../../../shared/contracts/ledger';
import type { ReleaseReason } from '../../../../shared/domain/model';
import { isCalendarDate } from '../../../../shared/licensing/dates';
import { formatLicensingMessage, licensingEn, licensingPl, localizedParams } from '../../../../shared/licensing/messages';
import { personDisplayName, productLabel } from '../../../components/ledgerLabels';
import { errorText, toUiLanguage, useFormatters } from '../../../i18n/format';
import { usePurchasesStore } from '../../purchases/store';
import { releaseReasons } from '../../register/ReleaseDialog';
import { useRegisterStore } from '../../register/store';
import { useServersStore } from '../../servers/store';
import { hasEarlyReassignment, useAssignStore } from '../store';
import { useStepStyles } from './styles';
import { DateField } from '../../../components/DateField';

/** Refusals that are the lot's, not the person's or the date's: another purchase is the way on. */
const lotProblems = new Set(['lot-full', 'purchase-voided', 'unknown-product', 'cal-older-than-server']);
const isLotProblem = (problem: RuleProblemView): boolean => lotProblems.has(problem.code);

/** A rule problem from main in the UI language, dates and counts in its locale (its English text if the key is unknown here). */
function useProblemText() {
  const { i18n } = useTranslation();
  const format = useFormatters();
  const catalog = toUiLanguage(i18n.resolvedLanguage ?? i18n.language) === 'pl' ? licensingPl : licensingEn;
  return (problem: RuleProblemView) => {
    try {
      return formatLicensingMessage(problem.messageKey, localizedParams(problem.params, format), catalog);
    } catch {
      return problem.message;
    }
  };
}

/** Step 4: the date and notes of the assignment, and what main's licensing check says about it. */
export function RecordStep() {
  const { t } = useTranslation();
  const styles = useStepStyles();
  const format = useFormatters();
  const problemText = useProblemText();
  const wizard = useAssignStore();
  const server = useServersStore((s) => s.servers.find((x) => x.id === wizard.serverId));
  const purchase = usePurchasesStore((s) => s.purchases.find((p) => p.id === wizard.purchaseId));
  const person = useRegisterStore((s) => s.people.find((p) => p.id === wizard.personId));
  const check = wizard.check;
  // A refusal of the lot chosen: the way on is another purchase (step 2).
  const lotRefused = check.kind === 'done' && check.blocking.some(isLotProblem);
  const early = hasEarlyReassignment(check);
  const dateValid = isCalendarDate(wizard.assignedOn);

  return (
    <div className={styles.columns}>
      <div className={styles.stack}>
        <DateField
          label={t('assign.record.date')}
          required
          validationMessage={dateValid ? undefined : t('ledger.invalid.date')}
          value={wizard.assignedOn}
          onChange={wizard.setAssignedOn}
          testId="wizard-assigned-on"
        />
        <Field label={t('ledger.notes')} hint={t('assign.record.notesHint')}>
          <Textarea value={wizard.notes} onChange={(_e, d) => wizard.setNotes(d.value)} resize="vertical" data-testid="wizard-notes" />
        </Field>
        {check.kind === 'checking' && <Spinner size="small" labelPosition="after" label={t('assign.record.checking')} />}
        {check.kind === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{errorText(t, check.error)}</MessageBarBody>
          </MessageBar>
        )}
        {check.kind === 'done' && check.blocking.length > 0 && (
          <MessageBar intent="error" layout="multiline" data-testid="wizard-blocking">
            <MessageBarBody>
              <MessageBarTitle>{t('assign.record.blockedTitle')}</MessageBarTitle>
              <ul className={styles.problems}>
                {check.blocking.map((problem) => (
                  <li key={problem.messageKey + JSON.stringify(problem.params)}>{problemText(problem)}</li>
                ))}
              </ul>
              {lotRefused && <Text block>{t('assign.record.otherPurchaseHint')}</Text>}
            </MessageBarBody>
            {lotRefused && (
              <MessageBarActions>
                <Button onClick={() => wizard.backTo('purchase')} data-testid="wizard-other-purchase">
                  {t('assign.record.otherPurchase')}
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
        {check.kind === 'done' && check.warnings.length > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="wizard-warnings">
            <MessageBarBody>
              <MessageBarTitle>{t('assign.record.warningsTitle')}</MessageBarTitle>
              <ul className={styles.problems}>
                {check.warnings.map((problem) => (
                  <li key={problem.messageKey + JSON.stringify(problem.params)}>{problemText(problem)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {(early || wizard.reason !== null) && (
          <Field label={t('assign.record.previousReason')} hint={t('assign.record.previousReasonHint')} required={early}>
            <Select
              value={wizard.reason ?? ''}
              onChange={(_e, d) => wizard.setReason(d.value === '' ? null : (d.value as ReleaseReason))}
              data-testid="wizard-previous-reason"
            >
              <option value="">{t('assign.record.reasonNotGiven')}</option>
              {releaseReasons.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`ledger.releaseReason.${reason}`)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {check.kind === 'done' && check.warnings.length > 0 && check.blocking.length === 0 && (
          <Checkbox checked={wizard.acknowledged} onChange={(_e, d) => wizard.setAcknowledged(d.checked === true)} label={t('assign.record.acknowledge')} data-testid="wizard-acknowledge" />
        )}
        {check.kind === 'done' && check.blocking.length === 0 && check.warnings.length === 0 && (
          <MessageBar intent="success" data-testid="wizard-check-ok">
            <MessageBarBody>{t('assign.record.allowed')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.panel}>
        <Text as="h3" weight="semibold" className={styles.panelTitle}>
          {t('assign.record.summary')}
        </Text>
        <dl className={styles.facts}>
          <dt className={styles.term}>{t('assign.steps.server.short')}</dt>
          <dd className={styles.value}>{server ? `${server.name} (${server.product})` : '—'}</dd>
          <dt className={styles.term}>{t('assign.record.licenseType')}</dt>
          <dd className={styles.value}>{purchase ? productLabel(t, purchase.productId) : '—'}</dd>
          <dt className={styles.term}>{t('assign.record.document')}</dt>
          <dd className={styles.value}>{purchase ? `${purchase.document || t('purchases.noDocument')}, ${format.date(purchase.date)}` : '—'}</dd>
          <dt className={styles.term}>{t('assign.steps.person.short')}</dt>
          <dd className={styles.value}>{person ? [personDisplayName(person), person.email || person.login].filter((x, i, all) => x && all.indexOf(x) === i).join(' · ') : '—'}</dd>
        </dl>
      </div>
    </div>
  );
}
