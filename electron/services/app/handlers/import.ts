import { randomUUID } from 'node:crypto';
import type { FeatureHandlers } from '../../../../shared/contract';
import type { importContract, ImportSessionView } from '../../../../shared/contracts/import';
import type { ExplicitMapping } from '../../../../shared/import/detect';
import { keyedError } from '../../../../shared/errors/messages';
import { DomainError } from '../../../../shared/result';
import { commitImport, loadImportFile, previewFiles, type LoadedFile, type WorkbenchPreview } from '../../import/workbench';
import type { AppContext } from '../context';

interface PendingImport {
  registerDir: string;
  files: LoadedFile[];
  mappings: Map<string, ExplicitMapping>;
  result: WorkbenchPreview;
}

function view(token: string, result: WorkbenchPreview): ImportSessionView {
  const { snapshot, ...rest } = result.preview;
  return { token, preview: { ...rest, snapshot: { mailboxes: snapshot.mailboxes.length, users: snapshot.users.length, sources: snapshot.sources } }, errors: result.errors };
}

/** An import is previewed first and held in main under a token; commit applies exactly that preview. */
export function importHandlers(ctx: AppContext): FeatureHandlers<typeof importContract> {
  const pending = new Map<string, PendingImport>();
  const take = (token: string): PendingImport => {
    const item = pending.get(token);
    const register = ctx.session.require();
    if (!item || item.registerDir !== register.dir) throw keyedError('not-found', 'import-preview-expired');
    return item;
  };
  const now = () => ctx.registerDeps.now().toISOString();
  return {
    importPick: async () => {
      const taken = ctx.session.require();
      const paths = await ctx.options.dialogs.chooseFiles('import');
      if (paths.length === 0) throw new DomainError('cancelled', 'No file was chosen.');
      const files = await Promise.all(paths.map((p) => loadImportFile(p)));
      // Previewed against the register the files were picked for, if it is still open; never another opened meanwhile.
      const register = ctx.session.stillOpen(taken, { writes: false });
      const mappings = new Map<string, ExplicitMapping>();
      const result = previewFiles(register.document, files, mappings, now());
      const token = randomUUID();
      pending.clear(); // one import at a time: a new pick replaces an unfinished one
      pending.set(token, { registerDir: register.dir, files, mappings, result });
      return view(token, result);
    },
    importRemap: ({ token, fileName, mapping }) => {
      const item = take(token);
      if (!item.files.some((f) => f.fileName === fileName)) throw keyedError('not-found', 'import-file-unknown', { file: fileName });
      item.mappings.set(fileName, mapping);
      item.result = previewFiles(ctx.session.require().document, item.files, item.mappings, now());
      return view(token, item.result);
    },
    importCommit: ({ token, decisions }) => {
      const item = take(token);
      const summary = commitImport(ctx.session.require(), item.result.preview, decisions);
      pending.delete(token);
      return summary;
    },
    importCancel: ({ token }) => {
      pending.delete(token);
      return null;
    },
  };
}
