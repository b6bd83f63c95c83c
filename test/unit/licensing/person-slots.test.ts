import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain/model';
import { peopleSlots, slotTable } from '../../../shared/licensing/person-slots';
import { aMailbox, aPerson, aPurchase, aSnapshot, anAssignment, buildRegister } from './builders';
import { check, findingsOf, subjectsOf } from './helpers';

const people = (...ids: string[]): Person[] => buildRegister({ people: ids.map((id, i) => aPerson(id, { email: `${id}.${i}@example.com`, login: `${id}${i}` })) }).people;

describe('person slots', () => {
  it('a slot is the position in the list; an unknown id has none', () => {
    const list = people('anna', 'jan', 'ola');
    const slots = peopleSlots(list);
    expect(['anna', 'jan', 'ola', 'nobody'].map((id) => slots.slotOf(id))).toEqual([0, 1, 2, -1]);
    expect([0, 1, 2].map((i) => slots.slotAt(i))).toEqual([0, 1, 2]);
    expect(slots.personAt(1)).toBe(list[1]);
  });

  it('an id recorded twice has one slot, its first person\'s, from either position', () => {
    const list = people('jan', 'anna', 'ola', 'anna', 'jan');
    const slots = peopleSlots(list);
    expect(['jan', 'anna', 'ola'].map((id) => slots.slotOf(id))).toEqual([0, 1, 2]);
    expect([0, 1, 2, 3, 4].map((i) => slots.slotAt(i))).toEqual([0, 1, 2, 1, 0]);
    expect(slots.personAt(slots.slotAt(3))).toBe(list[1]);
  });

  it('is built once per list (lists are replaced, never changed)', () => {
    const list = people('anna');
    expect(peopleSlots(list)).toBe(peopleSlots(list));
    expect(peopleSlots([...list])).not.toBe(peopleSlots(list));
  });

  it('a slot table has one entry per slot', () => {
    expect(slotTable(3, null)).toEqual([null, null, null]);
    expect(slotTable(0, 1)).toEqual([]);
  });
});

describe('a person id recorded twice (a hand-edited register)', () => {
  // Two rows with the id `anna`, each with its own e-mail and mailbox: the rules see one person, the first row.
  const twice = (assignments: ReturnType<typeof anAssignment>[], inventory = true) =>
    buildRegister({
      purchases: [aPurchase('lot1', '2019-standard-user', 5)],
      people: [aPerson('anna'), aPerson('jan'), aPerson('anna', { email: 'anna.k@example.com', login: 'annak' })],
      assignments,
      inventory: inventory ? [aSnapshot([aMailbox('anna'), aMailbox('jan'), aMailbox('annak', { email: 'anna.k@example.com' })])] : [],
    });

  it('both rows\' mailboxes are one need, named by the first mailbox, which one CAL of the id covers', () => {
    const uncovered = check(twice([anAssignment('a1', 'jan', 'lot1')]));
    expect(uncovered.inventory.needCal).toBe(2);
    expect(subjectsOf(uncovered, 'mailbox-without-cal')).toEqual(['anna@example.com']);
    const covered = check(twice([anAssignment('a1', 'jan', 'lot1'), anAssignment('a2', 'anna', 'lot1')]));
    expect(findingsOf(covered, 'mailbox-without-cal')).toEqual([]);
    expect(findingsOf(covered, 'assigned-without-mailbox')).toEqual([]);
  });

  it('without a mailbox export each row is a need of its own, and the id\'s CAL covers both', () => {
    const uncovered = check(twice([], false));
    expect(uncovered.inventory.needCal).toBe(3);
    expect(subjectsOf(uncovered, 'mailbox-without-cal').sort()).toEqual(['anna.k@example.com', 'anna@example.com', 'jan@example.com']);
    const covered = check(twice([anAssignment('a2', 'anna', 'lot1')], false));
    expect(subjectsOf(covered, 'mailbox-without-cal')).toEqual(['jan@example.com']);
  });

  it('a CAL of the id is held by the first row: its findings name that row', () => {
    const report = check(twice([anAssignment('a2', 'anna', 'lot1'), anAssignment('a3', 'anna', 'lot1')]));
    expect(findingsOf(report, 'duplicate-assignment')).toMatchObject([{ subject: 'anna@example.com', subjectId: 'anna' }]);
  });
});
