import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProof, proofPath } from '../../../electron/services/ledger/proofs';
import type { OpenRegister } from '../../../electron/services/register/open-register';
import type { Proof } from '../../../shared/domain/model';
import { tempDir } from '../register/helpers';

const sha = 'a'.repeat(64);
const proof = (extension: string): Proof => ({ id: 'p1', sha256: sha, extension, originalName: 'faktura.pdf', size: 1, addedAt: '2024-03-01T00:00:00.000Z' }) as Proof;

describe('proof file names from the register', () => {
  it('a name edited to leave proofs/ is never opened or read', async () => {
    const dir = tempDir();
    // The file the edited name would reach, one level above proofs/.
    writeFileSync(join(dir, 'x'), 'outside');
    const register = { proofsDir: join(dir, 'proofs') } as OpenRegister;
    expect(() => proofPath(register, proof('/../../x'))).toThrow(/never writes/);
    expect(await checkProof(join(dir, 'proofs'), proof('/../x'), { rehash: true })).toBe('missing');
    expect(proofPath(register, proof('pdf'))).toBe(join(dir, 'proofs', `${sha}.pdf`));
  });

  it('a pipe, a device or a folder in place of a proof is reported altered without being read (reading would hang or fill memory)', async () => {
    const proofs = join(tempDir(), 'proofs');
    mkdirSync(proofs);
    const named = (ext: string) => join(proofs, `${sha}.${ext}`);
    execFileSync('mkfifo', [named('pdf')]);
    symlinkSync('/dev/zero', named('png'));
    mkdirSync(named('jpg'));
    expect(await checkProof(proofs, proof('pdf'), { rehash: true })).toBe('altered');
    expect(await checkProof(proofs, proof('png'), { rehash: true })).toBe('altered');
    expect(await checkProof(proofs, proof('jpg'), { rehash: true })).toBe('altered');
    // A regular file is still hashed: one with other bytes is altered, a missing one missing.
    writeFileSync(named('txt'), 'x');
    expect(await checkProof(proofs, proof('txt'), { rehash: true })).toBe('altered');
    expect(await checkProof(proofs, proof('gif'), { rehash: true })).toBe('missing');
  });
});
