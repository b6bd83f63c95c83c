import { makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
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
});

const encode = (decision: AmbiguousDecision | undefined): string => (!decision ? 'skip' : decision.action === 'merge' ? `merge:${decision.personId}` : decision.action);
const decode = (value: string): AmbiguousDecision => (value.startsWith('merge:') ? { action: 'merge', personId: value.slice(6) } : value === 'new' ? { action: 'new' } : { action: 'skip' });

/** Incoming people who match the register by name only: the user says merge, new or skip (skip until decided). */
export function AmbiguousSection({ matches }: { matches: readonly AmbiguousMatch[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const format = useFormatters();
  const decisions = useImportStore((s) => s.decisions);
  const decide = useImportStore((s) => s.decide);
  if (matches.length === 0) return null;
  // A person already chosen for another directory account is not offered again: the register keeps one login per person.
  const owners = directoryMergeOwners(matches, decisions);
  const title = t('importScreen.sections.ambiguous');

  return (
    <section className={styles.section} aria-labelledby="import-section-ambiguous" data-testid="import-section-ambiguous" data-count={matches.length}>
      <Text as="h3" id="import-section-ambiguous" size={400} weight="semibold" className={styles.title}>
        {t('importScreen.preview.sectionCount', { title, count: format.number(matches.length) })}
      </Text>
      {matches.map((match) => {
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
    </section>
  );
}
