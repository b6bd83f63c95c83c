import { Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerView } from '../../../shared/contracts/ledger';
import type { AppError } from '../../../shared/result';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ledgerErrorText } from '../../components/ledgerLabels';
import { useServersStore } from './store';
import { shownError } from '../../app/sessionStore';

/** Records who checked that the server runs and is activated (Get-ExchangeServer), and when. */
export function VerifyServerDialog({ server, onClose }: { server: ServerView | null; onClose(): void }) {
  const { t } = useTranslation();
  const verify = useServersStore((s) => s.verify);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const confirm = async () => {
    if (!server) return;
    setBusy(true);
    const result = await verify(server.id, name.trim());
    setBusy(false);
    if (result.ok) {
      setName('');
      setError(null);
      onClose();
    } else setError(shownError(result));
  };

  return (
    <ConfirmDialog
      open={server !== null}
      title={t('servers.verify.title', { name: server?.name ?? '' })}
      confirmLabel={t('servers.verify.confirm')}
      confirmDisabled={name.trim() === ''}
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      testId="verify-server-dialog"
    >
      <Text as="p" block>
        {t('servers.verify.body')}
      </Text>
      <Field label={t('servers.verify.by')} required validationMessage={error ? ledgerErrorText(t, error) : undefined}>
        <Input value={name} onChange={(_e, d) => setName(d.value)} data-testid="verify-by" />
      </Field>
    </ConfirmDialog>
  );
}
