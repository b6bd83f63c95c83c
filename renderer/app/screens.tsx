import {
  ArrowExportUp20Regular,
  ArrowImport20Regular,
  ClipboardTaskListLtr20Regular,
  Home20Regular,
  PeopleList20Regular,
  PersonAdd20Regular,
  ReceiptMoney20Regular,
  Server20Regular,
  bundleIcon,
  ArrowExportUp20Filled,
  ArrowImport20Filled,
  ClipboardTaskListLtr20Filled,
  Home20Filled,
  PeopleList20Filled,
  PersonAdd20Filled,
  ReceiptMoney20Filled,
  Server20Filled,
  QuestionCircle20Filled,
  QuestionCircle20Regular,
  type FluentIcon,
} from '@fluentui/react-icons';
import type { ComponentType } from 'react';
import { AssignScreen } from '../features/assign/AssignScreen';
import { ExportScreen } from '../features/export/ExportScreen';
import { FindingsScreen } from '../features/findings/FindingsScreen';
import { HelpScreen } from '../features/help/HelpScreen';
import { ImportScreen } from '../features/import/ImportScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { PurchasesScreen } from '../features/purchases/PurchasesScreen';
import { RegisterScreen } from '../features/register/RegisterScreen';
import { ServersScreen } from '../features/servers/ServersScreen';
import type { ScreenId } from './navigationStore';

export interface ScreenEntry {
  id: ScreenId;
  icon: FluentIcon;
  Component: ComponentType;
}

/** The eight screens of DESIGN.md and Help, in navigation order; labels are `nav.<id>`. */
export const screens: readonly ScreenEntry[] = [
  { id: 'overview', icon: bundleIcon(Home20Filled, Home20Regular), Component: OverviewScreen },
  { id: 'assign', icon: bundleIcon(PersonAdd20Filled, PersonAdd20Regular), Component: AssignScreen },
  { id: 'register', icon: bundleIcon(PeopleList20Filled, PeopleList20Regular), Component: RegisterScreen },
  { id: 'purchases', icon: bundleIcon(ReceiptMoney20Filled, ReceiptMoney20Regular), Component: PurchasesScreen },
  { id: 'servers', icon: bundleIcon(Server20Filled, Server20Regular), Component: ServersScreen },
  { id: 'import', icon: bundleIcon(ArrowImport20Filled, ArrowImport20Regular), Component: ImportScreen },
  { id: 'findings', icon: bundleIcon(ClipboardTaskListLtr20Filled, ClipboardTaskListLtr20Regular), Component: FindingsScreen },
  { id: 'export', icon: bundleIcon(ArrowExportUp20Filled, ArrowExportUp20Regular), Component: ExportScreen },
  { id: 'help', icon: bundleIcon(QuestionCircle20Filled, QuestionCircle20Regular), Component: HelpScreen },
];
