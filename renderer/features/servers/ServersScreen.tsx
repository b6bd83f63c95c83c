import {
  Button,
  Card,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Tooltip,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { Add20Regular, Edit16Regular, Server24Regular, ShieldCheckmark16Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerView } from '../../../shared/contracts/ledger';
import { useSessionStore, useReadOnly } from '../../app/sessionStore';
import { CopyCommand } from '../../components/CopyCommand';
import { SidewaysScroll } from '../../components/SidewaysScroll';
import { activationIntent, activationText, todayIso } from '../../components/ledgerLabels';
import { LedgerContent } from '../../components/LedgerContent';
import { ScreenHeader } from '../../components/ScreenHeader';
import { StatusText } from '../../components/StatusText';
import { useFeatureStyles } from '../../components/useFeatureStyles';
import { useFormatters } from '../../i18n/format';
import { activationCommand, restartServicesCommand, serverStatusCommand } from './commands';
import { ServerDialog } from './ServerDialog';
import { useServersStore } from './store';
import { VerifyServerDialog } from './VerifyServerDialog';

/** Servers: each Exchange server's version, activation and verification, with the commands to check and activate it. */
export function ServersScreen() {
  const { t } = useTranslation();
  const styles = useFeatureStyles();
  const path = useSessionStore((s) => (s.status?.state === 'open' ? s.status.path : null));
  const { servers, loaded, error, load } = useServersStore();
  const [editing, setEditing] = useState<ServerView | 'new' | null>(null);
  const [verifying, setVerifying] = useState<ServerView | null>(null);
  // A dialog opened from a button gives focus back to it when it closes, not to the page.
  const restoreFocusTarget = useRestoreFocusTarget();
  const readOnly = useReadOnly();

  useEffect(() => {
    if (path) void load();
  }, [path, load]);

  // The header's button, and the empty screen's own (another test id: one id names one control).
  const add = (testId: string) => (
    <Button appearance="primary" icon={<Add20Regular />} onClick={() => setEditing('new')} disabled={readOnly} data-testid={testId} {...restoreFocusTarget}>
      {t('servers.add')}
    </Button>
  );

  return (
    <>
      <ScreenHeader title={t('nav.servers')} description={t('screens.servers.description')} actions={path ? add('server-add') : undefined} />
      <LedgerContent
        hasRegister={path !== null}
        error={error}
        loaded={loaded}
        isEmpty={servers.length === 0}
        empty={{ icon: <Server24Regular aria-hidden />, title: t('servers.emptyTitle'), body: t('servers.emptyBody'), action: add('server-add-empty') }}
      >
        <Card className={styles.tableCard}>
          <SidewaysScroll>
            <ServerTable servers={servers} onEdit={setEditing} onVerify={setVerifying} />
          </SidewaysScroll>
        </Card>
      </LedgerContent>
      {path && <ActivationCommands servers={servers} />}
      <ServerDialog open={editing !== null} server={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      <VerifyServerDialog server={verifying} onClose={() => setVerifying(null)} />
    </>
  );
}

// The status columns get the room of their longest single word in Polish ("Aktywowany", "Zakończone"), which is never split;
// the actions are two icon buttons, so the table fits a 1024 px window (740 px) without scrolling sideways.
const serverColumnWidths = { name: '12%', product: '14%', version: '13%', activation: '18%', verified: '16%', support: '16%' } as const;

function ServerTable({ servers, onEdit, onVerify }: { servers: ServerView[]; onEdit(server: ServerView): void; onVerify(server: ServerView): void }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const styles = useFeatureStyles();
  const format = useFormatters();
  const today = todayIso();
  const restoreFocusTarget = useRestoreFocusTarget();
  return (
    <Table aria-label={t('servers.tableLabel')} data-testid="servers-table" className={styles.wideTable}>
      <TableHeader>
        <TableRow>
          {(['name', 'product', 'version', 'activation', 'verified', 'support'] as const).map((column) => (
            <TableHeaderCell key={column} className={styles.headerCell} style={{ width: serverColumnWidths[column] }}>
              {t(`servers.columns.${column}`)}
            </TableHeaderCell>
          ))}
          <TableHeaderCell className={styles.headerCell} style={{ width: '11%' }}>
            {t('ledger.actions')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {servers.map((server) => (
          <TableRow key={server.id} data-testid={`server-row-${server.name}`}>
            <TableCell className={styles.cell}>
              <div className={styles.stack}>
                <Text weight="semibold">{server.name}</Text>
                {server.partialProductKey && <Text size={200} className={styles.muted}>{t('servers.keyEnding', { key: server.partialProductKey })}</Text>}
              </div>
            </TableCell>
            <TableCell className={styles.cell}>
              <div className={styles.stack}>
                <Text>{server.product}</Text>
                <Text size={200} className={styles.muted}>
                  {t(`ledger.edition.${server.edition}`)}
                </Text>
              </div>
            </TableCell>
            <TableCell className={styles.cell}>
              <div className={styles.stack}>
                <Text>{t('servers.versionValue', { version: server.version })}</Text>
                <Text size={200} className={styles.mono}>
                  {server.build || t('common.notSet')}
                </Text>
              </div>
            </TableCell>
            <TableCell className={styles.cell}>
              <StatusText intent={activationIntent(server.activation, today)} testId="server-activation-status">
                {activationText(t, server.activation, today)}
              </StatusText>
            </TableCell>
            <TableCell className={styles.cell}>
              {server.verifiedAt ? (
                <div className={styles.stack}>
                  <Text>{format.dateTime(server.verifiedAt)}</Text>
                  <Text size={200} className={styles.muted}>
                    {t('servers.verifiedBy', { name: server.verifiedBy })}
                  </Text>
                </div>
              ) : (
                <StatusText intent="warning">{t('servers.notVerified')}</StatusText>
              )}
            </TableCell>
            <TableCell className={styles.cell}>
              {server.endOfSupport === null ? (
                <Text>{t('servers.noEndOfSupport')}</Text>
              ) : server.endOfSupport < today ? (
                <StatusText intent="info">{t('servers.supportEnded', { date: format.date(server.endOfSupport) })}</StatusText>
              ) : (
                <Text>{format.date(server.endOfSupport)}</Text>
              )}
            </TableCell>
            <TableCell className={styles.cell}>
              {/* Icon buttons named with the server; the tooltip shows the action's name on hover and focus. */}
              <div className={styles.actions}>
                <Tooltip content={t('servers.markVerified')} relationship="label">
                  <Button size="small" icon={<ShieldCheckmark16Regular />} onClick={() => onVerify(server)} disabledFocusable={readOnly} aria-label={t('servers.markVerifiedFor', { name: server.name })} {...restoreFocusTarget} />
                </Tooltip>
                <Tooltip content={t('ledger.edit')} relationship="label">
                  <Button size="small" appearance="subtle" icon={<Edit16Regular />} onClick={() => onEdit(server)} disabledFocusable={readOnly} aria-label={t('servers.editFor', { name: server.name })} {...restoreFocusTarget} />
                </Tooltip>
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function ActivationCommands({ servers }: { servers: ServerView[] }) {
  const { t } = useTranslation();
  const styles = useFeatureStyles();
  // A command for each server in use that still needs its key; with none, one for the next server to set up.
  const pending = servers.filter((s) => s.activation.state !== 'activated' && s.retiredOn === null);
  const names = pending.length > 0 ? pending.map((s) => s.name) : [t('servers.commands.serverPlaceholder')];
  return (
    <Card className={styles.card}>
      <Text as="h2" size={500} weight="semibold" className={styles.cardTitle}>
        {t('servers.commands.title')}
      </Text>
      <Text className={styles.secondary}>{t('servers.commands.body')}</Text>
      <CopyCommand label={t('servers.commands.status')} command={serverStatusCommand} />
      {names.map((name) => (
        <CopyCommand key={name} label={t('servers.commands.activate', { name })} command={activationCommand(name, t('servers.commands.keyPlaceholder'))} />
      ))}
      <CopyCommand label={t('servers.commands.restart')} command={restartServicesCommand} />
    </Card>
  );
}
