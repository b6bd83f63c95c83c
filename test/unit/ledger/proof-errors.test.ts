import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachProofs } from '../../../electron/services/ledger/proofs';
import type { OpenRegister } from '../../../electron/services/register/open-register';
import { serviceErrorText } from '../../../shared/errors/messages';
import { caught, tempDir } from '../register/helpers';

/** Just what attaching needs before anything is committed: the purchase and the proofs folder. */
const registerWith = (proofsDir: string) => ({ document: { purchases: [{ id: 'lot', proofIds: [], voidedAt: null }], proofs: [] }, proofsDir }) as unknown as OpenRegister;

describe('a proof that cannot be attached is told by key, in either language', () => {
  it('a file over 50 MB is refused before it is read', () => {
    const dir = tempDir();
    const big = join(dir, 'skan.pdf');
    writeFileSync(big, '');
    truncateSync(big, 51 * 1024 * 1024);
    const error = caught(() => attachProofs(registerWith(join(dir, 'proofs')), 'lot', [big]));
    expect(error).toMatchObject({ code: 'bad-file', detail: { messageKey: 'proof-too-large', file: 'skan.pdf', sizeMb: 51 } });
    expect(serviceErrorText(error, 'pl')).toBe('Plik skan.pdf ma 51 MB; pliki dowodów zakupu mogą mieć najwyżej 50 MB.');
  });

  // Found in review: a file one byte over the limit was said to be "50 MB", the limit itself.
  it('a file just over 50 MB is said to be over it', () => {
    const dir = tempDir();
    const big = join(dir, 'skan.pdf');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024 + 1);
    expect(caught(() => attachProofs(registerWith(join(dir, 'proofs')), 'lot', [big]))).toMatchObject({ detail: { sizeMb: 51 } });
  });

  it('a proofs folder that cannot be written gives the OS code, not its text', () => {
    const dir = tempDir();
    const pdf = join(dir, 'faktura.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    // A file where the proofs folder should be: mkdir fails the way a read-only or locked folder would.
    const blocked = join(dir, 'proofs');
    writeFileSync(blocked, '');
    const error = caught(() => attachProofs(registerWith(blocked), 'lot', [pdf]));
    expect(error).toMatchObject({ code: 'io-error', detail: { messageKey: 'proof-store-failed', file: 'faktura.pdf' } });
    expect(error.detail?.osCode).toMatch(/^E[A-Z]+$/);
    expect(serviceErrorText(error, 'en')).toBe(`faktura.pdf could not be stored with the register (${String(error.detail?.osCode)}); nothing was attached.`);
    expect(serviceErrorText(error, 'pl')).toMatch(/^Nie udało się zapisać pliku faktura\.pdf razem z rejestrem \(E[A-Z]+\); niczego nie dołączono\.$/);
  });
});
