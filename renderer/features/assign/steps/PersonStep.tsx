import { Button, Field, MessageBar, MessageBarBody, mergeClasses, Radio, RadioGroup, SearchBox, Text, useRestoreFocusTarget } from '@fluentui/react-components';
import { PersonAdd20Regular } from '@fluentui/react-icons';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '../../../../shared/contracts/ledger';
import { personDisplayName, productLabel } from '../../../components/ledgerLabels';
import { useFormatters } from '../../../i18n/format';
import { createPeopleSearch, defaultRegisterQuery } from '../../register/filter';
import { PersonDialog } from '../../register/PersonDialog';
import { sortedPeople, useRegisterStore } from '../../register/store';
import { useAssignStore } from '../store';
import { StepList } from './StepList';
import { useStepStyles } from './styles';

const shownMatches = 25;

/** What was typed in the search, as a start for a new person. */
function draftFromSearch(search: string) {
  const text = search.trim();
  if (text.includes('@')) return { email: text };
  const [givenName = '', ...rest] = text.split(/\s+/);
  return { givenName, surname: rest.join(' ') };
}

/** Step 3: find the person (name, e-mail or login) or add them; a User CAL covers all their devices. */
export function PersonStep() {
  const { t } = useTranslation();
  const styles = useStepStyles();
  const format = useFormatters();
  const people = useRegisterStore((s) => s.people);
  const loaded = useRegisterStore((s) => s.loaded);
  const error = useRegisterStore((s) => s.error);
  const personId = useAssignStore((s) => s.personId);
  const search = useAssignStore((s) => s.personSearch);
  const setSearch = useAssignStore((s) => s.setPersonSearch);
  const selectPerson = useAssignStore((s) => s.selectPerson);
  const [adding, setAdding] = useState(false);
  const restoreFocusTarget = useRestoreFocusTarget();
  const deferredSearch = useDeferredValue(search);

  // In name order as the Register screen keeps it (a person added is placed, not everyone sorted again); a keystroke only filters the sorted list.
  const sorted = useMemo(() => sortedPeople.sorted(people, defaultRegisterQuery, format.locale), [people, format.locale]);
  const peopleSearch = useMemo(() => createPeopleSearch(sorted), [sorted]);
  const matches = useMemo(() => peopleSearch.filter({ ...defaultRegisterQuery, search: deferredSearch }), [peopleSearch, deferredSearch]);
  const selected = people.find((p) => p.id === personId) ?? null;
  // The chosen person stays visible even when the search no longer finds them.
  const shown = selected && !matches.slice(0, shownMatches).includes(selected) ? [selected, ...matches.slice(0, shownMatches - 1)] : matches.slice(0, shownMatches);

  return (
    <div className={styles.stack}>
      <MessageBar intent="info">
        <MessageBarBody>{t('assign.person.perUser')}</MessageBarBody>
      </MessageBar>
      <div className={styles.row}>
        <Field label={t('assign.person.search')} style={{ flexGrow: 1, maxWidth: '480px' }}>
          <SearchBox value={search} onChange={(_e, d) => setSearch(d.value)} placeholder={t('register.searchPlaceholder')} dismiss={{ 'aria-label': t('register.clearSearch') }} data-testid="wizard-person-search" />
        </Field>
        <Button icon={<PersonAdd20Regular />} onClick={() => setAdding(true)} data-testid="wizard-person-add" {...restoreFocusTarget}>
          {t('assign.person.add')}
        </Button>
      </div>
      <StepList loaded={loaded} error={error} retry={() => void useRegisterStore.getState().load()}>
        {people.length === 0 ? (
          <Text className={styles.muted}>{t('assign.person.none')}</Text>
        ) : shown.length === 0 ? (
          <Text className={styles.muted}>{t('assign.person.noMatch')}</Text>
        ) : (
          <Field label={t('assign.person.pick')} required hint={matches.length > shownMatches ? t('assign.person.more', { shown: shownMatches, total: format.number(matches.length) }) : undefined}>
            <RadioGroup
              value={personId ?? ''}
              onChange={(_e, d) => {
                const person = people.find((p) => p.id === d.value);
                if (person) selectPerson(person);
              }}
              className={styles.options}
              data-testid="wizard-person-options"
            >
              {shown.map((person) => (
                <PersonOption key={person.id} person={person} selected={person.id === personId} />
              ))}
            </RadioGroup>
          </Field>
        )}
      </StepList>
      <PersonDialog
        open={adding}
        initial={draftFromSearch(search)}
        onClose={(saved) => {
          setAdding(false);
          if (saved) selectPerson(saved);
        }}
      />
    </div>
  );
}

function PersonOption({ person, selected }: { person: PersonRow; selected: boolean }) {
  const { t } = useTranslation();
  const styles = useStepStyles();
  const held = person.activeCals.map((cal) => productLabel(t, cal.productId)).join(', ');
  return (
    <Radio
      value={person.id}
      className={mergeClasses(styles.option, selected && styles.optionSelected)}
      label={{
        className: styles.optionLabel,
        children: (
          <>
            <Text weight="semibold">{personDisplayName(person)}</Text>
            <span className={styles.optionMeta}>
              <Text size={200}>{[person.email, person.login, person.department].filter(Boolean).join(' · ') || '—'}</Text>
              <Text size={200}>{held ? t('assign.person.holds', { products: held }) : t('register.noCal')}</Text>
              {person.status === 'left' && <Text size={200}>{t('register.status.left')}</Text>}
            </span>
          </>
        ),
      }}
    />
  );
}
