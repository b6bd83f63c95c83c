import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { personInputSchema, type PersonInput, type PersonRow } from '../../../shared/contracts/ledger';
import type { AppError } from '../../../shared/result';
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
}

type Problem = 'identity' | 'email';

/** The channel input, or what to fix: someone needs a name, e-mail or login, and the e-mail must be one. */
export function personInputOf(draft: PersonDraft): { input: PersonInput } | { problem: Problem } {
  const input: PersonInput = { ...draft, givenName: draft.givenName.trim(), surname: draft.surname.trim(), email: draft.email.trim(), login: draft.login.trim(), department: draft.department.trim() };
  const parsed = personInputSchema.safeParse(input);
  if (parsed.success) return { input };
  return { problem: parsed.error.issues.some((issue) => issue.path[0] === 'email') ? 'email' : 'identity' };
}

interface PersonDialogProps {
  open: boolean;
  /** Prefills the form, e.g. with what was typed in a search box. */
  initial?: Partial<PersonDraft>;
  onClose(saved: PersonRow | null): void;
}

/** Adds a person to the register: name, e-mail/UPN, login (sAMAccountName), department, external flag. */
export function PersonDialog({ open, initial, onClose }: PersonDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_event, data) => !data.open && onClose(null)}>
      <PersonForm initial={initial} onClose={onClose} />
    </Dialog>
  );
}

function PersonForm({ initial, onClose }: Omit<PersonDialogProps, 'open'>) {
  const { t } = useTranslation();
  const styles = useDialogFormStyles();
  const savePerson = useRegisterStore((s) => s.savePerson);
  const [draft, setDraft] = useState<PersonDraft>(() => ({ givenName: '', surname: '', email: '', login: '', department: '', external: false, ...initial }));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const built = personInputOf(draft);
    if ('problem' in built) {
      setProblem(built.problem);
      return;
    }
    setProblem(null);
    setBusy(true);
    const result = await savePerson(built.input);
    setBusy(false);
    if (result.ok) onClose(result.value);
    else setError(result.error);
  };

  return (
    <DialogSurface data-testid="person-dialog">
      <form onSubmit={(event) => void submit(event)}>
        <DialogBody>
          <DialogTitle>{t('register.person.addTitle')}</DialogTitle>
          <DialogContent>
            <div className={styles.grid}>
              {(error || problem === 'identity') && (
                <MessageBar intent="error" className={styles.wide}>
                  <MessageBarBody>{error ? ledgerErrorText(t, error) : t('register.person.identityNeeded')}</MessageBarBody>
                </MessageBar>
              )}
              <Field label={t('register.person.givenName')}>
                <Input value={draft.givenName} onChange={(_e, d) => set('givenName', d.value)} data-testid="person-given-name" />
              </Field>
              <Field label={t('register.person.surname')}>
                <Input value={draft.surname} onChange={(_e, d) => set('surname', d.value)} data-testid="person-surname" />
              </Field>
              <Field
                label={t('register.person.email')}
                hint={t('register.person.emailHint')}
                {...(problem === 'email' ? { validationMessage: t('ledger.invalid.email'), validationState: 'error' as const } : {})}
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
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => onClose(null)} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button appearance="primary" type="submit" disabled={busy} data-testid="person-save">
              {busy ? t('common.saving') : t('common.save')}
            </Button>
          </DialogActions>
        </DialogBody>
      </form>
    </DialogSurface>
  );
}
