import type * as Fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

// The backups folder cannot be listed as a folder the user may not read cannot (EACCES): tests run as root, for whom
// chmod would change nothing.
const refused = vi.hoisted(() => ({ path: '' }));
vi.mock('node:fs', async (importOriginal) => (await import('./fs-refusal')).fsRefusing(await importOriginal<typeof Fs>(), 'readdirSync', refused));

afterEach(() => {
  refused.path = '';
});

// Found in review (12-07): `backups` on a backups folder it could not list said the register had no backups (exit 0).
describe('cal-register backups of a backups folder that cannot be listed', () => {
  it('says the folder could not be read, with the system’s code, in either language; exit 2', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    await cli('person', 'add', dir, '--given', 'Anna', '--email', 'anna@x.pl');
    refused.path = join(dir, 'backups');
    const en = await cli('backups', dir);
    expect(en).toMatchObject({ code: 2, stdout: '' });
    expect(en.stderr).toContain(`The backups folder ${join(dir, 'backups')} could not be read (EACCES): its backups cannot be listed.`);
    expect(en.stderr).not.toContain('has no backups');
    expect((await cli('backups', dir, '--lang', 'pl')).stderr).toContain('Nie udało się odczytać folderu kopii zapasowych');
    refused.path = '';
    expect((await cli('backups', dir)).code).toBe(0);
  });
});
