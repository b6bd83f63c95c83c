import { Divider, makeStyles, shorthands, Text, tokens } from '@fluentui/react-components';
import { ShieldKeyhole24Filled } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { FileMenu } from './FileMenu';
import { LanguageMenu } from './LanguageMenu';
import { useSessionStore } from './sessionStore';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    height: '48px',
    flexShrink: 0,
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    boxShadow: tokens.shadow4,
    zIndex: 1,
  },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, whiteSpace: 'nowrap' },
  divider: { flexGrow: 0, height: '24px', ...shorthands.borderColor(tokens.colorNeutralForegroundOnBrand), opacity: 0.5 },
  organization: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1, lineHeight: tokens.lineHeightBase200 },
  organizationName: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  folder: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  barButton: {
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundHover },
    ':hover:active': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundPressed },
  },
});

/** App name, File menu, the open register's organization and the language switch. */
export function TopBar() {
  const { t } = useTranslation();
  const styles = useStyles();
  const status = useSessionStore((s) => s.status);
  const open = status?.state === 'open' ? status : null;

  return (
    <header className={styles.root} role="banner" aria-label={t('topBar.label')}>
      <div className={styles.brand}>
        <ShieldKeyhole24Filled aria-hidden />
        <Text weight="semibold" size={400}>
          {t('app.name')}
        </Text>
      </div>
      <FileMenu className={styles.barButton} />
      <Divider vertical className={styles.divider} />
      <div className={styles.organization} data-testid="topbar-organization" role="group" aria-label={t('topBar.organization')}>
        <Text weight="semibold" className={styles.organizationName}>
          {open ? open.organization.name : t('topBar.noRegister')}
        </Text>
        {open && (
          <Text size={200} className={styles.folder} title={open.path}>
            {open.folderName}
          </Text>
        )}
      </div>
      <LanguageMenu className={styles.barButton} />
    </header>
  );
}
