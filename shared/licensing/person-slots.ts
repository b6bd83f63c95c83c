/**
 * People by slot. The rules keep what they know of each person (their need unit, whether a mailbox
 * names them, the positions of their assignments, their findings) in arrays by slot, not in maps keyed
 * by person id. Over the bench's registers, a map of every person's id took 2.4 ms to fill and
 * 0.7 ms to read once at 10,000 people, and 19 and 7 ms at 50,000: eight to ten times as long for
 * five times the people, mostly cache misses (12-06). What is still
 * keyed by id is either small (people who left, disabled people, lots, ids no person has) or this
 * one map from id to slot, for the assignments, which name their holder by id.
 */
import type { Person } from '../domain/model';

/**
 * A person's slot is their position in `doc.people`; for an id recorded twice (a hand-edited file),
 * the position of the first person with it. So the rules see one holder per id, as they did when
 * they keyed everything by id, and the first person of an id is the one named (as the first lot of an
 * id is the one that counts).
 */
export interface PeopleSlots {
  readonly people: readonly Person[];
  /** The slot of the person with `id`, or -1 when no person has it. */
  slotOf(id: string): number;
  /** The slot of the person at `position` in `people`. */
  slotAt(position: number): number;
  /** The person a slot stands for. */
  personAt(slot: number): Person;
}

const cache = new WeakMap<readonly Person[], PeopleSlots>();

/** The slots of a people list, built once per list (register lists are replaced, never mutated). */
export function peopleSlots(people: readonly Person[]): PeopleSlots {
  const known = cache.get(people);
  if (known) return known;
  const byId = new Map<string, number>();
  // From last to first, so the first person of an id keeps it without a lookup per person.
  for (let i = people.length - 1; i >= 0; i--) byId.set((people[i] as Person).id, i);
  // Only a list with an id recorded twice needs the per-position table (one lookup per person).
  let firsts: Int32Array | null = null;
  if (byId.size !== people.length) {
    firsts = new Int32Array(people.length);
    for (let i = 0; i < people.length; i++) firsts[i] = byId.get((people[i] as Person).id) as number;
  }
  const slots: PeopleSlots = {
    people,
    slotOf: (id) => byId.get(id) ?? -1,
    slotAt: firsts ? (position) => firsts[position] as number : (position) => position,
    personAt: (slot) => people[slot] as Person,
  };
  cache.set(people, slots);
  return slots;
}

/** A table by slot: an array of `size` entries made with push, so it stays a packed array (no holes, no dictionary mode at any size). */
export function slotTable<T>(size: number, empty: T): T[] {
  const table: T[] = [];
  for (let i = 0; i < size; i++) table.push(empty);
  return table;
}
