import type { FeatureHandlers } from '../../../../shared/contract';
import type { AssignmentAnswer, ledgerContract, ProofAttachResult, RowsStep } from '../../../../shared/contracts/ledger';
import type { Assignment, RegisterDocument } from '../../../../shared/domain/model';
import { assignmentChecklist } from '../../../../shared/ledger/checklist';
import { keyedError } from '../../../../shared/errors/messages';
import { DomainError } from '../../../../shared/result';
import {
  checkNewAssignment,
  checkRelease,
  createAssignment,
  localDate,
  personHistory,
  personRow,
  personRows,
  purchaseView,
  purchaseViews,
  releaseAssignment,
  savePerson,
  savePurchase,
  saveServer,
  serverView,
  verifyServer,
  voidPurchase,
} from '../../ledger/ledger';
import { clearPersonLeft, markPersonLeft } from '../../ledger/leaving';
import type { OpenRegister } from '../../register/open-register';
import { attachProofs, checkAllProofs, checkProof, detachProof, OPENABLE_PROOF_EXTENSIONS, proofPath } from '../../ledger/proofs';
import type { AppContext } from '../context';

export function ledgerHandlers(ctx: AppContext): FeatureHandlers<typeof ledgerContract> {
  const register = () => ctx.session.require();
  const today = () => localDate(ctx.registerDeps.now());
  /**
   * Runs a change of one person's row, answered with it (`write` builds the answer for `day`), and says what it did to the
   * rows (`RowsStep`): the window's list, at the revision before it, takes the row and is at the one after.
   */
  const changingOneRow = <T extends object>(r: OpenRegister, write: (day: string) => T): T & { rowsStep: RowsStep } => {
    const day = today();
    const before = ctx.session.rowsRevision(r);
    const answer = write(day);
    return { ...answer, rowsStep: { before, after: ctx.session.rowsRevision(r), day } };
  };
  /** The assignment with its holder's row after the change (the document the change committed), so the Register changes one row instead of asking for everyone's. */
  const withHolder = (assignment: Assignment, doc: RegisterDocument, day: string): Omit<AssignmentAnswer, 'rowsStep'> => {
    const held = doc.people.some((p) => p.id === assignment.personId);
    return { ...assignment, holder: held ? personRow(doc, assignment.personId, day) : null };
  };
  return {
    serversList: () => register().document.servers.map(serverView),
    serverSave: (input) => saveServer(register(), input),
    serverVerify: ({ id, verifiedBy }) => verifyServer(register(), id, verifiedBy),
    purchasesList: async () => {
      const r = register();
      const doc = r.document;
      return purchaseViews(doc, today(), await checkAllProofs(r, { rehash: false }, doc));
    },
    purchaseSave: (input) => {
      const r = register();
      return purchaseView(r, savePurchase(r, input).id);
    },
    purchaseVoid: ({ id, reason }) => {
      const r = register();
      return purchaseView(r, voidPurchase(r, id, reason).id);
    },
    proofAttach: async ({ purchaseId }) => {
      const taken = register();
      if (!taken.document.purchases.some((p) => p.id === purchaseId)) throw keyedError('not-found', 'purchase-id-not-found', { id: purchaseId });
      const files = await ctx.options.dialogs.chooseFiles('proof');
      if (files.length === 0) throw new DomainError('cancelled', 'No file was chosen.');
      // Another register may have been opened while the dialog was open: no file is copied into a folder no longer held.
      const r = ctx.session.stillOpen(taken, { writes: true });
      const repaired: ProofAttachResult['repaired'] = [];
      attachProofs(r, purchaseId, files, ({ proof, found }) => repaired.push({ name: proof.originalName, found }));
      return { purchase: await purchaseView(r, purchaseId), repaired };
    },
    proofShow: async ({ proofId }) => {
      const r = register();
      const proof = r.document.proofs.find((p) => p.id === proofId);
      if (!proof) throw keyedError('not-found', 'proof-not-found', { id: proofId });
      const path = proofPath(r, proof);
      // Only the bytes that were attached are opened: a missing or changed file is reported, not shown.
      const status = await checkProof(r.proofsDir, proof, { rehash: true, digests: r.proofDigests });
      if (status === 'missing') throw keyedError('not-found', 'proof-file-missing', { file: proof.originalName });
      if (status === 'altered') throw keyedError('bad-file', 'proof-file-altered', { file: proof.originalName });
      if (status === 'unreadable') throw keyedError('io-error', 'proof-file-unreadable', { file: proof.originalName });
      if (OPENABLE_PROOF_EXTENSIONS.has(proof.extension)) await ctx.options.dialogs.openPath(path);
      else await ctx.options.dialogs.showInFolder(path);
      return null;
    },
    proofDetach: ({ purchaseId, proofId }) => {
      const r = register();
      return purchaseView(r, detachProof(r, purchaseId, proofId).purchase.id);
    },
    peopleList: () => {
      const r = register();
      const day = today();
      return { people: personRows(r.document, day), rowsAt: { revision: ctx.session.rowsRevision(r), day } };
    },
    personSave: (input) => {
      const r = register();
      return changingOneRow(r, (day) => {
        const person = savePerson(r, input);
        return personRow(r.document, person.id, day);
      });
    },
    personHistory: ({ personId }) => personHistory(register().document, personId),
    personLeave: (input) => {
      const r = register();
      return changingOneRow(r, (day) => {
        const { person } = markPersonLeft(r, input);
        return personRow(r.document, person.id, day);
      });
    },
    personReturn: ({ personId }) => {
      const r = register();
      return changingOneRow(r, (day) => {
        const person = clearPersonLeft(r, personId);
        return personRow(r.document, person.id, day);
      });
    },
    assignmentCheck: (request) => checkNewAssignment(register(), request),
    assignmentCreate: (input) => {
      const r = register();
      return changingOneRow(r, (day) => {
        const assignment = createAssignment(r, input);
        return withHolder(assignment, r.document, day);
      });
    },
    assignmentReleaseCheck: (input) => checkRelease(register().document, input),
    assignmentRelease: (input) => {
      const r = register();
      return changingOneRow(r, (day) => {
        const assignment = releaseAssignment(r, input);
        return withHolder(assignment, r.document, day);
      });
    },
    assignmentChecklist: async ({ assignmentId, serverId }) => {
      const r = register();
      const doc = r.document;
      if (!doc.assignments.some((a) => a.id === assignmentId)) throw keyedError('not-found', 'assignment-not-found', { id: assignmentId });
      return assignmentChecklist(doc, assignmentId, today(), await checkAllProofs(r, { rehash: false }, doc), serverId);
    },
  };
}
