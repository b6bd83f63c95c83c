import { Button, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { ChevronLeft20Regular, ChevronRight20Regular } from '@fluentui/react-icons';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { directoryMergeOwners } from '../../../shared/import/counts';
import type { AmbiguousDecision, AmbiguousMatch } from '../../../shared/import/preview-types';
import { useFormatters } from '../../i18n/format';
import { personName } from './PreviewItems';
import { useImportStore } from './store';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0 },
  match: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  pager: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** Matches shown at once: thousands of radio groups at once stalled the screen. */
const AMBIGUOUS_PAGE_SIZE = 25;

const encode = (decision: AmbiguousDecision | undefined): string => (!decision ? 'skip' : decision.action === 'merge' ? `merge:${decision.personId}` : decision.action);
const decode = (value: string): AmbiguousDecision => (value.startsWith('merge:') ? { action: 'merge', personId: value.slice(6) } : value === 'new' ? { action: 'new' } : { action: 'skip' });

/**
 * Incoming people who match the register by name only: the user says merge, new or skip (skip until decided).
 * Shown a page at a time; the decisions are kept in the store, so a page left and come back to keeps them.
 */
export function AmbiguousSection({ matches }: { matches: readonly AmbiguousMatch[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const format = useFormatters();
  const decisions = useImportStore((s) => s.decisions);
  const decide = useImportStore((s) => s.decide);
  const [page, setPage] = useState(0);
  const range = useRef<HTMLSpanElement>(null);
  if (matches.length === 0) return null;
  // A person already chosen for another directory account is not offered again: the register keeps one login per person.
  const owners = directoryMergeOwners(matches, decisions);
  const title = t('importScreen.sections.ambiguous');
  const pages = Math.ceil(matches.length / AMBIGUOUS_PAGE_SIZE);
  // A new preview with fewer matches keeps the page in range.
  const current = Math.min(page, pages - 1);
  const first = current * AMBIGUOUS_PAGE_SIZE;
  const shown = matches.slice(first, first + AMBIGUOUS_PAGE_SIZE);
  const pager = (where: 'top' | 'bottom') =>
    pages > 1 && (
      <Pager
        page={current}
        pages={pages}
        label={t('importScreen.ambiguous.pages', { title })}
        onPage={(next) => {
          setPage(next);
          // Under the list, the next page starts above the eyes: focus goes to where it says which matches show.
          if (where === 'bottom') range.current?.focus();
        }}
      >
        {where === 'top' && (
          <Text ref={range} tabIndex={-1} role="status" data-testid="import-ambiguous-range">
            {t('importScreen.ambiguous.showing', { from: format.number(first + 1), to: format.number(first + shown.length), total: format.number(matches.length) })}
          </Text>
        )}
      </Pager>
    );

  return (
    <section className={styles.section} aria-labelledby="import-section-ambiguous" data-testid="import-section-ambiguous" data-count={matches.length}>
      <Text as="h3" id="import-section-ambiguous" size={400} weight="semibold" className={styles.title}>
        {t('importScreen.preview.sectionCount', { title, count: format.number(matches.length) })}
      </Text>
      {pager('top')}
      {shown.map((match) => {
        const name = personName(match.incoming);
        const labelId = `ambiguous-${match.key}`;
        return (
          <div key={match.key} className={styles.match} data-testid={`import-ambiguous-${match.key}`}>
            <Text id={labelId}>
              {t('importScreen.ambiguous.incoming', { name, email: match.incoming.email || match.incoming.login || '—' })}
              {match.source === 'directory' ? ` ${t('importScreen.ambiguous.mergeFollows')}` : ''}
            </Text>
            <RadioGroup
              value={encode(decisions[match.key])}
              onChange={(_event, data) => decide(match.key, decode(data.value))}
              aria-label={t('importScreen.ambiguous.decision', { name })}
              aria-describedby={labelId}
            >
              {match.candidates.map((candidate) => {
                const owner = match.source === 'directory' ? owners.get(candidate.personId) : undefined;
                const taken = owner !== undefined && owner !== match;
                const params = { name: candidate.name, email: candidate.email || candidate.login || '—' };
                return (
                  <Radio
                    key={candidate.personId}
                    value={`merge:${candidate.personId}`}
                    disabled={taken}
                    label={
                      taken
                        ? t('importScreen.ambiguous.mergeTaken', { ...params, other: owner.incoming.email || owner.incoming.login || personName(owner.incoming) })
                        : candidate.leftOn
                          ? t('importScreen.ambiguous.mergeLeft', { ...params, date: format.date(candidate.leftOn) })
                          : t('importScreen.ambiguous.merge', params)
                    }
                  />
                );
              })}
              <Radio value="new" label={t('importScreen.ambiguous.new')} />
              <Radio value="skip" label={t('importScreen.ambiguous.skip')} />
            </RadioGroup>
          </div>
        );
      })}
      {pager('bottom')}
    </section>
  );
}

/** Previous and next page, keyboard-reachable; a button that becomes disabled keeps its focus (`disabledFocusable`). */
function Pager({ page, pages, label, onPage, children }: { page: number; pages: number; label: string; onPage(page: number): void; children?: ReactNode }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div role="group" aria-label={label} className={styles.pager}>
      <Button icon={<ChevronLeft20Regular />} disabledFocusable={page === 0} onClick={() => onPage(page - 1)}>
        {t('importScreen.ambiguous.previous')}
      </Button>
      {children}
      <Button icon={<ChevronRight20Regular />} iconPosition="after" disabledFocusable={page === pages - 1} onClick={() => onPage(page + 1)}>
        {t('importScreen.ambiguous.next')}
      </Button>
    </div>
  );
}
