import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeatureStyles } from '../../components/useFeatureStyles';
import { useFormatters } from '../../i18n/format';
import { CappedList } from './CappedList';
import { useImportStore } from './store';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0 },
  name: { fontWeight: tokens.fontWeightSemibold },
});

export interface SectionItem {
  key: string;
  name: string;
  /** False for items shown for the record only (already in the register, unchanged). */
  selectable: boolean;
  details: ReactNode;
}

interface ChangeSectionProps {
  id: string;
  title: string;
  items: readonly SectionItem[];
  note?: string;
}

/** One section of the preview: a heading with its count, a tick-all box and a tick box per change. */
export function ChangeSection({ id, title, items, note }: ChangeSectionProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const feature = useFeatureStyles();
  const format = useFormatters();
  const excluded = useImportStore((s) => s.excluded);
  const setIncluded = useImportStore((s) => s.setIncluded);
  if (items.length === 0) return null;

  const selectable = items.filter((item) => item.selectable).map((item) => item.key);
  const included = selectable.filter((key) => !excluded[key]).length;
  const all = included === selectable.length ? true : included === 0 ? false : 'mixed';
  const headingId = `import-section-${id}`;

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid={`import-section-${id}`} data-count={items.length}>
      <div className={styles.head}>
        <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.title}>
          {t('importScreen.preview.sectionCount', { title, count: format.number(items.length) })}
        </Text>
        {selectable.length > 1 && (
          <Checkbox
            checked={all}
            onChange={(_event, data) => setIncluded(selectable, data.checked === true)}
            label={t('importScreen.preview.includeSection', { title })}
          />
        )}
      </div>
      {note && (
        <Text size={200} className={feature.secondary}>
          {note}
        </Text>
      )}
      <CappedList
        items={items}
        itemKey={(item) => item.key}
        label={title}
        testId={`import-list-${id}`}
        renderItem={(item) => (
          <div className={feature.stack}>
            {item.selectable ? (
              <Checkbox
                checked={!excluded[item.key]}
                onChange={(_event, data) => setIncluded([item.key], data.checked === true)}
                label={<span className={styles.name}>{item.name}</span>}
                input={{ 'aria-label': t('importScreen.preview.include', { name: item.name }) }}
                data-testid={`import-include-${item.key}`}
              />
            ) : (
              <Text className={styles.name}>{item.name}</Text>
            )}
            {item.details}
          </div>
        )}
      />
    </section>
  );
}
