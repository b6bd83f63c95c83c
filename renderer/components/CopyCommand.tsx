import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Checkmark16Regular, Copy16Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { breakAfter } from './breakAfter';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  label: { color: tokens.colorNeutralForeground2 },
  box: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  code: {
    flexGrow: 1,
    minWidth: 0,
    margin: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground1,
  },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

interface CopyCommandProps {
  /** What the command does, e.g. "Activate the server"; also names the Copy button. */
  label: string;
  command: string;
  testId?: string;
}

/** A PowerShell command shown as code, with a Copy button that says when it worked. */
export function CopyCommand({ label, command, testId }: CopyCommandProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <div className={styles.root} data-testid={testId}>
      <Text size={200} weight="semibold" className={styles.label}>
        {label}
      </Text>
      <div className={styles.box}>
        <pre className={styles.code}>
          {/* A long list of properties wraps between names, not inside one ("IsExchangeTria|lEdition"); Copy copies `command`. */}
          <code>{breakAfter(command, ',|')}</code>
        </pre>
        <Button
          size="small"
          appearance="subtle"
          icon={state === 'copied' ? <Checkmark16Regular /> : <Copy16Regular />}
          aria-label={t('ledger.copy.button', { label })}
          onClick={() => void copy()}
        >
          {state === 'copied' ? t('ledger.copy.copied') : state === 'failed' ? t('ledger.copy.failed') : t('ledger.copy.short')}
        </Button>
      </div>
      <span role="status" aria-live="polite" className={styles.srOnly}>
        {state === 'copied' ? t('ledger.copy.copied') : state === 'failed' ? t('ledger.copy.failed') : ''}
      </span>
    </div>
  );
}
