import { accountSourceKinds, mailboxSourceKinds } from '../import/types';
import { analyseInventory, mailboxesSeenOn } from '../licensing/inventory';
import { seatsHeldOn } from '../licensing/register-view';
import type { InventorySummary } from '../licensing/types';
import { dateOf, type ExportContext } from './context';
import { countFormatter } from './labels';
import { activationText, serverProductText } from './lot-sheets';
import { nothingToCheckText, severityOrder } from './report-sheets';
import { fittedWidth } from './text-lines';
import type { SummaryBlock, SummaryField, SummarySheetModel } from './types';

function organizationFields(ctx: ExportContext): SummaryField[] {
  const { t, doc, options } = ctx;
  const org = doc.organization;
  const fields: SummaryField[] = [{ label: t('summary.organization'), value: org.name, type: 'text' }];
  if (org.taxId) fields.push({ label: t('summary.taxId'), value: org.taxId, type: 'text' });
  if (org.address) fields.push({ label: t('summary.address'), value: org.address, type: 'text' });
  fields.push(
    { label: t('summary.registerFile'), value: options.registerPath, type: 'text' },
    { label: t('summary.asOf'), value: options.asOf, type: 'date' },
    { label: t('summary.preparedBy'), value: options.preparedBy, type: 'text' },
    { label: t('summary.people'), value: doc.people.length, type: 'integer' },
    {
      label: t('summary.activeAssignments'),
      // Seats of lots owned that day, so that this equals the position's Assigned total below.
      value: seatsHeldOn(doc.assignments, ctx.purchases, options.asOf).length,
      type: 'integer',
    },
  );
  return fields;
}

/** Active external people the count without a mailbox export leaves out (those with Enterprise features still need both CALs). */
function externalNotCounted(ctx: ExportContext): number {
  const { doc, options } = ctx;
  const counted = new Set(analyseInventory(doc, options.asOf).units.map((unit) => unit.person?.id));
  return doc.people.filter((p) => p.external && (p.leftOn === null || p.leftOn > options.asOf) && !counted.has(p.id)).length;
}

/** What the Required column rests on: the mailbox export it counted (its date and files) and what it found, or no export at all. */
function inventoryBasis(ctx: ExportContext, inventory: InventorySummary): string {
  const snapshot = ctx.doc.inventory.at(-1);
  const seenOn = snapshot ? mailboxesSeenOn(snapshot) : null;
  if (!snapshot || seenOn === null) {
    const external = externalNotCounted(ctx);
    return external === 0 ? ctx.t('summary.noInventory', { people: inventory.needCal }) : ctx.t('summary.noInventoryExternal', { people: inventory.needCal, external });
  }
  const files = snapshot.sources.filter((s) => mailboxSourceKinds.includes(s.kind) || accountSourceKinds.includes(s.kind)).map((s) => s.fileName);
  const basis = ctx.t('summary.inventory', {
    date: ctx.date(seenOn),
    files: [...new Set(files)].join(', '),
    mailboxes: ctx.t('summary.mailboxes', { count: inventory.mailboxes }),
    needCal: ctx.t('summary.needCal', { count: inventory.needCal }),
    exempt: ctx.t('summary.exempt', { count: inventory.exempt }),
    disabled: ctx.t('summary.disabled', { count: inventory.disabledWithMailbox }),
    enterprise: inventory.enterpriseFeatureUsers,
  });
  // The register keeps the latest export's mailboxes only: a report dated before it counts them as that export shows them.
  return seenOn > ctx.options.asOf ? `${basis} ${ctx.t('summary.inventoryAfterAsOf')}` : basis;
}

function complianceBlocks(ctx: ExportContext): SummaryBlock[] {
  const { t, options } = ctx;
  const blocks: SummaryBlock[] = [{ kind: 'heading', text: t('summary.compliance') }];
  const report = options.compliance;
  if (!report) {
    blocks.push({ kind: 'note', text: t('summary.complianceNotComputed') });
    return blocks;
  }
  const position = report.position;
  const sum = (pick: (p: (typeof position)[number]) => number) => position.reduce((n, p) => n + pick(p), 0);
  const products = position.map((p) => ctx.productName(p.productId));
  blocks.push({
    kind: 'table',
    columns: [
      // As wide as the names it lists and the bold total under them, as the Register's License type column: a Polish name ("… — CAL na użytkownika") on one line.
      { key: 'product', header: t('col.product'), width: fittedWidth(30, 50, products, [t('col.product'), t('total')]), type: 'text' },
      { key: 'purchased', header: t('col.purchased'), width: 13, type: 'integer' },
      { key: 'assigned', header: t('col.assigned'), width: 13, type: 'integer' },
      { key: 'required', header: t('col.required'), width: 13, type: 'integer' },
      { key: 'shortfall', header: t('col.shortfall'), width: 13, type: 'integer' },
      { key: 'surplus', header: t('col.surplus'), width: 13, type: 'integer' },
    ],
    rows: position.map((p, i) => [products[i]!, p.purchased, p.assigned, p.required, p.shortfall, p.surplus]),
    totals: [
      t('total'),
      sum((p) => p.purchased),
      sum((p) => p.assigned),
      sum((p) => p.required),
      sum((p) => p.shortfall),
      sum((p) => p.surplus),
    ],
  });
  // A surplus of CALs too old for the server is no spare capacity: the reviewer is told which and how many.
  const notReaching = position.filter((p) => p.notReaching > 0);
  if (notReaching.length > 0) {
    const count = countFormatter(options.lang);
    const products = notReaching.map((p) => `${ctx.productName(p.productId)}: ${count(p.notReaching)}`).join('; ');
    blocks.push({ kind: 'note', text: t('summary.notReaching', { products }) });
  }
  // Sources differ on shared mailboxes (DOMAIN.md); the reviewer is told which rule the numbers above follow.
  blocks.push({ kind: 'note', text: t(ctx.doc.settings.countSharedMailboxes ? 'summary.sharedCounted' : 'summary.sharedNotCounted') });
  blocks.push({ kind: 'note', text: inventoryBasis(ctx, report.inventory) });
  blocks.push({ kind: 'heading', text: t('summary.findings') });
  // Counts of 0 read as a clean result: a report that had nothing to check yet says so instead, as its Findings sheet does.
  const nothingToCheck = nothingToCheckText(ctx, report);
  if (nothingToCheck) {
    blocks.push({ kind: 'note', text: nothingToCheck });
    return blocks;
  }
  blocks.push({
    kind: 'fields',
    fields: severityOrder.map((severity) => ({
      label: t(`severity.${severity}`),
      value: report.findings.filter((f) => f.severity === severity).length,
      type: 'integer' as const,
    })),
  });
  return blocks;
}

function serverBlocks(ctx: ExportContext): SummaryBlock[] {
  const { t, doc } = ctx;
  const blocks: SummaryBlock[] = [{ kind: 'heading', text: t('summary.servers') }];
  if (doc.servers.length === 0) {
    blocks.push({ kind: 'note', text: t('summary.noServers') });
    return blocks;
  }
  const servers = [...doc.servers].sort((x, y) => ctx.collator.compare(x.name, y.name));
  const rows = servers.map((s) => [s.name, serverProductText(ctx, s), s.edition, activationText(ctx, s.activation), s.verifiedAt ? dateOf(s.verifiedAt) : t('server.notVerified')] as const);
  blocks.push({
    kind: 'table',
    columns: [
      // A server's name is one word: a long one (a full DNS name) widens its column rather than break inside.
      { key: 'name', header: t('col.server'), width: fittedWidth(40, 50, rows.map((r) => r[0])), type: 'text' },
      { key: 'product', header: t('col.product'), width: 22, type: 'text' },
      { key: 'edition', header: t('col.edition'), width: 13, type: 'text' },
      { key: 'activation', header: t('col.activation'), width: 30, type: 'text' },
      // "Nigdy nie zweryfikowano" and the header "Data weryfikacji" on one line each.
      { key: 'verifiedOn', header: t('col.verifiedOn'), width: fittedWidth(13, 24, rows.map((r) => r[4] ?? ''), [t('col.verifiedOn')]), type: 'date' },
    ],
    rows,
  });
  // A report as of an earlier day still prints the servers as last recorded: said, where that is after its day.
  const asOf = ctx.options.asOf;
  const later = doc.servers.some((s) => (dateOf(s.verifiedAt) ?? '') > asOf || (s.activation.state === 'trial' && s.activation.asOf > asOf));
  if (later) blocks.push({ kind: 'note', text: t('summary.serversAfterAsOf', { asOf: ctx.date(asOf) }) });
  return blocks;
}

/** The first page a reviewer reads: who, as of when, the position per product, and where to sign. */
export function buildSummarySheet(ctx: ExportContext): SummarySheetModel {
  const { t, options } = ctx;
  const blocks: SummaryBlock[] = [
    { kind: 'fields', fields: organizationFields(ctx) },
    ...complianceBlocks(ctx),
    ...serverBlocks(ctx),
    { kind: 'heading', text: t('summary.audit') },
    {
      kind: 'fields',
      fields: [
        options.auditHead.brokenAt === undefined
          ? { label: t('summary.auditHead'), value: options.auditHead.hash, type: 'text' }
          : { label: t('summary.auditHead'), value: t('summary.auditBroken', { event: options.auditHead.brokenAt }), type: 'text' },
        { label: t('summary.auditCount'), value: options.auditHead.count, type: 'integer' },
      ],
    },
    { kind: 'heading', text: t('summary.signOff') },
    {
      kind: 'signoff',
      roles: [
        { role: t('summary.preparedBy'), name: options.preparedBy, date: null },
        { role: t('summary.reviewedBy'), name: '', date: null },
      ],
      dateLabel: t('summary.date'),
      signatureLabel: t('summary.signature'),
    },
  ];
  return {
    kind: 'summary',
    id: 'summary',
    name: t('sheet.summary'),
    title: t('title.summary'),
    heading: t('workbook.title'),
    blocks,
  };
}
