import { makeStyles, tokens } from '@fluentui/react-components';

/** Card, table and toolbar styles shared by the register's feature screens. */
export const useFeatureStyles = makeStyles({
  card: { padding: tokens.spacingVerticalL, paddingInline: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalM },
  cardTitle: { margin: 0 },
  tableCard: { padding: 0, gap: 0, overflow: 'hidden' },
  /**
   * A table whose columns are shares of its width: never narrower than this, so at the smallest window
   * (800 px, about 540 px beside the navigation) its wrapper scrolls sideways instead of piling texts on each other.
   */
  // Below 1100 px (a 1024 px laptop) the columns narrow so that the last one, the actions, stays in view.
  wideTable: { minWidth: '860px', '@media (max-width: 1100px)': { minWidth: '740px' } },
  toolbar: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
  secondary: { color: tokens.colorNeutralForeground2 },
  // A file name or document number wraps at its break opportunities (`breakAfter`); inside a part only when that part alone is wider than the column.
  breakableName: { overflowWrap: 'break-word' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  gapStack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXL}`,
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
  },
  cell: { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS, verticalAlign: 'top' },
  headerCell: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
});
