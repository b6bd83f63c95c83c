import { parseArgs } from 'node:util';
import { organizationSchema } from '../../../shared/domain/model';
import { createRegister } from '../../services/register/register-store';
import { cliDeps, registerDir, UsageError, type Io } from '../context';
import { msg } from '../messages';

export const initHelp = 'cal-register init <dir> --org "Name" [--tax-id NIP] [--json]';

export function runInit(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { org: { type: 'string' }, 'tax-id': { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const dir = registerDir(positionals[0]);
  if (positionals.length > 1) throw new UsageError(msg('unexpectedArgument', { arg: positionals[1] ?? '' }));
  const organization = organizationSchema.safeParse({ name: values.org ?? '', taxId: values['tax-id'] ?? '' });
  if (!organization.success) throw new UsageError(msg('orgRequired'));
  const register = createRegister(dir, organization.data, cliDeps());
  try {
    if (values.json) io.out(JSON.stringify({ path: register.filePath, registerId: register.document.registerId, organization: register.document.organization }));
    io.err(msg('created', { name: organization.data.name, dir }));
  } finally {
    register.close();
  }
  return 0;
}
