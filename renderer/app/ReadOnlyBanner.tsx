import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { LockClosed20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useReadOnly, useSessionStore } from './sessionStore';

/**
 * On every screen while the register is open read-only: what that means, and the way back to
 * editing (which keeps it read-only, and says why, while it is still locked or not writable).
 */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const busy = useSessionStore((s) => s.busy);
  const retryOpen = useSessionStore((s) => s.retryOpen);
  if (!readOnly) return null;
  return (
    <MessageBar intent="warning" layout="multiline" icon={<LockClosed20Regular />} data-testid="read-only-banner">
      <MessageBarBody>
        <MessageBarTitle>{t('readOnly.title')}</MessageBarTitle>
        {t('readOnly.body')}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => void retryOpen()} disabled={busy} data-testid="read-only-edit">
          {t('readOnly.openForEditing')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
