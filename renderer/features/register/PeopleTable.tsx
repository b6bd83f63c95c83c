import { Badge, Button, makeStyles, Menu, MenuDivider, MenuItem, MenuList, MenuPopover, MenuTrigger, mergeClasses, Text, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import {
  ArrowSortDown16Regular,
  ArrowSortUp16Regular,
  ArrowSwap16Regular,
  ArrowUndo16Regular,
  Edit16Regular,
  History16Regular,
  MoreHorizontal20Regular,
  PersonArrowRight16Regular,
  PersonDelete16Regular,
} from '@fluentui/react-icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TFunction } from 'i18next';
import { memo, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadOnly } from '../../app/sessionStore';
import type { PersonRow } from '../../../shared/contracts/ledger';
import { personDisplayName, productLabel } from '../../components/ledgerLabels';
import { StatusText } from '../../components/StatusText';
import { useFormatters, type Formatters } from '../../i18n/format';
import type { SortDirection, SortKey } from './filter';
import { useRegisterStore } from './store';

// E-mail addresses get more room than before, while a product name still fits one line at 1280 px.
const columns = 'minmax(180px, 1fr) minmax(220px, 1.35fr) 120px minmax(290px, 1.75fr) 72px';
// Below 1100 px (a 1024 px laptop) the columns narrow so that the actions stay in view.
const narrow = '@media (max-width: 1100px)';
const narrowColumns = 'minmax(140px, 1fr) minmax(170px, 1.35fr) 110px minmax(220px, 1.75fr) 64px';

const useStyles = makeStyles({
  table: { display: 'flex', flexDirection: 'column', minWidth: '880px', [narrow]: { minWidth: '720px' } },
  header: {
    display: 'grid',
    gridTemplateColumns: columns,
    [narrow]: { gridTemplateColumns: narrowColumns },
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // The size of the small sort buttons, so plain headers ("Active CALs", "Actions") match the sortable ones.
  headerCell: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    alignItems: 'center',
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  sortButton: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, paddingInline: 0, minWidth: 0 },
  scroller: { height: 'max(320px, calc(100vh - 330px))', overflowY: 'auto', position: 'relative', contain: 'strict' },
  row: {
    display: 'grid',
    gridTemplateColumns: columns,
    [narrow]: { gridTemplateColumns: narrowColumns },
    position: 'absolute',
    left: 0,
    width: '100%',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  cell: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, display: 'flex', flexDirection: 'column', justifyContent: 'center', gap: '2px', minWidth: 0 },
  clip: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  badge: { alignSelf: 'flex-start' },
  cal: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', flexWrap: 'wrap' },
});

const sortable: Record<string, SortKey> = { name: 'name', email: 'email', status: 'status' };

export interface PeopleTableProps {
  rows: readonly PersonRow[];
  total: number;
  sort: SortKey;
  direction: SortDirection;
}

/**
 * The people × CALs table, virtualized (only visible rows are in the DOM) with table semantics and row indices.
 * Memoized, with memoized rows: a keystroke re-renders it only when the matching rows changed, and then only mounts the rows that came into view.
 */
export const PeopleTable = memo(function PeopleTable({ rows, total, sort, direction }: PeopleTableProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const format = useFormatters();
  const scroller = useRef<HTMLDivElement>(null);
  const sortBy = useRegisterStore((s) => s.sortBy);
  // Stable per rows: a new key function makes the virtualizer re-measure every row.
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    // A person with one CAL measures 61 px (60 + the border); an exact estimate spares a second render to correct the rows' offsets.
    estimateSize: () => 61,
    overscan: 8,
    getItemKey,
  });

  return (
    <div role="table" aria-label={t('register.tableLabel', { shown: rows.length, total })} aria-rowcount={rows.length + 1} className={styles.table} data-testid="people-table">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={styles.header}>
          {(['name', 'email', 'status', 'cals', 'actions'] as const).map((column) => (
            <div key={column} role="columnheader" className={styles.headerCell} aria-sort={ariaSort(sort, direction, sortable[column])}>
              {sortable[column] ? (
                <Button
                  appearance="transparent"
                  size="small"
                  className={styles.sortButton}
                  onClick={() => sortBy(sortable[column]!)}
                  iconPosition="after"
                  icon={sort === sortable[column] ? direction === 'ascending' ? <ArrowSortUp16Regular /> : <ArrowSortDown16Regular /> : undefined}
                  data-testid={`sort-${column}`}
                >
                  {t(`register.columns.${column}`)}
                </Button>
              ) : (
                <span>{t(`register.columns.${column}`)}</span>
              )}
            </div>
          ))}
        </div>
      </div>
      <div ref={scroller} className={styles.scroller} role="rowgroup" tabIndex={-1}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return <PersonTableRow key={item.key} row={row} index={item.index} start={item.start} measure={virtualizer.measureElement} t={t} format={format} />;
          })}
        </div>
      </div>
    </div>
  );
});

function ariaSort(sort: SortKey, direction: SortDirection, key: SortKey | undefined): 'ascending' | 'descending' | 'none' | undefined {
  if (!key) return undefined;
  return sort === key ? direction : 'none';
}

interface PersonTableRowProps {
  row: PersonRow;
  index: number;
  start: number;
  measure: (element: HTMLElement | null) => void;
  /** From the table, so a row neither subscribes to i18n nor builds Intl formatters of its own. */
  t: TFunction;
  format: Formatters;
}

// Re-renders only when its person, position or language changes.
const PersonTableRow = memo(function PersonTableRow({ row, index, start, measure, t, format }: PersonTableRowProps) {
  const styles = useStyles();
  return (
    <div role="row" aria-rowindex={index + 2} data-index={index} ref={measure} className={styles.row} style={{ transform: `translateY(${start}px)` }} data-testid="person-row">
      <PersonCells row={row} t={t} format={format} />
    </div>
  );
});

function PersonCells({ row, t, format }: { row: PersonRow; t: TFunction; format: Formatters }) {
  const styles = useStyles();
  const name = personDisplayName(row);
  // An external user first: it decides their licensing, and a long department is what gets cut.
  const detail = [row.external ? t('register.external') : '', row.department].filter(Boolean).join(' · ');
  return (
    <>
      <div role="cell" className={styles.cell}>
        {/* A name or address cut with "…" shows whole on hover. */}
        <Text weight="semibold" className={styles.clip} title={name}>
          {name}
        </Text>
        {detail && (
          <Text size={200} className={mergeClasses(styles.muted, styles.clip)} title={detail}>
            {detail}
          </Text>
        )}
      </div>
      <div role="cell" className={styles.cell}>
        <Text className={styles.clip} title={row.email || undefined}>
          {row.email || '—'}
        </Text>
        {row.login && (
          <Text size={200} className={mergeClasses(styles.muted, styles.clip)} title={row.login}>
            {row.login}
          </Text>
        )}
      </div>
      <div role="cell" className={styles.cell}>
        {row.status === 'active' ? (
          <StatusText intent="success">{t('register.status.active')}</StatusText>
        ) : (
          <StatusText intent="unknown">{row.leftOn ? t('register.status.leftOn', { date: format.date(row.leftOn) }) : t('register.status.left')}</StatusText>
        )}
      </div>
      <div role="cell" className={styles.cell}>
        {row.activeCals.length === 0 ? (
          <Badge appearance="outline" color="informative" className={styles.badge}>
            {t('register.noCal')}
          </Badge>
        ) : (
          row.activeCals.map((cal) => (
            <div key={cal.assignmentId} className={styles.cal}>
              <Text>{productLabel(t, cal.productId)}</Text>
              <Text size={200} className={styles.muted}>
                {t('register.calDetail', { date: format.date(cal.assignedOn), document: cal.document || t('register.noDocument') })}
              </Text>
            </div>
          ))
        )}
      </div>
      <div role="cell" className={styles.cell}>
        <RowActions row={row} name={name} t={t} />
      </div>
    </>
  );
}

/**
 * The row's actions button. The Fluent Menu behind it is built on first use: a Menu per row cost
 * as much as the rest of the row whenever a keystroke brought new rows into view. Until then the
 * button looks and reads the same (a button with a menu popup, collapsed), and whatever opens a
 * menu trigger (click, Enter, Space, ArrowDown) builds the Menu already open, focus on its first item.
 */
function RowActions({ row, name, t }: { row: PersonRow; name: string; t: TFunction }) {
  const [built, setBuilt] = useState(false);
  const label = t('register.actionsFor', { person: name });
  if (!built) {
    return (
      <Button
        appearance="subtle"
        icon={<MoreHorizontal20Regular />}
        aria-label={label}
        aria-haspopup="menu"
        data-person-actions={row.id}
        onClick={() => setBuilt(true)}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown') return;
          event.preventDefault();
          setBuilt(true);
        }}
      />
    );
  }
  return <RowMenu row={row} label={label} t={t} />;
}

/** The built menu. Its button is a focus-restore target: a dialog opened from the menu gives focus back to it on close. */
function RowMenu({ row, label, t }: { row: PersonRow; label: string; t: TFunction }) {
  const restoreFocusTarget = useRestoreFocusTarget();
  const { askRelease, askLeave, askEdit, openHistory } = useRegisterStore.getState();
  const readOnly = useReadOnly();
  return (
    <Menu defaultOpen>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" icon={<MoreHorizontal20Regular />} aria-label={label} data-person-actions={row.id} {...restoreFocusTarget} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem icon={<History16Regular />} onClick={() => void openHistory(row)}>
            {t('register.historyAction')}
          </MenuItem>
          <MenuItem icon={<Edit16Regular />} onClick={() => askEdit(row)} disabled={readOnly}>
            {t('register.editAction')}
          </MenuItem>
          <MenuItem icon={row.leftOn === null ? <PersonArrowRight16Regular /> : <ArrowUndo16Regular />} onClick={() => askLeave(row)} disabled={readOnly}>
            {row.leftOn === null ? t('register.leaveAction') : t('register.returnAction')}
          </MenuItem>
          {row.activeCals.length > 0 && <MenuDivider />}
          {row.activeCals.flatMap((cal) => {
            const product = productLabel(t, cal.productId);
            return [
              <MenuItem key={`release-${cal.assignmentId}`} icon={<PersonDelete16Regular />} onClick={() => askRelease({ person: row, cal, mode: 'release' })} disabled={readOnly}>
                {t('register.releaseAction', { product })}
              </MenuItem>,
              <MenuItem key={`reassign-${cal.assignmentId}`} icon={<ArrowSwap16Regular />} onClick={() => askRelease({ person: row, cal, mode: 'reassign' })} disabled={readOnly}>
                {t('register.reassignAction', { product })}
              </MenuItem>,
            ];
          })}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
