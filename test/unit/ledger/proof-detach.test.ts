import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerCounts } from '../../../electron/services/app/session';
import { purchaseView, savePurchase, voidPurchase } from '../../../electron/services/ledger/ledger';
import { attachProofs, checkAllProofs, detachProof } from '../../../electron/services/ledger/proofs';
import { verifyAuditChain } from '../../../electron/services/register/audit';
import { createRegister } from '../../../electron/services/register/register-store';
import { serviceErrorText } from '../../../shared/errors/messages';
import { computeCompliance } from '../../../shared/licensing/compliance';
import { caught, org, tempDir, testDeps } from '../register/helpers';

/** A register with lot FV/1 and its proof faktura.pdf, a second lot FV/2, and the files' folder. */
function setup() {
  const dir = tempDir();
  const register = createRegister(dir, org(), testDeps());
  const lot = savePurchase(register, { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document: 'FV/1' });
  const other = savePurchase(register, { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-02', document: 'FV/2' });
  const files = tempDir();
  const file = (name: string, text: string) => {
    const path = join(files, name);
    writeFileSync(path, text);
    return path;
  };
  const [proof] = attachProofs(register, lot.id, [file('faktura.pdf', '%PDF-1.4 FV/1')]);
  return { dir, register, lot, other, proof: proof!, file, stored: join(dir, 'proofs', `${proof!.sha256}.pdf`) };
}

const proofFindings = async (register: ReturnType<typeof setup>['register']) =>
  computeCompliance(register.document, { asOf: '2026-11-25', proofStatus: await checkAllProofs(register, { rehash: false }) }).findings.filter((f) => f.rule === 'proof-missing-or-altered');

describe('removing a proof from a lot', () => {
  it('takes it off the lot, keeps its record and its file, and writes one proof.detach event to the chain', async () => {
    const { register, lot, proof, stored } = setup();
    const events = register.document.audit.length;

    const { purchase, stillAttachedElsewhere } = detachProof(register, lot.id, proof.id);

    expect(purchase.proofIds).toEqual([]);
    expect(stillAttachedElsewhere).toBe(false);
    expect((await purchaseView(register, lot.id)).proofs).toEqual([]);
    // Nothing of the register is deleted: the record and the bytes stay, named by older backups and the trail.
    expect(register.document.proofs.map((p) => p.id)).toEqual([proof.id]);
    expect(existsSync(stored)).toBe(true);
    expect(register.document.audit).toHaveLength(events + 1);
    expect(register.document.audit.at(-1)).toMatchObject({
      action: 'proof.detach',
      actor: 'tester',
      subject: 'FV/1',
      before: { proofIds: [proof.id] },
      after: { proofIds: [], files: [{ name: 'faktura.pdf', sha256: proof.sha256 }] },
    });
    expect(verifyAuditChain(register.document.audit).ok).toBe(true);
    register.close();
  });

  it('leaves the lot without proof as the check reports one, and its kept file is neither checked, reported nor counted', async () => {
    const { register, lot, proof, stored } = setup();
    expect(registerCounts(register.document).proofs).toBe(1);
    detachProof(register, lot.id, proof.id);

    const findings = computeCompliance(register.document, { asOf: '2026-11-25' }).findings;
    expect(findings.filter((f) => f.rule === 'purchase-without-proof').map((f) => f.subject)).toContain('FV/1');
    expect((await checkAllProofs(register, { rehash: false })).has(proof.id)).toBe(false);
    expect(registerCounts(register.document).proofs).toBe(0);
    // The kept file deleted by hand later is no missing proof: it proves nothing any more.
    rmSync(stored);
    expect(await proofFindings(register)).toEqual([]);
    register.close();
  });

  it('a file that is the proof of two lots stays the proof of the other, still checked there', async () => {
    const { register, lot, other, proof, stored } = setup();
    attachProofs(register, other.id, [stored]);
    expect(register.document.purchases.find((p) => p.id === other.id)!.proofIds).toEqual([proof.id]);

    expect(detachProof(register, lot.id, proof.id).stillAttachedElsewhere).toBe(true);
    expect((await purchaseView(register, other.id)).proofs.map((p) => [p.originalName, p.status])).toEqual([['faktura.pdf', 'ok']]);
    rmSync(stored);
    expect((await proofFindings(register)).map((f) => [f.subject, f.params.purchase])).toEqual([['faktura.pdf', 'FV/2']]);
    register.close();
  });

  it('the same file attached again is the same proof, with its first name and id', async () => {
    const { register, lot, proof, file } = setup();
    detachProof(register, lot.id, proof.id);
    const [again] = attachProofs(register, lot.id, [file('skan.pdf', '%PDF-1.4 FV/1')]);
    expect(again).toMatchObject({ id: proof.id, originalName: 'faktura.pdf' });
    expect((await purchaseView(register, lot.id)).proofs.map((p) => p.status)).toEqual(['ok']);
    register.close();
  });

  it('takes off an id the lot names with no record left (removed by hand), which the check reported as a missing proof', async () => {
    const { register, lot } = setup();
    register.commit({ ...register.document, proofs: [] }, { action: 'test.hand-edit' });
    const id = register.document.purchases.find((p) => p.id === lot.id)!.proofIds[0]!;
    expect((await proofFindings(register)).map((f) => f.subject)).toEqual([id]);

    detachProof(register, lot.id, id);
    expect(await proofFindings(register)).toEqual([]);
    expect(register.document.audit.at(-1)).toMatchObject({ action: 'proof.detach', after: { proofIds: [], files: [{ name: null, sha256: null }] } });
    register.close();
  });

  it('refuses an unknown lot or proof, a proof of another lot and a voided lot with keyed messages in English and Polish, changing nothing', () => {
    const { register, lot, other, proof, file } = setup();
    const [otherProof] = attachProofs(register, other.id, [file('inna.pdf', '%PDF-1.4 FV/2')]);
    voidPurchase(register, other.id, 'wpisany dwa razy');
    const third = savePurchase(register, { productId: 'exchange-2019-standard-user-cal', quantity: 1, date: '2024-03-03', document: 'FV/3' });
    const before = register.document;

    const cases = [
      [() => detachProof(register, 'no-such-lot', proof.id), 'not-found', 'purchase-id-not-found', 'Purchase no-such-lot is not in the register.', 'Zakupu no-such-lot nie ma w rejestrze.'],
      [() => detachProof(register, lot.id, 'no-such-proof'), 'not-found', 'proof-not-found', 'Proof no-such-proof is not in the register.', 'Dowodu zakupu no-such-proof nie ma w rejestrze.'],
      [
        () => detachProof(register, third.id, proof.id),
        'not-found',
        'proof-not-attached',
        'The proof file faktura.pdf is not attached to purchase FV/3; nothing was changed.',
        'Plik dowodu zakupu faktura.pdf nie jest dołączony do zakupu FV/3; niczego nie zmieniono.',
      ],
      [
        () => detachProof(register, other.id, otherProof!.id),
        'conflict',
        'purchase-voided-proof-kept',
        'Purchase FV/2 is voided (recorded in error): it is kept as it was when voided, with its proof files, so none can be removed from it; nothing was changed.',
        'Zakup FV/2 jest unieważniony (wpisany omyłkowo): zostaje taki, jaki był w chwili unieważnienia, razem z plikami dowodu zakupu, więc nie można z niego usunąć żadnego z nich; niczego nie zmieniono.',
      ],
    ] as const;
    for (const [run, code, key, en, pl] of cases) {
      const error = caught(run);
      expect(error).toMatchObject({ code, message: en, detail: { messageKey: key } });
      expect(serviceErrorText(error, 'pl')).toBe(pl);
    }
    expect(register.document).toBe(before);
    expect(readdirSync(register.proofsDir)).toHaveLength(2);
    register.close();
  });
});
