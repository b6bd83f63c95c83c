/**
 * Incremental judgement of the assignments. Register documents are replaced, never mutated: a
 * commit that releases or adds one assignment keeps every other assignment object. So the
 * judge compares the new assignment list with the last one by identity, rebuilds the findings of
 * the people and lots whose assignments changed, and patches its sorted list of findings. A
 * recompute after one change then costs one pass of pointer compares plus one person and one lot,
 * not a judgement of every person (DOMAIN.md rules are per person and per lot; see the rules).
 *
 * A judge lives as long as what every rule reads besides the assignments: the people, the latest
 * snapshot and the shared-mailbox setting (through the inventory analysis it is kept for), the
 * purchases, the servers and the as-of date. Anything else (a removed assignment, a list with
 * many changes, a first call) is a full build, which gives exactly the same report.
 */
import type { Assignment, Purchase, RegisterDocument } from '../domain/model';
import type { ComplianceContext } from './compliance';
import { personFindings, unmatchedFindings } from './compliance-people';
import { lotFindings } from './compliance-purchases';
import { compareFindings, sortFindings } from './findings';
import type { InventoryAnalysis, NeedUnit } from './inventory';
import { slotTable } from './person-slots';
import { isActiveOn } from './register-view';
import type { Finding } from './types';

export interface LotJudgement {
  findings: readonly Finding[];
  /** Active assignments on the lot on the as-of date. */
  active: number;
}

export interface AssignmentJudgement {
  /** Findings of every person, lot and unmatched mailbox, sorted by `compareFindings`. */
  findings: readonly Finding[];
  /** Active assignments per product on lots that count (the first lot of an id). */
  assignedByProduct: ReadonlyMap<string, number>;
}

/** Index of `value` in the ascending `list`, or where it would go. */
function lowerBound(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Positions per key: a single number for the usual one assignment, an ascending array for more (fewer small arrays to build and keep). */
interface Positions<K> {
  get(key: K): number | number[] | undefined;
  set(key: K, positions: number | number[]): void;
  delete(key: K): void;
}

/** Who holds assignments: a person's slot (person-slots.ts), or the id an assignment names when no person has it. */
type Holder = number | string;

/** Values by holder: by slot in an array, by id in a map (for the ids that name no one, normally none). */
class ByHolder<V> {
  private readonly bySlot: (V | undefined)[];
  private readonly byId = new Map<string, V>();

  constructor(slots: number) {
    this.bySlot = slotTable<V | undefined>(slots, undefined);
  }

  get(holder: Holder): V | undefined {
    return typeof holder === 'number' ? this.bySlot[holder] : this.byId.get(holder);
  }

  set(holder: Holder, value: V): void {
    if (typeof holder === 'number') this.bySlot[holder] = value;
    else this.byId.set(holder, value);
  }

  delete(holder: Holder): void {
    if (typeof holder === 'number') this.bySlot[holder] = undefined;
    else this.byId.delete(holder);
  }

  clear(): void {
    this.bySlot.fill(undefined);
    this.byId.clear();
  }

  /** The ids (not slots) that have a value. */
  ids(): IterableIterator<string> {
    return this.byId.keys();
  }
}

function addIndex<K>(map: Positions<K>, key: K, index: number): void {
  const known = map.get(key);
  if (known === undefined) map.set(key, index);
  else if (typeof known === 'number') map.set(key, known < index ? [known, index] : [index, known]);
  else if (known.length === 0 || (known[known.length - 1] as number) < index) known.push(index);
  else known.splice(lowerBound(known, index), 0, index);
}

function removeIndex<K>(map: Positions<K>, key: K, index: number): void {
  const known = map.get(key);
  if (known === undefined) return;
  if (typeof known === 'number') {
    if (known === index) map.delete(key);
    return;
  }
  const at = lowerBound(known, index);
  if (known[at] === index) known.splice(at, 1);
}

const noPositions: readonly number[] = [];
const noUnits: readonly NeedUnit[] = [];

function positionsOf<K>(map: Positions<K>, key: K): readonly number[] | number {
  return map.get(key) ?? noPositions;
}

/** `sorted` (by `compareFindings`) with `added` (sorted too) merged in; binary searches, no full re-sort. */
export function mergeSorted(sorted: readonly Finding[], added: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  let from = 0;
  for (const finding of added) {
    let low = from;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compareFindings(sorted[mid] as Finding, finding) <= 0) low = mid + 1;
      else high = mid;
    }
    for (let i = from; i < low; i++) out.push(sorted[i] as Finding);
    out.push(finding);
    from = low;
  }
  for (let i = from; i < sorted.length; i++) out.push(sorted[i] as Finding);
  return out;
}

/** Above this share of changed assignments a full build is cheaper than patching. */
const fullBuildShare = 1 / 8;

class AssignmentJudge {
  private assignments: readonly Assignment[] = [];
  /** Positions in `assignments` of the assignments on a recorded lot, ascending, per holder and per lot id. */
  private readonly byPerson: ByHolder<number | number[]>;
  private readonly byLot = new Map<string, number | number[]>();
  private readonly personJudgements: ByHolder<readonly Finding[]>;
  private readonly lotJudgements = new Map<Purchase, LotJudgement>();
  /** Purchases by id, every lot recorded under it (normally one). */
  private readonly lotsOfId = new Map<string, Purchase[]>();
  private sorted: Finding[] = [];
  private built = false;

  constructor(
    readonly context: ComplianceContext,
    purchases: readonly Purchase[],
  ) {
    const slots = context.slots.people.length;
    this.byPerson = new ByHolder(slots);
    this.personJudgements = new ByHolder(slots);
    for (const purchase of purchases) {
      const same = this.lotsOfId.get(purchase.id);
      if (same) same.push(purchase);
      else this.lotsOfId.set(purchase.id, [purchase]);
    }
  }

  judge(assignments: readonly Assignment[]): AssignmentJudgement {
    if (!this.built || !this.patch(assignments)) this.build(assignments);
    const assignedByProduct = new Map<string, number>();
    for (const lot of this.context.lots.values()) {
      const active = this.lotJudgements.get(lot.purchase)?.active ?? 0;
      if (lot.product && lot.version && active > 0) assignedByProduct.set(lot.product.id, (assignedByProduct.get(lot.product.id) ?? 0) + active);
    }
    return { findings: this.sorted, assignedByProduct };
  }

  private build(assignments: readonly Assignment[]): void {
    this.assignments = assignments;
    this.byPerson.clear();
    this.byLot.clear();
    this.personJudgements.clear();
    this.lotJudgements.clear();
    assignments.forEach((assignment, index) => {
      if (!this.context.lots.has(assignment.purchaseId)) return;
      addIndex(this.byPerson, this.holderOf(assignment.personId), index);
      addIndex(this.byLot, assignment.purchaseId, index);
    });
    const all: Finding[] = unmatchedFindings(this.context);
    const collect = (findings: readonly Finding[]) => {
      for (const finding of findings) all.push(finding);
    };
    const { unitsBySlot } = this.context;
    for (let slot = 0; slot < unitsBySlot.length; slot++) if (unitsBySlot[slot] || this.byPerson.get(slot) !== undefined) collect(this.judgePerson(slot));
    for (const id of this.byPerson.ids()) collect(this.judgePerson(id));
    for (const id of this.lotsOfId.keys()) for (const judgement of this.judgeLot(id)) collect(judgement.findings);
    this.sorted = sortFindings(all);
    this.built = true;
  }

  /** Applies the changes since the last list; false when a full build is the right answer. */
  private patch(next: readonly Assignment[]): boolean {
    const previous = this.assignments;
    if (next === previous) return true;
    if (next.length < previous.length) return false;
    const limit = Math.max(16, Math.floor(next.length * fullBuildShare));
    const people = new Set<Holder>();
    const lotIds = new Set<string>();
    let changes = 0;
    const { lots } = this.context;
    for (let i = 0; i < next.length; i++) {
      const before = previous[i];
      const after = next[i] as Assignment;
      if (before === after) continue;
      if (++changes > limit) return false;
      if (before && lots.has(before.purchaseId)) {
        const holder = this.holderOf(before.personId);
        removeIndex(this.byPerson, holder, i);
        removeIndex(this.byLot, before.purchaseId, i);
        people.add(holder);
        lotIds.add(before.purchaseId);
      }
      if (lots.has(after.purchaseId)) {
        const holder = this.holderOf(after.personId);
        addIndex(this.byPerson, holder, i);
        addIndex(this.byLot, after.purchaseId, i);
        people.add(holder);
        lotIds.add(after.purchaseId);
      }
    }
    this.assignments = next;
    if (people.size === 0 && lotIds.size === 0) return true;
    const removed = new Set<Finding>();
    const added: Finding[] = [];
    const replace = (before: readonly Finding[] | undefined, after: readonly Finding[]) => {
      for (const finding of before ?? []) removed.add(finding);
      for (const finding of after) added.push(finding);
    };
    for (const holder of people) {
      const before = this.personJudgements.get(holder);
      replace(before, this.judgePerson(holder));
    }
    for (const id of lotIds) {
      const before = (this.lotsOfId.get(id) ?? []).flatMap((purchase) => this.lotJudgements.get(purchase)?.findings ?? []);
      replace(before, this.judgeLot(id).flatMap((judgement) => judgement.findings));
    }
    const kept = removed.size > 0 ? this.sorted.filter((finding) => !removed.has(finding)) : this.sorted;
    this.sorted = mergeSorted(kept, sortFindings(added));
    return true;
  }

  private holderOf(personId: string): Holder {
    const slot = this.context.slots.slotOf(personId);
    return slot < 0 ? personId : slot;
  }

  private judgePerson(holder: Holder): readonly Finding[] {
    const slot = typeof holder === 'number' ? holder : -1;
    const known = slot < 0 ? null : this.context.unitsBySlot[slot];
    const units = !known ? noUnits : Array.isArray(known) ? known : [known];
    const active: Assignment[] = [];
    const positions = positionsOf(this.byPerson, holder);
    for (const index of typeof positions === 'number' ? [positions] : positions) {
      const assignment = this.assignments[index] as Assignment;
      if (isActiveOn(assignment, this.context.asOf)) active.push(assignment);
    }
    const personId = slot < 0 ? (holder as string) : this.context.slots.personAt(slot).id;
    const findings = units.length > 0 || active.length > 0 ? personFindings(this.context, { personId, slot }, units, active) : [];
    if (findings.length > 0) this.personJudgements.set(holder, findings);
    else this.personJudgements.delete(holder);
    return findings;
  }

  /** Every lot recorded under `id`; only the first (the one `lots` holds) replays the seats. */
  private judgeLot(id: string): LotJudgement[] {
    const positions = positionsOf(this.byLot, id);
    const assignments = (typeof positions === 'number' ? [positions] : positions).map((index) => this.assignments[index] as Assignment);
    return (this.lotsOfId.get(id) ?? []).map((purchase, position) => {
      const judgement = lotFindings(this.context, purchase, assignments, position === 0);
      this.lotJudgements.set(purchase, judgement);
      return judgement;
    });
  }
}

interface JudgeState {
  asOf: string;
  purchases: readonly Purchase[];
  servers: RegisterDocument['servers'];
  judge: AssignmentJudge;
}

const judges = new WeakMap<InventoryAnalysis, JudgeState>();

/**
 * The findings of `doc`'s people and lots on `asOf`, from the judge kept for `inventory` while the
 * purchases, the servers and the date are the same objects; otherwise from a new judge over the
 * context `buildContext` makes.
 */
export function judgeAssignments(doc: RegisterDocument, asOf: string, inventory: InventoryAnalysis, buildContext: () => ComplianceContext): AssignmentJudgement & { context: ComplianceContext } {
  let state = judges.get(inventory);
  if (!state || state.asOf !== asOf || state.purchases !== doc.purchases || state.servers !== doc.servers) {
    state = { asOf, purchases: doc.purchases, servers: doc.servers, judge: new AssignmentJudge(buildContext(), doc.purchases) };
    judges.set(inventory, state);
  }
  return { ...state.judge.judge(doc.assignments), context: state.judge.context };
}
