import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { CloseGuard } from '../../components/CloseGuard';
import { DraftFormSurface, GuardedDialog } from '../../components/DraftFormDialog';
import { purchaseInputSchema, type PurchaseInput, type PurchaseView } from '../../../shared/contracts/ledger';
import { schemaHints } from '../../../shared/domain/hints';
import type { Coverage } from '../../../shared/domain/model';
import { catalog, catalogProduct } from '../../../shared/licensing/catalog';
import { useDraftForm } from '../../components/useDraftForm';
import { ledgerErrorText, productLabel, todayIso } from '../../components/ledgerLabels';
import { usePurchasesStore } from './store';
import { useDialogFormStyles } from '../../components/useDialogFormStyles';
import { DateField } from '../../components/DateField';

const programs = ['retail', 'oem', 'volume', 'csp'] as const;
type Program = (typeof programs)[number];

export interface PurchaseDraft {
  productId: string;
  quantity: string;
  date: string;
  vendor: string;
  document: string;
  program: Program;
  coverage: Coverage['kind'];
  until: string;
  notes: string;
}

export function purchaseDraft(purchase: PurchaseView | null): PurchaseDraft {
  return {
    productId: purchase?.productId ?? 'exchange-2019-standard-user-cal',
    quantity: purchase ? String(purchase.quantity) : '',
    date: purchase?.date ?? todayIso(),
    vendor: purchase?.vendor ?? '',
    document: purchase?.document ?? '',
    program: purchase?.program ?? 'retail',
    coverage: purchase?.coverage.kind ?? 'perpetual',
    until: purchase && purchase.coverage.kind !== 'perpetual' ? purchase.coverage.until : '',
    notes: purchase?.notes ?? '',
  };
}

type Field = 'quantity' | 'date' | 'until';

export function purchaseInputOf(draft: PurchaseDraft, id: string | undefined): { input: PurchaseInput } | { problems: Partial<Record<Field, string>> } {
  const coverage: Coverage = draft.coverage === 'perpetual' ? { kind: 'perpetual' } : { kind: draft.coverage, until: draft.until };
  const input: PurchaseInput = {
    ...(id ? { id } : {}),
    productId: draft.productId,
    quantity: draft.quantity.trim() === '' ? Number.NaN : Number(draft.quantity),
    date: draft.date,
    vendor: draft.vendor.trim(),
    document: draft.document.trim(),
    program: draft.program,
    coverage,
    notes: draft.notes,
  };
  const parsed = purchaseInputSchema.safeParse(input);
  if (parsed.success) return { input };
  const problems: Partial<Record<Field, string>> = {};
  for (const issue of parsed.error.issues) {
    const [first] = issue.path;
    if (first === 'quantity') problems.quantity = 'quantity';
    else if (first === 'date') problems.date = 'date';
    // An end date that is not a date at all also fails the later "not before the purchase" check: say the first.
    else if (first === 'coverage') problems.until ??= issue.message === schemaHints.coverageAfterPurchase ? 'untilBeforePurchase' : 'date';
  }
  return { problems };
}

interface PurchaseDialogProps {
  open: boolean;
  purchase: PurchaseView | null;
  onClose(saved: PurchaseView | null): void;
}

/** Add or edit a purchase lot: catalog product, quantity, date, vendor, document, program and coverage. */
export function PurchaseDialog({ open, purchase, onClose }: PurchaseDialogProps) {
  return (
    <GuardedDialog open={open} onDismiss={() => onClose(null)}>
      {(guard) => <PurchaseDialogForm key={purchase?.id ?? 'new'} purchase={purchase} onClose={onClose} guard={guard} />}
    </GuardedDialog>
  );
}

function PurchaseDialogForm({ guard, purchase, onClose }: { guard: CloseGuard } & Omit<PurchaseDialogProps, 'open'>) {
  const { t } = useTranslation();
  const styles = useDialogFormStyles();
  const save = usePurchasesStore((s) => s.save);
  const { draft, set, problem, error, busy, submit, changed } = useDraftForm({
    initial: () => purchaseDraft(purchase),
    build: (d: PurchaseDraft) => purchaseInputOf(d, purchase?.id),
    save,
    onSaved: (saved) => onClose(saved),
  });

  const productLocked = (purchase?.seatsUsed ?? 0) > 0;

  return (
    <DraftFormSurface
      guard={guard}
      changed={changed}
      title={purchase ? t('purchases.form.editTitle') : t('purchases.form.addTitle')}
      errorText={error ? ledgerErrorText(t, error) : null}
      busy={busy}
      onSubmit={submit}
      testId="purchase-dialog"
      saveTestId="purchase-save"
    >
      {/* A lot with CALs held (or planned) keeps its product: each holder would hold another CAL than the one assigned (main refuses it too). */}
      <Field label={t('purchases.form.product')} required className={styles.wide} hint={t(productLocked ? 'purchases.form.productLocked' : 'purchases.form.productHint')}>
        <Select value={draft.productId} onChange={(_e, d) => set('productId', d.value)} disabled={productLocked} data-testid="purchase-product">
          {catalog.map((product) => (
            <option key={product.id} value={product.id}>
              {productLabel(t, product.id)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('purchases.form.quantity')} required {...problem('quantity')}>
        <Input type="number" min={1} value={draft.quantity} onChange={(_e, d) => set('quantity', d.value)} data-testid="purchase-quantity" />
      </Field>
      <DateField label={t('purchases.form.date')} required {...problem('date')} value={draft.date} onChange={(value) => set('date', value)} testId="purchase-date" />
      <Field label={t('purchases.form.document')} hint={t('purchases.form.documentHint')}>
        <Input value={draft.document} onChange={(_e, d) => set('document', d.value)} data-testid="purchase-document" />
      </Field>
      <Field label={t('purchases.form.vendor')}>
        <Input value={draft.vendor} onChange={(_e, d) => set('vendor', d.value)} data-testid="purchase-vendor" />
      </Field>
      <Field label={t('purchases.form.program')}>
        <Select value={draft.program} onChange={(_e, d) => set('program', d.value as Program)} data-testid="purchase-program">
          {programs.map((program) => (
            <option key={program} value={program}>
              {t(`ledger.program.${program}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t('purchases.form.coverage')}
        {...(draft.coverage === 'perpetual' && catalogProduct(draft.productId)?.version === 'SE'
          ? { validationState: 'warning' as const, validationMessage: t('purchases.form.seNeedsCoverage') }
          : {})}
      >
        <Select value={draft.coverage} onChange={(_e, d) => set('coverage', d.value as Coverage['kind'])} data-testid="purchase-coverage">
          <option value="perpetual">{t('ledger.coverage.perpetual')}</option>
          <option value="software-assurance">{t('ledger.coverage.software-assurance')}</option>
          <option value="subscription">{t('ledger.coverage.subscription')}</option>
        </Select>
      </Field>
      {draft.coverage !== 'perpetual' && (
        <DateField label={t('purchases.form.until')} required {...problem('until')} value={draft.until} onChange={(value) => set('until', value)} testId="purchase-until" />
      )}
      <Field label={t('ledger.notes')} className={styles.wide}>
        <Textarea value={draft.notes} onChange={(_e, d) => set('notes', d.value)} resize="vertical" />
      </Field>
    </DraftFormSurface>
  );
}
