import { Badge } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ScreenId } from '../app/navigationStore';
import { ScreenHeader } from './ScreenHeader';

/** The frame of a screen that is still being built: its title, its purpose and a "coming soon" badge. */
export function PlaceholderScreen({ screen }: { screen: Exclude<ScreenId, 'overview'> }) {
  const { t } = useTranslation();
  return (
    <ScreenHeader
      title={t(`nav.${screen}`)}
      description={t(`screens.${screen}.description`)}
      badge={
        <Badge appearance="tint" color="informative" size="medium">
          {t('common.comingSoon')}
        </Badge>
      }
    />
  );
}
