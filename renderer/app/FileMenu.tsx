import { Button, Menu, MenuDivider, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { ArrowCounterclockwise20Regular, DocumentAdd20Regular, FolderOpen20Regular, History20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { RecentRegister } from '../../shared/contracts/register';
import { RestoreFromBackupDialog } from '../features/overview/RestoreFromBackupDialog';
import { useOverviewStore } from '../features/overview/store';
import { useSessionStore } from './sessionStore';

const noRecent: readonly RecentRegister[] = [];

/** File ▸ New register…, Open register…, Recent registers ▸, Restore from a backup… (folder dialogs run in main). */
export function FileMenu({ className }: { className?: string }) {
  const { t } = useTranslation();
  const recent = useSessionStore((s) => s.settings?.recent ?? noRecent);
  const busy = useSessionStore((s) => s.busy);
  const newRegister = useSessionStore((s) => s.newRegister);
  const openRegister = useSessionStore((s) => s.openRegister);
  const openRecent = useSessionStore((s) => s.openRecent);
  const open = useSessionStore((s) => s.status?.state === 'open');
  const readOnly = useSessionStore((s) => s.status?.state === 'open' && s.status.readOnly);
  const hasBackups = useOverviewStore((s) => s.hasBackups);
  const checkBackups = useOverviewStore((s) => s.checkBackups);
  const openBackupList = useOverviewStore((s) => s.openBackupList);
  // Why Restore from a backup… cannot be chosen now, said under it; null when it can.
  const restoreRefusal = !open ? 'restoreNoRegister' : readOnly ? 'restoreReadOnly' : hasBackups === false ? 'restoreNoBackups' : null;

  return (
    <>
      <Menu onOpenChange={(_event, data) => data.open && open && !readOnly && void checkBackups()}>
        <MenuTrigger disableButtonEnhancement>
          <Button appearance="transparent" className={className} disabledFocusable={busy} data-testid="file-menu">
            {t('fileMenu.label')}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<DocumentAdd20Regular />} onClick={() => void newRegister()} data-testid="file-new">
              {t('fileMenu.newRegister')}
            </MenuItem>
            <MenuItem icon={<FolderOpen20Regular />} onClick={() => void openRegister()} data-testid="file-open">
              {t('fileMenu.openRegister')}
            </MenuItem>
            <MenuDivider />
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <MenuItem icon={<History20Regular />} data-testid="file-recent">
                  {t('fileMenu.recent')}
                </MenuItem>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  {recent.length === 0 ? (
                    <MenuItem disabled>{t('fileMenu.recentEmpty')}</MenuItem>
                  ) : (
                    recent.map((entry) => (
                      <MenuItem
                        key={entry.id}
                        subText={entry.path}
                        aria-label={t('fileMenu.recentItem', { name: entry.name, path: entry.path })}
                        onClick={() => void openRecent(entry.id)}
                      >
                        {entry.name}
                      </MenuItem>
                    ))
                  )}
                </MenuList>
              </MenuPopover>
            </Menu>
            <MenuDivider />
            <MenuItem
              icon={<ArrowCounterclockwise20Regular />}
              disabled={restoreRefusal !== null}
              subText={restoreRefusal ? t(`fileMenu.${restoreRefusal}`) : undefined}
              onClick={() => void openBackupList()}
              data-testid="file-restore"
            >
              {t('fileMenu.restoreBackup')}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <RestoreFromBackupDialog />
    </>
  );
}
