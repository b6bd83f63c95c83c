import { hash } from 'node:crypto';
import { auditEventSchema, type AuditEvent } from '../../../shared/domain/model';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted, so the hash does not depend on key order. Registers already hold
 * hashes of this exact text: the output must never change (a test pins it to the first version).
 * Plain loops and string building: opening a register re-hashes every event of its trail.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // The default sort orders by UTF-16 code units, as the `<` comparison of the first version did.
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
    first = false;
  }
  return `${out}}`;
}

/** One-shot hashing: about twice as fast as createHash() for the small texts of audit events. */
export const sha256Hex = (data: string | Uint8Array): string => hash('sha256', data, 'hex');

/** The hashed fields of an event, already in canonical (sorted) order. */
export const hashedEventFields = ['action', 'actor', 'after', 'at', 'before', 'prevHash', 'seq', 'subject'] as const;

/** SHA-256 of the event's canonical JSON without its own hash (same text as `canonicalJson` of those fields). */
export function hashEvent(event: Omit<AuditEvent, 'hash'>): string {
  let out = '{';
  let first = true;
  for (const key of hashedEventFields) {
    const item = event[key];
    if (item === undefined) continue;
    out += `${first ? '' : ','}"${key}":${canonicalJson(item)}`;
    first = false;
  }
  return sha256Hex(`${out}}`);
}

export interface AuditInput {
  action: string;
  subject?: string;
  before?: unknown;
  after?: unknown;
}

/** The longest subject an event may have (the audit event schema's limit). */
const SUBJECT_MAX = auditEventSchema.shape.subject.unwrap().maxLength ?? 200;

/** User-perceived characters (graphemes): a flag, a family emoji or a letter with a combining accent is one. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A subject that fits the event schema: a longer one (a person with two long names and no e-mail,
 * an import of many files) is cut with an ellipsis, never inside a character, rather than making
 * the whole change fail its check. "Character" is what the reader sees: an emoji made of several
 * code points (👨‍👩‍👧, 🇵🇱) or a letter with a combining accent is kept whole or left out whole.
 * The event's `after` keeps the full values.
 */
export function eventSubject(subject: string): string {
  if (subject.length <= SUBJECT_MAX) return subject;
  // Room for the ellipsis; the schema counts UTF-16 code units, as String.length does.
  const room = SUBJECT_MAX - 1;
  let end = 0;
  for (const { segment } of graphemes.segment(subject)) {
    if (end + segment.length > room) break;
    end += segment.length;
  }
  return `${subject.slice(0, end)}…`;
}

/** Builds the next event of the chain after `previous`. */
export function nextAuditEvent(previous: AuditEvent | undefined, input: AuditInput, at: string, actor: string): AuditEvent {
  const body: Omit<AuditEvent, 'hash'> = {
    seq: (previous?.seq ?? 0) + 1,
    at,
    actor,
    action: input.action,
    subject: eventSubject(input.subject ?? ''),
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
