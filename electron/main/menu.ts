import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/contracts/register';

const labels = {
  en: { file: 'File', newRegister: 'New register…', openRegister: 'Open register…', quit: 'Quit', edit: 'Edit', view: 'View', help: 'Help', openSample: 'Open sample register', about: 'About CAL Register' },
  pl: { file: 'Plik', newRegister: 'Nowy rejestr…', openRegister: 'Otwórz rejestr…', quit: 'Zakończ', edit: 'Edycja', view: 'Widok', help: 'Pomoc', openSample: 'Otwórz przykładowy rejestr', about: 'O programie CAL Register' },
} as const;

export interface MenuActions {
  newRegister(): void;
  openRegister(): void;
  openSample(): void;
  about(): void;
}

/** The native menu; File actions run the same handlers as the in-app File menu. */
export function buildMenu(language: Language, actions: MenuActions, devTools: boolean): Menu {
  const l = labels[language];
  const template: MenuItemConstructorOptions[] = [
    {
      label: l.file,
      submenu: [
        { label: l.newRegister, accelerator: 'CmdOrCtrl+N', click: actions.newRegister },
        { label: l.openRegister, accelerator: 'CmdOrCtrl+O', click: actions.openRegister },
        { type: 'separator' },
        { label: l.quit, role: 'quit' },
      ],
    },
    { label: l.edit, role: 'editMenu' },
    {
      label: l.view,
      submenu: [
        { role: 'reload' },
        ...(devTools ? ([{ role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : []),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: l.help, submenu: [{ label: l.openSample, click: actions.openSample }, { type: 'separator' }, { label: l.about, click: actions.about }] },
  ];
  return Menu.buildFromTemplate(template);
}
