import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarGroup, type MessageBarIntent } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import type { RegisterNotice } from '../../../shared/contracts/register';
import { useFormatters, type Formatters } from '../../i18n/format';
import { useOverviewStyles } from './styles';

const intentOf: Record<RegisterNotice['code'], MessageBarIntent> = {
  migrated: 'info',
  'corrupt-moved-aside': 'warning',
  'restored-from-backup': 'info',
  'proofs-unattached': 'warning',
  'stale-lock-taken': 'warning',
  'lock-taken-over': 'warning',
  created: 'success',
  'audit-chain-broken': 'warning',
  'backup-failed': 'warning',
  'last-register-missing': 'warning',
  'settings-not-saved': 'warning',
  'settings-reset': 'warning',
  'settings-unreadable': 'warning',
  'lock-not-removed': 'warning',
};

/** A notice's detail as the user reads it: moments in local time, counts in the UI locale; paths and ids as they are. */
function detailText(key: string, value: string, format: Formatters): string {
  if (key === 'since') return format.dateTime(value);
  if ((key === 'events' || key === 'brokenAt' || key === 'count') && /^\d+$/.test(value)) return format.number(Number(value));
  return value;
}

/**
 * The notices closed, by the register they belong to: kept while the app runs, past the status
 * refreshes that bring the same notices again and past leaving the Overview; another register's show.
 */
const useClosedNotices = create<{ register: string; closed: ReadonlySet<string>; close(register: string, key: string): void }>()((set) => ({
  register: '',
  closed: new Set(),
  close: (register, key) => set((s) => ({ register, closed: new Set(s.register === register ? [...s.closed, key] : [key]) })),
}));

/** Notices main raised while opening the register, translated by code, with their details; each can be closed once read. */
export function RegisterNotices({ notices, register }: { notices: RegisterNotice[]; register: string }) {
  const { t } = useTranslation();
  const styles = useOverviewStyles();
  const format = useFormatters();
  const closedStore = useClosedNotices();
  const keyOf = (notice: RegisterNotice, index: number) => `${index}|${notice.code}`;
  const closed = closedStore.register === register ? closedStore.closed : new Set<string>();
  const shown = notices.map((notice, index) => ({ notice, index })).filter(({ notice, index }) => !closed.has(keyOf(notice, index)));
  if (shown.length === 0) return null;

  return (
    <MessageBarGroup aria-label={t('notices.title')} className={styles.stack}>
      {shown.map(({ notice, index }) => (
        <MessageBar key={`${notice.code}-${index}`} intent={intentOf[notice.code]} layout="multiline" data-testid={`notice-${notice.code}`}>
          <MessageBarBody>
            {t(`notices.${notice.code}`)}
            {Object.entries(notice.detail).map(([key, value]) => (
              <div key={key}>
                {t(`notices.detail.${key}`, { defaultValue: key })}: <span className={styles.path}>{detailText(key, value, format)}</span>
              </div>
            ))}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t('common.close')}
                icon={<Dismiss20Regular />}
                onClick={() => closedStore.close(register, keyOf(notice, index))}
                data-testid={`notice-close-${notice.code}`}
              />
            }
          />
        </MessageBar>
      ))}
    </MessageBarGroup>
  );
}
