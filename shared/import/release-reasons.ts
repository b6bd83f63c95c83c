/**
 * A hand-kept register's release reason ("Odejście z firmy", "urlop macierzyński — zastępstwo",
 * "role-change") as one of the register's reasons. The reason matters: a seat given back because
 * its holder left, or as an absence cover, may be reassigned at once, any other only after 90 days
 * (DOMAIN.md), so a sheet's "left" read as "other" would give a rebuilt register false
 * early-reassignment warnings.
 */
import { languageSchema } from '../contracts/register';
import { releaseReasonSchema, type ReleaseReason } from '../domain/model';
import { translator } from '../export/labels';
import { en as ledgerEn, pl as ledgerPl } from '../i18n/features/ledger';
import { foldText } from './values';

const reasons = releaseReasonSchema.options;

/** Words that name each reason, on folded text (lower case, Polish letters without their marks). */
const keywords: ReadonlyArray<readonly [ReleaseReason, RegExp]> = [
  ['absence-cover', /absence|cover|stand-?in|zastep|nieobecn|urlop/],
  ['hardware-failure', /hardware|failure|awari|uszkodz|zepsu/],
  ['role-change', /role|stanowisk|przenies/],
  ['left', /\bleft\b|leaver|resign|terminat|odejsc|odszed|odesz|rozwiaz|wypowiedz|koniec umowy/],
  ['other', /^(other|inn[aeyi]?)$/],
];

let labels: ReadonlyMap<string, ReleaseReason> | null = null;

/** The reason's id, and its label in the app and in the workbook, in English and Polish, folded. */
function knownLabels(): ReadonlyMap<string, ReleaseReason> {
  if (labels) return labels;
  const found = new Map<string, ReleaseReason>();
  for (const reason of reasons) {
    found.set(reason, reason);
    for (const lang of languageSchema.options) found.set(foldText(translator(lang)(`reason.${reason}`)), reason);
    for (const catalog of [ledgerEn, ledgerPl]) found.set(foldText(catalog.ledger.releaseReason[reason]), reason);
  }
  labels = found;
  return found;
}

/**
 * The reason `text` names, and what of it to keep as the release's note: nothing when it is a
 * reason's id or label, the text itself when it says more ("odszedł do konkurencji") or names no
 * reason the import knows (then `other`). Null for an empty text.
 */
export function releaseReasonOf(text: string): { reason: ReleaseReason; note: string } | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const folded = foldText(trimmed);
  const labelled = knownLabels().get(folded);
  if (labelled) return { reason: labelled, note: '' };
  const named = keywords.find(([, words]) => words.test(folded));
  return { reason: named?.[0] ?? 'other', note: trimmed };
}
