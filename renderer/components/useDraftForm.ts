import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../shared/result';
import { dateTextBlocks } from './dateTextStore';
import { shownError } from '../app/sessionStore';

/** What a form's pure builder returns: the channel input, or the fields to fix (keys under ledger.invalid). */
export type Built<I, F extends string> = { input: I } | { problems: Partial<Record<F, string>> };

export interface DraftFormOptions<D, F extends string, I, V> {
  initial: () => D;
  build: (draft: D) => Built<I, F>;
  save: (input: I) => Promise<Result<V>>;
  onSaved: (value: V) => void;
  /** A problem of the form as a whole, and the fields whose correction answers it (a person needs a name, e-mail or login). */
  answeredBy?: Partial<Record<F, readonly (keyof D)[]>>;
}

const withoutKeys = <T extends object>(record: T, keys: readonly string[]): T => {
  const copy = { ...record };
  for (const key of keys) delete copy[key as keyof T];
  return copy;
};

/**
 * The state every add/edit dialog keeps: a draft, per-field problems from the pure builder,
 * the error main returned, and a busy flag while saving. Validation stays in the builder.
 */
export function useDraftForm<D, F extends string, I, V>({ initial, build, save, onSaved, answeredBy }: DraftFormOptions<D, F, I, V>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  // What the dialog opened with, to tell whether anything was entered (useCloseGuard asks before discarding it).
  const [opened] = useState(() => JSON.stringify(draft));
  const changed = JSON.stringify(draft) !== opened;
  const [problems, setProblems] = useState<Partial<Record<F, string>>>({});
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  // A second submit while saving (Enter again, a click on the aria-disabled button, which a form still submits) saves nothing.
  const saving = useRef(false);

  const set = <K extends keyof D>(key: K, value: D[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    // A field being corrected no longer says it is wrong, nor does a form-wide problem it answers; the next Save judges again.
    setProblems((p) => {
      const answered = Object.keys(p).filter((problem) => problem === key || answeredBy?.[problem as F]?.includes(key));
      return answered.length > 0 ? withoutKeys(p, answered) : p;
    });
  };
  /** Props for a Fluent `Field` showing the field's problem, if any. */
  const problem = (field: F) => (problems[field] ? { validationMessage: t(`ledger.invalid.${problems[field]}`), validationState: 'error' as const } : {});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving.current || dateTextBlocks()) return;
    const built = build(draft);
    if ('problems' in built) {
      setProblems(built.problems);
      // The first field to fix takes focus, so its message is read and typing goes there.
      const form = event.currentTarget;
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setProblems({});
    saving.current = true;
    setBusy(true);
    const result = await save(built.input);
    saving.current = false;
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(shownError(result));
  };

  return { draft, set, problems, problem, error, busy, submit, changed };
}
