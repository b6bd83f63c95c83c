import { Button, makeStyles, mergeClasses, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { TableSimpleCheckmark20Regular } from '@fluentui/react-icons';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requiredFields } from '../../../shared/import/detect';
import { purchaseFields, registerFields, type MappingSuggestion } from '../../../shared/import/types';
import { columnLetter } from '../../../shared/export/cells';
import { SidewaysScroll } from '../../components/SidewaysScroll';
import { StatusText } from '../../components/StatusText';
import { useFeatureStyles } from '../../components/useFeatureStyles';
import { useFormatters } from '../../i18n/format';
import { useImportStore } from './store';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  select: { width: '100%', maxWidth: '280px' },
  fieldCell: { width: '300px' },
  header: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

const ignore = 'ignore';

/** Maps each header of a hand-kept sheet to a register field, prefilled from the suggestions; sends importRemap. */
export function MappingForm({ fileName, mapping }: { fileName: string; mapping: MappingSuggestion }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const feature = useFeatureStyles();
  const format = useFormatters();
  const remap = useImportStore((s) => s.remap);
  const busy = useImportStore((s) => s.phase === 'remapping');
  const fields: readonly string[] = mapping.kind === 'register-sheet' ? registerFields : purchaseFields;
  const [chosen, setChosen] = useState<string[]>(() => mapping.columns.map((c) => c.field ?? ignore));
  const percent = useMemo(() => new Intl.NumberFormat(format.locale, { style: 'percent' }), [format.locale]);

  const stillNeeded = requiredFields[mapping.kind]
    .filter((group) => !group.some((field) => chosen.includes(field)))
    .map((group) => group.map((field) => t(`importScreen.fields.${field}`)).join(t('importScreen.mapping.or')));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const explicit: Record<string, string> = {};
    mapping.columns.forEach((column, index) => {
      if (column.header.trim() !== '') explicit[column.header] = chosen[index] ?? ignore;
    });
    void remap(fileName, explicit);
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={t('importScreen.mapping.title')} data-testid="import-mapping">
      <div className={feature.stack}>
        <Text as="h4" weight="semibold" className={feature.cardTitle}>
          {t('importScreen.mapping.title')}
        </Text>
        <Text size={200} className={feature.secondary}>
          {t('importScreen.mapping.description')}
        </Text>
      </div>
      <SidewaysScroll>
        <Table size="small" aria-label={t('importScreen.mapping.title')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={feature.headerCell}>{t('importScreen.mapping.column')}</TableHeaderCell>
              <TableHeaderCell className={mergeClasses(feature.headerCell, styles.fieldCell)}>{t('importScreen.mapping.field')}</TableHeaderCell>
              <TableHeaderCell className={feature.headerCell}>{t('importScreen.mapping.match')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {mapping.columns.map((column, index) =>
              // A column without a header cannot be mapped: a mapping names columns by their header, remembered for the next import of such a sheet.
              column.header.trim() === '' ? (
                <TableRow key={column.index} data-testid="mapping-no-header">
                  <TableCell>{t('importScreen.mapping.noHeader', { letter: columnLetter(column.index + 1) })}</TableCell>
                  <TableCell colSpan={2}>
                    <Text size={200} className={feature.secondary}>
                      {t('importScreen.mapping.noHeaderHint')}
                    </Text>
                  </TableCell>
                </TableRow>
              ) : (
                <TableRow key={column.index}>
                  <TableCell>
                    <span className={styles.header}>{column.header}</span>
                  </TableCell>
                  <TableCell>
                    <Select
                      className={styles.select}
                      size="small"
                      value={chosen[index] ?? ignore}
                      aria-label={t('importScreen.mapping.fieldFor', { header: column.header })}
                      onChange={(_event, data) => setChosen((current) => current.map((value, i) => (i === index ? data.value : value)))}
                    >
                      <option value={ignore}>{t('importScreen.mapping.ignore')}</option>
                      {fields.map((field) => (
                        <option key={field} value={field}>
                          {t(`importScreen.fields.${field}`)}
                        </option>
                      ))}
                    </Select>
                  </TableCell>
                  <TableCell>
                    <Text size={200} className={feature.secondary}>
                      {column.explicit
                        ? t('importScreen.mapping.remembered')
                        : column.field
                          ? `${t(`importScreen.fields.${column.field}`)} · ${t('importScreen.mapping.confidence', { percent: percent.format(column.confidence) })}`
                          : t('importScreen.mapping.noSuggestion')}
                    </Text>
                  </TableCell>
                </TableRow>
              ),
            )}
          </TableBody>
        </Table>
      </SidewaysScroll>
      {stillNeeded.length > 0 && <StatusText intent="warning">{t('importScreen.mapping.stillNeeded', { fields: stillNeeded.join('; ') })}</StatusText>}
      <div className={feature.actions}>
        <Button type="submit" appearance="primary" icon={busy ? <Spinner size="tiny" /> : <TableSimpleCheckmark20Regular />} disabled={stillNeeded.length > 0} disabledFocusable={busy}>
          {busy ? t('importScreen.mapping.applying') : t('importScreen.mapping.apply')}
        </Button>
      </div>
    </form>
  );
}
