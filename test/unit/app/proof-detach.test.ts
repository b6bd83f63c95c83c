import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import type { Dialogs } from '../../../electron/services/app/context';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import type { PurchaseView } from '../../../shared/contracts/ledger';
import { readRegisterFile, tempDir } from '../register/helpers';
import { cancelledDialogs } from './helpers';

/** A core over a fresh app data folder whose file dialog answers with `files` (one batch per ask). */
function startCore(files: string[][] = [], folders: string[] = []) {
  const dialogs: Dialogs = { ...cancelledDialogs, chooseFiles: async () => files.shift() ?? [], chooseRegisterFolder: async () => folders.shift() ?? null };
  const core = createAppCore({ freezeDocuments: true, appDataDir: tempDir(), storeFactory: confStoreFactory, dialogs, systemLanguage: 'en', version: '0.0.0-test', actor: 'tester' });
  const status = core.start();
  if (status.state !== 'open') throw new Error('the default register did not open');
  return { core, registerDir: status.path };
}

/** Lot FV/1 with the proof faktura.pdf attached through the app's own channels. */
async function lotWithProof(app: ReturnType<typeof startCore>, files: string[][]) {
  const saved = await app.core.invoke('purchaseSave', { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document: 'FV/1' });
  if (!saved.ok) throw new Error('purchase');
  const pdf = join(tempDir(), 'faktura.pdf');
  writeFileSync(pdf, '%PDF-1.4 FV/1');
  files.push([pdf]);
  const attached = await app.core.invoke('proofAttach', { purchaseId: (saved.value as PurchaseView).id });
  if (!attached.ok) throw new Error('attach');
  const lot = (attached.value as { purchase: PurchaseView }).purchase;
  return { lot, proof: lot.proofs[0]! };
}

describe('the proofDetach channel', () => {
  it('removes the proof from the lot and answers with the lot; the register on disk records it and keeps the file', async () => {
    const files: string[][] = [];
    const app = startCore(files);
    const { lot, proof } = await lotWithProof(app, files);

    const result = await app.core.invoke('proofDetach', { purchaseId: lot.id, proofId: proof.id });

    expect(result).toMatchObject({ ok: true, value: { id: lot.id, document: 'FV/1', proofIds: [], proofs: [] } });
    const onDisk = readRegisterFile(join(app.registerDir, 'register.json'));
    expect(onDisk.audit.at(-1)).toMatchObject({ action: 'proof.detach', subject: 'FV/1', after: { proofIds: [], files: [{ name: 'faktura.pdf', sha256: proof.sha256 }] } });
    expect(readdirSync(join(app.registerDir, 'proofs'))).toEqual([`${proof.sha256}.pdf`]);
    expect(await app.core.invoke('registerStatus', {})).toMatchObject({ ok: true, value: { counts: { proofs: 0 } } });
    app.core.stop();
  });

  it('takes ids only: a path, a missing proof id or any other key is invalid-input before anything changes', async () => {
    const files: string[][] = [];
    const app = startCore(files);
    const { lot, proof } = await lotWithProof(app, files);
    const before = readFileSync(join(app.registerDir, 'register.json'));

    for (const input of [
      { purchaseId: lot.id, proofId: proof.id, path: '/etc/passwd' },
      { purchaseId: lot.id, path: `proofs/${proof.sha256}.pdf` },
      { purchaseId: lot.id },
      { purchaseId: lot.id, proofId: '' },
      { purchaseId: lot.id, proofId: 7 },
    ]) {
      expect(await app.core.invoke('proofDetach', input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(readFileSync(join(app.registerDir, 'register.json')).equals(before)).toBe(true);
    app.core.stop();
  });

  it('an unknown lot or proof is a keyed not-found refusal', async () => {
    const files: string[][] = [];
    const app = startCore(files);
    const { lot, proof } = await lotWithProof(app, files);
    expect(await app.core.invoke('proofDetach', { purchaseId: 'no-such-lot', proofId: proof.id })).toMatchObject({ ok: false, error: { code: 'not-found', detail: { messageKey: 'purchase-id-not-found' } } });
    expect(await app.core.invoke('proofDetach', { purchaseId: lot.id, proofId: 'no-such-proof' })).toMatchObject({ ok: false, error: { code: 'not-found', detail: { messageKey: 'proof-not-found' } } });
    app.core.stop();
  });

  it('with the register open read-only (held by another CAL Register) the proof stays attached', async () => {
    const files: string[][] = [];
    const holder = startCore(files);
    const { lot, proof } = await lotWithProof(holder, files);
    const reader = startCore([], [holder.registerDir]);
    expect(await reader.core.invoke('registerOpen', {})).toMatchObject({ ok: true, value: { state: 'problem', code: 'register-locked' } });
    expect(await reader.core.invoke('registerOpenReadOnly', {})).toMatchObject({ ok: true, value: { state: 'open', readOnly: true } });

    expect(await reader.core.invoke('proofDetach', { purchaseId: lot.id, proofId: proof.id })).toMatchObject({
      ok: false,
      error: { code: 'register-locked', detail: { messageKey: 'register-open-read-only' } },
    });
    const lots = await holder.core.invoke('purchasesList', {});
    expect(lots.ok && (lots.value as PurchaseView[])[0]!.proofIds).toEqual([proof.id]);
    reader.core.stop();
    holder.core.stop();
  });
});
