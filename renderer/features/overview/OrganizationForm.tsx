import { Button, Card, CardHeader, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, Textarea, tokens } from '@fluentui/react-components';
import { Save20Regular } from '@fluentui/react-icons';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadOnly } from '../../app/sessionStore';
import type { Organization } from '../../../shared/domain/model';
import { looksLikeWrongNip } from '../../../shared/domain/nip';
import { errorText } from '../../i18n/format';
import { useOverviewStyles } from './styles';
import { useOverviewStore, validateOrganization, type OrganizationField } from './store';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))', maxWidth: '880px', gap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM, alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
  footer: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** The organization settings (printed on the audit workbook), saved through organizationUpdate. */
export function OrganizationForm({ organization, path }: { organization: Organization; path: string }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const styles = useStyles();
  const cardStyles = useOverviewStyles();
  const save = useOverviewStore((s) => s.save);
  const saveOrganization = useOverviewStore((s) => s.saveOrganization);
  const resetSave = useOverviewStore((s) => s.resetSave);
  const keepDraft = useOverviewStore((s) => s.keepOrganizationDraft);
  // What was typed and not saved comes back when the user returns from another screen (it was lost without a word).
  const [draft, setDraft] = useState<Organization>(() => {
    const kept = useOverviewStore.getState().organizationDraft;
    return kept?.path === path ? kept.draft : organization;
  });
  const unsaved = (Object.keys(organization) as (keyof Organization)[]).some((key) => draft[key] !== organization[key]);
  const [showProblems, setShowProblems] = useState(false);
  const problems = validateOrganization(draft);
  // A "saved" message belongs to this form's visit; leaving the screen or the register clears it.
  useEffect(() => resetSave, [resetSave]);

  const change = (field: OrganizationField) => (_event: unknown, data: { value: string }) => {
    setDraft((current) => {
      const next = { ...current, [field]: data.value };
      keepDraft(path, next);
      return next;
    });
    if (save.kind !== 'idle' && save.kind !== 'saving') resetSave();
  };
  const problemOf = (field: OrganizationField) => {
    const problem = showProblems ? problems[field] : undefined;
    return problem ? { validationState: 'error' as const, validationMessage: t(`organization.invalid.${problem}`) } : {};
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Enter again while saving (the button is only aria-disabled, and a form still submits) saves nothing.
    if (save.kind === 'saving') return;
    setShowProblems(true);
    if (Object.keys(problems).length > 0) return;
    void saveOrganization(draft);
  };

  return (
    <Card className={cardStyles.card} aria-labelledby="organization-form-title">
      <CardHeader
        header={
          <Text as="h2" id="organization-form-title" weight="semibold" size={400} className={cardStyles.cardTitle}>
            {t('organization.title')}
          </Text>
        }
        description={<Text size={200}>{t('organization.description')}</Text>}
      />
      <form onSubmit={onSubmit} noValidate aria-labelledby="organization-form-title" className={cardStyles.stack}>
        <div className={styles.grid}>
          <Field label={t('organization.name')} required {...problemOf('name')}>
            <Input value={draft.name} onChange={change('name')} data-testid="org-name" />
          </Field>
          <Field
            label={t('organization.taxId')}
            {...(looksLikeWrongNip(draft.taxId) ? { validationState: 'warning' as const, validationMessage: t('organization.taxIdNotNip') } : {})}
            {...problemOf('taxId')}
          >
            <Input value={draft.taxId} onChange={change('taxId')} data-testid="org-tax-id" />
          </Field>
          <Field label={t('organization.address')} className={styles.wide} {...problemOf('address')}>
            <Textarea value={draft.address} onChange={change('address')} resize="vertical" data-testid="org-address" />
          </Field>
          <Field label={t('organization.contact')} {...problemOf('contact')}>
            <Input value={draft.contact} onChange={change('contact')} data-testid="org-contact" />
          </Field>
        </div>
        <div className={styles.footer}>
          <Button type="submit" appearance="primary" icon={<Save20Regular />} disabled={readOnly} disabledFocusable={save.kind === 'saving'} data-testid="org-save">
            {save.kind === 'saving' ? t('common.saving') : t('common.save')}
          </Button>
          {unsaved && save.kind !== 'saving' && (
            <Text size={200} data-testid="org-unsaved">
              {t('organization.unsaved')}
            </Text>
          )}
          {save.kind === 'saved' && (
            <MessageBar intent="success" data-testid="org-saved">
              <MessageBarBody>{t('organization.saved')}</MessageBarBody>
            </MessageBar>
          )}
          {save.kind === 'failed' && (
            // Multiline: a refusal naming a folder and a backup is longer than a line, and a single line was cut off at the card's edge.
            <MessageBar intent="error" layout="multiline" data-testid="org-save-failed">
              <MessageBarBody>
                {t('organization.saveFailed')} {errorText(t, save.error)}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      </form>
    </Card>
  );
}
