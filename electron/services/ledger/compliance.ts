import type { ComplianceView } from '../../../shared/contracts/compliance';
import { computeCompliance } from '../../../shared/licensing/compliance';
import type { OpenRegister } from '../register/open-register';
import { checkAllProofs } from './proofs';

/** The compliance engine over the open register, with proof files checked as a view checks them (`{ rehash: false }`: read again when changed). */
export async function complianceView(register: OpenRegister, asOf: string): Promise<ComplianceView> {
  const doc = register.document;
  const report = computeCompliance(doc, { asOf, proofStatus: await checkAllProofs(register, { rehash: false }, doc) });
  const latest = doc.inventory.at(-1);
  return {
    report,
    lastImport: latest ? { takenAt: latest.takenAt, sources: latest.sources.map(({ fileName, kind, rows, takenAt }) => ({ fileName, kind, rows, ...(takenAt ? { takenAt } : {}) })) } : null,
    countSharedMailboxes: doc.settings.countSharedMailboxes,
  };
}

export function setCountSharedMailboxes(register: OpenRegister, value: boolean): void {
  const doc = register.document;
  if (doc.settings.countSharedMailboxes === value) return;
  register.commit(
    { ...doc, settings: { ...doc.settings, countSharedMailboxes: value } },
    { action: 'settings.update', subject: 'countSharedMailboxes', before: { countSharedMailboxes: doc.settings.countSharedMailboxes }, after: { countSharedMailboxes: value } },
  );
}
