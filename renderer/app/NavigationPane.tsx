import { makeStyles, NavDrawer, NavDrawerBody, NavItem, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useNavigationStore, type ScreenId } from './navigationStore';
import { screens } from './screens';

const useStyles = makeStyles({
  drawer: {
    height: '100%',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // A narrow window (the smallest is 800 px) leaves the screens room: at 1024 px the tables' action
    // columns must still show. At 200 px the longest Polish label takes two lines.
    '@media (max-width: 1100px)': { width: '200px', minWidth: '200px' },
  },
});

/** The left navigation between the eight screens; Tab and arrow keys both move through it. */
export function NavigationPane() {
  const { t } = useTranslation();
  const styles = useStyles();
  const screen = useNavigationStore((s) => s.screen);
  const go = useNavigationStore((s) => s.go);

  return (
    <nav aria-label={t('nav.label')}>
      <NavDrawer
        open
        type="inline"
        tabbable
        className={styles.drawer}
        selectedValue={screen}
        onNavItemSelect={(_event, data) => go(data.value as ScreenId)}
      >
        <NavDrawerBody>
          {screens.map(({ id, icon: Icon }) => (
            <NavItem key={id} value={id} icon={<Icon />} data-testid={`nav-${id}`} aria-current={id === screen ? 'page' : undefined}>
              {t(`nav.${id}`)}
            </NavItem>
          ))}
        </NavDrawerBody>
      </NavDrawer>
    </nav>
  );
}
