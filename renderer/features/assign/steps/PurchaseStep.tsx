import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, mergeClasses, Radio, RadioGroup, Text, useRestoreFocusTarget } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseView } from '../../../../shared/contracts/ledger';
import { catalogProduct } from '../../../../shared/licensing/catalog';
import { lotReaches } from '../../../../shared/licensing/coverage';
import { newestServer, serversInUse } from '../../../../shared/licensing/register-view';
import { productLabel, todayIso } from '../../../components/ledgerLabels';
import { StatusText } from '../../../components/StatusText';
import { useFormatters } from '../../../i18n/format';
import { PurchaseDialog } from '../../purchases/PurchaseDialog';
import { assignableLots, usePurchasesStore } from '../../purchases/store';
import { useServersStore } from '../../servers/store';
import { useAssignStore } from '../store';
import { StepList } from './StepList';
import { useStepStyles } from './styles';

/** Step 2: pick (or add) the purchase lot the CAL comes from; free seats are shown, and there is no key to enter. */
export function PurchaseStep() {
  const { t } = useTranslation();
  const styles = useStepStyles();
  const format = useFormatters();
  const purchases = usePurchasesStore((s) => s.purchases);
  const loaded = usePurchasesStore((s) => s.loaded);
  const error = usePurchasesStore((s) => s.error);
  const purchaseId = useAssignStore((s) => s.purchaseId);
  const selectPurchase = useAssignStore((s) => s.selectPurchase);
  const [adding, setAdding] = useState(false);
  const restoreFocusTarget = useRestoreFocusTarget();
  const servers = useServersStore((s) => s.servers);
  const lots = assignableLots(purchases);
  // As the rules will judge it at the next steps (on today's date): a lot whose CALs do not reach the newest server is said so here.
  const today = todayIso();
  const newest = newestServer(serversInUse(servers, today), today);
  const reaches = (lot: PurchaseView): boolean => {
    const product = catalogProduct(lot.productId);
    return newest === null || product === null || lotReaches(product, lot.coverage, today, newest.version);
  };

  return (
    <div className={styles.stack}>
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>{t('assign.purchase.noKeyTitle')}</MessageBarTitle>
          {t('assign.purchase.noKeyBody')}
        </MessageBarBody>
      </MessageBar>
      <StepList loaded={loaded} error={error} retry={() => void usePurchasesStore.getState().load()}>
        {lots.length === 0 ? (
          <Text className={styles.muted}>{t('assign.purchase.none')}</Text>
        ) : (
          <Field label={t('assign.purchase.pick')} required>
            <RadioGroup value={purchaseId ?? ''} onChange={(_e, d) => selectPurchase(d.value)} className={styles.options} data-testid="wizard-purchase-options">
              {lots.map((lot) => (
                <Radio
                  key={lot.id}
                  value={lot.id}
                  className={mergeClasses(styles.option, lot.id === purchaseId && styles.optionSelected)}
                  label={{
                    className: styles.optionLabel,
                    children: (
                      <>
                        <Text weight="semibold">{productLabel(t, lot.productId)}</Text>
                        <span className={styles.optionMeta}>
                          <Text size={200}>{t('assign.purchase.lotMeta', { document: lot.document || t('purchases.noDocument'), date: format.date(lot.date), vendor: lot.vendor || t('purchases.noVendor') })}</Text>
                          <StatusText intent={lot.seatsFree > 0 ? 'success' : 'warning'}>
                            {t('assign.purchase.seatsFree', { free: format.number(lot.seatsFree), quantity: format.number(lot.quantity) })}
                          </StatusText>
                          {newest && !reaches(lot) && (
                            <StatusText intent="warning">{t('assign.purchase.notReaching', { server: newest.server.name, version: newest.version })}</StatusText>
                          )}
                        </span>
                      </>
                    ),
                  }}
                />
              ))}
            </RadioGroup>
          </Field>
        )}
      </StepList>
      <div>
        <Button icon={<Add20Regular />} onClick={() => setAdding(true)} data-testid="wizard-purchase-add" {...restoreFocusTarget}>
          {t('assign.purchase.add')}
        </Button>
      </div>
      <PurchaseDialog
        open={adding}
        purchase={null}
        onClose={(saved) => {
          setAdding(false);
          if (saved) selectPurchase(saved.id);
        }}
      />
    </div>
  );
}
