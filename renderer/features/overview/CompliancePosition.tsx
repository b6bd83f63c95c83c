import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ProductPosition } from '../../../shared/licensing/types';
import { productLabel } from '../../components/ledgerLabels';
import { StatusText } from '../../components/StatusText';
import { useFormatters } from '../../i18n/format';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  product: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, breakInside: 'avoid' },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  bars: { display: 'grid', gridTemplateColumns: 'max-content 1fr max-content', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  track: {
    position: 'relative',
    height: '10px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground4,
    overflow: 'hidden',
    // Keep the bars when printing: the numbers beside them still carry the meaning.
    printColorAdjust: 'exact',
  },
  fill: { position: 'absolute', top: 0, bottom: 0, left: 0, borderRadius: tokens.borderRadiusCircular },
  purchased: { backgroundColor: tokens.colorBrandBackground },
  required: { backgroundColor: tokens.colorNeutralForeground3 },
  requiredShort: { backgroundColor: tokens.colorPaletteRedBackground3 },
  assigned: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  number: { fontVariantNumeric: 'tabular-nums', textAlign: 'end', minWidth: '3ch', fontWeight: tokens.fontWeightSemibold },
});

interface PositionStatus {
  intent: 'error' | 'info' | 'success';
  key: 'shortfall' | 'surplus' | 'surplusNotReaching' | 'covered';
  count: number;
  /** Of a surplus, the CALs that do not cover the server in use (`ProductPosition.notReaching`). */
  notReaching?: number;
}

/** The text status of a product: what is missing, what is spare (and how much of it is of no use to the server), or covered. */
export function positionStatus(position: ProductPosition): PositionStatus {
  if (position.shortfall > 0) return { intent: 'error', key: 'shortfall', count: position.shortfall };
  if (position.notReaching > 0) return { intent: 'info', key: 'surplusNotReaching', count: position.surplus, notReaching: position.notReaching };
  if (position.surplus > 0) return { intent: 'info', key: 'surplus', count: position.surplus };
  return { intent: 'success', key: 'covered', count: 0 };
}

/** Per product: purchased, required and assigned as bars with their numbers, and the status as text (reads without colour, prints). */
export function CompliancePosition({ positions }: { positions: readonly ProductPosition[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const format = useFormatters();

  return (
    <ul className={styles.list} aria-label={t('compliance.position.title')}>
      {positions.map((position) => {
        const name = productLabel(t, position.productId);
        const scale = Math.max(position.purchased, position.required, position.assigned, 1);
        const status = positionStatus(position);
        const bars = [
          { key: 'purchased', value: position.purchased, className: styles.purchased },
          { key: 'required', value: position.required, className: position.shortfall > 0 ? styles.requiredShort : styles.required },
          { key: 'assigned', value: position.assigned, className: styles.assigned },
        ] as const;
        return (
          <li key={position.productId} className={styles.product} data-testid={`position-${position.productId}`}>
            <div className={styles.head}>
              <Text weight="semibold">{name}</Text>
              <StatusText intent={status.intent} testId="position-status">
                {t(`compliance.position.${status.key}`, { count: status.count, notReaching: status.notReaching })}
              </StatusText>
            </div>
            <div
              className={styles.bars}
              role="img"
              aria-label={t('compliance.position.gauge', { product: name, purchased: position.purchased, required: position.required, assigned: position.assigned })}
            >
              {bars.map((bar) => (
                <div key={bar.key} style={{ display: 'contents' }}>
                  <span className={styles.label}>{t(`compliance.position.${bar.key}`)}</span>
                  <span className={styles.track}>
                    <span className={mergeClasses(styles.fill, bar.className)} style={{ width: `${(bar.value / scale) * 100}%` }} />
                  </span>
                  <span className={styles.number} data-testid={`position-${bar.key}`}>
                    {format.number(bar.value)}
                  </span>
                </div>
              ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
