import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { CloseGuard } from '../../components/CloseGuard';
import { DraftFormSurface, GuardedDialog } from '../../components/DraftFormDialog';
import { serverInputSchema, type ServerInput, type ServerView } from '../../../shared/contracts/ledger';
import { exchangeProducts, type Activation, type ExchangeProduct, type ServerEdition } from '../../../shared/domain/model';
import { useDraftForm } from '../../components/useDraftForm';
import { activationOn, ledgerErrorText, todayIso } from '../../components/ledgerLabels';
import { useServersStore } from './store';
import { useDialogFormStyles } from '../../components/useDialogFormStyles';

type ActivationState = Activation['state'];

export interface ServerDraft {
  name: string;
  product: ExchangeProduct;
  edition: ServerEdition;
  build: string;
  activation: ActivationState;
  daysLeft: string;
  partialProductKey: string;
  notes: string;
}

export function serverDraft(server: ServerView | null, today: string = todayIso()): ServerDraft {
  // A trial's days as they stand today: saving the form unchanged must not give the trial back the days that have passed.
  const activation = server ? activationOn(server.activation, today) : null;
  return {
    name: server?.name ?? '',
    product: server?.product ?? 'Exchange Server 2019',
    edition: server?.edition ?? 'Standard',
    build: server?.build ?? '',
    activation: activation?.state ?? 'activated',
    daysLeft: activation?.state === 'trial' ? String(activation.daysLeft) : '',
    partialProductKey: server?.partialProductKey ?? '',
    notes: server?.notes ?? '',
  };
}

type Field = 'name' | 'build' | 'daysLeft' | 'partialProductKey';

/** Turns the draft into the channel input, or names the fields to fix (i18n keys under ledger.invalid). */
export function serverInputOf(draft: ServerDraft, id: string | undefined): { input: ServerInput } | { problems: Partial<Record<Field, string>> } {
  const days = Number(draft.daysLeft);
  const activation: Activation =
    draft.activation === 'trial' ? { state: 'trial', daysLeft: Number.isInteger(days) ? days : -1, asOf: todayIso() } : { state: draft.activation };
  const input: ServerInput = { ...(id ? { id } : {}), name: draft.name, product: draft.product, edition: draft.edition, build: draft.build.trim(), activation, partialProductKey: draft.partialProductKey, notes: draft.notes };
  const parsed = serverInputSchema.safeParse(input);
  if (parsed.success) return { input };
  const problems: Partial<Record<Field, string>> = {};
  for (const issue of parsed.error.issues) {
    const [first, second] = issue.path;
    const field: Field | null = first === 'name' ? 'name' : first === 'build' ? 'build' : first === 'partialProductKey' ? 'partialProductKey' : first === 'activation' && second === 'daysLeft' ? 'daysLeft' : null;
    if (field && !problems[field]) problems[field] = field === 'name' ? 'required' : field;
  }
  return { problems };
}

interface ServerDialogProps {
  open: boolean;
  /** The server to edit; null adds a new one. */
  server: ServerView | null;
  onClose(saved: ServerView | null): void;
}

/** Add or edit an Exchange server: product, edition, build, activation and the key's last five characters. */
export function ServerDialog({ open, server, onClose }: ServerDialogProps) {
  return (
    <GuardedDialog open={open} onDismiss={() => onClose(null)}>
      {/* Content mounts on each opening, so the form starts from the current values. */}
      {(guard) => <ServerDialogForm key={server?.id ?? 'new'} server={server} onClose={onClose} guard={guard} />}
    </GuardedDialog>
  );
}

function ServerDialogForm({ guard, server, onClose }: { guard: CloseGuard } & Omit<ServerDialogProps, 'open'>) {
  const { t } = useTranslation();
  const styles = useDialogFormStyles();
  const save = useServersStore((s) => s.save);
  const { draft, set, problem, error, busy, submit, changed } = useDraftForm({
    initial: () => serverDraft(server),
    build: (d: ServerDraft) => serverInputOf(d, server?.id),
    save,
    onSaved: (saved) => onClose(saved),
  });

  return (
    <DraftFormSurface
      guard={guard}
      changed={changed}
      title={server ? t('servers.form.editTitle', { name: server.name }) : t('servers.form.addTitle')}
      errorText={error ? ledgerErrorText(t, error) : null}
      busy={busy}
      onSubmit={submit}
      testId="server-dialog"
      saveTestId="server-save"
    >
      <Field label={t('servers.form.name')} required hint={t('servers.form.nameHint')} {...problem('name')}>
        <Input value={draft.name} onChange={(_e, d) => set('name', d.value)} data-testid="server-name" />
      </Field>
      <Field label={t('servers.form.product')} required>
        <Select value={draft.product} onChange={(_e, d) => set('product', d.value as ExchangeProduct)} data-testid="server-product">
          {exchangeProducts.map((product) => (
            <option key={product} value={product}>
              {product}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('servers.form.edition')} required>
        <Select value={draft.edition} onChange={(_e, d) => set('edition', d.value as ServerEdition)} data-testid="server-edition">
          <option value="Standard">{t('ledger.edition.Standard')}</option>
          <option value="Enterprise">{t('ledger.edition.Enterprise')}</option>
        </Select>
      </Field>
      <Field label={t('servers.form.build')} hint={t('servers.form.buildHint')} {...problem('build')}>
        <Input value={draft.build} onChange={(_e, d) => set('build', d.value)} placeholder="15.2.1544.4" data-testid="server-build" />
      </Field>
      <Field label={t('servers.form.activation')} required>
        <Select value={draft.activation} onChange={(_e, d) => set('activation', d.value as ActivationState)} data-testid="server-activation">
          <option value="activated">{t('ledger.activation.activated')}</option>
          <option value="trial">{t('ledger.activation.trial')}</option>
          <option value="trial-expired">{t('ledger.activation.trial-expired')}</option>
          <option value="unknown">{t('ledger.activation.unknown')}</option>
        </Select>
      </Field>
      {draft.activation === 'trial' ? (
        <Field label={t('servers.form.daysLeft')} required {...problem('daysLeft')}>
          <Input type="number" min={0} max={365} value={draft.daysLeft} onChange={(_e, d) => set('daysLeft', d.value)} data-testid="server-days-left" />
        </Field>
      ) : (
        <div />
      )}
      <Field label={t('servers.form.partialKey')} hint={t('servers.form.partialKeyHint')} {...problem('partialProductKey')}>
        <Input value={draft.partialProductKey} maxLength={5} onChange={(_e, d) => set('partialProductKey', d.value.toUpperCase())} data-testid="server-partial-key" />
      </Field>
      <Field label={t('ledger.notes')} className={styles.wide}>
        <Textarea value={draft.notes} onChange={(_e, d) => set('notes', d.value)} resize="vertical" />
      </Field>
    </DraftFormSurface>
  );
}
