import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/contracts/ledger';
import { findProductByName } from '../../../shared/licensing/catalog';
import { personDisplayName, productLabel } from '../../components/ledgerLabels';
import { StatusText } from '../../components/StatusText';
import { useFeatureStyles } from '../../components/useFeatureStyles';
import { errorText, useFormatters } from '../../i18n/format';
import { useRegisterStore } from './store';

/** A person's whole CAL history: every assignment and release, with reason and notes. */
export function HistoryDialog() {
  const { t } = useTranslation();
  const history = useRegisterStore((s) => s.history);
  const close = useRegisterStore((s) => s.closeHistory);
  const open = history.kind !== 'closed';
  return (
    <Dialog open={open} onOpenChange={(_event, data) => !data.open && close()}>
      <DialogSurface style={{ maxWidth: '860px', width: '100%' }} data-testid="history-dialog">
        <DialogBody>
          <DialogTitle>{open ? t('register.history.title', { person: personDisplayName(history.person) }) : ''}</DialogTitle>
          <DialogContent>
            {history.kind === 'loading' && <Spinner label={t('ledger.loading')} />}
            {history.kind === 'failed' && <Text role="alert">{errorText(t, history.error)}</Text>}
            {history.kind === 'ready' && (history.entries.length === 0 ? <Text>{t('register.history.empty')}</Text> : <HistoryTable entries={history.entries} />)}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={close}>
              {t('common.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function HistoryTable({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation();
  const styles = useFeatureStyles();
  const format = useFormatters();
  return (
    <Table size="small" aria-label={t('register.history.tableLabel')}>
      <TableHeader>
        <TableRow>
          {(['date', 'event', 'product', 'document', 'reason'] as const).map((column) => (
            <TableHeaderCell key={column} className={styles.headerCell}>
              {t(`register.history.columns.${column}`)}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={`${entry.assignmentId}-${entry.kind}`}>
            <TableCell>{format.date(entry.at)}</TableCell>
            <TableCell>
              <StatusText intent={entry.kind === 'assigned' ? 'success' : 'unknown'}>{t(`register.history.${entry.kind}`)}</StatusText>
            </TableCell>
            <TableCell>{historyProduct(t, entry.productName)}</TableCell>
            <TableCell>{entry.document || '—'}</TableCell>
            <TableCell>
              <div className={styles.stack}>
                <Text>{entry.reason ? t(`ledger.releaseReason.${entry.reason}`, { defaultValue: entry.reason }) : '—'}</Text>
                {entry.notes && (
                  <Text size={200} className={styles.muted}>
                    {entry.notes}
                  </Text>
                )}
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** History names products in English; shown in the UI language when the name is a catalog product's. */
function historyProduct(t: TFunction, name: string): string {
  const product = findProductByName(name);
  return product ? productLabel(t, product.id) : name;
}
