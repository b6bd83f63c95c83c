import { makeStyles, tokens } from '@fluentui/react-components';

/** Card and layout styles shared by the overview's sections. */
export const useOverviewStyles = makeStyles({
  card: { padding: tokens.spacingVerticalL, paddingInline: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalM },
  cardTitle: { margin: 0 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  path: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});
