/**
 * `people`, `purchases`, `servers`: what the register holds, for scripts (--json: the same views
 * the app's screens get, with the ids other commands take) and for a look from a terminal. Read-only.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { PersonRow, PurchaseView, ServerView } from '../../../shared/contracts/ledger';
import { localDateOf } from '../../../shared/licensing/dates';
import { checkAllProofs } from '../../services/ledger/proofs';
import { localDate, personRows, purchaseViews, serverView } from '../../services/ledger/ledger';
import type { OpenRegister } from '../../services/register/open-register';
import { givenDate, onlyRegisterDir, ownArgs, withRegister, type Io } from '../context';
import { msg, productLabel, uiText } from '../messages';

type Listed = PersonRow | PurchaseView | ServerView;

/** `datedOn`: the list depends on a date (people's CALs, purchases' seats), so it takes --as-of; servers do not, and refuse it. */
function listArgs(args: string[], datedOn: boolean): { dir: string; json: boolean; asOf: string | undefined } {
  const options: NonNullable<ParseArgsConfig['options']> = { json: { type: 'boolean', default: false }, ...(datedOn ? { 'as-of': { type: 'string' } } : {}) };
  const { values, positionals } = parseArgs({ args: ownArgs(args, options), allowPositionals: true, options });
  const asOf = typeof values['as-of'] === 'string' ? values['as-of'] : undefined;
  if (asOf !== undefined) givenDate(asOf, '--as-of');
  return { dir: onlyRegisterDir(positionals), json: values.json === true, asOf };
}

/** One line per record, tab-separated (cut, awk and Excel read it); the id first, as the other commands take it. */
async function list<T extends Listed>(args: string[], io: Io, read: (register: OpenRegister, asOf: string) => T[] | Promise<T[]>, line: (item: T, asOf: string) => string[], datedOn = true): Promise<number> {
  const { dir, json, asOf } = listArgs(args, datedOn);
  const listed = await withRegister(dir, io, async (r) => {
    const on = asOf ?? localDate(r.now());
    return { on, items: await read(r, on) };
  }, { readOnly: true });
  const { items, on } = listed;
  if (json) io.out(JSON.stringify(items, null, 2));
  else for (const item of items) io.out(line(item, on).map((cell) => cell.replace(/[\t\r\n]+/g, ' ')).join('\t'));
  io.err(msg('listed', { count: items.length }));
  return 0;
}

export const peopleHelp = (): string => msg('helpPeople');

export function runPeople(args: string[], io: Io): Promise<number> {
  return list(args, io, (r, asOf) => personRows(r.document, asOf), (p, asOf) => [
    p.id,
    [p.givenName, p.surname].filter(Boolean).join(' '),
    p.email || p.login,
    uiText(`register.status.${p.status}`, {}, p.status),
    // A CAL that starts after the date is listed as planned, with its start: it is not held on that date.
    p.activeCals.map((cal) => `${productLabel(cal.productId)} (${cal.document || cal.purchaseId}${cal.assignedOn > asOf ? msg('calFrom', { date: cal.assignedOn }) : ''})`).join('; '),
  ]);
}

export const purchasesHelp = (): string => msg('helpPurchases');

export function runPurchases(args: string[], io: Io): Promise<number> {
  return list(args, io, async (r, asOf) => purchaseViews(r.document, asOf, await checkAllProofs(r, { rehash: false })), (p, asOf) => [
    p.id,
    p.document,
    productLabel(p.productId),
    String(p.quantity),
    p.date,
    msg('seatsLine', { used: p.seatsUsed, free: p.seatsFree }),
    // A lot bought after the date is not owned on it, as the workbook's Purchases sheet says of it.
    p.voidedAt ? msg('voidedLine', { reason: p.voidReason }) : p.date > asOf ? msg('boughtAfterLine', { date: p.date, asOf }) : '',
  ]);
}

export const serversHelp = (): string => msg('helpServers');

export function runServers(args: string[], io: Io): Promise<number> {
  return list(args, io, (r) => r.document.servers.map(serverView), (s) => [s.id, s.name, s.product, s.edition, s.build, s.verifiedAt ? localDateOf(s.verifiedAt) : ''], false);
}
