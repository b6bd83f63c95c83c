import type * as Fs from 'node:fs';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli, registerWithProof } from './helpers';

// Reads of the stored proof copies fail as a file the user may not read fails (EACCES): tests run as root, for whom chmod
// would change nothing.
const refused = vi.hoisted(() => ({ path: '' }));
vi.mock('node:fs', async (importOriginal) => (await import('./fs-refusal')).fsRefusing(await importOriginal<typeof Fs>(), ['readFileSync', 'createReadStream'], refused));

afterEach(() => {
  refused.path = '';
});

// Found in review (12-07): one stored proof that could not be read, or a file where the proofs folder should be, stopped
// check, verify, export and purchases with "unexpected failure: EACCES…" (exit 2).
describe('a stored proof the system will not read', () => {
  it('is reported as unreadable by check, verify, purchases and the workbook; the other commands go on', async () => {
    const { dir, stored } = await registerWithProof();
    refused.path = stored;
    const check = await cli('check', dir, '--as-of', '2024-06-01', '--json');
    expect(check.stderr).not.toContain('unexpected');
    const findings = (JSON.parse(check.stdout) as { findings: { rule: string; message: string }[] }).findings;
    expect(findings.filter((f) => f.rule === 'proof-missing-or-altered').map((f) => f.message)).toEqual([
      'Proof file faktura.pdf of purchase FV/1 is in the register folder but could not be read (its permissions or a disk error), so it cannot be checked against the SHA-256 recorded.',
    ]);
    const verify = await cli('verify', dir, '--lang', 'pl');
    expect(verify.code).toBe(1);
    expect(verify.stderr).toContain('Nie można odczytać pliku');
    expect(JSON.parse((await cli('purchases', dir, '--json')).stdout)).toMatchObject([{ proofs: [{ status: 'unreadable' }] }]);
    const out = join(dir, '..', 'audyt.xlsx');
    expect(await cli('export', dir, '--out', out, '--as-of', '2024-06-01')).toMatchObject({ code: 0 });
  });

  it('behind a file where the proofs folder should be, is missing', async () => {
    const { dir } = await registerWithProof();
    rmSync(join(dir, 'proofs'), { recursive: true });
    writeFileSync(join(dir, 'proofs'), 'x');
    const check = await cli('check', dir, '--as-of', '2024-06-01', '--json');
    const findings = (JSON.parse(check.stdout) as { findings: { rule: string; message: string }[] }).findings;
    expect(findings.filter((f) => f.rule === 'proof-missing-or-altered').map((f) => f.message)).toEqual(['Proof file faktura.pdf of purchase FV/1 is missing from the register folder.']);
    expect((await cli('verify', dir)).code).toBe(1);
  });
});
