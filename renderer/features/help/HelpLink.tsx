import { Link } from '@fluentui/react-components';
import { QuestionCircle16Regular } from '@fluentui/react-icons';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { helpAnchor, helpContent, type HelpTopic } from '../../../shared/help';
import { useNavigationStore } from '../../app/navigationStore';
import { useHelpStore } from './store';

export interface HelpLinkProps {
  topic: HelpTopic;
  /** Link text; by default "How does this work?". The accessible name is this text followed by the topic. */
  children?: string;
}

/** A link to one section of "How CAL licensing works": opens the help page scrolled to it. */
export function HelpLink({ topic, children }: HelpLinkProps) {
  const { t, i18n } = useTranslation();
  const show = useHelpStore((s) => s.show);
  const go = useNavigationStore((s) => s.go);
  const language = i18n.language === 'pl' ? 'pl' : 'en';
  const title = helpContent[language][topic].title;
  const text = children ?? t('help.linkShort');
  const open = (event: MouseEvent) => {
    event.preventDefault();
    show(topic);
    go('help');
  };
  return (
    // The name starts with the visible text (WCAG 2.5.3, label in name), then names the topic.
    <Link href={`#${helpAnchor(topic)}`} onClick={open} aria-label={`${text} ${t('help.link', { topic: title })}`} data-testid={`help-link-${topic}`}>
      <QuestionCircle16Regular aria-hidden="true" style={{ verticalAlign: 'text-bottom', marginRight: 4 }} />
      {text}
    </Link>
  );
}
