import { Button, makeStyles, Text, tokens, Tooltip, useRestoreFocusTarget } from '@fluentui/react-components';
import { Delete16Regular, Document16Regular, DocumentPdf16Regular, DocumentTable16Regular, DocumentText16Regular, Image16Regular, Mail16Regular, Open16Regular, type FluentIcon } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProofView } from '../../../shared/contracts/ledger';
import type { AppError } from '../../../shared/result';
import { breakAfter, NAME_BREAKS } from '../../components/breakAfter';
import { ledgerErrorText } from '../../components/ledgerLabels';
import { StatusText, type StatusIntent } from '../../components/StatusText';
import { useFeatureStyles } from '../../components/useFeatureStyles';
import { useFormatters } from '../../i18n/format';
import { usePurchasesStore } from './store';

/** The icon of a proof file by its extension: an invoice PDF, a license e-mail, a scan, a sheet; any other a plain document. */
const iconByExtension: Record<string, FluentIcon> = {
  pdf: DocumentPdf16Regular,
  eml: Mail16Regular,
  msg: Mail16Regular,
  png: Image16Regular,
  jpg: Image16Regular,
  jpeg: Image16Regular,
  tif: Image16Regular,
  tiff: Image16Regular,
  txt: DocumentText16Regular,
  xlsx: DocumentTable16Regular,
  xls: DocumentTable16Regular,
  csv: DocumentTable16Regular,
};

const proofIcon = (extension: string): FluentIcon => iconByExtension[extension.toLowerCase()] ?? Document16Regular;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  icon: { marginTop: '3px', flexShrink: 0, color: tokens.colorNeutralForeground3 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  meta: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center', color: tokens.colorNeutralForeground3 },
  hash: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  // Open above Remove: the file's name keeps the column's width.
  buttons: { display: 'flex', flexDirection: 'column', flexShrink: 0 },
});

const intentOf: Record<ProofView['status'], StatusIntent> = { ok: 'success', missing: 'error', altered: 'error', unreadable: 'error' };

interface ProofListProps {
  proofs: ProofView[];
  /** The other lots (their documents, the first few) a proof is attached to as well, and how many more there are. */
  alsoProofOf?: (proofId: string) => { documents: string[]; more: number };
  /** Offers Remove on each proof (the Purchases screen; the wizard shows the files only). */
  onRemove?: (proof: ProofView) => void;
  /** Remove is shown but not offered: a voided lot, a register open read-only. */
  removeDisabled?: boolean;
}

const noOtherLots = () => ({ documents: [], more: 0 });

/** A lot's proof files: name, size, short SHA-256 and whether the stored file is intact, with Open and, where offered, Remove. */
export function ProofList({ proofs, alsoProofOf = noOtherLots, onRemove, removeDisabled = false }: ProofListProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const featureStyles = useFeatureStyles();
  const format = useFormatters();
  // The confirmation closed without removing gives focus back to the Remove button that opened it.
  const restoreFocusTarget = useRestoreFocusTarget();
  const showProof = usePurchasesStore((s) => s.showProof);
  const [error, setError] = useState<AppError | null>(null);

  if (proofs.length === 0) return <StatusText intent="warning">{t('purchases.proof.none')}</StatusText>;

  const open = async (proof: ProofView) => {
    const result = await showProof(proof.id);
    setError(result.ok ? null : result.error);
  };

  return (
    <>
      <ul className={styles.list} aria-label={t('purchases.proof.listLabel')}>
        {proofs.map((proof) => {
          const Icon = proofIcon(proof.extension);
          const others = alsoProofOf(proof.id);
          return (
            <li key={proof.id} className={styles.item} data-testid="proof-item">
              <Icon aria-hidden className={styles.icon} />
              <div className={styles.body}>
                <Text className={featureStyles.breakableName} data-testid="proof-name">
                  {breakAfter(proof.originalName, NAME_BREAKS)}
                </Text>
                <div className={styles.meta}>
                  <Text size={200}>{format.bytes(proof.size)}</Text>
                  <Tooltip content={proof.sha256} relationship="description">
                    <Text size={200} className={styles.hash}>
                      {t('purchases.proof.sha', { hash: proof.sha256.slice(0, 12) })}
                    </Text>
                  </Tooltip>
                </div>
                <StatusText intent={intentOf[proof.status]} testId="proof-status">
                  {t(`ledger.proofStatus.${proof.status}`)}
                </StatusText>
                {others.documents.length > 0 && (
                  <Text size={200} data-testid="proof-also-of">
                    {others.more > 0
                      ? t('purchases.proof.alsoProofOfMore', { documents: others.documents.join(', '), count: others.more })
                      : t('purchases.proof.alsoProofOf', { documents: others.documents.join(', ') })}
                  </Text>
                )}
              </div>
              <div className={styles.buttons}>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Open16Regular />}
                  disabled={proof.status === 'missing' || proof.status === 'unreadable'}
                  onClick={() => void open(proof)}
                  aria-label={t('purchases.proof.openNamed', { name: proof.originalName })}
                />
                {onRemove && (
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<Delete16Regular />}
                    disabled={removeDisabled}
                    onClick={() => onRemove(proof)}
                    aria-label={t('purchases.proof.removeNamed', { name: proof.originalName })}
                    data-testid="proof-remove"
                    {...restoreFocusTarget}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {error && (
        <Text role="alert" size={200}>
          {ledgerErrorText(t, error)}
        </Text>
      )}
    </>
  );
}
