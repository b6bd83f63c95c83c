import { makeStyles, NavDrawer, NavDrawerBody, NavItem, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import { useTabsterAttributes } from '@fluentui/react-tabster';
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

/**
 * The left navigation between the screens: one Tab stop, the screen shown (a roving tabindex, as WAI-ARIA and the
 * Windows admin tools do); the arrow keys move between the items, Enter or Space opens one.
 */
export function NavigationPane() {
  const { t } = useTranslation();
  const styles = useStyles();
  const screen = useNavigationStore((s) => s.screen);
  const go = useNavigationStore((s) => s.go);
  // Fluent's own list remembers the item the arrows last reached, so Tab came back to an item not opened, or to
  // the screen before a button elsewhere changed it. Without that memory, Tab enters at the default item: the
  // selected one (the pattern of Fluent's CarouselNav; NavDrawerBody takes these attributes over its own).
  const arrowKeys = useArrowNavigationGroup({ axis: 'vertical', circular: true, memorizeCurrent: false, unstable_hasDefault: true });
  const enteredByTab = useTabsterAttributes({ focusable: { isDefault: true } });

  return (
    <nav aria-label={t('nav.label')}>
      <NavDrawer
        open
        type="inline"
        className={styles.drawer}
        selectedValue={screen}
        onNavItemSelect={(_event, data) => go(data.value as ScreenId)}
      >
        <NavDrawerBody {...arrowKeys}>
          {screens.map(({ id, icon: Icon }) => (
            <NavItem
              key={id}
              value={id}
              icon={<Icon />}
              data-testid={`nav-${id}`}
              aria-current={id === screen ? 'page' : undefined}
              {...(id === screen ? enteredByTab : undefined)}
            >
              {t(`nav.${id}`)}
            </NavItem>
          ))}
        </NavDrawerBody>
      </NavDrawer>
    </nav>
  );
}
