import { Button, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import {
  ArrowImport20Regular,
  ArrowRight16Regular,
  Attach20Regular,
  DocumentEdit20Regular,
  PersonAdd20Regular,
  PersonDelete20Regular,
  ReceiptAdd20Regular,
  ServerMultiple20Regular,
  TaskListLtr20Regular,
  type FluentIcon,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Finding, SuggestedFix } from '../../../shared/licensing/types';
import { localizedLabel } from '../../../shared/licensing/messages';
import { useFormatters } from '../../i18n/format';
import { StatusText } from '../../components/StatusText';
import { followFix, nextActions } from '../findings/fixes';
import { useOverviewStyles } from './styles';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ':first-child': { borderTop: 'none' },
  },
  icon: { color: tokens.colorBrandForeground1, display: 'flex' },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  // In a narrow window the button keeps its arrow and its name (aria-label) but not the words its row's title already says.
  goLabel: { '@media (max-width: 1100px)': { display: 'none' } },
  goButton: { '@media (max-width: 1100px)': { minWidth: 'auto' } },
});

const icons: Partial<Record<SuggestedFix, FluentIcon>> = {
  'assign-cal': PersonAdd20Regular,
  'release-cal': PersonDelete20Regular,
  'add-purchase': ReceiptAdd20Regular,
  'attach-proof': Attach20Regular,
  'verify-server': ServerMultiple20Regular,
  'activate-server': ServerMultiple20Regular,
  'add-document': DocumentEdit20Regular,
  'import-inventory': ArrowImport20Regular,
  'add-server': ServerMultiple20Regular,
};

/** "What to do next": one action per kind of fix the findings suggest, leading to the screen where it is made. */
export function NextActions({ findings, inventoryMissing, serverMissing }: { findings: readonly Finding[]; inventoryMissing: boolean; serverMissing: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const cardStyles = useOverviewStyles();
  const format = useFormatters();
  const actions = nextActions(findings, { inventoryMissing, serverMissing });

  return (
    <Card className={cardStyles.card} aria-labelledby="next-actions-title" data-testid="next-actions">
      <CardHeader
        image={<TaskListLtr20Regular aria-hidden />}
        header={
          <Text as="h2" id="next-actions-title" weight="semibold" size={400} className={cardStyles.cardTitle}>
            {t('compliance.next.title')}
          </Text>
        }
      />
      {actions.length === 0 ? (
        <StatusText intent="success">{t('compliance.next.none')}</StatusText>
      ) : (
        <ul className={styles.list}>
          {actions.map((action) => {
            const Icon = icons[action.fix] ?? TaskListLtr20Regular;
            const first = action.findings[0];
            const label = t(`findings.fixes.${action.fix}`);
            return (
              <li key={action.fix} className={styles.item} data-testid={`next-action-${action.fix}`}>
                <span className={styles.icon}>
                  <Icon aria-hidden />
                </span>
                <div className={styles.text}>
                  <Text weight="semibold">
                    {label}
                    {action.findings.length > 0 && ` · ${t('compliance.next.count', { count: action.findings.length })}`}
                  </Text>
                  <Text size={200} className={styles.secondary}>
                    {t(`licensing.fix.${action.fix}`)}
                    {first && ` ${t('compliance.next.example', { subject: localizedLabel(first.subject, format) })}`}
                  </Text>
                </div>
                <Button
                  icon={<ArrowRight16Regular />}
                  iconPosition="after"
                  aria-label={label}
                  className={styles.goButton}
                  onClick={() => followFix(action.fix, first)}
                  data-testid={`next-action-go-${action.fix}`}
                >
                  <span className={styles.goLabel}>{label}</span>
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
