import { Button, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowImport20Regular, ClipboardTaskListLtr20Regular, Server20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ComplianceView } from '../../../shared/contracts/compliance';
import { seReleasedOn } from '../../../shared/licensing/catalog';
import type { Severity } from '../../../shared/licensing/types';
import { useNavigationStore } from '../../app/navigationStore';
import { StatusText, type StatusIntent } from '../../components/StatusText';
import { useFormatters } from '../../i18n/format';
import { countBySeverity, severities, severityIntent } from '../findings/findingText';
import { useComplianceStore } from '../findings/store';
import { useOverviewStyles } from './styles';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'stretch' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  severity: { justifyContent: 'flex-start', minWidth: 0, paddingInline: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  server: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  source: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

const activationIntent: Record<string, StatusIntent> = { activated: 'success', trial: 'warning', 'trial-expired': 'error', unknown: 'unknown' };

/** A moment as "3 days ago" / "vor 3 Tagen" in the UI language, in the largest unit that fits. */
export function relativeAge(isoTime: string, locale: string, now: Date = new Date()): string {
  const seconds = (new Date(isoTime).getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['year', 365 * 86400],
    ['month', 30 * 86400],
    ['week', 7 * 86400],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  // Under a minute: "now" / "teraz".
  return format.format(0, 'second');
}

/** Open findings by severity (each linking to Findings filtered), server status and the last import with its age. */
export function ComplianceStatusCards({ view }: { view: ComplianceView }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const cardStyles = useOverviewStyles();
  const format = useFormatters();
  const go = useNavigationStore((s) => s.go);
  const setFilter = useComplianceStore((s) => s.setFilter);
  const counts = countBySeverity(view.report.findings);
  const showFindings = (severity: Severity | 'all') => {
    setFilter({ severity, rule: 'all' });
    go('findings');
  };

  return (
    <div className={styles.row}>
      <Card className={cardStyles.card} aria-labelledby="open-findings-title" data-testid="open-findings">
        <CardHeader
          image={<ClipboardTaskListLtr20Regular aria-hidden />}
          header={
            <Text as="h2" id="open-findings-title" weight="semibold" size={400} className={cardStyles.cardTitle}>
              {t('compliance.findings.title')}
            </Text>
          }
        />
        {view.report.findings.length === 0 ? (
          <StatusText intent="success">{t('compliance.findings.none')}</StatusText>
        ) : (
          <ul className={styles.list}>
            {severities.map((severity) => {
              const label = t(`findings.severityCount.${severity}`, { count: counts[severity] });
              return (
                <li key={severity}>
                  <Button
                    appearance="subtle"
                    className={styles.severity}
                    onClick={() => showFindings(severity)}
                    aria-label={t('compliance.findings.show', { label })}
                    data-testid={`open-findings-${severity}`}
                  >
                    <StatusText intent={counts[severity] > 0 ? severityIntent[severity] : 'success'}>{label}</StatusText>
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </Card>

      <Card className={cardStyles.card} aria-labelledby="server-status-title" data-testid="server-status">
        <CardHeader
          image={<Server20Regular aria-hidden />}
          header={
            <Text as="h2" id="server-status-title" weight="semibold" size={400} className={cardStyles.cardTitle}>
              {t('compliance.servers.title')}
            </Text>
          }
        />
        {view.report.servers.length === 0 ? (
          <StatusText intent="warning">{t('compliance.servers.none')}</StatusText>
        ) : (
          <ul className={styles.list}>
            {view.report.servers.map((server) => (
              <li key={server.name} className={styles.server}>
                <Text weight="semibold">{server.name}</Text>
                <Text size={200} className={styles.muted}>
                  {/* What the rules counted that day, with what was recorded where that is another (SE before its release). */}
                  {server.recordedProduct ? t('compliance.servers.recordedAsSe', { product: server.product, date: format.date(seReleasedOn) }) : server.product}
                </Text>
                <StatusText intent={activationIntent[server.activation] ?? 'unknown'}>{t(`ledger.activation.${server.activation}`, { defaultValue: server.activation })}</StatusText>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card className={cardStyles.card} aria-labelledby="last-import-title" data-testid="last-import">
        <CardHeader
          image={<ArrowImport20Regular aria-hidden />}
          header={
            <Text as="h2" id="last-import-title" weight="semibold" size={400} className={cardStyles.cardTitle}>
              {t('compliance.lastImport.title')}
            </Text>
          }
        />
        {view.lastImport === null ? (
          <StatusText intent="warning">{t('compliance.lastImport.never')}</StatusText>
        ) : (
          <div className={styles.list}>
            <Text data-testid="last-import-age">
              {t('compliance.lastImport.when', { age: relativeAge(view.lastImport.takenAt, format.locale), date: format.dateTime(view.lastImport.takenAt) })}
            </Text>
            {view.lastImport.sources.map((source, index) => (
              <Text key={`${source.fileName}-${index}`} size={200} className={styles.source}>
                {t(source.takenAt ? 'compliance.lastImport.sourceEarlier' : 'compliance.lastImport.source', {
                  file: source.fileName,
                  kind: t(`importScreen.kinds.${source.kind}`, { defaultValue: source.kind }),
                  rows: format.number(source.rows),
                  date: source.takenAt ? format.dateTime(source.takenAt) : '',
                })}
              </Text>
            ))}
          </div>
        )}
      </Card>
    </div>
  );
}
