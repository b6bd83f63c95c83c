import { Button, Card, Field, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import {
  ArrowClockwise20Regular,
  ArrowExportUp20Regular,
  ArrowImport20Regular,
  CheckmarkCircle24Regular,
  FilterDismiss20Regular,
  Info24Regular,
  ServerMultiple20Regular,
} from '@fluentui/react-icons';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplianceView } from '../../../shared/contracts/compliance';
import type { RuleId, Severity } from '../../../shared/licensing/types';
import { ruleIds } from '../../../shared/licensing/types';
import { isCalendarDate } from '../../../shared/licensing/dates';
import { nothingToCheckYet } from '../../../shared/licensing/findings';
import { mailboxesSeenOn } from '../../../shared/licensing/inventory';
import { useNavigationStore } from '../../app/navigationStore';
import { useSessionStore } from '../../app/sessionStore';
import { ScreenHeader } from '../../components/ScreenHeader';
import { SidewaysScroll } from '../../components/SidewaysScroll';
import { useFeatureStyles } from '../../components/useFeatureStyles';
import { useFollowToday } from '../../components/useFollowToday';
import { errorText, useFormatters } from '../../i18n/format';
import { useExportStore } from '../export/store';
import { severities } from './findingText';
import { FindingsTable } from './FindingsTable';
import { followFix } from './fixes';
import { useComplianceStore } from './store';
import { DateField } from '../../components/DateField';

const useStyles = makeStyles({
  // Labels in one line at the top: the as-of field's hint below it must not lift its input above the selects.
  filters: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  select: { minWidth: '200px' },
  // A long message under the date (a day typed wrong) wraps instead of doubling the field's width.
  date: { maxWidth: '300px' },
  status: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});


/** Findings: every rule's result as of a date, filtered by severity and rule, each with the way to its fix. */
export function FindingsScreen() {
  const { t } = useTranslation();
  const styles = useStyles();
  const feature = useFeatureStyles();
  const format = useFormatters();
  const path = useSessionStore((s) => (s.status?.state === 'open' ? s.status.path : null));
  const { findings: load, asOf, filter, loadFindings, setFilter } = useComplianceStore();
  const go = useNavigationStore((s) => s.go);
  const preselect = useExportStore((s) => s.preselect);

  useEffect(() => {
    if (path) void loadFindings();
  }, [path, loadFindings]);
  useFollowToday(useComplianceStore((s) => s.findingsFollowToday));

  const all = useMemo(() => (load.kind === 'ready' ? load.view.report.findings : []), [load]);
  // The same array until the findings or the filter change, so the virtualized table keeps its measured rows.
  const shown = useMemo(
    () => all.filter((f) => (filter.severity === 'all' || f.severity === filter.severity) && (filter.rule === 'all' || f.rule === filter.rule)),
    [all, filter.severity, filter.rule],
  );
  // Offer only the rules that fired, plus the one filtered on, so the list stays short.
  const rulesPresent = useMemo(() => {
    const fired = new Set(all.map((f) => f.rule));
    return ruleIds.filter((rule) => rule === filter.rule || fired.has(rule));
  }, [all, filter.rule]);

  const exportFindings = () => {
    preselect(['summary', 'findings']);
    go('export');
  };
  const actions = path ? (
    <div className={feature.actions}>
      <Button icon={<ArrowClockwise20Regular />} onClick={() => void loadFindings()} disabledFocusable={load.kind === 'loading'}>
        {t('findings.recalculate')}
      </Button>
      <Button icon={<ArrowExportUp20Regular />} onClick={exportFindings} title={t('findings.exportHint')} data-testid="findings-export">
        {t('findings.exportFindings')}
      </Button>
    </div>
  ) : undefined;

  return (
    <>
      <ScreenHeader title={t('nav.findings')} description={t('screens.findings.description')} actions={actions} />
      {!path ? (
        <Text>{t('ledger.noRegister')}</Text>
      ) : (
        <>
          <Card className={feature.card}>
            <div className={styles.filters} role="group" aria-label={t('findings.filters.label')}>
              <Field label={t('findings.filters.severity')}>
                <Select className={styles.select} value={filter.severity} onChange={(_e, d) => setFilter({ severity: d.value as Severity | 'all' })} data-testid="findings-filter-severity">
                  <option value="all">{t('findings.filters.allSeverities')}</option>
                  {severities.map((severity) => (
                    <option key={severity} value={severity}>
                      {t(`findings.severity.${severity}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t('findings.filters.rule')}>
                <Select className={styles.select} value={filter.rule} onChange={(_e, d) => setFilter({ rule: d.value as RuleId | 'all' })} data-testid="findings-filter-rule">
                  <option value="all">{t('findings.filters.allRules')}</option>
                  {rulesPresent.map((rule) => (
                    <option key={rule} value={rule}>
                      {t(`findings.rules.${rule}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <DateField
                label={t('findings.filters.asOf')}
                hint={t('findings.filters.asOfHint')}
                className={styles.date}
                value={asOf}
                onChange={(value) => {
                  if (isCalendarDate(value)) void loadFindings(value);
                }}
                testId="findings-as-of"
              />
              {(filter.severity !== 'all' || filter.rule !== 'all') && (
                <Button appearance="subtle" icon={<FilterDismiss20Regular />} onClick={() => setFilter({ severity: 'all', rule: 'all' })}>
                  {t('findings.filters.clear')}
                </Button>
              )}
            </div>
          </Card>
          {load.kind === 'ready' && <LaterExport lastImport={load.view.lastImport} asOf={load.view.report.asOf} />}
          {load.kind === 'failed' ? (
            <Text role="alert">{errorText(t, load.error)}</Text>
          ) : load.kind !== 'ready' ? (
            <Spinner label={t('findings.loading')} />
          ) : all.length === 0 ? (
            <NoFindings view={load.view} />
          ) : (
            <>
              <div className={styles.status}>
                <Text role="status" data-testid="findings-shown">
                  {t('findings.shown', { shown: format.number(shown.length), total: format.number(all.length) })}
                </Text>
              </div>
              <Card className={feature.tableCard}>
                {shown.length === 0 ? (
                  <div className={feature.empty}>
                    <Text>{t('findings.emptyFiltered')}</Text>
                  </div>
                ) : (
                  <SidewaysScroll>
                    {/* A new filter starts the list at its top. */}
                    <FindingsTable key={`${filter.severity}|${filter.rule}`} findings={shown} />
                  </SidewaysScroll>
                )}
              </Card>
            </>
          )}
        </>
      )}
    </>
  );
}

/** Said when the report's date is before the mailbox export it judges: the register keeps the latest export's mailboxes only. */
function LaterExport({ lastImport, asOf }: { lastImport: Parameters<typeof mailboxesSeenOn>[0]; asOf: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const exported = mailboxesSeenOn(lastImport);
  if (exported === null || exported <= asOf) return null;
  return (
    <MessageBar intent="info" data-testid="findings-later-export">
      <MessageBarBody>{t('findings.mailboxesAfterAsOf', { date: format.date(exported), asOf: format.date(asOf) })}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * No findings: every rule passes, or, with no server recorded or no mailbox export imported, there is nothing
 * for the rules to judge yet, and what to do first.
 */
function NoFindings({ view }: { view: ComplianceView }) {
  const { t } = useTranslation();
  const feature = useFeatureStyles();
  const format = useFormatters();
  const missing = nothingToCheckYet(view.report, view.lastImport);
  if (!missing) {
    return (
      <Card className={feature.card}>
        <div className={feature.empty} data-testid="findings-empty">
          <CheckmarkCircle24Regular aria-hidden />
          <Text weight="semibold">{t('findings.emptyTitle')}</Text>
          <Text>{t('findings.empty', { date: format.date(view.report.asOf) })}</Text>
        </div>
      </Card>
    );
  }
  const { serverMissing, inventoryMissing } = missing;
  return (
    <Card className={feature.card}>
      <div className={feature.empty} data-testid="findings-nothing-yet">
        <Info24Regular aria-hidden />
        <Text weight="semibold">{t('findings.nothingYetTitle')}</Text>
        <Text>{t(serverMissing && inventoryMissing ? 'findings.nothingYet' : serverMissing ? 'findings.nothingYetServers' : 'findings.nothingYetInventory')}</Text>
        <div className={feature.actions}>
          {serverMissing && (
            <Button appearance="primary" icon={<ServerMultiple20Regular />} onClick={() => followFix('add-server')}>
              {t('findings.fixes.add-server')}
            </Button>
          )}
          {inventoryMissing && (
            <Button appearance={serverMissing ? 'secondary' : 'primary'} icon={<ArrowImport20Regular />} onClick={() => followFix('import-inventory')}>
              {t('findings.importMailboxes')}
            </Button>
          )}
        </div>
      </div>
    </Card>
  );
}
