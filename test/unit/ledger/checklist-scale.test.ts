/**
 * The audit workbook's checklist looked each CAL holder up by scanning the register's people, once per
 * CAL held: at 50,000 people an export spent about two minutes there before writing its first row. How
 * many times it reads the people list is counted here, not how long it takes (speed is the bench's).
 */
import { describe, expect, it } from 'vitest';
import type { RegisterDocument } from '../../../shared/domain/model';
import { registerChecklist } from '../../../shared/ledger/checklist';
import { generateDirectory } from '../../bench/generate';
import { AS_OF, generateRegister } from '../../bench/generate-register';

/** `doc` with its people list counting each person read from it. */
function countingPeople(doc: RegisterDocument): { doc: RegisterDocument; reads: () => number } {
  let reads = 0;
  const people = new Proxy(doc.people, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { doc: { ...doc, people }, reads: () => reads };
}

describe('the register’s checklist', () => {
  it('reads each person a few times, not once per CAL held', () => {
    const generated = generateRegister(generateDirectory(2000)) as RegisterDocument;
    const holders = new Set(generated.assignments.map((a) => a.personId)).size;
    expect(holders).toBeGreaterThan(1000);
    const { doc, reads } = countingPeople(generated);

    const points = registerChecklist(doc, AS_OF);

    expect(points.map((p) => p.id)).toEqual(['server-active', 'account-and-mailbox', 'users-within-cals', 'documented', 'proof-of-purchase']);
    // A scan per holder read about a million; a few passes over the list read about six per person.
    expect(reads()).toBeLessThan(10 * doc.people.length);
  });
});
