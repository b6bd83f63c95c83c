import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { errorText } from '../../../i18n/format';

export interface StepListProps {
  /** The list's store: whether it has loaded, and why its last load failed. */
  loaded: boolean;
  error: AppError | null;
  /** Loads the list again. */
  retry: () => void;
  children: ReactNode;
}

/**
 * A wizard step's list until it is there: a spinner while it loads, the error and Try again when it could not be
 * loaded, then the list (or its "none recorded yet"). Without it a list still loading, or one that failed, read as
 * a register with no servers, lots or people.
 */
export function StepList({ loaded, error, retry, children }: StepListProps) {
  const { t } = useTranslation();
  if (error) {
    return (
      <MessageBar intent="error" layout="multiline" data-testid="wizard-list-error">
        <MessageBarBody>{errorText(t, error)}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={retry}>{t('ledger.retry')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (!loaded) return <Spinner size="small" labelPosition="after" label={t('ledger.loading')} data-testid="wizard-list-loading" />;
  return <>{children}</>;
}
