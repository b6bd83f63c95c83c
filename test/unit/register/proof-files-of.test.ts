import { describe, expect, it } from 'vitest';
import { proofFileName } from '../../../electron/services/ledger/proofs';
import { proofFilesOf } from '../../../electron/services/register/unattached-proofs';
import type { Proof, Purchase, RegisterDocument } from '../../../shared/domain/model';

/** `count` lots, each proved by its own file, and one file that proves the first three lots too. */
function register(count: number): { doc: Partial<RegisterDocument>; reads: () => number } {
  const proofs = Array.from({ length: count + 1 }, (_, i) => ({ id: `pf-${i}`, originalName: `invoice-${i}.pdf`, sha256: String(i).padStart(64, '0') }) as unknown as Proof);
  let reads = 0;
  const purchases = Array.from({ length: count }, (_, i) => {
    const lot = { id: `lot-${i}`, document: i % 2 === 0 ? `FV/${i}` : '', proofIds: i < 3 ? [`pf-${i}`, `pf-${count}`, `pf-${count}`] : [`pf-${i}`] } as unknown as Purchase;
    return new Proxy(lot, {
      get(target, key, receiver) {
        if (key === 'proofIds') reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  });
  return { doc: { proofs, purchases }, reads: () => reads };
}

describe('the proofs a register lists, for a restore’s notice', () => {
  it('names each proof’s lots in their order, a lot once however often it lists the proof', () => {
    const { doc } = register(6);
    const listed = proofFilesOf(doc);
    const proofs = doc.proofs!;
    expect(listed.size).toBe(7);
    expect(listed.get(proofFileName(proofs[6]!))).toEqual({ name: 'invoice-6.pdf', purchases: ['FV/0', 'lot-1', 'FV/2'] });
    expect(listed.get(proofFileName(proofs[3]!))).toEqual({ name: 'invoice-3.pdf', purchases: ['lot-3'] });
  });

  it('reads each lot’s proofs once, not once per proof the register lists', () => {
    const { doc, reads } = register(2000);
    proofFilesOf(doc);
    // 2,000 lots: the old code read every lot's proofIds for each of the 2,001 proofs (4,002,000 reads).
    expect(reads()).toBeLessThanOrEqual(2 * 2000);
  });

  it('a damaged lot’s list of proofs does not stop the register’s proofs being listed', () => {
    const doc = { proofs: [{ id: 'pf-1', originalName: 'a.pdf', sha256: '1'.padStart(64, '0') }], purchases: [{ id: 'lot-1', proofIds: 'pf-1' }] } as unknown as Partial<RegisterDocument>;
    expect([...proofFilesOf(doc).values()].map((record) => record.name)).toEqual(['a.pdf']);
  });
});
