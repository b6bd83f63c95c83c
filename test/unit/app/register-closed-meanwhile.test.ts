/**
 * Handlers that take the open register, then wait for the user in a file dialog: another register may be opened
 * meanwhile (File ▸ Open, a register double-clicked in Explorer). What they do once the dialog answers goes to the
 * register they were asked for only while it is still open, and never into the folder of a closed one.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import type { Dialogs } from '../../../electron/services/app/context';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import { openRegister } from '../../../electron/services/register/register-store';
import type { PurchaseView } from '../../../shared/contracts/ledger';
import type { RegisterStatus } from '../../../shared/contracts/register';
import { serviceErrorText } from '../../../shared/errors/messages';
import { readRegisterFile, tempDir } from '../register/helpers';
import { cancelledDialogs } from './helpers';

/** A dialog the test answers when it chooses, once the handler has asked. */
function waitingDialog<T>() {
  let answer: ((value: T) => void) | null = null;
  return {
    ask: () => new Promise<T>((resolve) => (answer = resolve)),
    answer(value: T) {
      if (!answer) throw new Error('the dialog was not shown');
      answer(value);
    },
  };
}

/**
 * A core on the register "kowalski", with a lot FV/1; its file and save dialogs wait for the test, and File ▸ New
 * register creates "nowak" beside it.
 */
async function kowalskiWithWaitingDialogs() {
  const files = waitingDialog<string[]>();
  const savePath = waitingDialog<string | null>();
  const root = tempDir();
  const kowalski = join(root, 'kowalski');
  const nowak = join(root, 'nowak');
  const folders = [kowalski, nowak];
  const dialogs: Dialogs = { ...cancelledDialogs, chooseRegisterFolder: async () => folders.shift() ?? null, chooseFiles: files.ask, chooseSavePath: savePath.ask };
  const core = createAppCore({ freezeDocuments: true, appDataDir: tempDir(), storeFactory: confStoreFactory, dialogs, systemLanguage: 'en', version: '0.0.0-test', actor: 'tester' });
  core.start();
  expect(await core.invoke('registerNew', {})).toMatchObject({ ok: true, value: { state: 'open', path: kowalski } });
  const saved = await core.invoke('purchaseSave', { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document: 'FV/1' });
  if (!saved.ok) throw new Error('purchase');
  const pdf = join(tempDir(), 'faktura.pdf');
  writeFileSync(pdf, '%PDF-1.4 FV/1');
  return { core, files, savePath, kowalski, nowak, lot: saved.value as PurchaseView, pdf, openNowak: () => core.invoke('registerNew', {}) };
}

const registerFile = (dir: string) => readFileSync(join(dir, 'register.json'));
const proofFiles = (dir: string) => readdirSync(join(dir, 'proofs'));
const closedMeanwhile = { ok: false, error: { code: 'register-not-open', detail: { messageKey: 'register-closed-meanwhile', folder: 'kowalski' } } };

describe('another register opened while a file dialog was open', () => {
  it('a proof chosen after another register opened is attached nowhere: no file goes into the closed register’s folder, and the one open now is unchanged', async () => {
    const app = await kowalskiWithWaitingDialogs();
    const kowalskiBefore = registerFile(app.kowalski);
    const attaching = app.core.invoke('proofAttach', { purchaseId: app.lot.id });
    expect(await app.openNowak()).toMatchObject({ ok: true, value: { state: 'open', path: app.nowak } });
    const nowakBefore = registerFile(app.nowak);

    app.files.answer([app.pdf]);

    expect(await attaching).toMatchObject(closedMeanwhile);
    expect(proofFiles(app.kowalski)).toEqual([]);
    expect(registerFile(app.kowalski).equals(kowalskiBefore)).toBe(true);
    expect(proofFiles(app.nowak)).toEqual([]);
    expect(registerFile(app.nowak).equals(nowakBefore)).toBe(true);
    app.core.stop();
  });

  it('a stored proof file the attach would have put right stays as it is in the closed register’s folder: it is no longer this app’s to write', async () => {
    const app = await kowalskiWithWaitingDialogs();
    const first = app.core.invoke('proofAttach', { purchaseId: app.lot.id });
    app.files.answer([app.pdf]);
    const attached = await first;
    if (!attached.ok) throw new Error('attach');
    const [stored] = proofFiles(app.kowalski);
    writeFileSync(join(app.kowalski, 'proofs', stored!), 'changed by hand');
    // Attaching the same file again would write the stored copy anew (a repair).
    const again = app.core.invoke('proofAttach', { purchaseId: app.lot.id });
    await app.openNowak();

    app.files.answer([app.pdf]);

    const refused = await again;
    expect(readFileSync(join(app.kowalski, 'proofs', stored!), 'utf8')).toBe('changed by hand');
    expect(refused).toMatchObject(closedMeanwhile);
    app.core.stop();
  });

  it('says so in Polish too, naming the register', async () => {
    const app = await kowalskiWithWaitingDialogs();
    const attaching = app.core.invoke('proofAttach', { purchaseId: app.lot.id });
    await app.openNowak();
    app.files.answer([app.pdf]);
    const refused = await attaching;
    if (refused.ok) throw new Error('attached');
    expect(serviceErrorText(refused.error, 'en')).toBe('Register "kowalski" was closed before this could be done, so nothing was written. Open it again and try once more.');
    expect(serviceErrorText(refused.error, 'pl')).toBe('Rejestr „kowalski” zamknięto, zanim udało się to zrobić, więc niczego nie zapisano. Otwórz go ponownie i spróbuj jeszcze raz.');
    app.core.stop();
  });

  it('the same register folder opened again meanwhile is the register the user acted in: the proof is attached there', async () => {
    const app = await kowalskiWithWaitingDialogs();
    const attaching = app.core.invoke('proofAttach', { purchaseId: app.lot.id });
    // Recent ▸ kowalski again: its register is closed and opened anew, holding the folder's lock again.
    const recent = (await app.core.invoke('appSettings', {})) as { ok: true; value: { recent: { id: string; path: string }[] } };
    const again = recent.value.recent.find((r) => r.path === app.kowalski)!;
    expect(await app.core.invoke('registerOpenRecent', { id: again.id })).toMatchObject({ ok: true, value: { state: 'open', path: app.kowalski } });

    app.files.answer([app.pdf]);

    const attached = await attaching;
    expect(attached).toMatchObject({ ok: true, value: { purchase: { id: app.lot.id, proofs: [{ originalName: 'faktura.pdf', status: 'ok' }] } } });
    expect(readRegisterFile(join(app.kowalski, 'register.json')).audit.at(-1)).toMatchObject({ action: 'proof.attach', subject: 'FV/1' });
    expect(await app.core.invoke('registerStatus', {})).toMatchObject({ ok: true, value: { counts: { proofs: 1 } } });
    app.core.stop();
  });

  it('the same folder opened again read-only meanwhile takes no proof: nothing is copied into it', async () => {
    const app = await kowalskiWithWaitingDialogs();
    const before = registerFile(app.kowalski);
    const attaching = app.core.invoke('proofAttach', { purchaseId: app.lot.id });
    const session = app.core.context.session;
    session.switchTo(app.kowalski, () => openRegister(app.kowalski, app.core.context.registerDeps, { readOnly: true }));
    expect(session.status()).toMatchObject({ state: 'open', readOnly: true });

    app.files.answer([app.pdf]);

    expect(await attaching).toMatchObject({ ok: false, error: { code: 'register-locked', detail: { messageKey: 'register-open-read-only' } } });
    expect(proofFiles(app.kowalski)).toEqual([]);
    expect(registerFile(app.kowalski).equals(before)).toBe(true);
    app.core.stop();
  });

  it('files picked for an import after another register opened are not previewed against either register', async () => {
    const app = await kowalskiWithWaitingDialogs();
    const csv = join(tempDir(), 'mailboxes.csv');
    writeFileSync(csv, 'DisplayName,PrimarySmtpAddress,RecipientTypeDetails\nAnna Nowak,anna@przyklad.pl,UserMailbox\n');
    const picking = app.core.invoke('importPick', {});
    await app.openNowak();

    app.files.answer([csv]);

    expect(await picking).toMatchObject(closedMeanwhile);
    app.core.stop();
  });

  it('no audit workbook is written of a register closed while its save dialog was open', async () => {
    const app = await kowalskiWithWaitingDialogs();
    const out = join(tempDir(), 'audit.xlsx');
    const exporting = app.core.invoke('exportWorkbook', { lang: 'en', asOf: '2026-01-15' });
    await app.openNowak();

    app.savePath.answer(out);

    expect(await exporting).toMatchObject(closedMeanwhile);
    expect(existsSync(out)).toBe(false);
    expect(await app.core.invoke('exportProgress', {})).toMatchObject({ ok: true, value: { running: false } });
    app.core.stop();
  });

  it('with no register open once the dialog answers (one that could not be opened), nothing is attached', async () => {
    const app = await kowalskiWithWaitingDialogs();
    const attaching = app.core.invoke('proofAttach', { purchaseId: app.lot.id });
    app.core.context.session.close();
    expect(app.core.context.session.status()).toEqual({ state: 'none' } satisfies RegisterStatus);

    app.files.answer([app.pdf]);

    expect(await attaching).toMatchObject(closedMeanwhile);
    expect(proofFiles(app.kowalski)).toEqual([]);
    app.core.stop();
  });
});
