import { parseArgs } from 'node:util';
import { complianceView } from '../../services/ledger/compliance';
import { localDate } from '../../services/ledger/ledger';
import { givenDate, onlyRegisterDir, ownArgs, withRegister, type Io } from '../context';
import { cliLanguage, msg, msgCount, uiText } from '../messages';
import { formatLicensingMessage, licensingPl, localizedLabel, localizedParams } from '../../../shared/licensing/messages';
import { featureNames } from '../../../shared/licensing/feature-names';
import { mailboxesSeenOn } from '../../../shared/licensing/inventory';
import { nothingToCheckYet } from '../../../shared/licensing/findings';
import { localizedProductName } from '../../../shared/licensing/product-names';
import { localeOf } from '../../../shared/i18n/catalog';
import { severityOrder } from '../../../shared/export/report-sheets';
import type { Finding, Severity } from '../../../shared/licensing/types';

/**
 * How the Polish CLI words what the engine names in English: products and Enterprise features in
 * Polish; dates and numbers stay as the engine writes them (ISO, plain), as everywhere in the CLI.
 */
export const polishNames = { date: (iso: string) => iso, number: String, product: (id: string) => localizedProductName(id, 'pl'), features: (ids: string) => featureNames(ids, 'pl') };

/** A finding's message in the CLI's language (the English text is the engine's own). */
const findingText = (f: Finding): string => (cliLanguage() === 'pl' && f.messageKey ? formatLicensingMessage(f.messageKey, localizedParams(f.params, polishNames), licensingPl) : f.message);

/** A product (or a subject the engine named by one) in the CLI's language. */
const named = (label: string): string => (cliLanguage() === 'pl' ? localizedLabel(label, polishNames) : label);

export const checkHelp = (): string => msg('helpCheck');

/** The app's word for a severity, in capitals, padded to the longest so the rules line up. */
const severityLabel = (severity: Severity): string => {
  const upper = (s: Severity) => uiText(`findings.severity.${s}`, {}, s).toLocaleUpperCase(localeOf[cliLanguage()]);
  return upper(severity).padEnd(Math.max(...severityOrder.map((s) => upper(s).length)));
};

export async function runCheck(args: string[], io: Io): Promise<number> {
  const options = { json: { type: 'boolean', default: false }, 'as-of': { type: 'string' } } as const;
  const { values, positionals } = parseArgs({ args: ownArgs(args, options), allowPositionals: true, options });
  const dir = onlyRegisterDir(positionals);
  const asOf = values['as-of'] ?? localDate(new Date());
  givenDate(asOf, '--as-of');
  const { report, lastImport } = await withRegister(dir, io, (register) => complianceView(register, asOf), { readOnly: true });
  if (values.json) {
    // The documented shape of DESIGN.md ("check --json").
    io.out(
      JSON.stringify(
        {
          asOf: report.asOf,
          servers: report.servers,
          inventory: report.inventory,
          position: report.position.map(({ product, purchased, assigned, required, shortfall, surplus }) => ({ product, purchased, assigned, required, shortfall, surplus })),
          findings: report.findings.map(({ rule, severity, subject, message }) => ({ rule, severity, subject, message })),
        },
        null,
        2,
      ),
    );
  } else {
    for (const p of report.position) {
      // Of a surplus, the CALs too old for the server (or without the SA an SE server needs) are said: they license no one there.
      const surplus = p.surplus ? `${msg('surplus', { count: p.surplus })}${p.notReaching ? msg('notReaching', { count: p.notReaching }) : ''}` : '';
      io.out(`${msg('position', { product: named(p.product), purchased: p.purchased, assigned: p.assigned, required: p.required })}${p.shortfall ? msg('shortfall', { count: p.shortfall }) : ''}${surplus}`);
    }
    for (const f of report.findings) io.out(`${severityLabel(f.severity)} ${f.rule}  ${named(f.subject)}: ${findingText(f)}`);
  }
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  io.err(msgCount('checkSummary', report.findings.length, { errors, date: asOf }));
  // No finding because nothing could be judged: said, as the app's Findings screen and the workbook say it, not read as compliant.
  const missing = nothingToCheckYet(report, lastImport);
  if (missing) io.err(msg(missing.serverMissing && missing.inventoryMissing ? 'checkNothingYet' : missing.serverMissing ? 'checkNothingYetServers' : 'checkNothingYetInventory', { date: asOf }));
  // The register keeps the latest export's mailboxes only: a report dated before it judges them as that export shows them.
  const exported = mailboxesSeenOn(lastImport);
  if (exported !== null && exported > asOf) io.err(msg('mailboxesAfterAsOf', { date: exported, asOf }));
  return errors > 0 ? 1 : 0;
}
