import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarGroup, type MessageBarIntent } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterNotice } from '../../../shared/contracts/register';
import { useFormatters, type Formatters } from '../../i18n/format';
import { useOverviewStyles } from './styles';

const intentOf: Record<RegisterNotice['code'], MessageBarIntent> = {
  migrated: 'info',
  'corrupt-moved-aside': 'warning',
  'restored-from-backup': 'info',
  'stale-lock-taken': 'warning',
  'lock-taken-over': 'warning',
  created: 'success',
  'audit-chain-broken': 'warning',
};

/** A notice's detail as the user reads it: moments in local time, counts in the UI locale; paths and ids as they are. */
function detailText(key: string, value: string, format: Formatters): string {
  if (key === 'since') return format.dateTime(value);
  if ((key === 'events' || key === 'brokenAt') && /^\d+$/.test(value)) return format.number(Number(value));
  return value;
}

/**
 * Notices main raised while opening the register, translated by code, with their details. Each can
 * be closed once read; the notices of the next register opened show again.
 */
export function RegisterNotices({ notices }: { notices: RegisterNotice[] }) {
  const { t } = useTranslation();
  const styles = useOverviewStyles();
  const format = useFormatters();
  const [closed, setClosed] = useState<{ of: RegisterNotice[]; indexes: ReadonlySet<number> }>({ of: notices, indexes: new Set() });
  const closedNow = closed.of === notices ? closed.indexes : new Set<number>();
  const shown = notices.map((notice, index) => ({ notice, index })).filter(({ index }) => !closedNow.has(index));
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
                onClick={() => setClosed({ of: notices, indexes: new Set([...closedNow, index]) })}
                data-testid={`notice-close-${notice.code}`}
              />
            }
          />
        </MessageBar>
      ))}
    </MessageBarGroup>
  );
}
