import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProof, proofPath } from '../../../electron/services/ledger/proofs';
import type { OpenRegister } from '../../../electron/services/register/register-store';
import type { Proof } from '../../../shared/domain/model';
import { tempDir } from '../register/helpers';

const sha = 'a'.repeat(64);
const proof = (extension: string): Proof => ({ id: 'p1', sha256: sha, extension, originalName: 'faktura.pdf', size: 1, addedAt: '2024-03-01T00:00:00.000Z' }) as Proof;

describe('proof file names from the register', () => {
  it('a name edited to leave proofs/ is never opened or read', () => {
    const dir = tempDir();
    // The file the edited name would reach, one level above proofs/.
    writeFileSync(join(dir, 'x'), 'outside');
    const register = { proofsDir: join(dir, 'proofs') } as OpenRegister;
    expect(() => proofPath(register, proof('/../../x'))).toThrow(/never writes/);
    expect(checkProof(join(dir, 'proofs'), proof('/../x'))).toBe('missing');
    expect(proofPath(register, proof('pdf'))).toBe(join(dir, 'proofs', `${sha}.pdf`));
  });
});
