import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import type { Dialogs } from '../../../electron/services/app/context';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import { serviceErrorText } from '../../../shared/errors/messages';
import type { AppError, Result } from '../../../shared/result';
import { tempDir } from '../register/helpers';

/** Dialogs that answer from queues the test fills: the folders and files "chosen", and what was opened. */
function scriptedDialogs() {
  const folders: string[] = [];
  const files: string[][] = [];
  const opened: string[] = [];
  const dialogs: Dialogs = {
    chooseRegisterFolder: async () => folders.shift() ?? null,
    chooseFiles: async () => files.shift() ?? [],
    chooseSavePath: async () => null,
    showInFolder: async () => undefined,
    openPath: async (path) => void opened.push(path),
  };
  return { dialogs, folders, files, opened };
}

function startCore() {
  const script = scriptedDialogs();
  const core = createAppCore({ freezeDocuments: true, appDataDir: tempDir(), storeFactory: confStoreFactory, dialogs: script.dialogs, systemLanguage: 'en', version: '0.0.0-test', actor: 'tester' });
  const status = core.start();
  if (status.state !== 'open') throw new Error('the default register did not open');
  return { core, ...script, registerDir: status.path };
}

const refusal = (result: Result<unknown>): AppError => {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

/** A purchase with one attached proof file, and where the register keeps that file. */
async function purchaseWithProof(app: ReturnType<typeof startCore>) {
  const saved = await app.core.invoke('purchaseSave', { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01' });
  if (!saved.ok) throw new Error('purchase');
  const purchaseId = (saved.value as { id: string }).id;
  const pdf = join(tempDir(), 'faktura.pdf');
  writeFileSync(pdf, '%PDF-1.4 FV/2024/03/17');
  app.files.push([pdf]);
  const attached = await app.core.invoke('proofAttach', { purchaseId });
  if (!attached.ok) throw new Error('attach');
  const proofId = (attached.value as { purchase: { proofs: { id: string }[] } }).purchase.proofs[0]!.id;
  expect(await app.core.invoke('proofShow', { proofId })).toMatchObject({ ok: true });
  return { purchaseId, proofId, storedAt: app.opened[0]! };
}

describe('refusals of the app handlers carry a message key', () => {
  it('a proof file changed after it was attached is bad-file with its own key, worded in Polish from it', async () => {
    const app = startCore();
    const { proofId, storedAt } = await purchaseWithProof(app);
    writeFileSync(storedAt, '%PDF-1.4 a different invoice');
    const error = refusal(await app.core.invoke('proofShow', { proofId }));
    expect(error).toMatchObject({
      code: 'bad-file',
      message: 'The proof file faktura.pdf was changed after it was attached (its SHA-256 differs), so it was not opened.',
      detail: { messageKey: 'proof-file-altered', file: 'faktura.pdf' },
    });
    expect(serviceErrorText(error, 'pl')).toBe('Plik dowodu zakupu faktura.pdf zmieniono po dołączeniu (jego suma SHA-256 jest inna), dlatego go nie otwarto.');
    app.core.stop();
  });

  it('a proof file gone from the folder, an unknown proof, purchase or assignment are keyed not-found refusals', async () => {
    const app = startCore();
    const { storedAt, proofId } = await purchaseWithProof(app);
    rmSync(storedAt);
    expect(refusal(await app.core.invoke('proofShow', { proofId }))).toMatchObject({ code: 'not-found', detail: { messageKey: 'proof-file-missing', file: 'faktura.pdf' } });
    expect(refusal(await app.core.invoke('proofShow', { proofId: 'no-such-proof' }))).toMatchObject({ code: 'not-found', detail: { messageKey: 'proof-not-found', id: 'no-such-proof' } });
    const purchase = refusal(await app.core.invoke('proofAttach', { purchaseId: 'no-such-purchase' }));
    expect(purchase).toMatchObject({ code: 'not-found', message: 'Purchase no-such-purchase is not in the register.', detail: { messageKey: 'purchase-id-not-found' } });
    expect(serviceErrorText(purchase, 'pl')).toBe('Zakupu no-such-purchase nie ma w rejestrze.');
    expect(refusal(await app.core.invoke('assignmentChecklist', { assignmentId: 'no-such-assignment' }))).toMatchObject({ code: 'not-found', detail: { messageKey: 'assignment-not-found' } });
    app.core.stop();
  });

  it('an import preview that is gone, and a file that is not part of the preview, are keyed', async () => {
    const app = startCore();
    const expired = refusal(await app.core.invoke('importCommit', { token: 'not-a-live-token', decisions: { ambiguous: {}, exclude: [] } }));
    expect(expired).toMatchObject({ code: 'not-found', message: 'This import preview has expired; pick the files again.', detail: { messageKey: 'import-preview-expired' } });
    expect(serviceErrorText(expired, 'pl')).toBe('Ten podgląd importu wygasł; wybierz pliki ponownie.');

    const csv = join(tempDir(), 'skrzynki.csv');
    writeFileSync(csv, '"PrimarySmtpAddress"\n"anna@x.pl"\n');
    app.files.push([csv]);
    const picked = await app.core.invoke('importPick', {});
    if (!picked.ok) throw new Error('pick');
    const token = (picked.value as { token: string }).token;
    const other = refusal(await app.core.invoke('importRemap', { token, fileName: 'inny.csv', mapping: {} }));
    expect(other).toMatchObject({ code: 'not-found', message: 'inny.csv is not part of this import.', detail: { messageKey: 'import-file-unknown', file: 'inny.csv' } });
    app.core.stop();
  });

  it('New register in a folder that holds one, Open in a folder without one, and a recent entry that is gone are keyed', async () => {
    const app = startCore();
    app.folders.push(app.registerDir);
    const exists = refusal(await app.core.invoke('registerNew', {}));
    expect(exists).toMatchObject({ code: 'conflict', message: `${app.registerDir} already holds a register; use Open register.`, detail: { messageKey: 'register-exists-use-open', dir: app.registerDir } });
    expect(serviceErrorText(exists, 'pl')).toBe(`Folder ${app.registerDir} zawiera już rejestr; użyj polecenia „Otwórz rejestr”.`);

    const empty = tempDir();
    app.folders.push(empty);
    expect(refusal(await app.core.invoke('registerOpen', {}))).toMatchObject({ code: 'not-found', detail: { messageKey: 'register-missing', dir: empty } });
    expect(refusal(await app.core.invoke('registerOpenRecent', { id: '0000000000000000' }))).toMatchObject({ code: 'not-found', detail: { messageKey: 'recent-register-unknown' } });

    const settings = await app.core.invoke('appSettings', {});
    if (!settings.ok) throw new Error('settings');
    const recent = (settings.value as { recent: { id: string; path: string }[] }).recent.find((r) => r.path === app.registerDir)!;
    rmSync(join(app.registerDir, 'register.json'));
    // Its backups are still there: the entry opens the problem that offers them.
    expect(await app.core.invoke('registerOpenRecent', { id: recent.id })).toMatchObject({ ok: true, value: { state: 'problem', code: 'register-missing', path: app.registerDir } });
    rmSync(join(app.registerDir, 'backups'), { recursive: true });
    expect(refusal(await app.core.invoke('registerOpenRecent', { id: recent.id }))).toMatchObject({ code: 'not-found', detail: { messageKey: 'register-gone', dir: app.registerDir } });
    app.core.stop();
  });

  it('restoring a backup that does not exist, or by a name that is not a backup, is keyed', async () => {
    const app = startCore();
    const missing = refusal(await app.core.invoke('registerRestoreBackup', { backupId: 'register-20200101T000000000Z-daily.json' }));
    expect(missing).toMatchObject({ code: 'not-found', message: 'Backup register-20200101T000000000Z-daily.json does not exist.', detail: { messageKey: 'backup-not-found' } });
    expect(serviceErrorText(missing, 'pl')).toBe('Kopia zapasowa register-20200101T000000000Z-daily.json nie istnieje.');
    expect(refusal(await app.core.invoke('registerRestoreBackup', { backupId: '../register.json' }))).toMatchObject({ code: 'invalid-input', detail: { messageKey: 'backup-id-invalid', backup: '../register.json' } });
    app.core.stop();
  });

  it('Show in folder before anything was exported is keyed', async () => {
    const app = startCore();
    expect(refusal(await app.core.invoke('exportShowInFolder', {}))).toMatchObject({ code: 'not-found', detail: { messageKey: 'export-none-yet' } });
    app.core.stop();
  });
});

// Left open on 12-07: the service repaired a stored proof on a re-attach and the CLI said so, but the app's attach did not.
describe('attaching again the file of a proof whose stored copy is gone or changed', () => {
  it('puts the stored copy right and says which proof it repaired, and how it was found', async () => {
    const app = startCore();
    const { purchaseId, storedAt } = await purchaseWithProof(app);
    const again = async () => {
      app.files.push([join(tempDir(), 'faktura.pdf')]);
      writeFileSync(app.files[0]![0]!, '%PDF-1.4 FV/2024/03/17');
      const attached = await app.core.invoke('proofAttach', { purchaseId });
      if (!attached.ok) throw new Error('attach');
      return attached.value as { purchase: { proofs: unknown[] }; repaired: unknown[] };
    };
    expect((await again()).repaired).toEqual([]);
    rmSync(storedAt);
    const missing = await again();
    expect(missing.repaired).toEqual([{ name: 'faktura.pdf', found: 'missing' }]);
    expect(missing.purchase.proofs).toHaveLength(1);
    writeFileSync(storedAt, '%PDF-1.4 a different invoice');
    expect((await again()).repaired).toEqual([{ name: 'faktura.pdf', found: 'altered' }]);
    expect((await again()).repaired).toEqual([]);
    app.core.stop();
  });
});
