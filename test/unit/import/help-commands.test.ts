import { describe, expect, it } from 'vitest';
import { detectKind } from '../../../shared/import/detect';
import { importCommands } from '../../../renderer/features/import/commands';

/** The columns a command's Select-Object names, as Export-Csv writes them in its header. */
const selected = (command: string): string[] => {
  const list = /Select-Object (.+?) \| Export-Csv/.exec(command)?.[1] ?? '';
  return list.split(/,(?![^{]*\})/).map((column) => /n='([^']+)'/.exec(column)?.[1] ?? column.trim());
};

describe('the PowerShell the Import screen gives', () => {
  it('writes files the import recognizes as the export the help names', () => {
    const kinds = Object.fromEntries(importCommands.filter((c) => c.command.includes('Select-Object')).map((c) => [c.id, detectKind(selected(c.command)).kind]));
    expect(kinds).toEqual({ servers: 'servers', mailboxes: 'mailboxes', adUsers: 'ad-users', exchangeUsers: 'users' });
  });
});
