import { Card, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '80ch' },
  flush: { margin: 0 },
  keyColumn: { width: '30%' },
  // Rows of two lines get room between them; the keys stand out from what they do.
  cell: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, verticalAlign: 'top' },
  keys: { fontWeight: tokens.fontWeightSemibold },
});

/** The keys every screen answers to, in the order a newcomer meets them. */
const shortcuts = ['tab', 'skip', 'navigation', 'newRegister', 'openRegister', 'rowMenu', 'dialog', 'dateType', 'calendar'] as const;

/** "Working from the keyboard": the shortcuts of the menu and of the screens, which nothing else lists. */
export function KeyboardCard() {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Card className={styles.card} aria-labelledby="help-keyboard-title" data-testid="help-keyboard">
      <Text as="h2" size={500} weight="semibold" id="help-keyboard-title" className={styles.flush}>
        {t('help.keyboard.title')}
      </Text>
      <Text as="p" className={styles.flush}>
        {t('help.keyboard.text')}
      </Text>
      <Table size="small" aria-labelledby="help-keyboard-title">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.keyColumn}>{t('help.keyboard.keysHeader')}</TableHeaderCell>
            <TableHeaderCell>{t('help.keyboard.actionHeader')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shortcuts.map((id) => (
            <TableRow key={id}>
              <TableCell className={mergeClasses(styles.cell, styles.keys)}>{t(`help.keyboard.keys.${id}`)}</TableCell>
              <TableCell className={styles.cell}>{t(`help.keyboard.actions.${id}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}
