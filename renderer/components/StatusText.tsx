import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, DismissCircle16Filled, Info16Filled, QuestionCircle16Filled, Warning16Filled } from '@fluentui/react-icons';

export type StatusIntent = 'success' | 'warning' | 'error' | 'info' | 'unknown';

const useStyles = makeStyles({
  // A status of several words (Polish ones are long) wraps at its spaces in a narrow column instead of running into the next one; a word is never split.
  root: { display: 'inline-flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  success: { color: tokens.colorPaletteGreenForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  unknown: { color: tokens.colorNeutralForeground3 },
  icon: { flexShrink: 0, marginTop: '2px' },
});

const icons = {
  success: CheckmarkCircle16Filled,
  warning: Warning16Filled,
  error: DismissCircle16Filled,
  info: Info16Filled,
  unknown: QuestionCircle16Filled,
} as const;

/** A status told by an icon and by text, never by colour alone. */
export function StatusText({ intent, children, testId }: { intent: StatusIntent; children: string; testId?: string }) {
  const styles = useStyles();
  const Icon = icons[intent];
  return (
    <span className={styles.root} data-testid={testId} data-status={intent}>
      <Icon aria-hidden className={mergeClasses(styles.icon, styles[intent])} />
      <Text size={300}>{children}</Text>
    </span>
  );
}
