import { z } from 'zod';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** The channel changes the open register: main refuses it while the register is open read-only. It is register-bound (`isRegisterBound`). */
  writes?: true;
  /** The channel writes nothing into the register but acts on the one the window has open (the audit workbook of it): register-bound too. */
  ofOpenRegister?: true;
}
export type ContractShape = Record<string, ChannelSpec>;

/**
 * A channel the window sends for the register it shows: its input crosses wrapped with that register's `sessionId`
 * (`registerBoundSchema`), and main refuses it before anything of it runs once another register is open (dispatch.ts).
 * Every channel that writes, and those marked `ofOpenRegister`; the reads are not: their answers are dated in the window
 * (sessionStore.ts `latestLoads`), and a read of the register opened meanwhile changes nothing.
 */
export const isRegisterBound = (spec: ChannelSpec): boolean => spec.writes === true || spec.ofOpenRegister === true;

/** The id main gave one opening of a register (`RegisterStatus.sessionId`): random, never a path. */
export const registerSessionIdSchema = z.string().min(1).max(64);

/** How a register-bound channel's input crosses: the id of the register the window has open (null: it had none) and the channel's own input. */
export const registerBoundSchema = z.object({ register: registerSessionIdSchema.nullable(), input: z.unknown() }).strict();
export interface RegisterBound<I> {
  register: string | null;
  input: I;
}

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
