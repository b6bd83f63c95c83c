import { Button, Card, CardHeader, makeStyles, Spinner, Switch, Text, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular, ShieldCheckmark20Regular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadOnly } from '../../app/sessionStore';
import type { RegisterStatus } from '../../../shared/contracts/register';
import { missingInputs } from '../../../shared/licensing/findings';
import { useFollowToday } from '../../components/useFollowToday';
import { errorText, useFormatters } from '../../i18n/format';
import { useComplianceStore } from '../findings/store';
import { CompliancePosition } from './CompliancePosition';
import { ComplianceStatusCards } from './ComplianceStatusCards';
import { NextActions } from './NextActions';
import { useOverviewStyles } from './styles';

type OpenStatus = Extract<RegisterStatus, { state: 'open' }>;

const useStyles = makeStyles({
  setting: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground2, maxWidth: '90ch', paddingInlineStart: tokens.spacingHorizontalS },
  inventory: { color: tokens.colorNeutralForeground2 },
});

/** The Overview's compliance part: position per product, findings, servers, last import, next actions and the shared-mailbox rule. */
export function ComplianceDashboard({ status }: { status: OpenStatus }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const styles = useStyles();
  const cardStyles = useOverviewStyles();
  const format = useFormatters();
  const { dashboard, loadDashboard, setCountSharedMailboxes, savingSetting, settingError } = useComplianceStore();
  // Recompute when the register or what it holds changes (an assignment, an import…).
  const countsKey = JSON.stringify(status.counts);

  useEffect(() => {
    void loadDashboard();
  }, [status.path, countsKey, loadDashboard]);
  useFollowToday(useComplianceStore((s) => s.dashboardFollowToday));

  if (dashboard.kind === 'failed') {
    return (
      <Card className={cardStyles.card}>
        <Text role="alert">{errorText(t, dashboard.error)}</Text>
      </Card>
    );
  }
  if (dashboard.kind !== 'ready') return <Spinner label={t('compliance.loading')} />;
  const { view } = dashboard;
  const { inventory } = view.report;

  return (
    <>
      <Card className={cardStyles.card} aria-labelledby="compliance-title" data-testid="compliance-dashboard">
        <CardHeader
          image={<ShieldCheckmark20Regular aria-hidden />}
          header={
            <Text as="h2" id="compliance-title" weight="semibold" size={500} className={cardStyles.cardTitle}>
              {t('compliance.title')}
            </Text>
          }
          description={<Text size={200}>{t('compliance.asOf', { date: format.date(view.report.asOf) })}</Text>}
          action={
            <Button appearance="subtle" icon={<ArrowClockwise20Regular />} onClick={() => void loadDashboard()} aria-label={t('compliance.refresh')} title={t('compliance.refresh')} />
          }
        />
        <Text as="h3" size={300} weight="semibold" className={cardStyles.cardTitle}>
          {t('compliance.position.title')}
        </Text>
        {view.report.position.length === 0 ? (
          <Text>{t('compliance.position.empty')}</Text>
        ) : (
          <CompliancePosition positions={view.report.position} />
        )}
        {view.lastImport !== null && (
          <Text size={200} className={styles.inventory} data-testid="compliance-inventory">
            {t('compliance.position.inventory', {
              mailboxes: format.number(inventory.mailboxes),
              needCal: format.number(inventory.needCal),
              exempt: format.number(inventory.exempt),
            })}
          </Text>
        )}
      </Card>
      <ComplianceStatusCards view={view} />
      <NextActions findings={view.report.findings} {...missingInputs(view.report, view.lastImport)} />
      {/* The counting rule sits last: a setting, read once, not a status. */}
      <Card className={cardStyles.card}>
        <div className={styles.setting}>
          <Switch
            checked={view.countSharedMailboxes}
            disabled={readOnly} disabledFocusable={savingSetting}
            onChange={(_event, data) => void setCountSharedMailboxes(data.checked)}
            label={t('compliance.shared.label')}
            aria-describedby="count-shared-hint"
            data-testid="count-shared-mailboxes"
          />
          <Text id="count-shared-hint" size={200} className={styles.hint}>
            {t('compliance.shared.hint')}
          </Text>
          {settingError && (
            <Text role="alert" size={200}>
              {t('compliance.shared.failed')} {errorText(t, settingError)}
            </Text>
          )}
        </div>
      </Card>
    </>
  );
}
