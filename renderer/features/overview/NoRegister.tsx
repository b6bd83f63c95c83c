import { Button, Card, Text } from '@fluentui/react-components';
import { DocumentAdd20Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../app/sessionStore';
import { useOverviewStyles } from './styles';

/** Shown when no register is open: create one or open a folder. */
export function NoRegister() {
  const { t } = useTranslation();
  const styles = useOverviewStyles();
  const newRegister = useSessionStore((s) => s.newRegister);
  const openRegister = useSessionStore((s) => s.openRegister);
  const busy = useSessionStore((s) => s.busy);

  return (
    <Card className={styles.card} data-testid="no-register">
      <Text as="h2" weight="semibold" size={500} className={styles.cardTitle}>
        {t('overview.noneTitle')}
      </Text>
      <Text>{t('overview.noneBody')}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<DocumentAdd20Regular />} onClick={() => void newRegister()} disabledFocusable={busy}>
          {t('fileMenu.newRegister')}
        </Button>
        <Button icon={<FolderOpen20Regular />} onClick={() => void openRegister()} disabledFocusable={busy}>
          {t('fileMenu.openRegister')}
        </Button>
      </div>
    </Card>
  );
}
