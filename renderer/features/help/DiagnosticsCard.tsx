import { Button, Card, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { Copy20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client } from '../../api/client';
import { errorText } from '../../i18n/format';
import type { AppError } from '../../../shared/result';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '80ch' },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; error: AppError | null };

/** "Copy diagnostics": main builds a text (versions, counts, the log's end with e-mails masked) for support. */
export function DiagnosticsCard() {
  const { t } = useTranslation();
  const styles = useStyles();
  const [state, setState] = useState<CopyState>({ kind: 'idle' });

  const copy = async () => {
    const result = await client.diagnosticsCopy({});
    if (!result.ok) {
      setState({ kind: 'failed', error: result.error });
      return;
    }
    try {
      await navigator.clipboard.writeText(result.value.text);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'failed', error: null });
    }
  };

  return (
    <Card className={styles.card} aria-labelledby="help-diagnostics-title">
      <Text as="h2" size={500} weight="semibold" id="help-diagnostics-title">
        {t('help.diagnostics.title')}
      </Text>
      <Text as="p">{t('help.diagnostics.text')}</Text>
      <div className={styles.actions}>
        <Button icon={<Copy20Regular />} onClick={() => void copy()} data-testid="help-copy-diagnostics">
          {t('help.diagnostics.copy')}
        </Button>
      </div>
      <div aria-live="polite">
        {state.kind === 'copied' && (
          <MessageBar intent="success">
            <MessageBarBody>{t('help.diagnostics.copied')}</MessageBarBody>
          </MessageBar>
        )}
        {state.kind === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{state.error ? errorText(t, state.error) : t('help.diagnostics.clipboardFailed')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </Card>
  );
}
