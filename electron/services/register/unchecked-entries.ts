/**
 * What a commit must check: the entries of the next document that are not entries of the current
 * one. Split from the register, whose `commit` (open-register.ts) is its only caller.
 */
import type { RegisterDocument } from '../../../shared/domain/model';
import { DOCUMENT_ARRAYS, type DocumentArray } from './check-in-chunks';

/** Whether both entries carry the same `id` (people, assignments, purchases, servers, proofs; audit events have none). */
const sameId = (a: unknown, b: unknown): boolean => {
  // A handler's bug may put null or a hole in a list: the schema, not a TypeError, must say so.
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  const id = (a as { id?: unknown }).id;
  return typeof id === 'string' && id === (b as { id?: unknown }).id;
};

/**
 * `next` keeping only the entries that may not pass the schema, and where each kept entry sits in
 * `next` (for messages). The current document always passes (it was checked at open, or by the
 * commit that made it), and documents are never mutated, so an entry of `next` that is an entry of
 * `current` needs no second check: editing one person of a 50,000-person register re-checks that
 * person, not the whole register. A list that is the same array is skipped whole; otherwise an
 * entry is compared with the one at its own index first (the same object: skipped; the same id:
 * checked), and looked for in the whole old list only when entries moved (entries past the old
 * end, such as a new audit event, are checked without a lookup).
 */
export function uncheckedEntries(next: RegisterDocument, current: RegisterDocument): { partial: RegisterDocument; positions: Record<DocumentArray, number[]> } {
  const partial = { ...next };
  const positions = {} as Record<DocumentArray, number[]>;
  for (const c of DOCUMENT_ARRAYS) {
    const list: readonly object[] = next[c];
    const before: readonly object[] = current[c];
    const kept: object[] = [];
    const at: number[] = [];
    if (list !== before) {
      let known: Set<object> | null = null;
      for (let i = 0; i < list.length; i++) {
        const entry = list[i]!;
        // Past the old end `before[i]` is undefined, which an undefined entry (or a hole) would equal.
        if (i < before.length && entry === before[i]) continue;
        // A new version of the entry that was at its place (the same id: an edit, or an import
        // updating 50,000 people) is checked without a lookup; so are entries past the old end (an
        // appended audit event) unless entries moved. Checking an entry that was in `current`
        // after all costs a check, never a wrong verdict; only moved entries pay for the lookup.
        if (i < before.length && sameId(entry, before[i]!)) {
          kept.push(entry);
          at.push(i);
          continue;
        }
        if ((i < before.length || known) && (known ??= new Set(before)).has(entry)) continue;
        kept.push(entry);
        at.push(i);
      }
    }
    (partial as Record<DocumentArray, object[]>)[c] = kept;
    positions[c] = at;
  }
  return { partial, positions };
}
