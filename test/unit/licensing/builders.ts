/** Small builders for register documents; everything goes through the schema so defaults apply as in the app. */
import type { z } from 'zod';
import {
  CURRENT_SCHEMA_VERSION,
  registerDocumentSchema,
  type assignmentSchema,
  type inventoryMailboxSchema,
  type inventorySnapshotSchema,
  type inventoryUserSchema,
  type personSchema,
  type proofSchema,
  type purchaseSchema,
  type RegisterDocument,
  type serverSchema,
} from '../../../shared/domain/model';

type ServerInput = z.input<typeof serverSchema>;
type PurchaseInput = z.input<typeof purchaseSchema>;
type PersonInput = z.input<typeof personSchema>;
type AssignmentInput = z.input<typeof assignmentSchema>;
type ProofInput = z.input<typeof proofSchema>;
type MailboxInput = z.input<typeof inventoryMailboxSchema>;
type UserInput = z.input<typeof inventoryUserSchema>;
type SnapshotInput = z.input<typeof inventorySnapshotSchema>;

/** Before the end of extended support of 2016/2019, so no out-of-support notes unless a test wants them. */
export const AS_OF = '2024-06-01';

/**
 * The day SE scenarios are judged on: after Exchange SE's release (2025-07-01; before it a server recorded as SE
 * counts as 2019) and still before the end of 2016/2019 extended support.
 */
export const SE_AS_OF = '2025-08-01';

export function aServer(over: Partial<ServerInput> = {}): ServerInput {
  return {
    id: 'ex01',
    name: 'EX01',
    product: 'Exchange Server 2019',
    edition: 'Standard',
    activation: { state: 'activated' },
    verifiedAt: '2024-01-05T10:00:00.000Z',
    verifiedBy: 'admin',
    ...over,
  };
}

/** `product` is a catalog id without the `exchange-`/`-cal` ends, e.g. `2019-standard-user`. */
export function aPurchase(id: string, product: string, quantity: number, over: Partial<PurchaseInput> = {}): PurchaseInput {
  return { id, productId: `exchange-${product}-cal`, quantity, date: '2024-01-10', document: `FV/${id}`, proofIds: [`proof-${id}`], ...over };
}

export function aPerson(id: string, over: Partial<PersonInput> = {}): PersonInput {
  return { id, givenName: id[0]?.toUpperCase() + id.slice(1), surname: 'Test', email: `${id}@example.com`, login: id, ...over };
}

export function anAssignment(id: string, personId: string, purchaseId: string, over: Partial<AssignmentInput> = {}): AssignmentInput {
  return { id, personId, purchaseId, assignedOn: '2024-02-01', ...over };
}

export function aProof(id: string, over: Partial<ProofInput> = {}): ProofInput {
  return { id, sha256: 'a'.repeat(64), originalName: `${id}.pdf`, extension: 'pdf', size: 1000, addedAt: '2024-01-10T10:00:00.000Z', ...over };
}

export function aMailbox(login: string, over: Partial<MailboxInput> = {}): MailboxInput {
  return { displayName: login, email: `${login}@example.com`, upn: `${login}@example.com`, login, recipientType: 'UserMailbox', ...over };
}

export function anAdUser(login: string, over: Partial<UserInput> = {}): UserInput {
  return { login, upn: `${login}@example.com`, email: `${login}@example.com`, enabled: true, ...over };
}

export function aSnapshot(mailboxes: MailboxInput[], over: Partial<SnapshotInput> = {}): SnapshotInput {
  return { id: 'snap-1', takenAt: '2024-05-20T08:00:00.000Z', sources: [], mailboxes, ...over };
}

export interface RegisterParts {
  servers?: ServerInput[];
  purchases?: PurchaseInput[];
  people?: PersonInput[];
  assignments?: AssignmentInput[];
  /** Default: one proof record for every proof id the purchases name. */
  proofs?: ProofInput[];
  inventory?: SnapshotInput[];
  countSharedMailboxes?: boolean;
}

export function buildRegister(parts: RegisterParts = {}): RegisterDocument {
  const purchases = parts.purchases ?? [];
  const proofs = parts.proofs ?? [...new Set(purchases.flatMap((p) => p.proofIds ?? []))].map((id) => aProof(id));
  return registerDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    registerId: 'reg-test',
    createdAt: '2024-01-01T00:00:00.000Z',
    organization: { name: 'Przykład sp. z o.o.' },
    settings: { countSharedMailboxes: parts.countSharedMailboxes ?? false, importMappings: {} },
    servers: parts.servers ?? [aServer()],
    purchases,
    people: parts.people ?? [],
    assignments: parts.assignments ?? [],
    proofs,
    inventory: parts.inventory ?? [],
  });
}

/** A register with nothing to report: one verified 2019 server, one lot, `count` people each with a mailbox and a CAL. */
export function compliantParts(count: number): Required<Omit<RegisterParts, 'proofs' | 'countSharedMailboxes'>> {
  const ids = Array.from({ length: count }, (_, i) => `user${String(i).padStart(5, '0')}`);
  return {
    servers: [aServer()],
    purchases: [aPurchase('lot1', '2019-standard-user', count)],
    people: ids.map((id) => aPerson(id)),
    assignments: ids.map((id) => anAssignment(`a-${id}`, id, 'lot1')),
    inventory: [aSnapshot(ids.map((id) => aMailbox(id)))],
  };
}
