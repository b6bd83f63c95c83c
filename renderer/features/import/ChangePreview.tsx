import { Button, Card, CardHeader, makeStyles, MessageBar, MessageBarBody, Text, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { ArrowImport20Regular, Delete20Regular, DocumentBulletList20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadOnly } from '../../app/sessionStore';
import type { ImportPreviewView } from '../../../shared/contracts/import';
import { accountSourceKinds, mailboxSourceKinds } from '../../../shared/import/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { StatusText } from '../../components/StatusText';
import { useFeatureStyles } from '../../components/useFeatureStyles';
import { useFormatters } from '../../i18n/format';
import { AmbiguousSection } from './AmbiguousSection';
import { CappedList } from './CappedList';
import { heldBackWith, importMessageText, includedChangeCount, isRealUpdate } from './changes';
import { ChangeSection, type SectionItem } from './ChangeSection';
import {
  AssignmentDetails,
  assignmentTitle,
  MissingDetails,
  NewPersonDetails,
  personName,
  PurchaseDetails,
  purchaseTitle,
  ServerDetails,
  UpdateDetails,
} from './PreviewItems';
import { useImportStore } from './store';

const useStyles = makeStyles({
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  types: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
  type: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
  },
  commitBar: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'flex-end',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow8,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** The sections of changes the import would make, each item untickable, and the one commit button. */
export function ChangePreview({ preview }: { preview: ImportPreviewView }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const styles = useStyles();
  const feature = useFeatureStyles();
  const format = useFormatters();
  const excluded = useImportStore((s) => s.excluded);
  const decisions = useImportStore((s) => s.decisions);
  const committing = useImportStore((s) => s.phase === 'committing');
  const commit = useImportStore((s) => s.commit);
  const discard = useImportStore((s) => s.discard);
  const [confirming, setConfirming] = useState(false);
  // The confirmation gives focus back to the commit button when it is cancelled.
  const restoreFocusTarget = useRestoreFocusTarget();
  const count = includedChangeCount(preview, excluded, decisions);
  const heldBack = heldBackWith(excluded, decisions);
  // A sheet still waiting for its columns is left out of this import: the user is told before committing, not after.
  const unmapped = preview.sheets.filter((sheet) => sheet.status === 'needs-mapping').map((sheet) => (sheet.sheetName && sheet.sheetName !== sheet.fileName ? `${sheet.fileName} (${sheet.sheetName})` : sheet.fileName));

  const realUpdates = preview.updatedPeople.filter(isRealUpdate);
  const unchanged = preview.updatedPeople.length - realUpdates.length;
  const sections: Array<{ id: string; items: SectionItem[]; note?: string }> = [
    { id: 'newPeople', items: preview.newPeople.map((p) => ({ key: p.key, name: personName(p), selectable: true, details: <NewPersonDetails person={p} /> })) },
    { id: 'updatedPeople', items: realUpdates.map((u) => ({ key: u.key, name: u.name, selectable: true, details: <UpdateDetails update={u} /> })) },
    {
      id: 'missingPeople',
      note: t('importScreen.missingNote'),
      items: preview.missingPeople.map((m) => ({ key: m.key, name: m.name, selectable: true, details: <MissingDetails person={m} /> })),
    },
    { id: 'servers', items: preview.servers.map((s) => ({ key: s.key, name: s.name, selectable: s.action !== 'unchanged', details: <ServerDetails server={s} /> })) },
    {
      id: 'purchases',
      items: preview.purchases.map((p) => ({ key: p.key, name: purchaseTitle(t, p), selectable: p.action === 'new', details: <PurchaseDetails purchase={p} /> })),
    },
    {
      id: 'assignments',
      items: preview.assignments.map((a) => ({
        key: a.key,
        name: assignmentTitle(t, a, format.date(a.assignedOn)),
        selectable: a.action === 'new' || a.action === 'release',
        details: <AssignmentDetails assignment={a} held={excluded[a.key] ? null : heldBack(a)} />,
      })),
    },
  ];
  const mailboxTypes = Object.entries(preview.mailboxTypes).sort((a, b) => b[1] - a[1]);
  const nothing = sections.every((s) => s.items.length === 0) && preview.ambiguous.length === 0;

  return (
    <Card className={feature.card} aria-labelledby="import-preview-title" data-testid="import-preview">
      <CardHeader
        image={<DocumentBulletList20Regular aria-hidden />}
        header={
          <Text as="h2" id="import-preview-title" weight="semibold" size={500} className={feature.cardTitle}>
            {t('importScreen.preview.title')}
          </Text>
        }
        description={<Text size={200}>{t('importScreen.preview.description')}</Text>}
      />
      <div className={styles.summary}>
        {/* Only for directory files: a purchase list or a register sheet keeps the mailboxes read before (apply.ts nextSnapshot). */}
        {preview.snapshot.sources.some((s) => mailboxSourceKinds.includes(s.kind) || accountSourceKinds.includes(s.kind)) && (
          <Text data-testid="import-inventory">
            {t('importScreen.preview.inventory', {
              mailboxes: format.number(preview.snapshot.mailboxes),
              users: format.number(preview.snapshot.users),
              system: format.number(preview.systemAccounts),
            })}
          </Text>
        )}
        {mailboxTypes.length > 0 && (
          <ul className={styles.types} aria-label={t('importScreen.preview.mailboxTypes')}>
            {mailboxTypes.map(([type, n]) => (
              <li key={type} className={styles.type}>
                {type}: {format.number(n)}
              </li>
            ))}
          </ul>
        )}
        {unchanged > 0 && (
          <Text size={200} className={feature.secondary} data-testid="import-unchanged">
            {t('importScreen.preview.unchanged', { count: unchanged })}
          </Text>
        )}
        {nothing && <StatusText intent="info">{t('importScreen.preview.nothing')}</StatusText>}
      </div>

      <AmbiguousSection matches={preview.ambiguous} />
      {sections.map((section) => (
        <ChangeSection key={section.id} id={section.id} title={t(`importScreen.sections.${section.id}`)} items={section.items} note={section.note} />
      ))}
      {preview.unresolved.length > 0 && (
        <section aria-labelledby="import-section-unresolved" className={feature.gapStack} data-testid="import-section-unresolved">
          <Text as="h3" id="import-section-unresolved" size={400} weight="semibold" className={feature.cardTitle}>
            {t('importScreen.preview.sectionCount', { title: t('importScreen.sections.unresolved'), count: format.number(preview.unresolved.length) })}
          </Text>
          <CappedList
            items={preview.unresolved}
            itemKey={(row) => `${row.fileName}:${row.line}`}
            label={t('importScreen.sections.unresolved')}
            renderItem={(row) => (
              <StatusText intent="warning">{`${t('importScreen.purchase.line', { file: row.fileName, line: row.line })}: ${importMessageText(t, row.reason, format)}`}</StatusText>
            )}
          />
        </section>
      )}

      <div className={styles.commitBar}>
        <Button icon={<Delete20Regular />} onClick={() => void discard()} disabledFocusable={committing}>
          {t('importScreen.commit.discard')}
        </Button>
        <Button appearance="primary" icon={<ArrowImport20Regular />} onClick={() => setConfirming(true)} disabled={readOnly} disabledFocusable={committing} data-testid="import-commit" {...restoreFocusTarget}>
          {count === 0 ? t('importScreen.commit.recordOnly') : t('importScreen.commit.button', { count })}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('importScreen.commit.confirmTitle')}
        confirmLabel={t('importScreen.commit.confirm')}
        busy={committing}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void commit().then(() => setConfirming(false))}
        testId="import-confirm"
      >
        {t('importScreen.commit.confirmBody', { count })}
        {unmapped.length > 0 && (
          <MessageBar intent="warning" data-testid="import-confirm-unmapped">
            <MessageBarBody>{t('importScreen.commit.notImported', { sheets: unmapped.join(', ') })}</MessageBarBody>
          </MessageBar>
        )}
      </ConfirmDialog>
    </Card>
  );
}
