import { Button, Card, Field, MessageBar, MessageBarActions, MessageBarBody, SearchBox, Select, Text } from '@fluentui/react-components';
import { PeopleList24Regular, PersonAdd20Regular } from '@fluentui/react-icons';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../app/navigationStore';
import { useSessionStore, useReadOnly } from '../../app/sessionStore';
import { SidewaysScroll } from '../../components/SidewaysScroll';
import { productLabel } from '../../components/ledgerLabels';
import { LedgerContent } from '../../components/LedgerContent';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useFeatureStyles } from '../../components/useFeatureStyles';
import { useFormatters } from '../../i18n/format';
import { useAssignStore } from '../assign/store';
import { createPeopleSearch, defaultRegisterQuery, productsHeld, statusFilters, type PeopleSearch, type StatusFilter } from './filter';
import { HistoryDialog } from './HistoryDialog';
import { LeaveDialog } from './LeaveDialog';
import { PersonDialog } from './PersonDialog';
import { PeopleTable } from './PeopleTable';
import { ReleaseDialog } from './ReleaseDialog';
import { sortedPeople, useRegisterStore } from './store';

/** Register: people and their active CALs, searchable and filterable, with release, reassign, leaving and history. */
export function RegisterScreen() {
  const { t } = useTranslation();
  const styles = useFeatureStyles();
  const format = useFormatters();
  const path = useSessionStore((s) => (s.status?.state === 'open' ? s.status.path : null));
  // A new opening of the register (the same folder's too) while the screen is shown is a visit too.
  const opening = useSessionStore((s) => (s.status?.state === 'open' ? s.status.sessionId : null));
  const { people, loaded, error, query, visit, setQuery } = useRegisterStore();

  useEffect(() => {
    if (opening) void visit();
  }, [opening, visit]);

  const { sort, direction } = query;
  // Sorted once per sort change, and after a save only the changed person placed again; a keystroke only filters the sorted list, narrowing the last result when it can.
  const sorted = useMemo(() => sortedPeople.sorted(people, { sort, direction }, format.locale), [people, sort, direction, format.locale]);
  const search = useMemo(() => createPeopleSearch(sorted), [sorted]);
  const rows = useMemo(() => search.filter(query), [search, query]);
  useIdlePreparation(search);
  const products = useMemo(() => productsHeld(people), [people]);

  const readOnly = useReadOnly();
  // The header's button, and the empty screen's own (another test id: one id names one control).
  const assign = (testId: string) => (
    <Button
      appearance="primary"
      disabled={readOnly}
      icon={<PersonAdd20Regular />}
      onClick={() => {
        useAssignStore.getState().reset();
        useNavigationStore.getState().go('assign');
      }}
      data-testid={testId}
    >
      {t('register.assignCal')}
    </Button>
  );

  return (
    <>
      <ScreenHeader title={t('nav.register')} description={t('screens.register.description')} actions={path ? assign('register-assign') : undefined} />
      <LedgerContent
        hasRegister={path !== null}
        error={error}
        loaded={loaded}
        isEmpty={people.length === 0}
        empty={{ icon: <PeopleList24Regular aria-hidden />, title: t('register.emptyTitle'), body: t('register.emptyBody'), action: assign('register-assign-empty') }}
      >
        <>
          <div className={styles.toolbar} role="search" aria-label={t('register.filtersLabel')}>
            <Field label={t('register.search')} style={{ flexGrow: 1, maxWidth: '420px' }}>
              <SearchBox value={query.search} onChange={(_e, d) => setQuery({ search: d.value })} placeholder={t('register.searchPlaceholder')} dismiss={{ 'aria-label': t('register.clearSearch') }} data-testid="register-search" />
            </Field>
            <Field label={t('register.statusFilter')}>
              <Select value={query.status} onChange={(_e, d) => setQuery({ status: d.value as StatusFilter })} data-testid="register-status-filter">
                {statusFilters.map((status) => (
                  <option key={status} value={status}>
                    {t(`register.statusFilters.${status}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('register.productFilter')}>
              <Select value={query.productId} onChange={(_e, d) => setQuery({ productId: d.value })} data-testid="register-product-filter">
                <option value="all">{t('register.allProducts')}</option>
                {products.map((id) => (
                  <option key={id} value={id}>
                    {productLabel(t, id)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Text role="status" aria-live="polite" className={styles.secondary} data-testid="register-count">
            {t('register.showing', { shown: format.number(rows.length), total: format.number(people.length), count: people.length })}
          </Text>
          {rows.length === 0 && (
            // Above the table's empty body, where it is seen (under it, it was below the window), with the way back to everyone.
            <MessageBar intent="info" data-testid="register-no-match">
              <MessageBarBody>{t('register.noMatch')}</MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => setQuery({ search: '', status: defaultRegisterQuery.status, productId: defaultRegisterQuery.productId })} data-testid="register-clear-filters">
                  {t('register.clearFilters')}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          <Card className={styles.tableCard}>
            <SidewaysScroll>
              <PeopleTable rows={rows} total={people.length} sort={sort} direction={direction} />
            </SidewaysScroll>
          </Card>
        </>
      </LedgerContent>
      <ReleaseDialog />
      <LeaveDialog />
      <HistoryDialog />
      <EditPersonDialog />
    </>
  );
}

/** Folds everyone's search text in idle time after the list shows, so the first keystroke does not pay for 50,000 rows. */
function useIdlePreparation(search: PeopleSearch): void {
  useEffect(() => {
    // jsdom has no idle callbacks; the search then folds on first use.
    if (typeof requestIdleCallback !== 'function') return;
    let id = 0;
    const step = (deadline: IdleDeadline) => {
      if (!search.prepare(() => deadline.timeRemaining() > 2)) id = requestIdleCallback(step);
    };
    id = requestIdleCallback(step);
    return () => cancelIdleCallback(id);
  }, [search]);
}

/** The row menu's Edit…: the person's names, addresses, department, Enterprise features used and notes. */
function EditPersonDialog() {
  const person = useRegisterStore((s) => s.editTarget);
  const closeEdit = useRegisterStore((s) => s.closeEdit);
  return <PersonDialog open={person !== null} person={person} onClose={closeEdit} />;
}
