import { createHash } from 'node:crypto';
import type { AuditEvent } from '../../../shared/domain/model';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

export function hashEvent(event: Omit<AuditEvent, 'hash'>): string {
  const { seq, at, actor, action, subject, before, after, prevHash } = event;
  return sha256Hex(canonicalJson({ seq, at, actor, action, subject, before, after, prevHash }));
}

export interface AuditInput {
  action: string;
  subject?: string;
  before?: unknown;
  after?: unknown;
}

/** Builds the next event of the chain after `previous`. */
export function nextAuditEvent(previous: AuditEvent | undefined, input: AuditInput, at: string, actor: string): AuditEvent {
  const body: Omit<AuditEvent, 'hash'> = {
    seq: (previous?.seq ?? 0) + 1,
    at,
    actor,
    action: input.action,
    subject: input.subject ?? '',
    ...(input.before === undefined ? {} : { before: input.before }),
    ...(input.after === undefined ? {} : { after: input.after }),
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  return { ...body, hash: hashEvent(body) };
}

export type ChainVerdict = { ok: true; count: number; head: string } | { ok: false; count: number; brokenAt: number; reason: string };

/** Recomputes every hash: an edited, removed or reordered event breaks the chain. */
export function verifyAuditChain(events: readonly AuditEvent[]): ChainVerdict {
  let prevHash = GENESIS_HASH;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.seq !== i + 1) return { ok: false, count: events.length, brokenAt: event.seq, reason: 'sequence' };
    if (event.prevHash !== prevHash) return { ok: false, count: events.length, brokenAt: event.seq, reason: 'link' };
    if (hashEvent(event) !== event.hash) return { ok: false, count: events.length, brokenAt: event.seq, reason: 'content' };
    prevHash = event.hash;
  }
  return { ok: true, count: events.length, head: prevHash };
}
