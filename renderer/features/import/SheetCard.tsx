import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Card, CardHeader, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { DocumentTable20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { SheetSummary } from '../../../shared/import/preview-types';
import { StatusText, type StatusIntent } from '../../components/StatusText';
import { useFeatureStyles } from '../../components/useFeatureStyles';
import { CappedList } from './CappedList';
import { importMessageText } from './changes';
import { MappingForm } from './MappingForm';

const useStyles = makeStyles({
  // The mapping table needs the full width of the list.
  wide: { gridColumn: '1 / -1' },
  facts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalXS, alignItems: 'center' },
  // Each warning has its icon: no list bullet beside it.
  warnings: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const statusIntent: Record<SheetSummary['status'], StatusIntent> = { ok: 'success', 'needs-mapping': 'warning', 'set-aside': 'info', unknown: 'error' };

/** One sheet of one file: what it is, how many rows were read or skipped and why, warnings, missing columns, mapping. */
export function SheetCard({ sheet }: { sheet: SheetSummary }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const feature = useFeatureStyles();
  const title = sheet.sheetName ? t('importScreen.sheetTitle', { file: sheet.fileName, sheet: sheet.sheetName }) : sheet.fileName;
  const mappingShown = sheet.status === 'needs-mapping' && sheet.mapping !== null;
  // The form says which columns are still needed; the CLI's "supply --map" advice would only confuse here.
  const warnings = mappingShown ? sheet.warnings.filter((w) => w.key !== 'importFile.warning.needsMapping') : sheet.warnings;
  const titleId = `sheet-${sheet.sha256.slice(0, 12)}-${sheet.sheetName.replace(/\W+/g, '-')}`;

  return (
    <Card className={mergeClasses(feature.card, mappingShown && styles.wide)} aria-labelledby={titleId} data-testid="import-sheet" data-kind={sheet.kind} data-status={sheet.status}>
      <CardHeader
        image={<DocumentTable20Regular aria-hidden />}
        header={
          <Text as="h3" id={titleId} weight="semibold" size={400} className={feature.cardTitle}>
            {title}
          </Text>
        }
        action={<StatusText intent={statusIntent[sheet.status]}>{t(`importScreen.status.${sheet.status}`)}</StatusText>}
      />
      <div className={styles.facts}>
        {/* A file not recognized has no kind and no rows read: its status and warning say so ("Detected: Not recognized, 0 rows read" would not). */}
        {sheet.kind !== 'unknown' && (
          <Badge appearance="tint" color={sheet.kind === 'audit-report' ? 'informative' : 'brand'} data-testid="import-sheet-kind">
            {t('importScreen.detected', { kind: t(`importScreen.kinds.${sheet.kind}`) })}
          </Badge>
        )}
        {/* A report set aside has no rows to count: its message says what it is. */}
        {sheet.status !== 'set-aside' && sheet.kind !== 'unknown' && <Text data-testid="import-rows-read">{t('importScreen.rowsRead', { count: sheet.rowsRead })}</Text>}
        {sheet.rowsSkipped > 0 && <Text data-testid="import-rows-skipped">{t('importScreen.rowsSkipped', { count: sheet.rowsSkipped })}</Text>}
      </div>
      {warnings.length > 0 && (
        <ul className={styles.warnings} data-testid="import-sheet-warnings">
          {warnings.map((warning, index) => (
            <li key={`${warning.key}-${index}`}>
              <StatusText intent={sheet.status === 'set-aside' ? 'info' : 'warning'}>{importMessageText(t, warning)}</StatusText>
            </li>
          ))}
        </ul>
      )}
      {sheet.status === 'unknown' && (
        <Text className={feature.secondary} data-testid="import-unknown-hint">
          {t('importScreen.unknownHint')}
        </Text>
      )}
      {sheet.missingColumns.length > 0 && (
        <StatusText intent="warning" testId="import-missing-columns">
          {t('importScreen.missingColumns', { columns: sheet.missingColumns.join(', ') })}
        </StatusText>
      )}
      {sheet.skipped.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="skipped">
            <AccordionHeader size="small">{t('importScreen.showSkipped')}</AccordionHeader>
            <AccordionPanel>
              <CappedList
                items={sheet.skipped}
                itemKey={(row) => `${row.line}`}
                label={t('importScreen.showSkipped')}
                testId="import-skipped-rows"
                renderItem={(row) => <Text size={200}>{t('importScreen.skippedLine', { line: row.line, reason: importMessageText(t, row.reason) })}</Text>}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
      {mappingShown && sheet.mapping && <MappingForm fileName={sheet.fileName} mapping={sheet.mapping} />}
    </Card>
  );
}
