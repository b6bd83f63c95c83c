/**
 * The Servers sheet of CAL Register's own audit workbook, read back: name, product, edition, build,
 * the product key's last five characters, activation as printed, when and by whom it was verified,
 * the day it was retired and its notes. So a register rebuilt from its workbook has its servers, and
 * with them the version every CAL must reach (DOMAIN.md); without them every CAL would be judged
 * against the newest CAL bought.
 *
 * The sheet is known by its exact column headers (audit-workbook.ts), so its columns are read by
 * position, in the order `buildServersSheet` writes them.
 */
import { languageSchema } from '../contracts/register';
import { exchangeProductSchema, serverEditionSchema, type Activation } from '../domain/model';
import { translator } from '../export/labels';
import { isAuditEmptyLine } from './audit-workbook';
import type { RowsOut } from './export-rows';
import { importMessage } from './messages';
import type { ImportedServer, SheetRead } from './types';
import { dateWrittenIn, foldText, parseDate } from './values';

const languages = languageSchema.options;

/** A date cell as the reader gives it (ISO), or as a person may have retyped it; null when empty or unreadable. */
function dateIn(text: string): string | null {
  const parsed = parseDate(dateWrittenIn(text));
  return parsed.ok ? parsed.date : null;
}

let labels: { activated: Set<string>; expired: Set<string>; unknown: Set<string>; trialStarts: string[]; notVerified: Set<string> } | null = null;

/** The activation and verification words the workbook prints, in either language, folded. */
function printedLabels(): NonNullable<typeof labels> {
  if (labels) return labels;
  const all = (key: Parameters<ReturnType<typeof translator>>[0]) => new Set(languages.map((lang) => foldText(translator(lang)(key))));
  labels = {
    activated: all('activation.activated'),
    expired: all('activation.trial-expired'),
    unknown: all('activation.unknown'),
    // "Trial, 12 days left on …", "Wersja próbna, pozostało dni: 12 (stan na …)": the words before the count.
    trialStarts: languages.map((lang) => foldText(translator(lang)('activation.trial', { count: 12, date: '' }).split('12')[0] ?? '')),
    notVerified: all('server.notVerified'),
  };
  return labels;
}

/** The activation a printed text says: a trial with its days left and the day they were counted on, or a state; unknown when it says none. */
export function printedActivation(text: string): Activation {
  const folded = foldText(text.trim());
  const known = printedLabels();
  if (known.activated.has(folded)) return { state: 'activated' };
  if (known.expired.has(folded)) return { state: 'trial-expired' };
  if (known.trialStarts.some((start) => start !== '' && folded.startsWith(start))) {
    const days = /\d+/.exec(folded.slice(known.trialStarts.find((start) => folded.startsWith(start))!.length));
    const asOf = dateIn(text);
    const daysLeft = days ? Number(days[0]) : NaN;
    if (asOf !== null && Number.isInteger(daysLeft) && daysLeft >= 0 && daysLeft <= 365) return { state: 'trial', daysLeft, asOf };
  }
  return { state: 'unknown' };
}

/** The rows of the workbook's Servers sheet as servers to import, each with what the register recorded of it. */
export function readAuditServers(sheet: SheetRead): RowsOut<ImportedServer> {
  const out: RowsOut<ImportedServer> = { items: [], skipped: [], warnings: [] };
  for (const { line, cells } of sheet.rows) {
    if (isAuditEmptyLine(cells)) {
      out.skipped.push({ line, reason: importMessage('importFile.skip.auditEmptyLine') });
      continue;
    }
    const [name = '', productText = '', editionText = '', build = '', keyText = '', activationText = '', verifiedOn = '', verifiedBy = '', retiredOn = '', notes = ''] = cells.map((c) => c.trim());
    if (!name) {
      out.skipped.push({ line, reason: importMessage('importFile.skip.noName') });
      continue;
    }
    const product = exchangeProductSchema.safeParse(productText);
    if (!product.success) {
      out.skipped.push({ line, reason: importMessage('importFile.warning.unknownProduct', { build: productText || '?', server: name }) });
      continue;
    }
    const edition = serverEditionSchema.safeParse(editionText);
    const activation = printedActivation(activationText);
    const keyTail = /([A-Z0-9]{5})$/.exec(keyText.toUpperCase())?.[1] ?? '';
    const verifiedDay = dateIn(verifiedOn);
    out.items.push({
      line,
      name,
      product: product.data,
      edition: edition.success ? edition.data : null,
      build,
      trial: activation.state === 'trial' || activation.state === 'trial-expired' ? true : activation.state === 'activated' ? false : null,
      trialDaysLeft: activation.state === 'trial' ? activation.daysLeft : null,
      role: '',
      recorded: {
        activation,
        partialProductKey: keyTail,
        // The workbook prints the day, not the time: noon UTC keeps that day in every time zone from UTC−11 to UTC+11.
        verifiedAt: verifiedDay === null ? null : `${verifiedDay}T12:00:00.000Z`,
        verifiedBy: verifiedDay === null || printedLabels().notVerified.has(foldText(verifiedBy)) ? '' : verifiedBy,
        retiredOn: dateIn(retiredOn),
        notes,
      },
    });
  }
  return out;
}
