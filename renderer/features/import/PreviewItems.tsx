import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowRight12Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { AssignmentChange, MissingPerson, NewPerson, PersonUpdate, PurchaseChange, ServerChange } from '../../../shared/import/preview-types';
import type { AssignmentHeldBack } from '../../../shared/import/counts';
import { activationText, productLabel } from '../../components/ledgerLabels';
import { StatusText } from '../../components/StatusText';
import { useFeatureStyles } from '../../components/useFeatureStyles';
import { useFormatters } from '../../i18n/format';
import { factValueText } from '../../../shared/import/messages';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  details: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingInlineStart: '28px' },
  change: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  before: { color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
  after: { fontWeight: tokens.fontWeightSemibold },
});

export const personName = (p: { givenName: string; surname: string; email: string; login: string }) => `${p.givenName} ${p.surname}`.trim() || p.email || p.login;

/** A before → after line: the arrow is drawn, and the sentence for screen readers is the translated `change` text. */
function Change({ field, before, after }: { field: string; before: string | boolean | null; after: string | boolean | null }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const fieldText = t(`importScreen.facts.${field}`, { defaultValue: field });
  const beforeText = factValueText(t, before);
  const afterText = factValueText(t, after);
  return (
    <Text size={200} className={styles.change} aria-label={t('importScreen.change', { field: fieldText, before: beforeText, after: afterText })} role="group">
      <span>{fieldText}:</span>
      <span className={styles.before}>{beforeText}</span>
      <ArrowRight12Regular aria-hidden />
      <span className={styles.after}>{afterText}</span>
    </Text>
  );
}

export function NewPersonDetails({ person }: { person: NewPerson }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const feature = useFeatureStyles();
  const identity = [person.email, person.login, person.department].filter(Boolean).join(' · ');
  return (
    <div className={styles.details}>
      {identity && <Text size={200} className={feature.secondary}>{identity}</Text>}
      <Text size={200} className={feature.muted}>
        {[
          t(`importScreen.source.${person.source}`),
          person.facts?.mailboxType ? `${t('importScreen.facts.mailboxType')}: ${person.facts.mailboxType}` : null,
          person.facts && person.facts.accountEnabled !== null ? `${t('importScreen.facts.accountEnabled')}: ${factValueText(t, person.facts.accountEnabled)}` : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </div>
  );
}

export function UpdateDetails({ update }: { update: PersonUpdate }) {
  const styles = useStyles();
  return (
    <div className={styles.details}>
      {update.changes.map((change) => (
        <Change key={change.field} field={change.field} before={change.before} after={change.after} />
      ))}
    </div>
  );
}

export function MissingDetails({ person }: { person: MissingPerson }) {
  const styles = useStyles();
  const feature = useFeatureStyles();
  return (
    <div className={styles.details}>
      <Text size={200} className={feature.secondary}>
        {[person.email, person.login].filter(Boolean).join(' · ')}
      </Text>
    </div>
  );
}

export function ServerDetails({ server }: { server: ServerChange }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const feature = useFeatureStyles();
  return (
    <div className={styles.details}>
      <div className={styles.line}>
        <Badge appearance="tint" color={server.action === 'new' ? 'success' : server.action === 'changed' ? 'warning' : 'informative'}>
          {t(`importScreen.server.${server.action}`)}
        </Badge>
        <Text size={200} className={feature.secondary}>
          {[server.product, t(`ledger.edition.${server.edition}`), server.build, activationText(t, server.activation)].filter(Boolean).join(' · ')}
        </Text>
      </div>
      {server.changes.map((change) => (
        <Change key={change.field} field={change.field} before={change.before} after={change.after} />
      ))}
    </div>
  );
}

export function purchaseTitle(t: ReturnType<typeof useTranslation>['t'], purchase: PurchaseChange): string {
  return t('importScreen.purchase.quantity', { quantity: purchase.purchase.quantity, product: productLabel(t, purchase.purchase.productId) });
}

export function PurchaseDetails({ purchase }: { purchase: PurchaseChange }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const feature = useFeatureStyles();
  const format = useFormatters();
  return (
    <div className={styles.details}>
      <div className={styles.line}>
        <Badge appearance="tint" color={purchase.action === 'new' ? 'success' : 'informative'}>
          {t(`importScreen.purchase.${purchase.action}`)}
        </Badge>
        <Text size={200} className={feature.secondary}>
          {[purchase.purchase.document, format.date(purchase.purchase.date), purchase.purchase.vendor].filter(Boolean).join(' · ')}
        </Text>
      </div>
      <Text size={200} className={feature.muted}>
        {t('importScreen.purchase.line', { file: purchase.fileName, line: purchase.line })}
      </Text>
    </div>
  );
}

export function assignmentTitle(t: ReturnType<typeof useTranslation>['t'], assignment: AssignmentChange, date: string): string {
  return t('importScreen.assignment.value', { person: assignment.personLabel, product: productLabel(t, assignment.productId), date });
}

/** "released 01.05.2024: Odejście z organizacji (odszedł do konkurencji)": the date, and the reason the sheet gives, if any. */
function releasedText(t: ReturnType<typeof useTranslation>['t'], assignment: AssignmentChange, date: string): string {
  if (!assignment.releaseReason && !assignment.releasedWhenLeft) return t('importScreen.assignment.released', { date });
  const label = t(`ledger.releaseReason.${assignment.releasedWhenLeft ? 'left' : assignment.releaseReason}`);
  return t('importScreen.assignment.releasedBecause', { date, reason: assignment.releaseNotes ? `${label} (${assignment.releaseNotes})` : label });
}

/** `held`: why this ticked new assignment would still not be recorded with the current choices (changes.ts `heldBackWith`). */
export function AssignmentDetails({ assignment, held = null }: { assignment: AssignmentChange; held?: AssignmentHeldBack | null }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const feature = useFeatureStyles();
  const format = useFormatters();
  const notes = [
    assignment.assignedOnAssumed ? t('importScreen.assignment.dateAssumed') : null,
    assignment.releasedOn ? releasedText(t, assignment, format.date(assignment.releasedOn)) : null,
    t('importScreen.purchase.line', { file: assignment.fileName, line: assignment.line }),
  ].filter(Boolean);
  return (
    <div className={styles.details}>
      <div className={styles.line}>
        <Badge appearance="tint" color={assignment.action === 'new' ? 'success' : assignment.action === 'release' ? 'warning' : 'informative'}>
          {t(`importScreen.assignment.${assignment.action}`)}
        </Badge>
        <Text size={200} className={feature.muted}>
          {notes.join(' · ')}
        </Text>
      </div>
      {held && (
        <StatusText intent="warning" testId="assignment-held-back">
          {t(`importScreen.assignment.heldBack.${held}`, { person: assignment.personLabel })}
        </StatusText>
      )}
    </div>
  );
}
