import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { LockClosed20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { TakeOverLockButton } from '../features/overview/TakeOverLockDialog';
import { useFormatters } from '../i18n/format';
import { useSessionStore } from './sessionStore';

/**
 * On every screen while the register is open read-only: what that means, who holds it, and the
 * ways back to editing: Open for editing (which keeps it read-only, and says why, while it is still
 * locked or not writable) and, for a lock whose program is gone, Open anyway after a confirmation.
 */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const format = useFormatters();
  const status = useSessionStore((s) => (s.status?.state === 'open' && s.status.readOnly ? s.status : null));
  const busy = useSessionStore((s) => s.busy);
  const retryOpen = useSessionStore((s) => s.retryOpen);
  if (!status) return null;
  const { lock } = status;
  return (
    <MessageBar intent="warning" layout="multiline" icon={<LockClosed20Regular />} data-testid="read-only-banner">
      <MessageBarBody>
        <MessageBarTitle>{t('readOnly.title')}</MessageBarTitle>
        {t('readOnly.body')}
        {lock && (
          <div data-testid="read-only-holder">
            {t(lock.pid === null ? 'problem.lockHolderNoPid' : 'problem.lockHolder', { host: lock.host, pid: lock.pid, since: format.dateTime(lock.since) })}
          </div>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => void retryOpen()} disabledFocusable={busy} data-testid="read-only-edit">
          {t('readOnly.openForEditing')}
        </Button>
        {lock && !lock.runningHere && <TakeOverLockButton host={lock.host} testId="read-only-take-over" />}
      </MessageBarActions>
    </MessageBar>
  );
}
