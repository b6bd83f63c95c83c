import type { z } from 'zod';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** The channel changes the open register: main refuses it while the register is open read-only. */
  writes?: true;
}
export type ContractShape = Record<string, ChannelSpec>;

/** Merges feature contracts; a channel declared twice is a programming error caught at start. */
export function mergeContracts<T extends ContractShape[]>(...parts: T): UnionToIntersection<T[number]> {
  const merged: ContractShape = {};
  for (const part of parts) {
    for (const [name, spec] of Object.entries(part)) {
      if (Object.prototype.hasOwnProperty.call(merged, name)) {
        throw new Error(`IPC contract: channel "${name}" is declared twice`);
      }
      merged[name] = spec;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
