import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { samplePlan } from '../../../shared/sample';
import { keyedError } from '../../../shared/errors/messages';
import { loadImportFile, previewFiles, commitImport } from '../import/workbench';
import { createAssignment, findPerson, localDate, releaseAssignment, savePerson, savePurchase, saveServer, verifyServer } from '../ledger/ledger';
import { attachProofs } from '../ledger/proofs';
import { createRegister, openRegister } from '../register/register-store';
import { REGISTER_FILE, type OpenRegister, type RegisterDeps } from '../register/open-register';

/** Where Help ▸ Open sample register keeps its register, under the app data folder. */
export const SAMPLE_REGISTER_FOLDER = join('registers', 'sample');

/** What a register folder holds of its own: the file, its proofs and backups, its lock and stamp, a copy set aside, a temp file. */
const REGISTER_OWN = /^(register\.json|proofs|backups|register\.lock|register\.stamp|register\.corrupt-.+\.json|register\.json\.tmp-.+|\.register\.restore-\d+\.tmp)$/;

/**
 * A folder we may replace: absent, empty, holding a register, or holding only what a register
 * leaves (the sample's backups after its register.json went); never someone's other files.
 */
function replaceable(dir: string): boolean {
  if (!existsSync(dir)) return true;
  const entries = readdirSync(dir);
  return entries.length === 0 || entries.includes(REGISTER_FILE) || entries.every((name) => REGISTER_OWN.test(name));
}

/**
 * (Re-)creates the sample register in `dir` through the same services the app uses, so its audit
 * chain, proof hashes and findings are exactly what a user's own register would have.
 */
export async function createSampleRegister(dir: string, deps: RegisterDeps): Promise<OpenRegister> {
  if (!replaceable(dir)) throw keyedError('conflict', 'sample-folder-taken', { dir });
  rmSync(dir, { recursive: true, force: true });
  const today = localDate(deps.now());
  const plan = samplePlan(today);
  const register = createRegister(dir, plan.organization, deps);
  const scratch = mkdtempSync(join(tmpdir(), 'cal-sample-'));
  try {
    const addServer = (server: (typeof plan.servers)[number]) => {
      const activation = server.activation.state === 'trial' ? { state: 'trial' as const, daysLeft: server.activation.daysLeft, asOf: today } : server.activation;
      const saved = saveServer(register, { name: server.name, product: server.product, edition: server.edition, build: server.build, activation, partialProductKey: server.partialProductKey, notes: server.notes });
      if (server.verified) verifyServer(register, saved.id, plan.organization.contact.split(',')[0] ?? '');
    };
    plan.servers.filter((s) => !s.addedLast).forEach(addServer);
    const purchaseIds = new Map<string, string>();
    for (const purchase of plan.purchases) {
      const saved = savePurchase(register, purchase.input);
      purchaseIds.set(purchase.key, saved.id);
      const files = purchase.proofs.map((proof) => {
        const path = join(scratch, proof.fileName);
        writeFileSync(path, proof.text, proof.fileName.endsWith('.pdf') ? 'latin1' : 'utf8');
        return path;
      });
      if (files.length) attachProofs(register, saved.id, files);
    }
    for (const person of plan.people) savePerson(register, person.input);
    for (const assignment of plan.assignments) {
      const person = findPerson(register.document, assignment.login);
      const purchaseId = purchaseIds.get(assignment.purchase);
      if (!purchaseId) throw new Error(`sample: no purchase ${assignment.purchase}`);
      // The sample shows warnings on purpose (early reassignment, disabled account): accept them as a user would.
      const created = createAssignment(register, { personId: person.id, purchaseId, assignedOn: assignment.assignedOn, acceptWarnings: true });
      if (assignment.release) releaseAssignment(register, { assignmentId: created.id, ...assignment.release });
    }
    plan.servers.filter((s) => s.addedLast).forEach(addServer);
    const files = await Promise.all(
      plan.exports.map(async (file) => {
        const path = join(scratch, file.fileName);
        writeFileSync(path, file.text, 'utf8');
        return loadImportFile(path);
      }),
    );
    const { preview } = previewFiles(register.document, files, new Map(), deps.now().toISOString());
    commitImport(register, preview, {});
    // Reopen, so the sample does not greet the user as "a new, empty register".
    register.close();
    return openRegister(dir, deps);
  } catch (error) {
    register.close();
    throw error;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
