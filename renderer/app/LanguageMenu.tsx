import { Button, Menu, MenuItemRadio, MenuList, MenuPopover, MenuTrigger, type MenuProps } from '@fluentui/react-components';
import { LocalLanguage20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { uiLanguages, type UiLanguage } from '../../shared/i18n';
import { useSessionStore } from './sessionStore';

/** The language switch; the choice is remembered by main through setLanguage. */
export function LanguageMenu({ className }: { className?: string }) {
  const { t } = useTranslation();
  const language = useSessionStore((s) => s.language);
  const setLanguage = useSessionStore((s) => s.setLanguage);
  const current = t(`languages.${language}`);

  const onCheckedValueChange: MenuProps['onCheckedValueChange'] = (_event, data) => {
    const next = data.checkedItems[0] as UiLanguage | undefined;
    if (next && next !== language) void setLanguage(next);
  };

  return (
    <Menu checkedValues={{ language: [language] }} onCheckedValueChange={onCheckedValueChange}>
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="transparent"
          className={className}
          icon={<LocalLanguage20Regular />}
          aria-label={t('topBar.languageButton', { language: current })}
          data-testid="language-menu"
        >
          {current}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList aria-label={t('topBar.language')}>
          {uiLanguages.map((code) => (
            // Each language is named in itself, so it is findable whatever the current language.
            <MenuItemRadio key={code} name="language" value={code} lang={code} data-testid={`language-${code}`}>
              {t(`languages.${code}`)}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
