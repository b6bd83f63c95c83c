import { Button, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { ArrowRight16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/licensing/types';
import { StatusText } from '../../components/StatusText';
import { useFeatureStyles } from '../../components/useFeatureStyles';
import { useFormatters } from '../../i18n/format';
import { findingMessage, severityIntent } from './findingText';
import { fixScreen, followFix } from './fixes';

const useStyles = makeStyles({
  severity: { width: '120px' },
  subject: { width: '210px' },
  fix: { width: '200px' },
  ruleLine: { display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  ruleId: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  message: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  cell: { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS, verticalAlign: 'top' },
  more: { padding: tokens.spacingVerticalM, display: 'flex', justifyContent: 'center' },
});

/** Rows shown at first and added per "show more", so thousands of findings stay quick. */
const pageSize = 200;

/** Findings with severity (icon + text), rule, subject, the translated message and the fix as a button to where it is made. */
export function FindingsTable({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const feature = useFeatureStyles();
  const format = useFormatters();
  const [shown, setShown] = useState(pageSize);
  const rows = findings.slice(0, shown);

  return (
    <>
      <Table aria-label={t('findings.tableLabel')} data-testid="findings-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={mergeClasses(feature.headerCell, styles.severity)}>{t('findings.columns.severity')}</TableHeaderCell>
            <TableHeaderCell className={feature.headerCell}>{t('findings.columns.message')}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(feature.headerCell, styles.subject)}>{t('findings.columns.subject')}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(feature.headerCell, styles.fix)}>{t('findings.columns.fix')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((finding, index) => (
            <TableRow key={`${finding.rule}-${finding.subjectId ?? finding.subject}-${index}`} data-testid="finding-row" data-severity={finding.severity} data-rule={finding.rule}>
              <TableCell className={styles.cell}>
                <StatusText intent={severityIntent[finding.severity]}>{t(`findings.severity.${finding.severity}`)}</StatusText>
              </TableCell>
              <TableCell className={styles.cell}>
                <div className={feature.stack}>
                  <div className={styles.ruleLine}>
                    <Text weight="semibold">{t(`findings.rules.${finding.rule}`)}</Text>
                    <Text className={styles.ruleId}>{finding.rule}</Text>
                  </div>
                  <Text className={styles.message}>{findingMessage(t, finding)}</Text>
                  {finding.fix !== 'none' && (
                    <Text size={200} className={feature.secondary}>
                      {t(`licensing.fix.${finding.fix}`)}
                    </Text>
                  )}
                </div>
              </TableCell>
              <TableCell className={styles.cell}>
                <div className={feature.stack}>
                  <Text className={styles.message}>{finding.subject}</Text>
                  <Text size={200} className={feature.muted}>
                    {t(`findings.subjectKind.${finding.subjectKind}`)}
                  </Text>
                </div>
              </TableCell>
              <TableCell className={styles.cell}>
                {fixScreen[finding.fix] ? (
                  <Button
                    size="small"
                    icon={<ArrowRight16Regular />}
                    iconPosition="after"
                    onClick={() => followFix(finding.fix, finding)}
                    aria-label={t('findings.fixFor', { fix: t(`findings.fixes.${finding.fix}`), subject: finding.subject })}
                  >
                    {t(`findings.fixes.${finding.fix}`)}
                  </Button>
                ) : (
                  <Text size={200} className={feature.muted}>
                    {t('findings.noFix')}
                  </Text>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {findings.length > shown && (
        <div className={styles.more}>
          <Button appearance="secondary" onClick={() => setShown(findings.length)}>
            {t('importScreen.preview.showAll', { total: format.number(findings.length) })}
          </Button>
        </div>
      )}
    </>
  );
}
