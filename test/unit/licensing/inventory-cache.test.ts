import { describe, expect, it } from 'vitest';
import { analyseInventory } from '../../../shared/licensing/inventory';
import { AS_OF, aMailbox, aPerson, aSnapshot, buildRegister } from './builders';

const register = () =>
  buildRegister({
    people: [aPerson('p1', { email: 'anna@x.pl' })],
    inventory: [aSnapshot([aMailbox('anna', { email: 'anna@x.pl' }), aMailbox('biuro', { recipientType: 'SharedMailbox' })])],
  });

describe('inventory analysis reuse', () => {
  it('a change that keeps the people and the snapshot (an assignment) reuses the analysis', () => {
    const doc = register();
    const first = analyseInventory(doc, AS_OF);
    expect(analyseInventory({ ...doc, assignments: [] }, AS_OF)).toBe(first);
  });

  it('new people, a new snapshot or the shared-mailbox setting give a fresh analysis', () => {
    const doc = register();
    const first = analyseInventory(doc, AS_OF);
    const morePeople = { ...doc, people: [...doc.people, { ...doc.people[0]!, id: 'p2', email: 'biuro@x.pl' }] };
    expect(analyseInventory(morePeople, AS_OF)).not.toBe(first);
    expect(analyseInventory({ ...doc, inventory: doc.inventory.map((s) => ({ ...s })) }, AS_OF)).not.toBe(first);
    const counted = analyseInventory({ ...doc, settings: { ...doc.settings, countSharedMailboxes: true } }, AS_OF);
    expect(counted.summary.needCal).toBe(first.summary.needCal + 1);
  });

  it('without a snapshot the as-of date matters (people who left drop out), so it is part of the key', () => {
    const doc = buildRegister({ people: [aPerson('p1', { email: 'anna@x.pl', leftOn: '2024-03-01' })] });
    expect(analyseInventory(doc, '2024-02-01').summary.needCal).toBe(1);
    expect(analyseInventory(doc, '2024-06-01').summary.needCal).toBe(0);
  });
});
