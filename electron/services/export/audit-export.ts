import { registerChecklist, checklistPointNames, checklistReason } from '../../../shared/ledger/checklist';
import type { ExportChoices, ChecklistItem } from '../../../shared/export/types';
import { computeCompliance } from '../../../shared/licensing/compliance';
import { countFormatter, formatDate } from '../../../shared/export/labels';
import { formatLicensingMessage, licensingEn, licensingPl, localizedParams } from '../../../shared/licensing/messages';
import { localizedProductName } from '../../../shared/licensing/product-names';
import { featureNames } from '../../../shared/licensing/feature-names';
import { verifyAuditChain } from '../register/audit';
import type { OpenRegister } from '../register/open-register';
import { checkAllProofs } from '../ledger/proofs';
import { nextTurn } from './sheet-writers';
import { exportWorkbook, type ExportProgress, type ExportResult } from './workbook';

/** The audit workbook of an open register: compliance, checklist and proof hashes computed fresh. */
export async function exportAuditWorkbook(register: OpenRegister, choices: ExportChoices, outPath: string, onProgress?: (p: ExportProgress) => void): Promise<ExportResult> {
  const doc = register.document;
  // Every proof file read now: what the workbook prints as intact must have been hashed for it, never taken from a screen's check.
  const proofStatus = await checkAllProofs(register, { rehash: true }, doc);
  // Each part below holds main for a while on a large register (the judgement of 50,000 people about a third of a second):
  // a turn of the event loop between them answers the export's progress, and every other call, meanwhile.
  const compliance = computeCompliance(doc, { asOf: choices.asOf, proofStatus });
  await nextTurn();
  // Dates and counts in a finding's or a checklist reason's text as the workbook prints them in its other text cells.
  const params = { date: (iso: string) => formatDate(choices.lang, iso), number: countFormatter(choices.lang), product: (id: string) => localizedProductName(id, choices.lang), features: (ids: string) => featureNames(ids, choices.lang) };
  const checklist: ChecklistItem[] = registerChecklist(doc, choices.asOf, proofStatus).map((p) => ({
    point: checklistPointNames[choices.lang][p.id],
    // Without a mailbox export the users point is not judged: its reason says "Not verified", and so does its result.
    result: p.passed ? 'pass' : p.reasonKey === 'users-not-imported' ? 'not-checked' : 'fail',
    reason: checklistReason(p, choices.lang, params),
  }));
  await nextTurn();
  const chain = verifyAuditChain(doc.audit);
  await nextTurn();
  const messages = choices.lang === 'pl' ? licensingPl : licensingEn;
  return exportWorkbook(
    doc,
    {
      lang: choices.lang,
      preparedBy: choices.preparedBy,
      asOf: choices.asOf,
      sheets: choices.sheets,
      registerPath: register.dir,
      compliance,
      checklist,
      proofStatus,
      // A broken chain is printed as such: the reviewer sees the head only when it verifies.
      auditHead: chain.ok ? { hash: chain.head, count: doc.audit.length } : { hash: '', count: doc.audit.length, brokenAt: chain.brokenAt },
      findingMessage: (f) => (f.messageKey ? formatLicensingMessage(f.messageKey, localizedParams(f.params, params), messages) : f.message),
    },
    outPath,
    onProgress,
  );
}
