import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  mergeClasses,
  Spinner,
  teamsHighContrastTheme,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import type { i18n as I18n, TFunction } from 'i18next';
import type { AppError } from '../../shared/result';
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { errorText } from '../i18n/format';
import { useNavigationStore } from './navigationStore';
import { NavigationPane } from './NavigationPane';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { screens } from './screens';
import { useFocusRescue } from './useFocusRescue';
import { useSessionStore, type AnsweredElsewhere } from './sessionStore';
import { TopBar } from './TopBar';
import { useHighContrast } from './useHighContrast';

const useStyles = makeStyles({
  frame: { height: '100vh', display: 'flex', flexDirection: 'column', overflow: 'hidden' },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  main: {
    flexGrow: 1,
    minWidth: 0,
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground2,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
  },
  content: { maxWidth: '1200px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  // Focused by the skip link only (tabIndex -1): no ring around the whole screen.
  mainFocus: { ':focus': { outline: 'none' } },
  // Out of sight until it has keyboard focus, then at the top left over the title bar.
  skipLink: {
    position: 'absolute',
    left: tokens.spacingHorizontalS,
    top: '-100px',
    zIndex: 1000,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForeground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
    ':focus': { top: tokens.spacingVerticalS },
  },
  loading: { margin: 'auto' },
});

/** Where a change answered after another register was opened went (`inOpenRegister`), in one sentence. */
function elsewhereText(t: TFunction, { folderName, done, what, fileName }: AnsweredElsewhere): string {
  return t(`app.elsewhere.${what}${done ? 'Done' : 'NotDone'}`, { folder: folderName, file: fileName ?? '' });
}

/** The recent entry a `register-gone` refusal names, which the user may take off the list. */
function goneRecentId(error: AppError): string | null {
  const id = error.detail?.recentId;
  return error.detail?.messageKey === 'register-gone' && typeof id === 'string' ? id : null;
}

/** The renderer root: i18n, theme (high contrast when the OS asks for it) and the app frame. */
export function App({ i18n }: { i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemedApp />
    </I18nextProvider>
  );
}

function ThemedApp() {
  const styles = useStyles();
  const highContrast = useHighContrast();
  return (
    // No layout class on the provider: Fluent copies its classes onto popup portals.
    <FluentProvider theme={highContrast ? teamsHighContrastTheme : webLightTheme}>
      <div className={styles.frame}>
        <AppFrame />
      </div>
    </FluentProvider>
  );
}

function AppFrame() {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const phase = useSessionStore((s) => s.phase);
  const language = useSessionStore((s) => s.language);
  const error = useSessionStore((s) => s.error);
  const load = useSessionStore((s) => s.load);
  const dismissError = useSessionStore((s) => s.dismissError);
  const removeRecent = useSessionStore((s) => s.removeRecent);
  const busy = useSessionStore((s) => s.busy);
  const elsewhere = useSessionStore((s) => s.elsewhere);
  const dismissElsewhere = useSessionStore((s) => s.dismissElsewhere);
  const screen = useNavigationStore((s) => s.screen);
  const restores = useSessionStore((s) => s.restores);
  // A button that opened another screen, a row just voided or filtered out: focus stays on the screen, not on the page body.
  useFocusRescue('main');

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  // The e2e ready marker: first status and settings are in.
  useEffect(() => {
    document.body.dataset.appState = phase === 'ready' ? 'loaded' : 'loading';
  }, [phase]);

  const Screen = screens.find((entry) => entry.id === screen)?.Component;

  return (
    <>
      {/* The first Tab stop: past the title bar's menus and the nine screens of the navigation, straight to the screen. */}
      <a
        href="#main"
        className={styles.skipLink}
        data-testid="skip-to-content"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <TopBar />
      <div className={styles.body} data-app-state={phase === 'ready' ? 'loaded' : 'loading'}>
        <NavigationPane />
        <main className={mergeClasses(styles.main, styles.mainFocus)} id="main" tabIndex={-1}>
          {phase !== 'ready' ? (
            <Spinner className={styles.loading} label={t('app.loading')} />
          ) : (
            <div className={styles.content} data-screen-root="">
              {error && (
                <MessageBar intent="error" layout="multiline" data-testid="app-error">
                  <MessageBarBody>{errorText(t, error)}</MessageBarBody>
                  <MessageBarActions
                    containerAction={<Button appearance="transparent" aria-label={t('common.close')} icon={<Dismiss20Regular />} onClick={dismissError} />}
                  >
                    {/* A recent entry whose folder is gone: removed only on the user's word (a stick not plugged in comes back). */}
                    {goneRecentId(error) && (
                      <Button onClick={() => void removeRecent(goneRecentId(error)!)} disabledFocusable={busy} data-testid="recent-remove">
                        {t('fileMenu.recentRemove')}
                      </Button>
                    )}
                  </MessageBarActions>
                </MessageBar>
              )}
              {elsewhere && (
                <MessageBar intent={elsewhere.done ? 'info' : 'warning'} data-testid="app-elsewhere">
                  <MessageBarBody>{elsewhereText(t, elsewhere)}</MessageBarBody>
                  <MessageBarActions
                    containerAction={<Button appearance="transparent" aria-label={t('common.close')} icon={<Dismiss20Regular />} onClick={dismissElsewhere} />}
                  />
                </MessageBar>
              )}
              <ReadOnlyBanner />
              {/* A backup restored over the open register: the screen is mounted afresh, and loads the restored data. */}
              {Screen && <Screen key={restores} />}
            </div>
          )}
        </main>
      </div>
    </>
  );
}
