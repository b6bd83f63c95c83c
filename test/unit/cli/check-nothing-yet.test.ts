import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../register/helpers';
import { cli } from './helpers';

// Left by the workbook review (12-08): `check` of a register with nothing to judge printed "0 findings (errors: 0)",
// which reads as compliant; the Findings screen and the workbook say there is nothing to check yet.
describe('cal-register check of a register with nothing to check yet', () => {
  it('says so after the count, EN and PL, and what to record first; the exit code stays 0', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    const en = await cli('check', dir, '--as-of', '2026-12-01');
    expect(en.code).toBe(0);
    expect(en.stderr).toBe(
      '0 findings (errors: 0) as of 2026-12-01.\n' +
        'Nothing to check yet: the register has no Exchange server in use and no mailbox export, so finding nothing does not mean the CALs are in order. First: cal-register server add, then cal-register import with the mailbox export.\n',
    );
    const pl = await cli('check', dir, '--as-of', '2026-12-01', '--lang', 'pl');
    expect(pl.stderr).toContain('Nie ma jeszcze czego sprawdzać: w rejestrze nie ma używanego serwera Exchange ani eksportu skrzynek pocztowych');
    // --json keeps its documented shape; the line goes to stderr as the count does.
    const json = await cli('check', dir, '--json', '--as-of', '2026-12-01');
    expect(JSON.parse(json.stdout).findings).toEqual([]);
    expect(json.stderr).toContain('Nothing to check yet');
  });

  it('says nothing of it once a finding speaks for the register (a server recorded, not yet verified)', async () => {
    const dir = join(tempDir(), 'rejestr');
    await cli('init', dir, '--org', 'Firma');
    expect((await cli('server', 'add', dir, '--name', 'EX01', '--product', 'Exchange Server 2019', '--edition', 'Standard', '--activated')).code).toBe(0);
    const check = await cli('check', dir, '--as-of', '2026-12-01');
    expect(check.stderr).toMatch(/^2 findings \(errors: 0\) as of 2026-12-01\.\n$/);
  });
});
