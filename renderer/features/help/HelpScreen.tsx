import { Button, Card, Link, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { BookOpen20Regular } from '@fluentui/react-icons';
import { useEffect, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { helpAnchor, helpSections, type HelpTopic } from '../../../shared/help';
import type { AppError } from '../../../shared/result';
import { client } from '../../api/client';
import { useNavigationStore } from '../../app/navigationStore';
import { useSessionStore } from '../../app/sessionStore';
import { ScreenHeader } from '../../components/ScreenHeader';
import { errorText } from '../../i18n/format';
import { DiagnosticsCard } from './DiagnosticsCard';
import { HelpSectionView } from './HelpSection';
import { KeyboardCard } from './KeyboardCard';
import { useHelpStore } from './store';

const useStyles = makeStyles({
  layout: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  contents: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  contentsList: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, columns: '2 280px' },
  sample: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '80ch' },
  // The card's own gap spaces its heading and text; their default margins would double it.
  flush: { margin: 0 },
  sampleActions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** Brings a section into view and moves focus to its heading, so a screen reader reads it next. */
function revealTopic(topic: HelpTopic): void {
  const heading = document.getElementById(`${helpAnchor(topic)}-title`);
  heading?.scrollIntoView?.({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/** "How CAL licensing works": the facts of DOMAIN.md in the UI language, and the sample register. */
export function HelpScreen() {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const topic = useHelpStore((s) => s.topic);
  const request = useHelpStore((s) => s.request);
  const show = useHelpStore((s) => s.show);
  const go = useNavigationStore((s) => s.go);
  const applyStatus = useSessionStore((s) => s.applyStatus);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const sections = helpSections(i18n.language === 'pl' ? 'pl' : 'en');

  useEffect(() => {
    if (topic) revealTopic(topic);
  }, [topic, request]);

  const jump = (event: MouseEvent, id: HelpTopic) => {
    event.preventDefault();
    show(id);
  };

  const openSample = async () => {
    setOpening(true);
    setError(null);
    const result = await client.sampleOpen({});
    setOpening(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    applyStatus(result.value);
    go('overview');
    // The Overview of the sample starts at its top, not at the help page's scroll position.
    document.getElementById('main')?.scrollTo?.(0, 0);
  };

  return (
    <div className={styles.layout}>
      <ScreenHeader title={t('help.title')} description={t('help.intro')} />
      <nav aria-labelledby="help-contents-title" className={styles.contents}>
        <Text as="h2" size={400} weight="semibold" id="help-contents-title">
          {t('help.contents')}
        </Text>
        <ul className={styles.contentsList}>
          {sections.map((section) => (
            <li key={section.id}>
              <Link href={`#${helpAnchor(section.id)}`} onClick={(event) => jump(event, section.id)}>
                {section.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Card className={styles.sample} aria-labelledby="help-sample-title">
        <Text as="h2" size={500} weight="semibold" id="help-sample-title" className={styles.flush}>
          {t('help.sample.title')}
        </Text>
        <Text as="p" className={styles.flush}>
          {t('help.sample.text')}
        </Text>
        <div className={styles.sampleActions}>
          <Button appearance="primary" icon={<BookOpen20Regular />} onClick={() => void openSample()} disabledFocusable={opening} data-testid="help-open-sample">
            {t('help.sample.open')}
          </Button>
          {opening && <Spinner size="tiny" label={t('help.sample.opening')} />}
        </div>
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{errorText(t, error)}</MessageBarBody>
          </MessageBar>
        )}
      </Card>
      {sections.map((section) => (
        <HelpSectionView key={section.id} section={section} />
      ))}
      <KeyboardCard />
      <DiagnosticsCard />
    </div>
  );
}
