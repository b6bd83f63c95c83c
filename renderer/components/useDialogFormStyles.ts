import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The two-column field grid of the add/edit dialogs (server, purchase, person); `wide` spans both
 * columns. `column`: the single column of fields of the release and leave dialogs.
 */
export const useDialogFormStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Fields start at the top of their row: a field with a hint or a taller control beside a plain one keeps its label in line.
  grid: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM, alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
});
