import type { Assignment } from '../domain/model';
import { emailOrLogin, isActiveOn, type ExportContext } from './context';
import type { LabelKey } from './labels';
import type { ColumnModel, RowValues, TableSheetModel } from './types';
import { isOwnedOn } from '../licensing/coverage';
import { fittedWidth } from './text-lines';

function personColumns(ctx: ExportContext): ColumnModel[] {
  const { t } = ctx;
  return [
    { key: 'givenName', header: t('col.givenName'), width: 12, type: 'text' },
    { key: 'surname', header: t('col.surname'), width: 15, type: 'text' },
    // Wide enough for a 30-character address on one line: a break inside the domain misleads a reader.
    { key: 'emailOrLogin', header: t('col.emailOrLogin'), width: 36, type: 'text' },
  ];
}

/** Given name, surname, e-mail or login, license type, purchase document: what both sheets print about an assignment. */
type AssignmentCells = readonly [string, string, string, string, string];

/**
 * The holder and lot cells of every assignment, by its position in the register, worked out once
 * per export: the Register and the History print them for the same assignments, and a lot's
 * product name and document are the same on all its rows.
 */
const cellsByContext = new WeakMap<ExportContext, AssignmentCells[]>();

function assignmentCells(ctx: ExportContext): readonly AssignmentCells[] {
  const known = cellsByContext.get(ctx);
  if (known) return known;
  const lots = new Map<string, readonly [string, string]>();
  const lotCells = (purchaseId: string): readonly [string, string] => {
    let cells = lots.get(purchaseId);
    if (!cells) {
      const purchase = ctx.purchases.get(purchaseId);
      // A lot without a document number is named by its date, as the Findings sheet names it: the reviewer can still find it.
      cells = purchase ? [ctx.productName(purchase.productId), purchase.document || ctx.t('purchase.noDocument', { date: ctx.date(purchase.date) })] : [purchaseId, ''];
      lots.set(purchaseId, cells);
    }
    return cells;
  };
  const cells = ctx.doc.assignments.map((a): AssignmentCells => {
    const person = ctx.people.get(a.personId);
    const [product, document] = lotCells(a.purchaseId);
    // A dangling reference still prints its id so the row stays traceable.
    return person ? [person.givenName, person.surname, emailOrLogin(person), product, document] : ['', '', a.personId, product, document];
  });
  cellsByContext.set(ctx, cells);
  return cells;
}

/** Labels of a few keys (statuses, events, reasons), translated once instead of on every row. */
function labelCache(ctx: ExportContext): (key: LabelKey) => string {
  const labels = new Map<LabelKey, string>();
  return (key) => {
    let label = labels.get(key);
    if (label === undefined) labels.set(key, (label = ctx.t(key)));
    return label;
  };
}

/**
 * The License type column as wide as the longest product name the register's lots use, in the
 * workbook's language (30–50): Polish names ("… — CAL na użytkownika") then print on one line,
 * not two, which halves the Register's pages. The longest in the catalog, "Exchange Server 2019
 * Enterprise — CAL na użytkownika", needs 49; the limit only keeps an unknown product's id in check.
 */
function licenseTypeWidth(ctx: ExportContext): number {
  return fittedWidth(30, 50, [...new Set(ctx.doc.purchases.map((p) => p.productId))].map(ctx.productName));
}

/**
 * Position of each distinct value in collator order, equal values sharing one rank. Collating each
 * distinct name once instead of in every comparison keeps a 50,000-row sort from spending
 * seconds in ICU.
 */
function collationRanks(values: Iterable<string>, collator: Intl.Collator): Map<string, number> {
  const sorted = [...new Set(values)].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((value, i) => {
    if (i > 0 && collator.compare(sorted[i - 1] as string, value) !== 0) rank += 1;
    ranks.set(value, rank);
  });
  return ranks;
}

/**
 * Each assignment's place in name order: its holder's surname, then given name (collator order),
 * by its position in the register.
 */
function holderRanks(ctx: ExportContext, cells: readonly AssignmentCells[]): Float64Array {
  const surnames = collationRanks(['', ...cells.map((c) => c[1])], ctx.collator);
  const givenNames = collationRanks(['', ...cells.map((c) => c[0])], ctx.collator);
  const ranks = new Float64Array(cells.length);
  cells.forEach((c, i) => {
    ranks[i] = (surnames.get(c[1]) ?? 0) * (givenNames.size + 1) + (givenNames.get(c[0]) ?? 0);
  });
  return ranks;
}

/** Positions of assignments, sorted by holder's surname, given name, then date and id. */
function sortByPersonThenDate(assignments: readonly Assignment[], positions: number[], ranks: Float64Array): number[] {
  return positions.sort((x, y) => {
    const a = assignments[x]!;
    const b = assignments[y]!;
    return ranks[x]! - ranks[y]! || (a.assignedOn < b.assignedOn ? -1 : a.assignedOn > b.assignedOn ? 1 : 0) || a.id.localeCompare(b.id);
  });
}

type RegisterStatus = 'active' | 'notOwned' | 'scheduled' | 'released';

/**
 * On the as-of date: held, held from a lot not owned that day (bought later, or voided: the Summary
 * and the position do not count it, register-view.ts `seatsHeldOn`), booked to start later (a new
 * hire's CAL), or given back.
 */
function statusOn(ctx: ExportContext, a: Assignment, asOf: string): RegisterStatus {
  if (isActiveOn(a, asOf)) {
    const lot = ctx.purchases.get(a.purchaseId);
    return lot && isOwnedOn(lot, asOf) ? 'active' : 'notOwned';
  }
  return a.assignedOn > asOf ? 'scheduled' : 'released';
}

/** One row per assignment: who holds which CAL since when, bought on which document; active first, then held from a lot not owned, scheduled, released. */
export function buildRegisterSheet(ctx: ExportContext): TableSheetModel {
  const { t, options } = ctx;
  const assignments = ctx.doc.assignments;
  const cells = assignmentCells(ctx);
  const label = labelCache(ctx);
  const groups: Record<RegisterStatus, number[]> = { active: [], notOwned: [], scheduled: [], released: [] };
  assignments.forEach((a, i) => groups[statusOn(ctx, a, options.asOf)].push(i));
  const ranks = holderRanks(ctx, cells);
  // Said on each of their rows: without a mailbox export the Summary's Required leaves external users out (DOMAIN.md), and a reviewer counting the Register must see whom.
  const external = label('person.external');
  // What was said at the release belongs to the report only once the CAL was given back by its date.
  const notes = (a: Assignment, released: boolean): string => {
    const own = released && a.releaseNotes ? (a.notes ? `${a.notes}\n${a.releaseNotes}` : a.releaseNotes) : a.notes;
    return ctx.people.get(a.personId)?.external ? (own ? `${external}\n${own}` : external) : own;
  };

  const rows: RowValues[] = [];
  for (const status of ['active', 'notOwned', 'scheduled', 'released'] as const) {
    const statusLabel = label(`status.${status}`);
    const released = status === 'released';
    for (const i of sortByPersonThenDate(assignments, groups[status], ranks)) {
      const a = assignments[i]!;
      const c = cells[i]!;
      rows.push([c[0], c[1], c[2], a.assignedOn, c[3], c[4], statusLabel, released ? a.releasedOn : null, released && a.releaseReason ? label(`reason.${a.releaseReason}`) : '', notes(a, released)]);
    }
  }

  return {
    kind: 'table',
    id: 'register',
    name: t('sheet.register'),
    title: t('title.register'),
    columns: [
      ...personColumns(ctx),
      { key: 'assignedOn', header: t('col.assignmentDate'), width: 11, type: 'date' },
      { key: 'licenseType', header: t('col.licenseType'), width: licenseTypeWidth(ctx), type: 'text' },
      { key: 'document', header: t('col.purchaseDocument'), width: 18, type: 'text' },
      { key: 'status', header: t('col.status'), width: 12, type: 'text' },
      { key: 'releasedOn', header: t('col.releasedOn'), width: 11, type: 'date' },
      { key: 'reason', header: t('col.reason'), width: 16, type: 'text' },
      { key: 'notes', header: t('col.notes'), width: 13, type: 'text' },
    ],
    rows,
  };
}

interface HistoryEvent {
  date: string;
  kind: 'assigned' | 'released';
  assignment: Assignment;
  order: number;
}

/**
 * Every assignment and release in time order. On one day a release comes before the assignments (one may reuse the
 * seat), except the release of a CAL assigned that same day, which comes after its own assignment.
 */
export function buildHistorySheet(ctx: ExportContext): TableSheetModel {
  const { t } = ctx;
  const events: HistoryEvent[] = [];
  ctx.doc.assignments.forEach((a, order) => {
    events.push({ date: a.assignedOn, kind: 'assigned', assignment: a, order });
    if (a.releasedOn) events.push({ date: a.releasedOn, kind: 'released', assignment: a, order });
  });
  // Dates are YYYY-MM-DD (schema-checked), so plain string order is time order and needs no ICU.
  const rank = (e: HistoryEvent): number => (e.kind === 'assigned' ? 1 : e.assignment.assignedOn === e.date ? 2 : 0);
  events.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0) || rank(x) - rank(y) || x.order - y.order);

  const cells = assignmentCells(ctx);
  const label = labelCache(ctx);
  const onOrBefore = { assigned: label('event.assigned'), released: label('event.released') };
  const afterAsOf = { assigned: t('event.afterAsOf', { event: onOrBefore.assigned }), released: t('event.afterAsOf', { event: onOrBefore.released }) };
  const rows: RowValues[] = events.map(({ date, kind, assignment: a, order }) => {
    const c = cells[order]!;
    return [
      date,
      // The trail is printed whole; what happened after the report's date is marked, as the Register's status says it.
      date > ctx.options.asOf ? afterAsOf[kind] : onOrBefore[kind],
      c[0],
      c[1],
      c[2],
      c[3],
      c[4],
      kind === 'released' && a.releaseReason ? label(`reason.${a.releaseReason}`) : '',
      kind === 'released' ? a.releaseNotes : a.notes,
    ];
  });

  return {
    kind: 'table',
    id: 'history',
    name: t('sheet.history'),
    title: t('title.history'),
    columns: [
      { key: 'date', header: t('col.date'), width: 11, type: 'date' },
      { key: 'event', header: t('col.event'), width: 11, type: 'text' },
      ...personColumns(ctx),
      { key: 'licenseType', header: t('col.licenseType'), width: licenseTypeWidth(ctx), type: 'text' },
      { key: 'document', header: t('col.purchaseDocument'), width: 18, type: 'text' },
      { key: 'reason', header: t('col.reason'), width: 16, type: 'text' },
      { key: 'notes', header: t('col.notes'), width: 18, type: 'text' },
    ],
    rows,
  };
}
