import { Badge, Button, makeStyles, Menu, MenuDivider, MenuItem, MenuList, MenuPopover, MenuTrigger, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ArrowSortDown16Regular, ArrowSortUp16Regular, ArrowSwap16Regular, History16Regular, MoreHorizontal20Regular, PersonDelete16Regular } from '@fluentui/react-icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '../../../shared/contracts/ledger';
import { personDisplayName, productLabel } from '../../components/ledgerLabels';
import { StatusText } from '../../components/StatusText';
import { useFormatters } from '../../i18n/format';
import type { RegisterQuery, SortKey } from './filter';
import { useRegisterStore } from './store';

const columns = 'minmax(180px, 1.1fr) minmax(200px, 1.2fr) 130px minmax(280px, 2fr) 80px';

const useStyles = makeStyles({
  table: { display: 'flex', flexDirection: 'column', minWidth: '880px' },
  header: {
    display: 'grid',
    gridTemplateColumns: columns,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  headerCell: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, display: 'flex', alignItems: 'center', color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  sortButton: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, paddingInline: 0, minWidth: 0 },
  scroller: { height: 'max(320px, calc(100vh - 330px))', overflowY: 'auto', position: 'relative', contain: 'strict' },
  row: {
    display: 'grid',
    gridTemplateColumns: columns,
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

/** The people × CALs table, virtualized (only visible rows are in the DOM) with table semantics and row indices. */
export function PeopleTable({ rows, total }: { rows: PersonRow[]; total: number }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const query = useRegisterStore((s) => s.query);
  const sortBy = useRegisterStore((s) => s.sortBy);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 60,
    overscan: 8,
    getItemKey: (index) => rows[index]?.id ?? index,
  });

  return (
    <div role="table" aria-label={t('register.tableLabel', { shown: rows.length, total })} aria-rowcount={rows.length + 1} className={styles.table} data-testid="people-table">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={styles.header}>
          {(['name', 'email', 'status', 'cals', 'actions'] as const).map((column) => (
            <div key={column} role="columnheader" className={styles.headerCell} aria-sort={ariaSort(query, sortable[column])}>
              {sortable[column] ? (
                <Button
                  appearance="transparent"
                  size="small"
                  className={styles.sortButton}
                  onClick={() => sortBy(sortable[column]!)}
                  iconPosition="after"
                  icon={query.sort === sortable[column] ? query.direction === 'ascending' ? <ArrowSortUp16Regular /> : <ArrowSortDown16Regular /> : undefined}
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
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className={styles.row}
                style={{ transform: `translateY(${item.start}px)` }}
                data-testid="person-row"
              >
                <PersonCells row={row} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function ariaSort(query: RegisterQuery, key: SortKey | undefined): 'ascending' | 'descending' | 'none' | undefined {
  if (!key) return undefined;
  return query.sort === key ? query.direction : 'none';
}

function PersonCells({ row }: { row: PersonRow }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const format = useFormatters();
  const askRelease = useRegisterStore((s) => s.askRelease);
  const openHistory = useRegisterStore((s) => s.openHistory);
  const name = personDisplayName(row);
  return (
    <>
      <div role="cell" className={styles.cell}>
        <Text weight="semibold" className={styles.clip}>
          {name}
        </Text>
        {(row.department || row.external) && (
          <Text size={200} className={mergeClasses(styles.muted, styles.clip)}>
            {[row.department, row.external ? t('register.external') : ''].filter(Boolean).join(' · ')}
          </Text>
        )}
      </div>
      <div role="cell" className={styles.cell}>
        <Text className={styles.clip}>{row.email || '—'}</Text>
        {row.login && (
          <Text size={200} className={mergeClasses(styles.muted, styles.clip)}>
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
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button appearance="subtle" icon={<MoreHorizontal20Regular />} aria-label={t('register.actionsFor', { person: name })} />
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem icon={<History16Regular />} onClick={() => void openHistory(row)}>
                {t('register.historyAction')}
              </MenuItem>
              {row.activeCals.length > 0 && <MenuDivider />}
              {row.activeCals.flatMap((cal) => {
                const product = productLabel(t, cal.productId);
                return [
                  <MenuItem key={`release-${cal.assignmentId}`} icon={<PersonDelete16Regular />} onClick={() => askRelease({ person: row, cal, mode: 'release' })}>
                    {t('register.releaseAction', { product })}
                  </MenuItem>,
                  <MenuItem key={`reassign-${cal.assignmentId}`} icon={<ArrowSwap16Regular />} onClick={() => askRelease({ person: row, cal, mode: 'reassign' })}>
                    {t('register.reassignAction', { product })}
                  </MenuItem>,
                ];
              })}
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
    </>
  );
}
