import { Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { Attach20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { ledgerErrorText, personDisplayName, productLabel, repairedProofsText } from '../../../components/ledgerLabels';
import { useFormatters } from '../../../i18n/format';
import { ProofList } from '../../purchases/ProofList';
import { usePurchasesStore } from '../../purchases/store';
import { useRegisterStore } from '../../register/store';
import { useAssignStore } from '../store';
import { useStepStyles } from './styles';

/** Step 6: the assignment is recorded; attach the proof of purchase or confirm the one the lot already has. */
export function ProofStep() {
  const { t } = useTranslation();
  const styles = useStepStyles();
  const format = useFormatters();
  const wizard = useAssignStore();
  const purchase = usePurchasesStore((s) => s.purchases.find((p) => p.id === wizard.purchaseId));
  const person = useRegisterStore((s) => s.people.find((p) => p.id === wizard.personId));
  const proofs = purchase?.proofs ?? [];

  return (
    <div className={styles.stack}>
      {wizard.assignment && (
        <MessageBar intent="success" data-testid="wizard-recorded">
          <MessageBarBody>
            <MessageBarTitle>{t('assign.proof.recordedTitle')}</MessageBarTitle>
            {t('assign.proof.recordedBody', {
              person: person ? personDisplayName(person) : '',
              product: purchase ? productLabel(t, purchase.productId) : '',
              date: format.date(wizard.assignment.assignedOn),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.panel}>
        <Text as="h3" weight="semibold" className={styles.panelTitle}>
          {t('assign.proof.filesTitle', { document: purchase?.document || t('purchases.noDocument') })}
        </Text>
        <ProofList proofs={proofs} />
      </div>
      {proofs.length > 0 && (
        <Checkbox
          checked={wizard.proofConfirmed}
          onChange={(_e, d) => wizard.setProofConfirmed(d.checked === true)}
          label={t('assign.proof.confirmExisting')}
          data-testid="wizard-proof-confirm"
        />
      )}
      <div>
        <Button icon={wizard.attaching ? <Spinner size="tiny" /> : <Attach20Regular />} onClick={() => void wizard.attachProof()} disabledFocusable={wizard.attaching} data-testid="wizard-proof-attach">
          {t('assign.proof.attach')}
        </Button>
      </div>
      {wizard.proofRepaired.length > 0 && (
        <MessageBar intent="info" data-testid="wizard-proof-repaired">
          <MessageBarBody>{repairedProofsText(t, wizard.proofRepaired)}</MessageBarBody>
        </MessageBar>
      )}
      {wizard.proofError && (
        <MessageBar intent="error">
          <MessageBarBody>{ledgerErrorText(t, wizard.proofError)}</MessageBarBody>
        </MessageBar>
      )}
      <Text size={200} className={styles.muted}>
        {t('assign.proof.keepNote')}
      </Text>
    </div>
  );
}
