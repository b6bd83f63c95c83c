import { MessageBar, MessageBarBody, MessageBarGroup, type MessageBarIntent } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { RegisterNotice } from '../../../shared/contracts/register';
import { useOverviewStyles } from './styles';

const intentOf: Record<RegisterNotice['code'], MessageBarIntent> = {
  migrated: 'info',
  'corrupt-moved-aside': 'warning',
  'restored-from-backup': 'info',
  'stale-lock-taken': 'warning',
  created: 'success',
  'audit-chain-broken': 'warning',
};

/** Notices main raised while opening the register, translated by code, with their details. */
export function RegisterNotices({ notices }: { notices: RegisterNotice[] }) {
  const { t } = useTranslation();
  const styles = useOverviewStyles();
  if (notices.length === 0) return null;

  return (
    <MessageBarGroup aria-label={t('notices.title')} className={styles.stack}>
      {notices.map((notice, index) => (
        <MessageBar key={`${notice.code}-${index}`} intent={intentOf[notice.code]} layout="multiline" data-testid={`notice-${notice.code}`}>
          <MessageBarBody>
            {t(`notices.${notice.code}`)}
            {Object.entries(notice.detail).map(([key, value]) => (
              <div key={key}>
                {t(`notices.detail.${key}`, { defaultValue: key })}: <span className={styles.path}>{value}</span>
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      ))}
    </MessageBarGroup>
  );
}
