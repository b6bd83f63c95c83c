import type { Activation, Coverage, Proof, Purchase, Server } from '../domain/model';
import { seReleasedOn, serverProductOn } from '../licensing/catalog';
import { coverageState, isOwnedOn } from '../licensing/coverage';
import { trialDaysLeftOn } from '../licensing/compliance-servers';
import { dateOf, isActiveOn, type ExportContext } from './context';
import type { RowValues, TableSheetModel } from './types';

/** A lot's coverage, marked ended where its SA or subscription ended before the report's date (as the findings judge it). */
function coverageText(ctx: ExportContext, coverage: Coverage): string {
  if (coverage.kind === 'perpetual') return ctx.t('coverage.perpetual');
  const ended = coverageState(coverage, ctx.options.asOf) === 'ended';
  return ctx.t(ended ? `coverage.${coverage.kind}-ended` : `coverage.${coverage.kind}`, { date: ctx.date(coverage.until) });
}

/**
 * A SHA-256 prints whole on two lines: a line holds 32 hexadecimal digits even when all are of the
 * wider kind (0–9, a–e; f is half as wide), so where a line breaks depends on the digits (35 + 29 is
 * usual). Breaking it into two halves of 32 would put a line break into the value a reader copies.
 */
const PROOF_HASH_WIDTH = 34;

/**
 * The file, hash and verdict of each proof of a lot, one proof per row. Several proofs in one cell,
 * padded with blank lines to keep a hash beside its file, drifted in print: LibreOffice wraps a long
 * file name on fewer lines than Excel, so the estimate was wrong for one of them either way.
 */
function proofCells(ctx: ExportContext, purchase: Purchase, proofs: ReadonlyMap<string, Proof>): [string, string, string][] {
  if (purchase.proofIds.length === 0) return [['', '', ctx.t('proof.none')]];
  return purchase.proofIds.map((id) => {
    const proof = proofs.get(id);
    const status = proof ? ctx.options.proofStatus?.get(id) : 'missing';
    return [proof ? proof.originalName : id, proof ? proof.sha256 : '', ctx.t(status ? `proof.${status}` : 'proof.unchecked')];
  });
}

/** One row per purchase lot with its seats, document and first proof file, a row more per further proof; totals leave voided lots out. */
export function buildPurchasesSheet(ctx: ExportContext): TableSheetModel {
  const { t, doc, options } = ctx;
  const assigned = new Map<string, number>();
  for (const a of doc.assignments) {
    if (isActiveOn(a, options.asOf)) assigned.set(a.purchaseId, (assigned.get(a.purchaseId) ?? 0) + 1);
  }
  const proofs = new Map(doc.proofs.map((p) => [p.id, p]));
  const lots = [...doc.purchases].sort(
    (x, y) => ctx.collator.compare(ctx.productName(x.productId), ctx.productName(y.productId)) || x.date.localeCompare(y.date),
  );

  let quantity = 0;
  let used = 0;
  const rows: RowValues[] = [];
  const continuedRows: number[] = [];
  for (const p of lots) {
    const seats = assigned.get(p.id) ?? 0;
    // The totals are the lots owned on the as-of date, as the Summary's position counts them.
    if (isOwnedOn(p, options.asOf)) {
      quantity += p.quantity;
      used += seats;
    }
    const voided =
      p.voidedAt !== null
        ? t('purchase.voided', { date: ctx.date(dateOf(p.voidedAt) ?? ''), reason: p.voidReason })
        : p.date > options.asOf
          ? t('purchase.afterAsOf', { date: ctx.date(options.asOf) })
          : '';
    const [first, ...more] = proofCells(ctx, p, proofs);
    rows.push([
      ctx.productName(p.productId),
      p.quantity,
      seats,
      // Negative when over-assigned, so that assigned + free always equals the quantity.
      p.quantity - seats,
      p.date,
      p.vendor,
      p.document,
      t(`program.${p.program}`),
      coverageText(ctx, p.coverage),
      ...first!,
      [voided, p.notes].filter(Boolean).join('\n'),
    ]);
    // A lot's further proofs on rows of their own under it, the lot's cells empty: its quantity is counted once, even by a sum over the column.
    for (const cells of more) {
      continuedRows.push(rows.length);
      rows.push([null, null, null, null, null, null, null, null, null, ...cells, null]);
    }
  }

  return {
    kind: 'table',
    id: 'purchases',
    name: t('sheet.purchases'),
    title: t('title.purchases'),
    columns: [
      { key: 'product', header: t('col.product'), width: 30, type: 'text' },
      { key: 'quantity', header: t('col.quantity'), width: 9, type: 'integer' },
      { key: 'assigned', header: t('col.seatsAssigned'), width: 10, type: 'integer' },
      { key: 'free', header: t('col.seatsFree'), width: 9, type: 'integer' },
      { key: 'date', header: t('col.purchaseDate'), width: 11, type: 'date' },
      { key: 'vendor', header: t('col.vendor'), width: 16, type: 'text' },
      { key: 'document', header: t('col.documentNumber'), width: 16, type: 'text' },
      { key: 'program', header: t('col.program'), width: 14, type: 'text' },
      { key: 'coverage', header: t('col.coverage'), width: 18, type: 'text' },
      { key: 'proofFile', header: t('col.proofFile'), width: 20, type: 'text' },
      // Two lines for the 64 hex digits (PROOF_HASH_WIDTH).
      { key: 'sha256', header: t('col.sha256'), width: PROOF_HASH_WIDTH, type: 'text' },
      { key: 'verified', header: t('col.verified'), width: 14, type: 'text' },
      { key: 'notes', header: t('col.notes'), width: 14, type: 'text' },
    ],
    rows,
    continuedRows,
    totals: [t('total.purchases'), quantity, used, quantity - used, null, null, null, null, null, null, null, null, null],
  };
}

/**
 * A server's activation as of the report's date: a trial's days counted down to it, as the checklist
 * and the findings count them, or expired. A trial read after that date is shown as it was read,
 * with its date (the Summary says some of it was recorded after the report's date).
 */
export function activationText(ctx: ExportContext, activation: Activation): string {
  if (activation.state !== 'trial') return ctx.t(`activation.${activation.state}`);
  const { asOf } = ctx.options;
  if (activation.asOf > asOf) return ctx.t('activation.trial', { count: activation.daysLeft, date: ctx.date(activation.asOf) });
  const days = trialDaysLeftOn(activation, asOf) ?? activation.daysLeft;
  return days < 0 ? ctx.t('activation.trial-expired') : ctx.t('activation.trial', { count: days, date: ctx.date(asOf) });
}

/**
 * A server's product as the report's date counts it (`serverProductOn`), with what was recorded where that is another:
 * "Exchange Server 2019 (recorded as SE, released 2025-07-01)" as of a day before SE's release.
 */
export function serverProductText(ctx: ExportContext, server: Pick<Server, 'product' | 'build'>): string {
  const { product, recordedProduct } = serverProductOn(server, ctx.options.asOf);
  return recordedProduct === null ? product : ctx.t('server.recordedAsSe', { product, date: ctx.date(seReleasedOn) });
}

/** The Exchange servers with version, edition and when and by whom activation was checked. */
export function buildServersSheet(ctx: ExportContext): TableSheetModel {
  const { t } = ctx;
  const servers = [...ctx.doc.servers].sort((x, y) => ctx.collator.compare(x.name, y.name));
  const rows: RowValues[] = servers.map((s) => [
    s.name,
    serverProductText(ctx, s),
    s.edition,
    s.build,
    s.partialProductKey ? `…-${s.partialProductKey}` : '',
    activationText(ctx, s.activation),
    dateOf(s.verifiedAt),
    s.verifiedAt ? s.verifiedBy : t('server.notVerified'),
    s.retiredOn,
    s.notes,
  ]);
  return {
    kind: 'table',
    id: 'servers',
    name: t('sheet.servers'),
    title: t('title.servers'),
    columns: [
      { key: 'name', header: t('col.server'), width: 16, type: 'text' },
      { key: 'product', header: t('col.product'), width: 22, type: 'text' },
      { key: 'edition', header: t('col.edition'), width: 12, type: 'text' },
      { key: 'build', header: t('col.build'), width: 14, type: 'text' },
      { key: 'productKey', header: t('col.productKeyTail'), width: 12, type: 'text' },
      { key: 'activation', header: t('col.activation'), width: 30, type: 'text' },
      { key: 'verifiedOn', header: t('col.verifiedOn'), width: 12, type: 'date' },
      { key: 'verifiedBy', header: t('col.verifiedBy'), width: 18, type: 'text' },
      { key: 'retiredOn', header: t('col.retiredOn'), width: 12, type: 'date' },
      { key: 'notes', header: t('col.notes'), width: 30, type: 'text' },
    ],
    rows,
  };
}
