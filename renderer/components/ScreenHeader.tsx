import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalL },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  titleRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  title: { margin: 0 },
  description: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '72ch' },
  // The commands keep their one line ("Dodaj zakup" wrapped at 900 px): the description beside them wraps instead.
  actions: { flexShrink: 0 },
});

interface ScreenHeaderProps {
  title: string;
  description: string;
  /** Shown beside the title (a status badge). */
  badge?: ReactNode;
  /** Shown at the right (screen-wide commands). */
  actions?: ReactNode;
}

/** A screen's title (the page's h1) and one sentence on what it is for. */
export function ScreenHeader({ title, description, badge, actions }: ScreenHeaderProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div className={styles.text}>
        <div className={styles.titleRow}>
          {/* Focusable from script only: where focus goes when what had it is gone (app/useFocusRescue.ts). */}
          <Text as="h1" size={700} weight="semibold" className={styles.title} tabIndex={-1}>
            {title}
          </Text>
          {badge}
        </div>
        <Text as="p" size={300} className={styles.description}>
          {description}
        </Text>
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}
