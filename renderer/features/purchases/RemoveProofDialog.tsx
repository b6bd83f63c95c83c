import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProofView, PurchaseView } from '../../../shared/contracts/ledger';
import type { AppError } from '../../../shared/result';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ledgerErrorText, productLabel } from '../../components/ledgerLabels';
import { usePurchasesStore } from './store';
import { shownError } from '../../app/sessionStore';

/** A proof to take off a lot, and the other lots (their documents) it stays the proof of. */
export interface ProofToRemove {
  purchase: PurchaseView;
  proof: ProofView;
  alsoProofOf: string[];
}

/**
 * Takes a proof attached by mistake off its lot, after asking. Main keeps the file in the register folder and records
 * the removal in the change history, so the dialog says so; `onRemoved` hears what was removed.
 */
export function RemoveProofDialog({ target, onClose, onRemoved }: { target: ProofToRemove | null; onClose(): void; onRemoved(target: ProofToRemove): void }) {
  const { t } = useTranslation();
  const detachProof = usePurchasesStore((s) => s.detachProof);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const close = () => {
    setError(null);
    onClose();
  };

  const confirm = async () => {
    if (!target) return;
    setBusy(true);
    const result = await detachProof(target.purchase.id, target.proof.id);
    setBusy(false);
    if (!result.ok) {
      setError(shownError(result));
      return;
    }
    onRemoved(target);
    close();
  };

  const document = target ? target.purchase.document || t('purchases.noDocument') : '';
  const last = target !== null && target.purchase.proofs.length === 1;

  return (
    <ConfirmDialog
      open={target !== null}
      title={t('purchases.removeProof.title')}
      confirmLabel={t('purchases.removeProof.confirm')}
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={close}
      testId="remove-proof-dialog"
    >
      <Text as="p" block>
        {target ? t('purchases.removeProof.body', { name: target.proof.originalName, product: productLabel(t, target.purchase.productId), document }) : ''}
      </Text>
      {target && target.alsoProofOf.length > 0 && (
        <Text as="p" block>
          {t('purchases.removeProof.stillProofOf', { documents: target.alsoProofOf.join(', ') })}
        </Text>
      )}
      {last && (
        <MessageBar intent="warning" data-testid="remove-proof-last">
          <MessageBarBody>{t('purchases.removeProof.lastProof')}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{ledgerErrorText(t, error)}</MessageBarBody>
        </MessageBar>
      )}
    </ConfirmDialog>
  );
}
