import { Checkbox, Field, Input, makeStyles, mergeClasses, Text, Textarea, tokens } from '@fluentui/react-components';
import { useDraftForm, type Built } from '../../components/useDraftForm';
import { useTranslation } from 'react-i18next';
import type { CloseGuard } from '../../components/CloseGuard';
import { DraftFormSurface, GuardedDialog } from '../../components/DraftFormDialog';
import { personInputSchema, type PersonInput, type PersonRow } from '../../../shared/contracts/ledger';
import { enterpriseFeatureSchema } from '../../../shared/domain/model';
import { toUiLanguage } from '../../i18n/format';
import { featureNames } from '../../../shared/licensing/feature-names';
import type { EnterpriseFeature } from '../../../shared/licensing/inventory';
import { ledgerErrorText } from '../../components/ledgerLabels';
import { useRegisterStore } from './store';
import { useDialogFormStyles } from '../../components/useDialogFormStyles';

interface PersonDraft {
  givenName: string;
  surname: string;
  email: string;
  login: string;
  department: string;
  external: boolean;
  /** Enterprise features the person uses that no export shows (DOMAIN.md: DLP, retention, journaling…). */
  manualEnterpriseFeatures: EnterpriseFeature[];
  notes: string;
}

type Problem = 'identity' | 'email';

/** The channel input, or what to fix: someone needs a name, e-mail or login, and the e-mail must be one. */
export function personInputOf(draft: PersonDraft, editing?: PersonRow): { input: PersonInput } | { problem: Problem } {
  const input: PersonInput = {
    ...draft,
    givenName: draft.givenName.trim(),
    surname: draft.surname.trim(),
    email: draft.email.trim(),
    login: draft.login.trim(),
    department: draft.department.trim(),
    // An edit keeps what this form does not show.
    ...(editing ? { id: editing.id, externalNote: editing.externalNote } : {}),
  };
  const parsed = personInputSchema.safeParse(input);
  if (parsed.success) return { input };
  return { problem: parsed.error.issues.some((issue) => issue.path[0] === 'email') ? 'email' : 'identity' };
}

interface PersonDialogProps {
  open: boolean;
  /** Prefills the form, e.g. with what was typed in a search box. */
  initial?: Partial<PersonDraft>;
  /** The person to edit; without it the dialog adds someone. */
  person?: PersonRow | null;
  onClose(saved: PersonRow | null): void;
}

/**
 * Adds a person to the register (name, e-mail/UPN, login (sAMAccountName), department, external
 * flag), or edits one, with the Enterprise features recorded by hand and notes too.
 */
export function PersonDialog({ open, initial, person, onClose }: PersonDialogProps) {
  return (
    <GuardedDialog open={open} onDismiss={() => onClose(null)}>
      {/* Mounted per person, so each edit starts from that person's values. */}
      {(guard) => <PersonForm key={person?.id ?? 'new'} initial={initial} person={person} onClose={onClose} guard={guard} />}
    </GuardedDialog>
  );
}

/** A feature's name as a checkbox label: its first letter capital ("Data loss prevention"). */
const sentenceCase = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

const useLocalStyles = makeStyles({
  features: { border: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  hint: { flexBasis: '100%', color: tokens.colorNeutralForeground3 },
});

const draftOf = (person: PersonRow): PersonDraft => ({
  givenName: person.givenName,
  surname: person.surname,
  email: person.email,
  login: person.login,
  department: person.department,
  external: person.external,
  manualEnterpriseFeatures: [...person.manualEnterpriseFeatures],
  notes: person.notes,
});

function PersonForm({ guard, initial, person, onClose }: { guard: CloseGuard } & Omit<PersonDialogProps, 'open'>) {
  const { t, i18n } = useTranslation();
  const styles = useDialogFormStyles();
  const local = useLocalStyles();
  const savePerson = useRegisterStore((s) => s.savePerson);
  const editing = person ?? undefined;
  const { draft, set, problems, problem, error, busy, submit, changed } = useDraftForm({
    initial: (): PersonDraft =>
      editing ? draftOf(editing) : { givenName: '', surname: '', email: '', login: '', department: '', external: false, manualEnterpriseFeatures: [], notes: '', ...initial },
    build: (d: PersonDraft): Built<PersonInput, Problem> => {
      const built = personInputOf(d, editing);
      return 'problem' in built ? { problems: { [built.problem]: built.problem } } : built;
    },
    save: savePerson,
    onSaved: (saved: PersonRow) => onClose(saved),
    answeredBy: { identity: ['givenName', 'surname', 'email', 'login'] },
  });

  return (
    <DraftFormSurface
      guard={guard}
      changed={changed}
      title={editing ? t('register.person.editTitle') : t('register.person.addTitle')}
      errorText={error ? ledgerErrorText(t, error) : problems.identity ? t('register.person.identityNeeded') : null}
      busy={busy}
      onSubmit={submit}
      testId="person-dialog"
      saveTestId="person-save"
    >
      <Field label={t('register.person.givenName')}>
        <Input value={draft.givenName} onChange={(_e, d) => set('givenName', d.value)} data-testid="person-given-name" />
      </Field>
      <Field label={t('register.person.surname')}>
        <Input value={draft.surname} onChange={(_e, d) => set('surname', d.value)} data-testid="person-surname" />
      </Field>
      <Field
        label={t('register.person.email')}
        hint={t('register.person.emailHint')}
        {...problem('email')}
      >
        <Input type="email" value={draft.email} onChange={(_e, d) => set('email', d.value)} data-testid="person-email" />
      </Field>
      <Field label={t('register.person.login')} hint={t('register.person.loginHint')}>
        <Input value={draft.login} onChange={(_e, d) => set('login', d.value)} data-testid="person-login" />
      </Field>
      <Field label={t('register.person.department')}>
        <Input value={draft.department} onChange={(_e, d) => set('department', d.value)} data-testid="person-department" />
      </Field>
      <Checkbox className={styles.wide} checked={draft.external} onChange={(_e, d) => set('external', d.checked === true)} label={t('register.person.external')} />
      {editing && (
        <>
          {/* A group of checkboxes is a fieldset with its legend; the hint says where the others come from. */}
          <fieldset className={mergeClasses(styles.wide, local.features)} aria-describedby="person-features-hint" data-testid="person-features">
            <legend className={local.legend}>{t('register.person.features')}</legend>
            {enterpriseFeatureSchema.options.map((feature) => (
              <Checkbox
                key={feature}
                checked={draft.manualEnterpriseFeatures.includes(feature)}
                onChange={(_e, d) =>
                  set(
                    'manualEnterpriseFeatures',
                    d.checked === true ? [...draft.manualEnterpriseFeatures, feature] : draft.manualEnterpriseFeatures.filter((f) => f !== feature),
                  )
                }
                label={sentenceCase(featureNames(feature, toUiLanguage(i18n.language)))}
              />
            ))}
            <Text id="person-features-hint" size={200} block className={local.hint}>
              {t('register.person.featuresHint')}
            </Text>
          </fieldset>
          <Field className={styles.wide} label={t('ledger.notes')}>
            <Textarea value={draft.notes} onChange={(_e, d) => set('notes', d.value)} resize="vertical" data-testid="person-notes" />
          </Field>
        </>
      )}
    </DraftFormSurface>
  );
}
