import { Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DataBarVertical20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { RegisterStatus } from '../../../shared/contracts/register';
import { useFormatters } from '../../i18n/format';
import { useOverviewStyles } from './styles';

type Counts = Extract<RegisterStatus, { state: 'open' }>['counts'];
const order: (keyof Counts)[] = ['servers', 'purchases', 'people', 'activeAssignments', 'proofs', 'auditEvents'];

const useStyles = makeStyles({
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  number: { color: tokens.colorBrandForeground1, fontVariantNumeric: 'tabular-nums' },
  label: { color: tokens.colorNeutralForeground2 },
});

/** How much the register holds, one tile per count with a plural-correct label. */
export function RegisterCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const cardStyles = useOverviewStyles();
  const format = useFormatters();

  return (
    <Card className={cardStyles.card} aria-labelledby="register-counts-title">
      <CardHeader
        image={<DataBarVertical20Regular aria-hidden />}
        header={
          <Text as="h2" id="register-counts-title" weight="semibold" size={400} className={cardStyles.cardTitle}>
            {t('overview.countsCard')}
          </Text>
        }
      />
      <ul className={styles.tiles}>
        {order.map((key) => (
          <li key={key} className={styles.tile} data-testid={`count-${key}`}>
            <Text size={800} weight="semibold" className={styles.number}>
              {format.number(counts[key])}
            </Text>
            <Text size={300} className={styles.label}>
              {t(`overview.counts.${key}`, { count: counts[key] })}
            </Text>
          </li>
        ))}
      </ul>
    </Card>
  );
}
