import { Button, Field, Input, mergeClasses, Radio, RadioGroup, Text, useRestoreFocusTarget } from '@fluentui/react-components';
import { Add20Regular, ShieldCheckmark20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerView } from '../../../../shared/contracts/ledger';
import type { AppError } from '../../../../shared/result';
import { CopyCommand } from '../../../components/CopyCommand';
import { activationIntent, activationText, ledgerErrorText } from '../../../components/ledgerLabels';
import { StatusText } from '../../../components/StatusText';
import { useFormatters } from '../../../i18n/format';
import { activationCommand, serverStatusCommand } from '../../servers/commands';
import { ServerDialog } from '../../servers/ServerDialog';
import { useServersStore } from '../../servers/store';
import { useAssignStore } from '../store';
import { StepList } from './StepList';
import { useStepStyles } from './styles';
import { shownError } from '../../../app/sessionStore';

/** Step 1: pick (or add) the Exchange server and record that its installation and activation were checked. */
export function ServerStep() {
  const { t } = useTranslation();
  const styles = useStepStyles();
  const servers = useServersStore((s) => s.servers);
  const loaded = useServersStore((s) => s.loaded);
  const error = useServersStore((s) => s.error);
  const serverId = useAssignStore((s) => s.serverId);
  const selectServer = useAssignStore((s) => s.selectServer);
  const [adding, setAdding] = useState(false);
  // The Add server dialog gives focus back to its button when it closes.
  const restoreFocusTarget = useRestoreFocusTarget();
  const selected = servers.find((s) => s.id === serverId) ?? null;

  return (
    <div className={styles.columns}>
      <div className={styles.stack}>
        <StepList loaded={loaded} error={error} retry={() => void useServersStore.getState().load()}>
          {servers.length === 0 ? (
            <Text className={styles.muted}>{t('assign.server.none')}</Text>
          ) : (
            <Field label={t('assign.server.pick')} required>
              <RadioGroup value={serverId ?? ''} onChange={(_e, d) => selectServer(d.value)} className={styles.options} data-testid="wizard-server-options">
                {servers.map((server) => (
                  <Radio
                    key={server.id}
                    value={server.id}
                    className={mergeClasses(styles.option, server.id === serverId && styles.optionSelected)}
                    label={{
                      className: styles.optionLabel,
                      children: (
                        <>
                          <Text weight="semibold">{server.name}</Text>
                          <span className={styles.optionMeta}>
                            <Text size={200}>{`${server.product} ${t(`ledger.edition.${server.edition}`)}`}</Text>
                            <StatusText intent={activationIntent(server.activation)}>{activationText(t, server.activation)}</StatusText>
                          </span>
                        </>
                      ),
                    }}
                  />
                ))}
              </RadioGroup>
            </Field>
          )}
        </StepList>
        <div>
          <Button icon={<Add20Regular />} onClick={() => setAdding(true)} data-testid="wizard-server-add" {...restoreFocusTarget}>
            {t('assign.server.add')}
          </Button>
        </div>
        {selected && <ServerVerification key={selected.id} server={selected} />}
      </div>
      <div className={styles.stack}>
        <CopyCommand label={t('assign.server.statusCommand')} command={serverStatusCommand} />
        <CopyCommand
          label={t('assign.server.activateCommand')}
          command={activationCommand(selected?.name ?? t('servers.commands.serverPlaceholder'), t('servers.commands.keyPlaceholder'))}
        />
        <Text size={200} className={styles.muted}>
          {t('assign.server.commandNote')}
        </Text>
      </div>
      <ServerDialog
        open={adding}
        server={null}
        onClose={(saved) => {
          setAdding(false);
          if (saved) selectServer(saved.id);
        }}
      />
    </div>
  );
}

function ServerVerification({ server }: { server: ServerView }) {
  const { t } = useTranslation();
  const styles = useStepStyles();
  const format = useFormatters();
  const verify = useServersStore((s) => s.verify);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const mark = async () => {
    setBusy(true);
    const result = await verify(server.id, name.trim());
    setBusy(false);
    setError(shownError(result));
  };

  return (
    <div className={styles.panel} data-testid="wizard-server-verification">
      <Text as="h3" weight="semibold" className={styles.panelTitle}>
        {t('assign.server.selectedTitle', { name: server.name })}
      </Text>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('servers.columns.version')}</dt>
        <dd className={styles.value}>{`${t('servers.versionValue', { version: server.version })}${server.build ? ` (${server.build})` : ''}`}</dd>
        <dt className={styles.term}>{t('servers.columns.activation')}</dt>
        <dd className={styles.value}>
          <StatusText intent={activationIntent(server.activation)}>{activationText(t, server.activation)}</StatusText>
        </dd>
        <dt className={styles.term}>{t('servers.columns.verified')}</dt>
        <dd className={styles.value} data-testid="wizard-server-verified">
          {server.verifiedAt ? t('assign.server.verifiedAtBy', { date: format.dateTime(server.verifiedAt), name: server.verifiedBy }) : t('servers.notVerified')}
        </dd>
      </dl>
      {server.activation.state !== 'activated' && <StatusText intent="warning">{t('assign.server.notActivated')}</StatusText>}
      <div className={styles.row}>
        <Field label={t('assign.server.verifiedBy')} style={{ flexGrow: 1 }} validationMessage={error ? ledgerErrorText(t, error) : undefined}>
          <Input value={name} onChange={(_e, d) => setName(d.value)} data-testid="wizard-verified-by" />
        </Field>
        <Button icon={<ShieldCheckmark20Regular />} disabled={name.trim() === ''} disabledFocusable={busy} onClick={() => void mark()} data-testid="wizard-mark-verified">
          {t('assign.server.markVerified')}
        </Button>
      </div>
    </div>
  );
}
