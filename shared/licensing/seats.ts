/**
 * Replays a lot's assignments seat by seat to find reassignments (DOMAIN.md "Reassignment"):
 * a seat given to another person within 90 days of its previous start warns unless the
 * previous holder left, covered an absence, or (a Device CAL) the hardware failed for good.
 */
import type { Assignment, ReleaseReason } from '../domain/model';
import { daysBetween } from './dates';

export const reassignmentWaitDays = 90;

/** What frees a seat at once besides 90 days, for one lot. */
export interface ReassignmentRules {
  /** The lot holds Device CALs: permanent hardware failure or loss also frees a seat (DOMAIN.md: "(device CALs)"). */
  device: boolean;
  /** The day a person left, when the register records it. */
  leftOn: (personId: string) => string | null;
}

/** Rules of a User CAL lot whose people's leaving dates are not known: only the recorded reasons count. */
export const userLotRules: ReassignmentRules = { device: false, leftOn: () => null };

/**
 * The first day from which the seat `previous` held may go to someone else before 90 days have
 * passed ('' for always: a leaver, an absence cover, a failed device), or null if never (only the
 * 90 days free it). `reason` overrides the recorded one.
 */
function freedAtOnceFrom(previous: SeatAssignment, rules: ReassignmentRules, reason?: ReleaseReason | null): string | null {
  const why = reason ?? previous.releaseReason;
  if (why === 'left' || why === 'absence-cover' || (why === 'hardware-failure' && rules.device)) return '';
  if (why !== null && why !== 'other') return null;
  return rules.leftOn(previous.personId);
}

/**
 * Whether the seat `previous` held may go to someone else on `on` before 90 days have passed:
 * its holder left (recorded as the reason, or, with no reason or `other` recorded, the register
 * says they had left by then: the import records its releases as `other`), or covered an absence,
 * or the hardware of a Device CAL failed. `reason` overrides the recorded one.
 */
function freedAtOnce(previous: SeatAssignment, on: string, rules: ReassignmentRules, reason?: ReleaseReason | null): boolean {
  const from = freedAtOnceFrom(previous, rules, reason);
  return from !== null && from <= on;
}

/** Whether `previous`'s seat may go to someone starting on `on` without a warning. */
const freeFor = (previous: SeatAssignment, on: string, rules: ReassignmentRules): boolean =>
  freedAtOnce(previous, on, rules) || daysBetween(previous.assignedOn, on) >= reassignmentWaitDays;

export type SeatAssignment = Pick<Assignment, 'id' | 'personId' | 'assignedOn' | 'releasedOn' | 'releaseReason'>;

export interface SeatTakeover {
  /** The assignment that took the seat. */
  assignment: SeatAssignment;
  /** The previous holder of the seat it took; null for a never-used seat or an over-assigned one. */
  previous: SeatAssignment | null;
}

/** A seat freed by `holder`; `taken` once someone else (or the same person) gets it. */
interface FreedSeat {
  holder: SeatAssignment;
  taken: boolean;
  /** From this day the seat may pass at once (see `freedAtOnceFrom`); null: only after 90 days. */
  atOnceFrom: string | null;
}

/** A tiny binary min-heap; the replay must stay O(n log n) for lots with thousands of seats. */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  peek(): T | undefined {
    return this.items[0];
  }
  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(items[i] as T, items[parent] as T)) break;
      [items[i], items[parent]] = [items[parent] as T, items[i] as T];
      i = parent;
    }
  }
  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.less(items[left] as T, items[smallest] as T)) smallest = left;
        if (right < items.length && this.less(items[right] as T, items[smallest] as T)) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest] as T, items[i] as T];
        i = smallest;
      }
    }
    return top;
  }
}

const byStart = (a: SeatAssignment, b: SeatAssignment): number =>
  a.assignedOn < b.assignedOn ? -1 : a.assignedOn > b.assignedOn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Which seat each assignment of one lot took, in start order. Seats are not recorded, so the
 * replay is charitable: a person gets back their own freed seat, else a never-used seat, else a
 * freed seat that may pass to them without a warning (the one whose holder started longest ago,
 * else one freed at once by its holder's leaving, an absence cover or a failed device), else (a
 * warning either way) the freed seat whose holder started last: the older seats, nearer their 90
 * days, are kept for the people who come after (test/unit/licensing/seats.test.ts checks the
 * fewest warnings any choice of seats gives).
 */
export function replaySeats(quantity: number, assignments: readonly SeatAssignment[], rules: ReassignmentRules = userLotRules): SeatTakeover[] {
  const ordered = [...assignments].sort(byStart);
  const pendingReleases = new MinHeap<SeatAssignment>((a, b) => (a.releasedOn ?? '') < (b.releasedOn ?? ''));
  const freedByAge = new MinHeap<FreedSeat>((a, b) => byStart(a.holder, b.holder) < 0);
  const freedByNewest = new MinHeap<FreedSeat>((a, b) => byStart(a.holder, b.holder) > 0);
  const freedByPerson = new Map<string, FreedSeat[]>();
  // Seats that may pass at once from some day, the earliest day first; taken ones are dropped as they surface.
  const freedAtOnceSeats = new MinHeap<FreedSeat>((a, b) => (a.atOnceFrom ?? '') < (b.atOnceFrom ?? ''));
  let unusedSeats = quantity;
  const result: SeatTakeover[] = [];

  const release = (holder: SeatAssignment) => {
    const seat: FreedSeat = { holder, taken: false, atOnceFrom: freedAtOnceFrom(holder, rules) };
    freedByAge.push(seat);
    freedByNewest.push(seat);
    if (seat.atOnceFrom !== null) freedAtOnceSeats.push(seat);
    const list = freedByPerson.get(holder.personId);
    if (list) list.push(seat);
    else freedByPerson.set(holder.personId, [seat]);
  };
  const takeOwn = (personId: string): FreedSeat | null => {
    const list = freedByPerson.get(personId);
    while (list && list.length > 0) {
      const seat = list.pop() as FreedSeat;
      if (!seat.taken) return seat;
    }
    return null;
  };
  /** The first seat of `heap` not taken yet; taken ones are dropped as they surface. */
  const firstFree = (heap: MinHeap<FreedSeat>): FreedSeat | null => {
    while (heap.size > 0) {
      const seat = heap.peek() as FreedSeat;
      if (!seat.taken) return seat;
      heap.pop();
    }
    return null;
  };
  const takeFreed = (on: string): FreedSeat | null => {
    const first = firstFree(freedByAge);
    if (first === null || freeFor(first.holder, on, rules)) return first;
    const atOnce = firstFree(freedAtOnceSeats);
    return atOnce && (atOnce.atOnceFrom ?? '') <= on ? atOnce : firstFree(freedByNewest);
  };

  for (const assignment of ordered) {
    // A seat released on a day is free again that same day.
    while (pendingReleases.size > 0 && ((pendingReleases.peek() as SeatAssignment).releasedOn ?? '') <= assignment.assignedOn) {
      release(pendingReleases.pop() as SeatAssignment);
    }
    let previous: SeatAssignment | null = null;
    const own = takeOwn(assignment.personId);
    if (own) own.taken = true;
    else if (unusedSeats > 0) unusedSeats -= 1;
    else {
      const freed = takeFreed(assignment.assignedOn);
      if (freed) {
        freed.taken = true;
        previous = freed.holder;
      }
    }
    if (assignment.releasedOn !== null) pendingReleases.push(assignment);
    result.push({ assignment, previous });
  }
  return result;
}

export interface EarlyReassignment {
  assignment: SeatAssignment;
  previous: SeatAssignment;
  days: number;
}

/** Whether a takeover breaks the 90-day rule; `reason` overrides the previous holder's recorded release reason. */
export function earlyReassignment(takeover: SeatTakeover, rules: ReassignmentRules = userLotRules, reason?: ReleaseReason | null): EarlyReassignment | null {
  const { assignment, previous } = takeover;
  if (previous === null || previous.personId === assignment.personId) return null;
  if (freedAtOnce(previous, assignment.assignedOn, rules, reason)) return null;
  const days = daysBetween(previous.assignedOn, assignment.assignedOn);
  return days < reassignmentWaitDays ? { assignment, previous, days } : null;
}
