import { Field, Input, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseView } from '../../../shared/contracts/ledger';
import type { AppError } from '../../../shared/result';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ledgerErrorText, productLabel } from '../../components/ledgerLabels';
import { usePurchasesStore } from './store';
import { shownError } from '../../app/sessionStore';

/** Voids a lot entered by mistake, after asking and with a reason; it stays in the register with its history. */
export function VoidPurchaseDialog({ purchase, onClose }: { purchase: PurchaseView | null; onClose(): void }) {
  const { t } = useTranslation();
  const voidPurchase = usePurchasesStore((s) => s.voidPurchase);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };

  const confirm = async () => {
    if (!purchase) return;
    setBusy(true);
    const result = await voidPurchase(purchase.id, reason.trim());
    setBusy(false);
    if (result.ok) close();
    else setError(shownError(result));
  };

  // A lot with CALs assigned is refused by main: said when the dialog opens, not after the reason is typed and confirmed.
  const inUse = purchase !== null && purchase.seatsUsed > 0;

  return (
    <ConfirmDialog
      open={purchase !== null}
      title={t('purchases.void.title')}
      confirmLabel={t('purchases.void.confirm')}
      confirmDisabled={reason.trim() === '' || inUse}
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={close}
      testId="void-purchase-dialog"
    >
      <Text as="p" block>
        {purchase ? t('purchases.void.body', { product: productLabel(t, purchase.productId), document: purchase.document || t('purchases.noDocument') }) : ''}
      </Text>
      {inUse && (
        <MessageBar intent="warning" data-testid="void-in-use">
          <MessageBarBody>{t('ledger.errors.purchase-in-use')}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('purchases.void.reason')} required validationMessage={error ? ledgerErrorText(t, error) : undefined}>
        <Input value={reason} onChange={(_e, d) => setReason(d.value)} data-testid="void-reason" />
      </Field>
    </ConfirmDialog>
  );
}
