import { Checkbox, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { CopyCommand } from '../../../components/CopyCommand';
import { useFormatters } from '../../../i18n/format';
import { useRegisterStore } from '../../register/store';
import { accountCommand, mailboxCommand } from '../../servers/commands';
import { useAssignStore } from '../store';
import { useStepStyles } from './styles';

/** Step 5: confirm the person has an enabled domain account and a mailbox; the assignment is recorded when leaving this step. */
export function VerifyStep() {
  const { t } = useTranslation();
  const styles = useStepStyles();
  const format = useFormatters();
  const verification = useAssignStore((s) => s.verification);
  const verificationFrom = useAssignStore((s) => s.verificationFrom);
  const setVerification = useAssignStore((s) => s.setVerification);
  const personId = useAssignStore((s) => s.personId);
  const person = useRegisterStore((s) => s.people.find((p) => p.id === personId));
  const login = person?.login || t('assign.verify.loginPlaceholder');
  const email = person?.email || t('assign.verify.emailPlaceholder');

  return (
    <div className={styles.columns}>
      <div className={styles.stack}>
        {verificationFrom !== null && (
          <MessageBar intent="info">
            <MessageBarBody>{verificationFrom ? t('assign.verify.prefilledAt', { date: format.dateTime(verificationFrom) }) : t('assign.verify.prefilled')}</MessageBarBody>
          </MessageBar>
        )}
        <Checkbox
          checked={verification.accountEnabled}
          onChange={(_e, d) => setVerification({ accountEnabled: d.checked === true })}
          label={t('assign.verify.accountEnabled')}
          data-testid="wizard-account-enabled"
        />
        <Checkbox
          checked={verification.hasMailbox}
          onChange={(_e, d) => setVerification({ hasMailbox: d.checked === true })}
          label={t('assign.verify.hasMailbox')}
          data-testid="wizard-has-mailbox"
        />
        {(!verification.accountEnabled || !verification.hasMailbox) && (
          <Text size={200} className={styles.muted}>
            {t('assign.verify.uncheckedNote')}
          </Text>
        )}
        <Text size={200} className={styles.muted}>
          {t('assign.verify.mailboxIsNotCal')}
        </Text>
      </div>
      <div className={styles.stack}>
        <CopyCommand label={t('assign.verify.accountCommand')} command={accountCommand(login)} />
        <CopyCommand label={t('assign.verify.mailboxCommand')} command={mailboxCommand(email)} />
      </div>
    </div>
  );
}
