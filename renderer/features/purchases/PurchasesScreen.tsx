import {
  Badge,
  Button,
  Card,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { Add20Regular, Attach16Regular, Delete16Regular, Edit16Regular, MoreHorizontal20Regular, ReceiptMoney24Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProofView, PurchaseView } from '../../../shared/contracts/ledger';
import type { AppError } from '../../../shared/result';
import { shownError, useReadOnly, useSessionStore } from '../../app/sessionStore';
import { breakAfter, NAME_BREAKS } from '../../components/breakAfter';
import { SidewaysScroll } from '../../components/SidewaysScroll';
import { coverageText, ledgerErrorText, productLabel, repairedProofsText } from '../../components/ledgerLabels';
import { LedgerContent } from '../../components/LedgerContent';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useFeatureStyles } from '../../components/useFeatureStyles';
import { useFormatters } from '../../i18n/format';
import { indexLotsByProof, OTHER_LOTS_SHOWN, otherLotsOf } from './proofLots';
import { ProofList } from './ProofList';
import { PurchaseDialog } from './PurchaseDialog';
import { RemoveProofDialog, type ProofToRemove } from './RemoveProofDialog';
import { usePurchasesStore } from './store';
import { VoidPurchaseDialog } from './VoidPurchaseDialog';

/** Purchases & proof: every lot with its seats and its proof files, and what can be done with each. */
export function PurchasesScreen() {
  const path = useSessionStore((s) => (s.status?.state === 'open' ? s.status.path : null));
  // What the screen said of the last register (a proof removed, proofs repaired, a refusal) and its dialogs and switch
  // belong to that register: another one opened starts the screen afresh. The same folder opened again keeps them, as
  // it keeps the lots (sessionStore.ts `onRegisterChange`).
  return <RegisterPurchases key={path ?? ''} path={path} />;
}

function RegisterPurchases({ path }: { path: string | null }) {
  const { t } = useTranslation();
  const styles = useFeatureStyles();
  const { purchases, loaded, error, load, attachProof } = usePurchasesStore();
  const [editing, setEditing] = useState<PurchaseView | 'new' | null>(null);
  const [voiding, setVoiding] = useState<PurchaseView | null>(null);
  const [removing, setRemoving] = useState<ProofToRemove | null>(null);
  // The proof last taken off a lot, said once the list shows it gone.
  const [removed, setRemoved] = useState('');
  const [showVoided, setShowVoided] = useState(false);
  // A dialog opened from a button gives focus back to it when it closes, not to the page.
  const restoreFocusTarget = useRestoreFocusTarget();
  const [actionError, setActionError] = useState<AppError | null>(null);
  // What the last attach put right in the register folder: said, not done silently.
  const [repaired, setRepaired] = useState('');

  useEffect(() => {
    if (path) void load();
  }, [path, load]);

  const attach = async (purchase: PurchaseView) => {
    setRemoved('');
    const result = await attachProof(purchase.id);
    setActionError(shownError(result));
    setRepaired(result.ok ? repairedProofsText(t, result.value.repaired) : '');
  };

  const voidedCount = purchases.filter((p) => p.voidedAt !== null).length;
  const shown = showVoided ? purchases : purchases.filter((p) => p.voidedAt === null);
  const readOnly = useReadOnly();
  // The header's button, and the empty screen's own (another test id: one id names one control).
  const add = (testId: string) => (
    <Button appearance="primary" icon={<Add20Regular />} onClick={() => setEditing('new')} disabled={readOnly} data-testid={testId} {...restoreFocusTarget}>
      {t('purchases.add')}
    </Button>
  );

  return (
    <>
      <ScreenHeader title={t('nav.purchases')} description={t('screens.purchases.description')} actions={path ? add('purchase-add') : undefined} />
      {actionError && <Text role="alert">{ledgerErrorText(t, actionError)}</Text>}
      {removed && (
        <MessageBar intent="success" data-testid="proof-removed">
          <MessageBarBody>{removed}</MessageBarBody>
        </MessageBar>
      )}
      {repaired && (
        <MessageBar intent="info" data-testid="proof-repaired">
          <MessageBarBody>{repaired}</MessageBarBody>
        </MessageBar>
      )}
      <LedgerContent
        hasRegister={path !== null}
        error={error}
        loaded={loaded}
        isEmpty={purchases.length === 0}
        empty={{ icon: <ReceiptMoney24Regular aria-hidden />, title: t('purchases.emptyTitle'), body: t('purchases.emptyBody'), action: add('purchase-add-empty') }}
      >
        <>
          {voidedCount > 0 && (
            <Switch checked={showVoided} onChange={(_e, d) => setShowVoided(d.checked)} label={t('purchases.showVoided', { count: voidedCount })} />
          )}
          <Card className={styles.tableCard}>
            <SidewaysScroll>
              <PurchaseTable purchases={shown} onEdit={setEditing} onVoid={setVoiding} onAttach={(p) => void attach(p)} onRemoveProof={setRemoving} />
            </SidewaysScroll>
          </Card>
        </>
      </LedgerContent>
      <PurchaseDialog open={editing !== null} purchase={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      <VoidPurchaseDialog purchase={voiding} onClose={() => setVoiding(null)} />
      <RemoveProofDialog
        target={removing}
        onClose={() => setRemoving(null)}
        onRemoved={({ purchase, proof }) => {
          setRepaired('');
          setRemoved(t('purchases.proof.removed', { name: proof.originalName, document: purchase.document || t('purchases.noDocument') }));
        }}
      />
    </>
  );
}

interface PurchaseTableProps {
  purchases: PurchaseView[];
  onEdit(purchase: PurchaseView): void;
  onVoid(purchase: PurchaseView): void;
  onAttach(purchase: PurchaseView): void;
  onRemoveProof(target: ProofToRemove): void;
}

// The proof column has the room of a file name's longest part ("potwierdzenie-") beside its icon and buttons at 1024 px.
const purchaseColumnWidths = { product: '18%', seats: '13%', date: '11%', document: '14%', coverage: '12%', proof: '24%' } as const;

function PurchaseTable({ purchases, onEdit, onVoid, onAttach, onRemoveProof }: PurchaseTableProps) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const restoreFocusTarget = useRestoreFocusTarget();
  const styles = useFeatureStyles();
  const format = useFormatters();
  // A file attached to several lots is one proof: each lot says which others it proves too (the index built once per list).
  const lotsOfProof = useMemo(() => indexLotsByProof(purchases), [purchases]);
  const documentOf = (p: PurchaseView) => p.document || t('purchases.noDocument');
  const otherLots = (purchase: PurchaseView) => (proofId: string) => {
    const { lots, count } = otherLotsOf(lotsOfProof, purchase, proofId, OTHER_LOTS_SHOWN);
    return { documents: lots.map(documentOf), more: count - lots.length };
  };
  return (
    <Table aria-label={t('purchases.tableLabel')} data-testid="purchases-table" className={styles.wideTable}>
      <TableHeader>
        <TableRow>
          {(['product', 'seats', 'date', 'document', 'coverage', 'proof'] as const).map((column) => (
            <TableHeaderCell key={column} className={styles.headerCell} style={{ width: purchaseColumnWidths[column] }}>
              {t(`purchases.columns.${column}`)}
            </TableHeaderCell>
          ))}
          <TableHeaderCell className={styles.headerCell} style={{ width: '8%' }}>
            <span>{t('ledger.actions')}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {purchases.map((purchase) => {
          const name = productLabel(t, purchase.productId);
          const voided = purchase.voidedAt !== null;
          return (
            <TableRow key={purchase.id} data-testid={`purchase-row-${purchase.document || purchase.id}`}>
              <TableCell className={styles.cell}>
                <div className={styles.stack}>
                  <Text weight="semibold">{name}</Text>
                  <Text size={200} className={styles.muted}>
                    {t(`ledger.program.${purchase.program}`)}
                  </Text>
                  {voided && (
                    <div>
                      <Badge appearance="tint" color="danger">
                        {t('purchases.voided')}
                      </Badge>{' '}
                      <Text size={200}>{purchase.voidReason}</Text>
                    </div>
                  )}
                </div>
              </TableCell>
              <TableCell className={styles.cell}>
                <div className={styles.stack}>
                  <Text data-testid="purchase-seats">{t('purchases.seatsUsed', { used: format.number(purchase.seatsUsed), quantity: format.number(purchase.quantity) })}</Text>
                  <ProgressBar
                    value={purchase.quantity > 0 ? Math.min(1, purchase.seatsUsed / purchase.quantity) : 0}
                    color={purchase.seatsUsed > purchase.quantity ? 'error' : 'brand'}
                    aria-label={t('purchases.seatsBar', { name })}
                    thickness="large"
                  />
                  <Text size={200} className={styles.muted} data-testid="purchase-free">
                    {t('purchases.seatsFree', { count: purchase.seatsFree, formatted: format.number(purchase.seatsFree) })}
                  </Text>
                </div>
              </TableCell>
              <TableCell className={styles.cell}>{format.date(purchase.date)}</TableCell>
              <TableCell className={styles.cell}>
                <div className={styles.stack}>
                  <Text className={styles.breakableName} data-testid="purchase-document">
                    {purchase.document ? breakAfter(purchase.document, NAME_BREAKS) : t('purchases.noDocument')}
                  </Text>
                  <Text size={200} className={styles.muted}>
                    {purchase.vendor || t('purchases.noVendor')}
                  </Text>
                </div>
              </TableCell>
              <TableCell className={styles.cell}>{coverageText(t, purchase.coverage, format)}</TableCell>
              <TableCell className={styles.cell}>
                <ProofList
                  proofs={purchase.proofs}
                  alsoProofOf={otherLots(purchase)}
                  onRemove={(proof: ProofView) => onRemoveProof({ purchase, proof, alsoProofOf: otherLotsOf(lotsOfProof, purchase, proof.id).lots.map(documentOf) })}
                  removeDisabled={voided || readOnly}
                />
              </TableCell>
              <TableCell className={styles.cell}>
                <Menu>
                  <MenuTrigger disableButtonEnhancement>
                    <Button
                      appearance="subtle"
                      icon={<MoreHorizontal20Regular />}
                      aria-label={t('purchases.actionsFor', { name, document: purchase.document || format.date(purchase.date) })}
                      {...restoreFocusTarget}
                    />
                  </MenuTrigger>
                  <MenuPopover>
                    <MenuList>
                      <MenuItem icon={<Attach16Regular />} onClick={() => onAttach(purchase)} disabled={voided || readOnly}>
                        {t('purchases.attachProof')}
                      </MenuItem>
                      <MenuItem icon={<Edit16Regular />} onClick={() => onEdit(purchase)} disabled={voided || readOnly}>
                        {t('purchases.edit')}
                      </MenuItem>
                      <MenuItem icon={<Delete16Regular />} onClick={() => onVoid(purchase)} disabled={voided || readOnly}>
                        {t('purchases.voidAction')}
                      </MenuItem>
                    </MenuList>
                  </MenuPopover>
                </Menu>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
