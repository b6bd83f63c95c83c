import {
  Button,
  Card,
  CardHeader,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowImport24Regular, Dismiss20Regular, DocumentError20Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../app/navigationStore';
import { useSessionStore } from '../../app/sessionStore';
import { ScreenHeader } from '../../components/ScreenHeader';
import { StatusText } from '../../components/StatusText';
import { useFeatureStyles } from '../../components/useFeatureStyles';
import { errorText, useFormatters } from '../../i18n/format';
import { ChangePreview } from './ChangePreview';
import { importMessageText } from './changes';
import { PowerShellHelp } from './PowerShellHelp';
import { SheetCard } from './SheetCard';
import { useImportStore } from './store';

const useStyles = makeStyles({
  sheets: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 460px), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  errors: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // Each warning has its icon: no list bullet beside it.
  warnings: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  intro: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  introIcon: { color: tokens.colorBrandForeground1, flexShrink: 0 },
});

/** Import: pick files → what each sheet is and how it read → column mapping → preview of changes → commit in one step. */
export function ImportScreen() {
  const { t } = useTranslation();
  const styles = useStyles();
  const feature = useFeatureStyles();
  const open = useSessionStore((s) => s.status?.state === 'open');
  const { phase, session, error, summary, pick, dismissError, discard } = useImportStore();
  const go = useNavigationStore((s) => s.go);
  const busy = phase === 'picking' || phase === 'committing';
  // The commit takes the preview and its dialog away: focus goes to what was done, which a screen reader then reads.
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (phase === 'done') doneRef.current?.focus();
  }, [phase]);

  const choose = (
    <Button appearance={session ? 'secondary' : 'primary'} icon={<FolderOpen20Regular />} onClick={() => void pick()} disabled={!open} disabledFocusable={busy} data-testid="import-choose">
      {t('importScreen.choose')}
    </Button>
  );

  return (
    <>
      <ScreenHeader title={t('nav.import')} description={t('screens.import.description')} actions={choose} />
      {!open && <Text>{t('ledger.noRegister')}</Text>}
      {error && (
        <MessageBar intent="error" data-testid="import-error">
          <MessageBarBody>
            {phase === 'preview' && <MessageBarTitle>{t('importScreen.commit.failed')}</MessageBarTitle>}
            {errorText(t, error)}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t('common.close')} icon={<Dismiss20Regular />} onClick={dismissError} />} />
        </MessageBar>
      )}
      {phase === 'picking' && <Spinner label={t('importScreen.reading')} />}
      {phase === 'done' && summary && (
        <MessageBar intent="success" layout="multiline" data-testid="import-done" ref={doneRef} tabIndex={-1}>
          <MessageBarBody>
            <MessageBarTitle>{t('importScreen.done.title')}</MessageBarTitle>
            {t('importScreen.done.body', { ...summary })}
            {summary.assumedDates > 0 && <div data-testid="import-done-assumed-dates">{t('importScreen.done.assumedDates', { count: summary.assumedDates })}</div>}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => go('register')} data-testid="import-open-register">
              {t('importScreen.done.openRegister')}
            </Button>
            <Button onClick={() => go('overview')}>{t('importScreen.done.openOverview')}</Button>
            <Button appearance="transparent" onClick={() => void discard()}>
              {t('importScreen.done.again')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {open && !session && phase !== 'picking' && phase !== 'done' && (
        <Card className={feature.card}>
          <div className={styles.intro}>
            <ArrowImport24Regular aria-hidden className={styles.introIcon} />
            <div className={feature.stack}>
              <Text as="h2" weight="semibold" size={400} className={feature.cardTitle}>
                {t('importScreen.introTitle')}
              </Text>
              <Text className={feature.secondary}>{t('importScreen.introBody')}</Text>
            </div>
          </div>
        </Card>
      )}
      {session && <SessionView />}
      {open && <PowerShellHelp defaultOpen={!session} />}
    </>
  );
}

function SessionView() {
  const { t } = useTranslation();
  const styles = useStyles();
  const feature = useFeatureStyles();
  const session = useImportStore((s) => s.session);
  const format = useFormatters();
  if (!session) return null;
  const { preview, errors } = session;

  return (
    <>
      {errors.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="import-file-errors">
          <MessageBarBody>
            <MessageBarTitle>{t('importScreen.errorsTitle')}</MessageBarTitle>
            <ul className={styles.errors}>
              {errors.map((error, index) => (
                <li key={`${error.key}-${index}`}>{importMessageText(t, error)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {preview.warnings.length > 0 && (
        <Card className={feature.card} data-testid="import-file-warnings">
          <CardHeader
            image={<DocumentError20Regular aria-hidden />}
            header={
              <Text as="h2" weight="semibold" size={400} className={feature.cardTitle}>
                {t('importScreen.fileWarnings')}
              </Text>
            }
          />
          <ul className={styles.warnings}>
            {preview.warnings.map((warning, index) => (
              <li key={`${warning.fileName}-${warning.key}-${index}`}>
                <StatusText intent="warning">{`${warning.fileName}: ${importMessageText(t, warning, format)}`}</StatusText>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {preview.sheets.length > 0 && (
        <section aria-labelledby="import-files-title" className={feature.gapStack}>
          <Text as="h2" id="import-files-title" weight="semibold" size={500} className={feature.cardTitle}>
            {t('importScreen.filesTitle')} ({format.number(preview.sheets.length)})
          </Text>
          <div className={styles.sheets}>
            {preview.sheets.map((sheet) => (
              <SheetCard key={`${sheet.fileName}|${sheet.sheetName}`} sheet={sheet} />
            ))}
          </div>
        </section>
      )}
      {/* Until at least one sheet reads, there is nothing to preview (a sheet may still await its mapping). */}
      {preview.sheets.some((sheet) => sheet.status === 'ok') && <ChangePreview preview={preview} />}
    </>
  );
}
