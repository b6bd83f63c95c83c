import { makeStyles, tokens } from '@fluentui/react-components';

/** The two-column field grid of the add/edit dialogs (server, purchase, person); `wide` spans both columns. */
export const useDialogFormStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM },
  wide: { gridColumn: '1 / -1' },
});
