import {
  Button,
  Card,
  CardHeader,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Dismiss20Regular, DocumentBulletList24Regular, DocumentTable24Regular, FolderOpen20Regular, Save20Regular } from '@fluentui/react-icons';
import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sheetIds } from '../../../shared/export/types';
import { uiLanguages } from '../../../shared/i18n';
import { isCalendarDate } from '../../../shared/licensing/dates';
import { useSessionStore } from '../../app/sessionStore';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useFeatureStyles } from '../../components/useFeatureStyles';
import { useFollowToday } from '../../components/useFollowToday';
import { errorText, toUiLanguage, useFormatters } from '../../i18n/format';
import { useExportStore } from './store';
import { DateField } from '../../components/DateField';
import { dateTextBlocks, useDateTextWrong } from '../../components/dateTextStore';

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 380px), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '420px' },
  sheets: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, border: 'none' },
  sheet: { display: 'flex', flexDirection: 'column' },
  legend: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, padding: 0, marginBottom: tokens.spacingVerticalS },
  sheetHint: { paddingInlineStart: '32px', marginTop: `calc(-1 * ${tokens.spacingVerticalXS})`, color: tokens.colorNeutralForeground3 },
  footer: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, flexGrow: 1, minWidth: '240px', maxWidth: '520px' },
});


/** Export: audit workbook options (language, prepared by, as-of date, sheets) → save dialog in main → progress → result. */
export function ExportScreen() {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const feature = useFeatureStyles();
  const format = useFormatters();
  const open = useSessionStore((s) => s.status?.state === 'open');
  const uiLanguage = toUiLanguage(i18n.resolvedLanguage ?? i18n.language);
  const { lang, preparedBy, asOf, sheets, available, run, setLang, setPreparedBy, setAsOf, toggleSheet, loadSheets, save, showInFolder, dismiss } = useExportStore();
  const writing = run.kind === 'writing';
  // A date typed wrong and left keeps the field's last date: the workbook waits until the text is a date again.
  const dateTyping = useDateTextWrong();
  const dateValid = isCalendarDate(asOf) && !dateTyping;

  useEffect(() => {
    if (open) void loadSheets();
  }, [open, loadSheets]);
  useFollowToday(useExportStore((s) => s.followToday));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Enter again while writing (the button is only aria-disabled, and a form still submits) starts nothing.
    if (dateTextBlocks() || !dateValid || writing) return;
    void save(uiLanguage);
  };

  if (!open) {
    return (
      <>
        <ScreenHeader title={t('nav.export')} description={t('screens.export.description')} />
        <Text>{t('ledger.noRegister')}</Text>
      </>
    );
  }

  const progress = run.kind === 'writing' ? run.progress : null;
  const fraction = progress && progress.totalRows > 0 ? Math.min(1, progress.rowsWritten / progress.totalRows) : undefined;

  return (
    <>
      <ScreenHeader title={t('nav.export')} description={t('screens.export.description')} />
      {run.kind === 'done' && (
        <MessageBar intent="success" layout="multiline" data-testid="export-done">
          <MessageBarBody>
            <MessageBarTitle>{t('exportScreen.doneTitle')}</MessageBarTitle>
            {t('exportScreen.doneBody', { file: run.fileName, count: run.sheets.length, rows: format.number(run.rows) })}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t('common.close')} icon={<Dismiss20Regular />} onClick={dismiss} />}>
            <Button icon={<FolderOpen20Regular />} onClick={() => void showInFolder()} data-testid="export-show-in-folder">
              {t('exportScreen.showInFolder')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {run.kind === 'failed' && (
        <MessageBar intent="error" data-testid="export-failed">
          <MessageBarBody>
            <MessageBarTitle>{t('exportScreen.failed')}</MessageBarTitle>
            {errorText(t, run.error)}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t('common.close')} icon={<Dismiss20Regular />} onClick={dismiss} />} />
        </MessageBar>
      )}
      <form onSubmit={onSubmit} noValidate aria-labelledby="export-options-title" className={feature.gapStack}>
        <div className={styles.layout}>
          <Card className={feature.card}>
            <CardHeader
              image={<DocumentTable24Regular aria-hidden />}
              header={
                <Text as="h2" id="export-options-title" weight="semibold" size={400} className={feature.cardTitle}>
                  {t('exportScreen.optionsTitle')}
                </Text>
              }
            />
            <div className={styles.fields}>
              <Field label={t('exportScreen.language')} hint={t('exportScreen.languageHint')}>
                <RadioGroup layout="horizontal" value={lang ?? uiLanguage} onChange={(_e, d) => setLang(toUiLanguage(d.value))} data-testid="export-language">
                  {uiLanguages.map((language) => (
                    <Radio key={language} value={language} label={t(`languages.${language}`)} />
                  ))}
                </RadioGroup>
              </Field>
              <Field label={t('exportScreen.preparedBy')} hint={t('exportScreen.preparedByHint')}>
                <Input value={preparedBy} maxLength={200} onChange={(_e, d) => setPreparedBy(d.value)} data-testid="export-prepared-by" />
              </Field>
              <DateField
                label={t('exportScreen.asOf')}
                hint={dateValid ? t('exportScreen.asOfHint') : undefined}
                validationMessage={dateValid ? undefined : t('exportScreen.invalidDate')}
                validationState={dateValid ? 'none' : 'error'}
                value={asOf}
                onChange={setAsOf}
                testId="export-as-of"
              />
            </div>
          </Card>
          <Card className={feature.card}>
            <fieldset className={styles.sheets}>
              <legend className={styles.legend}>
                <DocumentBulletList24Regular aria-hidden />
                <Text as="h2" weight="semibold" size={400} className={feature.cardTitle}>
                  {t('exportScreen.sheetsTitle')}
                </Text>
              </legend>
              <Text size={200} className={feature.secondary}>
                {t('exportScreen.sheetsHint')}
              </Text>
              {sheetIds
                .filter((id) => available.includes(id))
                .map((id) => (
                  <div key={id} className={styles.sheet}>
                    <Checkbox
                      checked={id === 'summary' || sheets.includes(id)}
                      disabled={id === 'summary' || writing}
                      onChange={(_e, d) => toggleSheet(id, d.checked === true)}
                      label={id === 'summary' ? `${t(`exportScreen.sheets.${id}`)} (${t('exportScreen.alwaysIncluded')})` : t(`exportScreen.sheets.${id}`)}
                      data-testid={`export-sheet-${id}`}
                    />
                    <Text size={200} className={styles.sheetHint}>
                      {t(`exportScreen.sheetsDescription.${id}`)}
                    </Text>
                  </div>
                ))}
            </fieldset>
          </Card>
        </div>
        <div className={styles.footer}>
          <Button type="submit" appearance="primary" size="large" icon={<Save20Regular />} disabledFocusable={writing || !dateValid} data-testid="export-save">
            {writing ? t('exportScreen.saving') : t('exportScreen.save')}
          </Button>
          {writing && (
            <Field className={styles.progress} label={t('exportScreen.progressLabel')} validationState="none" validationMessage={progress ? t('exportScreen.progress', {
              sheet: format.number(progress.sheetIndex + 1),
              sheets: format.number(progress.sheetCount),
              rows: format.number(progress.rowsWritten),
              total: format.number(progress.totalRows),
            }) : t('exportScreen.progressStarting')}>
              <ProgressBar value={fraction} thickness="large" data-testid="export-progress" />
            </Field>
          )}
        </div>
      </form>
    </>
  );
}
