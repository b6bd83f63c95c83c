import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: `${tokens.spacingVerticalXS} 0`,
    ':first-child': { borderTop: 'none' },
  },
  scroller: { maxHeight: '480px', overflowY: 'auto', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  virtualItem: {
    position: 'absolute',
    top: 0,
    left: 0,
    right: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    boxSizing: 'border-box',
  },
  more: { alignSelf: 'flex-start' },
});

interface CappedListProps<T> {
  items: readonly T[];
  itemKey(item: T): string;
  renderItem(item: T): ReactNode;
  /** Shown before "Show all"; a long list then scrolls in a virtualized box. */
  cap?: number;
  label: string;
  testId?: string;
}

/** A list that shows its first items and, on request, all of them (virtualized, so 10,000 rows stay fast). */
export function CappedList<T>({ items, itemKey, renderItem, cap = 20, label, testId }: CappedListProps<T>) {
  const { t } = useTranslation();
  const styles = useStyles();
  const format = useFormatters();
  const [all, setAll] = useState(false);
  const long = items.length > cap;

  return (
    <>
      {all && long ? (
        <VirtualList items={items} itemKey={itemKey} renderItem={renderItem} label={label} testId={testId} />
      ) : (
        <ul className={styles.list} aria-label={label} data-testid={testId}>
          {items.slice(0, cap).map((item) => (
            <li key={itemKey(item)} className={styles.item}>
              {renderItem(item)}
            </li>
          ))}
        </ul>
      )}
      {long && (
        <Button appearance="transparent" size="small" className={styles.more} onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('importScreen.preview.showFewer') : t('importScreen.preview.showAll', { total: format.number(items.length) })}
        </Button>
      )}
    </>
  );
}

function VirtualList<T>({ items, itemKey, renderItem, label, testId }: Omit<CappedListProps<T>, 'cap'>) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 56,
    overscan: 8,
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : itemKey(item);
    },
  });
  return (
    <div ref={scroller} className={styles.scroller} tabIndex={0} role="region" aria-label={label}>
      <ul className={styles.list} style={{ height: virtualizer.getTotalSize(), position: 'relative' }} data-testid={testId}>
        {virtualizer.getVirtualItems().map((virtual) => {
          const item = items[virtual.index];
          if (item === undefined) return null;
          return (
            <li
              key={virtual.key}
              data-index={virtual.index}
              ref={virtualizer.measureElement}
              className={styles.virtualItem}
              style={{ transform: `translateY(${virtual.start}px)` }}
            >
              {renderItem(item)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
