import { existsSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { organizationSchema, type Organization } from '../../../shared/domain/model';
import { looksLikeWrongNip } from '../../../shared/domain/nip';
import { keyedError } from '../../../shared/errors/messages';
import { DomainError } from '../../../shared/result';
import { createRegister, REGISTER_FILE, type OpenRegister } from '../../services/register/register-store';
import { cliDeps, onlyRegisterDir, UsageError, type Io } from '../context';
import { msg, uiText } from '../messages';

export const initHelp = (): string => msg('helpInit');

/**
 * Creates the register, refusing a path that is a file with one line: naming register.json
 * itself means its folder already holds a register; a file along the way (a/file/b) is no folder.
 */
function createIn(dir: string, organization: Organization): OpenRegister {
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    if (basename(dir) === REGISTER_FILE) throw keyedError('conflict', 'register-exists', { dir: dirname(dir) });
    throw new UsageError(msg('notAFolder', { dir }));
  }
  try {
    return createRegister(dir, organization, cliDeps());
  } catch (error) {
    const code = error instanceof DomainError ? error.detail?.osCode : undefined;
    if (code === 'ENOTDIR' || code === 'EEXIST') throw new UsageError(msg('notAFolder', { dir }));
    throw error;
  }
}

export function runInit(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { org: { type: 'string' }, 'tax-id': { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const dir = onlyRegisterDir(positionals);
  const organization = organizationSchema.safeParse({ name: values.org ?? '', taxId: values['tax-id'] ?? '' });
  if (!organization.success) throw new UsageError(msg('orgRequired'));
  const register = createIn(dir, organization.data);
  try {
    if (values.json) io.out(JSON.stringify({ path: register.filePath, registerId: register.document.registerId, organization: register.document.organization }));
    io.err(msg('created', { name: organization.data.name, dir }));
    // As the app's organization form: a NIP that does not add up is kept as typed, and said.
    if (looksLikeWrongNip(organization.data.taxId)) io.err(uiText('organization.taxIdNotNip'));
  } finally {
    register.close();
  }
  return 0;
}
