/**
 * The contract's channel names as plain data, for the sandboxed preload: it may require only
 * 'electron', so it must not pull in zod or the schemas. A unit test keeps this list equal to
 * the keys of `contract` in shared/contract.ts.
 */
export const channelNames = [
  'appSettings',
  'setLanguage',
  'registerStatus',
  'registerNew',
  'registerOpen',
  'registerOpenRecent',
  'recentRemove',
  'registerRetry',
  'registerTakeOver',
  'registerOpenReadOnly',
  'registerBackups',
  'registerRestoreBackup',
  'organizationUpdate',
  'serversList',
  'serverSave',
  'serverVerify',
  'purchasesList',
  'purchaseSave',
  'purchaseVoid',
  'proofAttach',
  'proofShow',
  'proofDetach',
  'peopleList',
  'personSave',
  'personHistory',
  'personLeave',
  'personReturn',
  'assignmentCheck',
  'assignmentCreate',
  'assignmentReleaseCheck',
  'assignmentRelease',
  'assignmentChecklist',
  'complianceReport',
  'complianceSettings',
  'importPick',
  'importRemap',
  'importCommit',
  'importCancel',
  'exportSheets',
  'exportWorkbook',
  'exportProgress',
  'exportShowInFolder',
  'sampleOpen',
  'diagnosticsCopy',
] as const;

/** The IPC channel string for a contract channel. */
export const ipcChannelName = (name: string): string => `cal:${name}`;
