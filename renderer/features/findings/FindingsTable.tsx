import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ArrowRight16Regular } from '@fluentui/react-icons';
import { defaultRangeExtractor, measureElement, observeElementRect, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import type { TFunction } from 'i18next';
import { memo, useCallback, useRef, type FocusEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/licensing/types';
import { localizedLabel } from '../../../shared/licensing/messages';
import { breakAfter } from '../../components/breakAfter';
import { StatusText } from '../../components/StatusText';
import { useFeatureStyles } from '../../components/useFeatureStyles';
import { useFormatters, type Formatters } from '../../i18n/format';
import { findingMessage, severityIntent } from './findingText';
import { fixScreen, followFix } from './fixes';

const columns = '120px minmax(280px, 1fr) 210px 200px';
// Below 1100 px (a 1024 px laptop) the columns narrow so that the suggested fix stays in view.
const narrow = '@media (max-width: 1100px)';
const narrowColumns = '100px minmax(200px, 1fr) 170px 190px';

/** A finding whose message wraps to three lines at a 1280 px window measures about this much; measuring corrects the rest. */
const estimatedRowHeight = 120;

/**
 * The height assumed for a scroll box that reports none: one not laid out (hidden, or a DOM without
 * layout) is 0 px tall, and the virtualizer would then render no row at all, or, with rows measuring
 * 0 px, every row. With this the first screenful of findings is always in the document.
 */
const unlaidOutHeight = 600;

const useStyles = makeStyles({
  table: { display: 'flex', flexDirection: 'column', minWidth: '860px', [narrow]: { minWidth: '720px' } },
  header: {
    display: 'grid',
    gridTemplateColumns: columns,
    [narrow]: { gridTemplateColumns: narrowColumns },
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // The same gutter as the scroll box below, so the header's columns sit over the rows' columns whether or not a scrollbar shows.
    overflowY: 'hidden',
    scrollbarGutter: 'stable',
  },
  headerCell: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, display: 'flex', alignItems: 'center', minWidth: 0 },
  // The focused list's ring, drawn over the rows: the scroll box's own outline would sit under its positioned rows.
  listFrame: {
    position: 'relative',
    ':has(> :focus-visible)::after': {
      content: '""',
      position: 'absolute',
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
      pointerEvents: 'none',
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  // A long list scrolls inside the card with the header kept above it; a short one is only as tall as its rows.
  scroller: {
    maxHeight: 'max(320px, calc(100vh - 360px))',
    overflowY: 'auto',
    scrollbarGutter: 'stable',
    ':focus-visible': { outline: 'none' },
  },
  row: {
    display: 'grid',
    gridTemplateColumns: columns,
    [narrow]: { gridTemplateColumns: narrowColumns },
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    boxSizing: 'border-box',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  cell: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, minWidth: 0 },
  ruleLine: { display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  ruleId: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  message: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

/** Reports the scroll box's size, with {@link unlaidOutHeight} for a box that has none. */
const observeRect: typeof observeElementRect = (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { ...rect, height: unlaidOutHeight }));

/** A row's measured height; a row without layout (0 px) keeps its estimate rather than collapsing the list. */
const measureRow = (element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLDivElement, Element>) => {
  const size = measureElement(element, entry, instance);
  return size > 0 ? size : estimatedRowHeight;
};

/**
 * An e-mail address may break after its "@" and its dots ("hanna.zajac@budmax." / "przyklad.pl")
 * rather than inside a word, where a narrow column would otherwise cut it ("przykla" / "d.pl").
 */
function withAddressBreaks(text: string): ReactNode {
  return text.includes('@') ? breakAfter(text, '@.') : text;
}

/**
 * Findings with severity (icon + text), rule, subject, the translated message and the fix as a button to where it is made.
 * Virtualized: only the rows in view (and a few either side) are in the DOM, so 13,000 findings render as fast as 13,
 * with table semantics kept by aria-rowcount and each row's aria-rowindex. The row holding focus stays rendered
 * when it is scrolled out of view, so focus is not lost to the page.
 */
export const FindingsTable = memo(function FindingsTable({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const styles = useStyles();
  const feature = useFeatureStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const focusedIndex = useRef<number | null>(null);
  // Stable per findings: a new key function makes the virtualizer re-measure every row.
  const getItemKey = useCallback((index: number) => findingKey(findings[index], index), [findings]);
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const focused = focusedIndex.current;
    if (focused === null || focused >= range.count || indexes.includes(focused)) return indexes;
    return [...indexes, focused].sort((a, b) => a - b);
  }, []);
  const virtualizer = useVirtualizer({
    count: findings.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatedRowHeight,
    overscan: 6,
    getItemKey,
    rangeExtractor,
    observeElementRect: observeRect,
    measureElement: measureRow,
  });

  const trackFocus = (event: FocusEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    focusedIndex.current = row ? Number(row.dataset.index) : null;
  };
  const forgetFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focusedIndex.current = null;
  };

  return (
    <div role="table" aria-label={t('findings.tableLabel')} aria-rowcount={findings.length + 1} className={styles.table} data-testid="findings-table">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={styles.header}>
          {(['severity', 'message', 'subject', 'fix'] as const).map((column) => (
            <div key={column} role="columnheader" className={mergeClasses(feature.headerCell, styles.headerCell)}>
              {t(`findings.columns.${column}`)}
            </div>
          ))}
        </div>
      </div>
      <div className={styles.listFrame}>
        {/* Focusable, so the list scrolls from the keyboard even where no row in view has a fix button. */}
        <div ref={scroller} className={styles.scroller} role="rowgroup" tabIndex={0} onFocus={trackFocus} onBlur={forgetFocus} data-testid="findings-scroller">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const finding = findings[item.index];
              if (!finding) return null;
              return <FindingRow key={item.key} finding={finding} index={item.index} start={item.start} measure={virtualizer.measureElement} t={t} format={format} />;
            })}
          </div>
        </div>
      </div>
    </div>
  );
});

function findingKey(finding: Finding | undefined, index: number): string | number {
  return finding ? `${finding.rule}-${finding.subjectId ?? finding.subject}-${index}` : index;
}

interface FindingRowProps {
  finding: Finding;
  index: number;
  start: number;
  measure: (element: HTMLElement | null) => void;
  /** From the table, so a row does not subscribe to i18n of its own. */
  t: TFunction;
  /** Dates and counts in the message, in the UI locale (memoized per language by the table). */
  format: Formatters;
}

// Re-renders only when its finding, position or language changes.
const FindingRow = memo(function FindingRow({ finding, index, start, measure, t, format }: FindingRowProps) {
  const styles = useStyles();
  const feature = useFeatureStyles();
  const subject = localizedLabel(finding.subject, format);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      ref={measure}
      className={styles.row}
      style={{ transform: `translateY(${start}px)` }}
      data-testid="finding-row"
      data-severity={finding.severity}
      data-rule={finding.rule}
    >
      <div role="cell" className={styles.cell}>
        <StatusText intent={severityIntent[finding.severity]}>{t(`findings.severity.${finding.severity}`)}</StatusText>
      </div>
      <div role="cell" className={styles.cell}>
        <div className={feature.stack}>
          <div className={styles.ruleLine}>
            <Text weight="semibold">{t(`findings.rules.${finding.rule}`)}</Text>
            <Text className={styles.ruleId}>{finding.rule}</Text>
          </div>
          <Text className={styles.message}>{findingMessage(t, finding, format)}</Text>
          {finding.fix !== 'none' && (
            <Text size={200} className={feature.secondary}>
              {t(`licensing.fix.${finding.fix}`)}
            </Text>
          )}
        </div>
      </div>
      <div role="cell" className={styles.cell}>
        <div className={feature.stack}>
          <Text className={styles.message}>{withAddressBreaks(subject)}</Text>
          <Text size={200} className={feature.muted}>
            {t(`findings.subjectKind.${finding.subjectKind}`)}
          </Text>
        </div>
      </div>
      <div role="cell" className={styles.cell}>
        {fixScreen[finding.fix] ? (
          <Button
            size="small"
            icon={<ArrowRight16Regular />}
            iconPosition="after"
            onClick={() => followFix(finding.fix, finding)}
            aria-label={t('findings.fixFor', { fix: t(`findings.fixes.${finding.fix}`), subject })}
          >
            {t(`findings.fixes.${finding.fix}`)}
          </Button>
        ) : (
          <Text size={200} className={feature.muted}>
            {t('findings.noFix')}
          </Text>
        )}
      </div>
    </div>
  );
});
