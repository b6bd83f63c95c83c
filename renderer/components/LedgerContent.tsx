import { Card, Spinner, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../shared/result';
import { errorText } from '../i18n/format';
import { useFeatureStyles } from './useFeatureStyles';

export interface LedgerContentProps {
  /** Whether a register is open at all. */
  hasRegister: boolean;
  error: AppError | null;
  loaded: boolean;
  /** True when the list loaded and holds nothing: the empty card is shown instead of children. */
  isEmpty: boolean;
  empty: { icon: ReactNode; title: string; body: string; action?: ReactNode };
  children: ReactNode;
}

/** The states every ledger screen goes through: no register, an error, loading, empty, content. */
export function LedgerContent({ hasRegister, error, loaded, isEmpty, empty, children }: LedgerContentProps) {
  const { t } = useTranslation();
  const styles = useFeatureStyles();
  if (!hasRegister) return <Text>{t('ledger.noRegister')}</Text>;
  if (error) return <Text role="alert">{errorText(t, error)}</Text>;
  if (!loaded) return <Spinner label={t('ledger.loading')} />;
  if (isEmpty) {
    return (
      <Card className={styles.card}>
        <div className={styles.empty}>
          {empty.icon}
          <Text weight="semibold">{empty.title}</Text>
          <Text>{empty.body}</Text>
          {empty.action}
        </div>
      </Card>
    );
  }
  return <>{children}</>;
}
