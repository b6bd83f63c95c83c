import type { Assignment } from '../domain/model';
import { emailOrLogin, isActiveOn, type ExportContext } from './context';
import type { ColumnModel, RowValues, TableSheetModel } from './types';
import { isOwnedOn } from '../licensing/coverage';
import { widthForOneLine } from './text-lines';

function personColumns(ctx: ExportContext): ColumnModel[] {
  const { t } = ctx;
  return [
    { key: 'givenName', header: t('col.givenName'), width: 12, type: 'text' },
    { key: 'surname', header: t('col.surname'), width: 15, type: 'text' },
    // Wide enough for a 30-character address on one line: a break inside the domain misleads a reader.
    { key: 'emailOrLogin', header: t('col.emailOrLogin'), width: 36, type: 'text' },
  ];
}

function personCells(ctx: ExportContext, a: Assignment): [string, string, string] {
  const person = ctx.people.get(a.personId);
  // A dangling reference still prints its id so the row stays traceable.
  if (!person) return ['', '', a.personId];
  return [person.givenName, person.surname, emailOrLogin(person)];
}

function licenseCells(ctx: ExportContext, a: Assignment): [string, string] {
  const purchase = ctx.purchases.get(a.purchaseId);
  if (!purchase) return [a.purchaseId, ''];
  // A lot without a document number is named by its date, as the Findings sheet names it: the reviewer can still find it.
  return [ctx.productName(purchase.productId), purchase.document || ctx.t('purchase.noDocument', { date: ctx.date(purchase.date) })];
}

/**
 * The License type column as wide as the longest product name the register's lots use, in the
 * workbook's language (30–48): Polish names ("… — CAL na użytkownika") then print on one line,
 * not two, which halves the Register's pages.
 */
function licenseTypeWidth(ctx: ExportContext): number {
  let widest = 0;
  for (const productId of new Set(ctx.doc.purchases.map((p) => p.productId))) widest = Math.max(widest, widthForOneLine(ctx.productName(productId)));
  return Math.min(48, Math.max(30, widest));
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

/** Assignments by holder's surname, given name (collator order), then date and id. */
function sortByPersonThenDate(ctx: ExportContext, assignments: readonly Assignment[]): Assignment[] {
  const people = [...ctx.people.values()];
  const surnames = collationRanks(['', ...people.map((p) => p.surname)], ctx.collator);
  const givenNames = collationRanks(['', ...people.map((p) => p.givenName)], ctx.collator);
  const keyed = assignments.map((a) => {
    const p = ctx.people.get(a.personId);
    return { a, surname: surnames.get(p?.surname ?? '') ?? 0, given: givenNames.get(p?.givenName ?? '') ?? 0 };
  });
  keyed.sort(
    (x, y) =>
      x.surname - y.surname ||
      x.given - y.given ||
      (x.a.assignedOn < y.a.assignedOn ? -1 : x.a.assignedOn > y.a.assignedOn ? 1 : 0) ||
      x.a.id.localeCompare(y.a.id),
  );
  return keyed.map((k) => k.a);
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
  const groups: Record<RegisterStatus, Assignment[]> = { active: [], notOwned: [], scheduled: [], released: [] };
  for (const a of ctx.doc.assignments) groups[statusOn(ctx, a, options.asOf)].push(a);

  const rows: RowValues[] = (['active', 'notOwned', 'scheduled', 'released'] as const).flatMap((status) =>
    sortByPersonThenDate(ctx, groups[status]).map((a): RowValues => {
      const released = status === 'released';
      return [
        ...personCells(ctx, a),
        a.assignedOn,
        ...licenseCells(ctx, a),
        t(`status.${status}`),
        released ? a.releasedOn : null,
        released && a.releaseReason ? t(`reason.${a.releaseReason}`) : '',
        a.notes,
      ];
    }),
  );

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

/** Every assignment and release in time order; on one day a release comes before the assignment that reuses the seat. */
export function buildHistorySheet(ctx: ExportContext): TableSheetModel {
  const { t } = ctx;
  const events: HistoryEvent[] = [];
  ctx.doc.assignments.forEach((a, order) => {
    events.push({ date: a.assignedOn, kind: 'assigned', assignment: a, order });
    if (a.releasedOn) events.push({ date: a.releasedOn, kind: 'released', assignment: a, order });
  });
  // Dates are YYYY-MM-DD (schema-checked), so plain string order is time order and needs no ICU.
  events.sort(
    (x, y) =>
      (x.date < y.date ? -1 : x.date > y.date ? 1 : 0) ||
      (x.kind === y.kind ? 0 : x.kind === 'released' ? -1 : 1) ||
      x.order - y.order,
  );

  const rows: RowValues[] = events.map(({ date, kind, assignment: a }) => [
    date,
    // The trail is printed whole; what happened after the report's date is marked, as the Register's status says it.
    date > ctx.options.asOf ? t('event.afterAsOf', { event: t(`event.${kind}`) }) : t(`event.${kind}`),
    ...personCells(ctx, a),
    ...licenseCells(ctx, a),
    kind === 'released' && a.releaseReason ? t(`reason.${a.releaseReason}`) : '',
    a.notes,
  ]);

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
