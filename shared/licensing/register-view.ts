/** Small read helpers over a register document shared by the assignment rules and the compliance engine. */
import type { Assignment, Person, Purchase, Server } from '../domain/model';
import { catalogProduct, compareVersions, serverVersionOn, type ExchangeVersion } from './catalog';
import { isOwnedOn } from './coverage';

/** An assignment holds its CAL from its start day until (not including) its release day. */
export function isActiveOn(assignment: Pick<Assignment, 'assignedOn' | 'releasedOn'>, date: string): boolean {
  return assignment.assignedOn <= date && (assignment.releasedOn === null || assignment.releasedOn > date);
}

/**
 * The assignments that hold a seat on `asOf` of a lot owned that day (coverage.ts `isOwnedOn`): what
 * the compliance position counts as assigned, and the workbook's and checklist's counts with it.
 */
export function seatsHeldOn(assignments: readonly Assignment[], purchases: ReadonlyMap<string, Purchase>, asOf: string): Assignment[] {
  return assignments.filter((a) => {
    const lot = purchases.get(a.purchaseId);
    return isActiveOn(a, asOf) && lot !== undefined && isOwnedOn(lot, asOf);
  });
}

/**
 * The seats of each lot taken on `date` or later: the most of its assignments that hold a CAL at once
 * from that day on, a future-dated (planned) one included. A lot whose CALs are promised to someone
 * from next month has no seat free today, and may not be voided or cut below it; assignments one
 * after another (one released, the next given later) take one seat, not two.
 */
export function seatsTakenFrom(assignments: readonly Assignment[], date: string): Map<string, number> {
  const spans = new Map<string, [string, number][]>();
  for (const a of assignments) {
    if (a.releasedOn !== null && a.releasedOn <= date) continue;
    const events = spans.get(a.purchaseId) ?? [];
    if (events.length === 0) spans.set(a.purchaseId, events);
    events.push([a.assignedOn > date ? a.assignedOn : date, 1]);
    if (a.releasedOn !== null) events.push([a.releasedOn, -1]);
  }
  const taken = new Map<string, number>();
  for (const [lot, events] of spans) {
    // A release and a start on the same day: the seat is given back first (a release day no longer holds it).
    events.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
    let now = 0;
    let most = 0;
    for (const [, step] of events) {
      now += step;
      if (now > most) most = now;
    }
    taken.set(lot, most);
  }
  return taken;
}

/** Whether a person's row lists the assignment on `asOf`: held that day, or starting later and not released. */
export function isListedOn(assignment: Pick<Assignment, 'assignedOn' | 'releasedOn'>, asOf: string): boolean {
  return isActiveOn(assignment, asOf) || (assignment.releasedOn === null && assignment.assignedOn > asOf);
}

/** Servers still in use on `asOf` (a retired server no longer sets the version CALs must reach). */
export function serversInUse(servers: readonly Server[], asOf: string): Server[] {
  return servers.filter((server) => server.retiredOn === null || server.retiredOn > asOf);
}

export interface NewestServer {
  server: Server;
  version: ExchangeVersion;
}

/**
 * The newest server every CAL must reach on `asOf` (DOMAIN.md: conservative, stated in the finding), with the
 * version it ran that day (`serverVersionOn`: an SE server is 2019 before SE was released); ties go to the first name.
 */
export function newestServer(servers: readonly Server[], asOf: string): NewestServer | null {
  let newest: NewestServer | null = null;
  for (const server of servers) {
    const version = serverVersionOn(server, asOf);
    const order = newest === null ? 1 : compareVersions(version, newest.version) || (server.name < newest.server.name ? 1 : 0);
    if (order > 0) newest = { server, version };
  }
  return newest;
}

/** How a person is named in messages: e-mail, else login, else name, else id. */
export function personLabel(person: Person): string {
  // The name only when there is neither e-mail nor login: the rules label 50,000 people, and a string built for each is garbage.
  return person.email || person.login || `${person.givenName} ${person.surname}`.trim() || person.id;
}

/** How a purchase is named in messages: its document number, else product and date. */
export function purchaseLabel(purchase: Purchase): string {
  if (purchase.document.trim() !== '') return purchase.document;
  return `${productName(purchase.productId)}, ${purchase.date}`;
}

export function productName(productId: string): string {
  return catalogProduct(productId)?.name ?? productId;
}
