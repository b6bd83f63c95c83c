import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, registerWithProof } from './helpers';

/** `registerWithProof`'s register, with `edit` to change register.json by hand, as JSON. */
async function registerToEdit() {
  const { dir } = await registerWithProof();
  const file = join(dir, 'register.json');
  const edit = (change: (doc: { proofs: { id: string }[]; purchases: { proofIds: string[] }[] }) => void) => {
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    change(doc);
    writeFileSync(file, JSON.stringify(doc));
  };
  return { dir, edit };
}

// Found in audit: with the proof records removed by hand, verify said "Proof files: 0 of 0 intact" and passed, while check
// reported the lot's proof missing.
describe('verify and proof records', () => {
  it('a lot naming a proof no record has fails verify, which names the lot; the register still opens after the hand edit', async () => {
    const { dir, edit } = await registerToEdit();
    let proofId = '';
    edit((doc) => {
      proofId = doc.proofs[0]!.id;
      doc.proofs = [];
    });
    const verify = await cli('verify', dir);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toContain(`Proof ${proofId} of purchase FV/1: missing from the register (the lot names it, but no proof record has this id).\n`);
    expect(verify.stderr).toContain('Proof files: 0 of 1 intact.');
    const json = JSON.parse((await cli('verify', dir, '--json')).stdout);
    expect(json).toMatchObject({ ok: false, proofs: [{ id: proofId, status: 'missing', purchases: ['FV/1'] }] });
    expect((await cli('check', dir)).code).toBe(1);
    const pl = await cli('verify', dir, '--lang', 'pl');
    expect(pl.stderr).toContain(`Dowód zakupu ${proofId} zakupu FV/1: brak w rejestrze`);
    // A hand edit is checked in full when the register opens: it opens, and the file in proofs/ is kept.
    expect((await cli('purchases', dir)).code).toBe(0);
    expect(readdirSync(join(dir, 'proofs'))).toHaveLength(1);
  });

  it('an extra proof id on a lot is counted beside the intact proof', async () => {
    const { dir, edit } = await registerToEdit();
    edit((doc) => doc.purchases[0]!.proofIds.push('no-such-proof'));
    const verify = await cli('verify', dir);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toContain('Proof no-such-proof of purchase FV/1: missing from the register');
    expect(verify.stderr).toContain('Proof files: 1 of 2 intact.');
  });
});
