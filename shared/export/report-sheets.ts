import type { Language } from '../contracts/register';
import { en as findingsEn, pl as findingsPl } from '../i18n/features/findings';
import { localizedLabel } from '../licensing/messages';
import { nothingToCheckYet } from '../licensing/findings';
import type { Finding, RuleId, Severity } from '../licensing/types';
import type { ExportContext } from './context';
import { fittedToWords } from './text-lines';
import type { ChecklistItem, RowValues, TableSheetModel } from './types';

/** The vendor guide's verification points with the result the caller established. */
export function buildChecklistSheet(ctx: ExportContext, items: readonly ChecklistItem[]): TableSheetModel {
  const { t } = ctx;
  const rows: RowValues[] = items.map((item, i) => [i + 1, item.point, t(`result.${item.result}`), item.reason]);
  return {
    kind: 'table',
    id: 'checklist',
    name: t('sheet.checklist'),
    title: t('title.checklist'),
    columns: [
      { key: 'number', header: t('col.number'), width: 6, type: 'integer' },
      { key: 'point', header: t('col.point'), width: 60, type: 'text' },
      { key: 'result', header: t('col.result'), width: 16, type: 'text' },
      { key: 'reason', header: t('col.resultReason'), width: 60, type: 'text' },
    ],
    rows,
  };
}

export const severityOrder: readonly Severity[] = ['error', 'warning', 'info'];

/** The rule titles the Findings screen shows, so the printed sheet names a rule as the app does. */
const ruleTitles: Readonly<Record<Language, Readonly<Record<RuleId, string>>>> = { en: findingsEn.findings.rules, pl: findingsPl.findings.rules };

/** A rule's title in the workbook's language, its stable id under it in brackets: `check --json` and the app name rules by id. */
export function ruleText(lang: Language, rule: RuleId): string {
  const title = ruleTitles[lang][rule] ?? rule;
  return title === rule ? rule : `${title}\n(${rule})`;
}

/**
 * What the workbook says where a report found nothing because it had nothing to check yet (no server in
 * use, or no mailbox export), as the Findings screen says it; null when no finding means every rule passes.
 */
export function nothingToCheckText(ctx: ExportContext, report: { readonly servers: readonly unknown[]; readonly findings: readonly unknown[] }): string | null {
  const missing = nothingToCheckYet(report, ctx.doc.inventory.at(-1));
  if (!missing) return null;
  const key = missing.serverMissing && missing.inventoryMissing ? 'findings.nothingYet' : missing.serverMissing ? 'findings.nothingYetServers' : 'findings.nothingYetInventory';
  return ctx.t(key, { date: ctx.date(ctx.options.asOf) });
}

/** The compliance engine's findings, errors first, each with its suggested fix. */
export function buildFindingsSheet(ctx: ExportContext, findings: readonly Finding[]): TableSheetModel {
  const { t } = ctx;
  const message = ctx.options.findingMessage ?? ((f: Finding) => f.message);
  // A subject the engine named by a catalog product (a position, an undocumented lot) in the workbook's language.
  const labels = { date: ctx.date, number: String, product: ctx.productName };
  // Errors first, then each rule's findings together in the order of their printed titles (a reader looks a rule up by its title, not its id), by subject as printed.
  const printed = findings.map((f) => ({ f, severity: severityOrder.indexOf(f.severity), rule: ruleText(ctx.options.lang, f.rule), subject: localizedLabel(f.subject, labels) }));
  printed.sort((x, y) => x.severity - y.severity || ctx.collator.compare(x.rule, y.rule) || ctx.collator.compare(x.subject, y.subject));
  const rows: RowValues[] = printed.map(({ f, rule, subject }) => [t(`severity.${f.severity}`), rule, subject, message(f), t(`fix.${f.fix}`)]);
  const report = ctx.options.compliance;
  const emptyLine = report ? nothingToCheckText(ctx, { servers: report.servers, findings }) : null;
  // As wide as the longest word of a subject, up to 40: an e-mail address broken inside its domain ("…@budmax.przyklad." · "pl") misleads a reader.
  const subjectWidth = fittedToWords(28, 40, printed.map(({ subject }) => subject));
  return {
    kind: 'table',
    id: 'findings',
    name: t('sheet.findings'),
    title: t('title.findings'),
    columns: [
      { key: 'severity', header: t('col.severity'), width: 13, type: 'text' },
      { key: 'rule', header: t('col.rule'), width: 28, type: 'text' },
      { key: 'subject', header: t('col.subject'), width: subjectWidth, type: 'text' },
      { key: 'message', header: t('col.finding'), width: 60, type: 'text' },
      { key: 'fix', header: t('col.fix'), width: 30, type: 'text' },
    ],
    rows,
    // With no finding, a sheet that had nothing to check says so, not "None", which a reviewer reads as compliant.
    ...(emptyLine ? { emptyLine } : {}),
  };
}
