import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', gap: tokens.spacingHorizontalL, marginBottom: tokens.spacingVerticalL },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  description: { color: tokens.colorNeutralForeground2, maxWidth: '72ch' },
});

/** A screen's title (the page's h1) and one sentence on what it is for. */
export function ScreenHeader({ title, description, actions }: { title: string; description: string; actions?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div className={styles.text}>
        <Text as="h1" size={700} weight="semibold" className={styles.title}>
          {title}
        </Text>
        <Text as="p" size={300} className={styles.description}>
          {description}
        </Text>
      </div>
      {actions}
    </div>
  );
}
