import { existsSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { organizationSchema, type Organization } from '../../../shared/domain/model';
import { looksLikeWrongNip } from '../../../shared/domain/nip';
import { keyedError } from '../../../shared/errors/messages';
import { DomainError } from '../../../shared/result';
import { createRegister } from '../../services/register/register-store';
import { REGISTER_FILE, type OpenRegister } from '../../services/register/open-register';
import { checkGiven, cliDeps, onlyRegisterDir, ownArgs, UsageError, withRegister, type Io } from '../context';
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

export const orgHelp = (): string => msg('helpOrg');

/** The organization as a line names it: a field not filled in is a dash. */
const orgLine = (key: 'orgShown' | 'orgUpdated', o: Organization): string =>
  msg(key, { name: o.name, taxId: o.taxId || '—', address: o.address.replace(/\s*\n\s*/g, ', ') || '—', contact: o.contact || '—' });

/**
 * Shows the organization, or changes the fields given (what the app's organization form does): the
 * name, the NIP (one that does not add up is kept and said), the address and the contact.
 */
export async function runOrg(args: string[], io: Io): Promise<number> {
  const options = { name: { type: 'string' }, 'tax-id': { type: 'string' }, address: { type: 'string' }, contact: { type: 'string' }, json: { type: 'boolean', default: false } } as const;
  const { values, positionals } = parseArgs({ args: ownArgs(args, options), allowPositionals: true, options });
  const dir = onlyRegisterDir(positionals);
  const given = { name: values.name, taxId: values['tax-id'], address: values.address, contact: values.contact };
  const changes = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  const changing = Object.keys(changes).length > 0;
  // Checked before the register is opened (`checkGiven`): a refused value writes nothing.
  checkGiven(organizationSchema.shape, changes);
  const organization = await withRegister(
    dir,
    io,
    (register) => {
      if (!changing) return register.document.organization;
      // A refused value is a ZodError, which the CLI names by its option (--name, --tax-id) and words in its language.
      const organization = organizationSchema.parse({ ...register.document.organization, ...changes });
      register.updateOrganization(organization);
      return organization;
    },
    { readOnly: !changing },
  );
  if (values.json) io.out(JSON.stringify(organization));
  io.err(orgLine(changing ? 'orgUpdated' : 'orgShown', organization));
  if (changing && changes.taxId !== undefined && looksLikeWrongNip(organization.taxId)) io.err(uiText('organization.taxIdNotNip'));
  return 0;
}

export function runInit(args: string[], io: Io): number {
  const options = { org: { type: 'string' }, 'tax-id': { type: 'string' }, json: { type: 'boolean', default: false } } as const;
  const { values, positionals } = parseArgs({ args: ownArgs(args, options), allowPositionals: true, options });
  const dir = onlyRegisterDir(positionals);
  if (!values.org?.trim()) throw new UsageError(msg('orgRequired'));
  // A value given but refused (a name or NIP too long) is named by its option and why, as `org` names it; not said to be missing.
  checkGiven({ org: organizationSchema.shape.name, taxId: organizationSchema.shape.taxId }, { org: values.org, taxId: values['tax-id'] });
  const organization = organizationSchema.parse({ name: values.org, taxId: values['tax-id'] ?? '' });
  const register = createIn(dir, organization);
  try {
    if (values.json) io.out(JSON.stringify({ path: register.filePath, registerId: register.document.registerId, organization: register.document.organization }));
    io.err(msg('created', { name: organization.name, dir }));
    // As the app's organization form: a NIP that does not add up is kept as typed, and said.
    if (looksLikeWrongNip(organization.taxId)) io.err(uiText('organization.taxIdNotNip'));
  } finally {
    register.close();
  }
  return 0;
}
