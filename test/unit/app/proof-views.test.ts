/**
 * Proof files are checked against their SHA-256 by every screen that shows them (Purchases, the compliance report, the
 * wizard's checklist). Found 12-07: each showing read and hashed every file again, up to 50 MB each, in one synchronous
 * run of main. A screen now reads a file only when its state (size, times, file id) changed since the register read it;
 * verify, the audit workbook and "Show proof" read every file they vouch for.
 */
import type * as Fs from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { lstatSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import type { Dialogs } from '../../../electron/services/app/context';
import { exportAuditWorkbook } from '../../../electron/services/export/audit-export';
import { savePurchase } from '../../../electron/services/ledger/ledger';
import { attachProofs, checkAllProofs } from '../../../electron/services/ledger/proofs';
import { FileDigests } from '../../../electron/services/register/file-digests';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import { createRegister } from '../../../electron/services/register/register-store';
import type { PurchaseView } from '../../../shared/contracts/ledger';
import { cli } from '../cli/helpers';
import { org, tempDir, testDeps } from '../register/helpers';
import { cancelledDialogs } from './helpers';

/**
 * Every path a file's bytes were read from (`readFileSync`, `createReadStream`), stats a test holds still, and what a test
 * does to a file just renamed into place (once).
 */
const fsSpy = vi.hoisted(() => ({ reads: [] as string[], heldStats: new Map<string, unknown>(), afterRename: null as ((to: string) => boolean) | null }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    fsSpy.reads.push(String(path));
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  const createReadStream = ((path: Parameters<typeof fs.createReadStream>[0], ...rest: unknown[]) => {
    fsSpy.reads.push(String(path));
    return (fs.createReadStream as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.createReadStream;
  const renameSync = ((from: Parameters<typeof fs.renameSync>[0], to: Parameters<typeof fs.renameSync>[1]) => {
    fs.renameSync(from, to);
    // Taken while it runs: a rename it makes is not its own.
    const after = fsSpy.afterRename;
    fsSpy.afterRename = null;
    if (after && !after(String(to))) fsSpy.afterRename = after;
  }) as typeof fs.renameSync;
  return { ...fs, default: { ...fs, readFileSync, createReadStream, renameSync }, readFileSync, createReadStream, renameSync };
});

// A file whose stat is held still answers it as it was: a file system whose clock does not show the change (FAT's two
// seconds, a share), the one case where a screen's kept hash may be wrong.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  const lstat = ((path: string, options?: unknown) => (fsSpy.heldStats.has(String(path)) ? Promise.resolve(fsSpy.heldStats.get(String(path))) : fs.lstat(path, options as never))) as typeof fs.lstat;
  return { ...fs, default: { ...fs, lstat }, lstat };
});

afterEach(() => {
  fsSpy.reads.length = 0;
  fsSpy.heldStats.clear();
  fsSpy.afterRename = null;
});

/** How many times files in `registerDir`'s proofs/ were read since the last `readsSince` (or the test's start). */
function proofReads(registerDir: string): string[] {
  const prefix = join(registerDir, 'proofs') + sep;
  const read = fsSpy.reads.filter((path) => path.startsWith(prefix));
  fsSpy.reads.length = 0;
  return read;
}

/** The app core over a fresh data folder, its default register holding lot FV/1 with three proof files. */
async function appWithProofs(folders: string[] = []) {
  const files: string[][] = [];
  const savePath = join(tempDir(), 'audit.xlsx');
  const dialogs: Dialogs = {
    ...cancelledDialogs,
    chooseFiles: async () => files.shift() ?? [],
    chooseRegisterFolder: async () => folders.shift() ?? null,
    chooseSavePath: async () => savePath,
  };
  const core = createAppCore({ freezeDocuments: true, appDataDir: tempDir(), storeFactory: confStoreFactory, dialogs, systemLanguage: 'en', version: '0.0.0-test', actor: 'tester' });
  const status = core.start();
  if (status.state !== 'open') throw new Error('the default register did not open');
  const saved = await core.invoke('purchaseSave', { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document: 'FV/1' });
  if (!saved.ok) throw new Error('purchase');
  const sourceDir = tempDir();
  const source = (name: string) => join(sourceDir, name);
  for (const name of ['faktura.pdf', 'skan.png', 'umowa.pdf']) writeFileSync(source(name), `${name}: ${'x'.repeat(1000)}`);
  /** "Attach proof" on a lot, the dialog answering `paths`. */
  const attach = (purchaseId: string, paths: string[]) => {
    files.push(paths);
    return core.invoke('proofAttach', { purchaseId });
  };
  const attached = await attach((saved.value as PurchaseView).id, ['faktura.pdf', 'skan.png', 'umowa.pdf'].map(source));
  if (!attached.ok) throw new Error('attach');
  const lot = (attached.value as { purchase: PurchaseView }).purchase;
  const stored = (name: string) => {
    const proof = lot.proofs.find((p) => p.originalName === name)!;
    return join(status.path, 'proofs', `${proof.sha256}.${proof.extension}`);
  };
  // Whole seconds, which utimes puts back exactly (`alterKeepingSizeAndTime`).
  for (const proof of lot.proofs) utimesSync(stored(proof.originalName), SOME_SECOND, SOME_SECOND);
  const statuses = async (): Promise<Record<string, string>> => {
    const listed = await core.invoke('purchasesList', {});
    if (!listed.ok) throw new Error('purchasesList');
    return Object.fromEntries((listed.value as PurchaseView[])[0]!.proofs.map((p) => [p.originalName, p.status]));
  };
  return { core, registerDir: status.path, lot, stored, statuses, savePath, source, attach };
}

/** The times of the stored proofs (2023-11-14 22:13:20 UTC). */
const SOME_SECOND = 1_700_000_000;

/** `path` rewritten with other bytes of the same length, its modification time put back to the nanosecond. */
function alterKeepingSizeAndTime(path: string): void {
  const before = statSync(path, { bigint: true });
  const bytes = readFileSync(path);
  bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
  writeFileSync(path, bytes);
  utimesSync(path, SOME_SECOND, SOME_SECOND);
  const after = statSync(path, { bigint: true });
  expect([after.size, after.mtimeNs, after.ino]).toEqual([before.size, before.mtimeNs, before.ino]);
}

describe('proof files checked for a screen', () => {
  it('are read once: the Purchases list, the compliance report and the checklist shown again read no unchanged file', async () => {
    const app = await appWithProofs();
    proofReads(app.registerDir);
    expect(await app.statuses()).toEqual({ 'faktura.pdf': 'ok', 'skan.png': 'ok', 'umowa.pdf': 'ok' });
    // Their times were set after the attach (`appWithProofs`): the first showing reads them once more.
    proofReads(app.registerDir);

    const person = await app.core.invoke('personSave', { givenName: 'Anna', surname: 'Nowak', email: 'a.nowak@przyklad.pl' });
    if (!person.ok) throw new Error('person');
    const assignment = await app.core.invoke('assignmentCreate', { personId: (person.value as { id: string }).id, purchaseId: app.lot.id, assignedOn: '2024-03-02' });
    if (!assignment.ok) throw new Error('assignment');
    proofReads(app.registerDir);

    expect(await app.statuses()).toEqual({ 'faktura.pdf': 'ok', 'skan.png': 'ok', 'umowa.pdf': 'ok' });
    expect(await app.core.invoke('complianceReport', { asOf: '2026-11-25' })).toMatchObject({ ok: true });
    const checklist = await app.core.invoke('assignmentChecklist', { assignmentId: (assignment.value as { id: string }).id });
    expect(checklist).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ id: 'proof-of-purchase', passed: true })]) });
    expect(await app.statuses()).toEqual({ 'faktura.pdf': 'ok', 'skan.png': 'ok', 'umowa.pdf': 'ok' });
    expect(proofReads(app.registerDir)).toEqual([]);
    app.core.stop();
  });

  it('two screens asking at once read each file once', async () => {
    const app = await appWithProofs();
    // Put in place again by a rename (another file id): no screen has read these files yet.
    for (const name of ['faktura.pdf', 'skan.png', 'umowa.pdf']) {
      const path = app.stored(name);
      writeFileSync(`${path}.copy`, readFileSync(path));
      renameSync(`${path}.copy`, path);
    }
    proofReads(app.registerDir);

    const [listed, report] = await Promise.all([app.statuses(), app.core.invoke('complianceReport', { asOf: '2026-11-25' })]);

    expect(listed).toEqual({ 'faktura.pdf': 'ok', 'skan.png': 'ok', 'umowa.pdf': 'ok' });
    expect(report).toMatchObject({ ok: true });
    expect(proofReads(app.registerDir).sort()).toEqual(['faktura.pdf', 'skan.png', 'umowa.pdf'].map(app.stored).sort());
    app.core.stop();
  });

  it('a file changed since the last showing is read again and reported: other bytes, another size, another time, replaced', async () => {
    const app = await appWithProofs();
    await app.statuses();
    proofReads(app.registerDir);

    // Touched only: read again, still intact.
    const later = new Date(Date.now() + 60_000);
    utimesSync(app.stored('faktura.pdf'), later, later);
    expect(await app.statuses()).toEqual({ 'faktura.pdf': 'ok', 'skan.png': 'ok', 'umowa.pdf': 'ok' });
    expect(proofReads(app.registerDir)).toEqual([app.stored('faktura.pdf')]);

    // A byte added: another size.
    writeFileSync(app.stored('skan.png'), `${readFileSync(app.stored('skan.png'), 'utf8')} `);
    proofReads(app.registerDir);
    expect(await app.statuses()).toEqual({ 'faktura.pdf': 'ok', 'skan.png': 'altered', 'umowa.pdf': 'ok' });
    expect(proofReads(app.registerDir)).toEqual([app.stored('skan.png')]);

    // Other bytes of the same length with the modification time put back: the change time still moved.
    alterKeepingSizeAndTime(app.stored('umowa.pdf'));
    proofReads(app.registerDir);
    expect(await app.statuses()).toEqual({ 'faktura.pdf': 'ok', 'skan.png': 'altered', 'umowa.pdf': 'altered' });
    expect(proofReads(app.registerDir)).toEqual([app.stored('umowa.pdf')]);

    // Put right by a copy renamed into place, with the times of the altered file: another file id.
    const path = app.stored('faktura.pdf');
    const { atime, mtime } = statSync(path);
    writeFileSync(`${path}.new`, readFileSync(path));
    utimesSync(`${path}.new`, atime, mtime);
    renameSync(`${path}.new`, path);
    proofReads(app.registerDir);
    expect(await app.statuses()).toEqual({ 'faktura.pdf': 'ok', 'skan.png': 'altered', 'umowa.pdf': 'altered' });
    expect(proofReads(app.registerDir)).toContain(path);
    app.core.stop();
  });

  it('are read again once another register was opened, and the register they were read for is opened again', async () => {
    const other = join(tempDir(), 'klient-b');
    const app = await appWithProofs([other]);
    proofReads(app.registerDir);
    await app.statuses();
    await app.statuses();
    expect(proofReads(app.registerDir)).toHaveLength(3);

    expect(await app.core.invoke('registerNew', {})).toMatchObject({ ok: true, value: { state: 'open', path: other } });
    const settings = await app.core.invoke('appSettings', {});
    const first = (settings.ok ? (settings.value as { recent: { id: string; path: string }[] }).recent : []).find((r) => r.path === app.registerDir)!;
    expect(await app.core.invoke('registerOpenRecent', { id: first.id })).toMatchObject({ ok: true, value: { state: 'open', path: app.registerDir } });

    expect(await app.statuses()).toEqual({ 'faktura.pdf': 'ok', 'skan.png': 'ok', 'umowa.pdf': 'ok' });
    expect(proofReads(app.registerDir)).toHaveLength(3);
    app.core.stop();
  });

  it('a register closed forgets the hashes it kept', async () => {
    const register = createRegister(tempDir(), org(), testDeps());
    const lot = savePurchase(register, { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document: 'FV/1' });
    const source = join(tempDir(), 'faktura.pdf');
    writeFileSync(source, '%PDF-1.4 FV/1');
    attachProofs(register, lot.id, [source]);
    await checkAllProofs(register, { rehash: false });
    expect(register.proofDigests.size).toBe(1);
    register.close();
    expect(register.proofDigests.size).toBe(0);
  });
});

describe('proof files just attached', () => {
  /** A new lot, as the Purchases screen saves it. */
  async function newLot(app: Awaited<ReturnType<typeof appWithProofs>>, document: string): Promise<string> {
    const saved = await app.core.invoke('purchaseSave', { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document });
    if (!saved.ok) throw new Error('purchase');
    return (saved.value as PurchaseView).id;
  }

  const statusesOf = (attached: Awaited<ReturnType<Awaited<ReturnType<typeof appWithProofs>>['attach']>>) =>
    attached.ok ? Object.fromEntries((attached.value as { purchase: PurchaseView }).purchase.proofs.map((p) => [p.originalName, p.status])) : attached;

  it('are not read again by the views that follow: the attach keeps the digest it computed for the file it stored', async () => {
    const app = await appWithProofs();
    await app.statuses();
    const source = app.source('aneks.pdf');
    writeFileSync(source, `aneks: ${'y'.repeat(1000)}`);
    proofReads(app.registerDir);

    const attached = await app.attach(app.lot.id, [source]);

    expect(statusesOf(attached)).toEqual({ 'faktura.pdf': 'ok', 'skan.png': 'ok', 'umowa.pdf': 'ok', 'aneks.pdf': 'ok' });
    expect(await app.statuses()).toEqual({ 'faktura.pdf': 'ok', 'skan.png': 'ok', 'umowa.pdf': 'ok', 'aneks.pdf': 'ok' });
    expect(proofReads(app.registerDir)).toEqual([]);
    app.core.stop();
  });

  it('a stored copy found intact or altered is read once by the attach, to learn which, and not by the views that follow', async () => {
    const app = await appWithProofs();
    proofReads(app.registerDir);

    // The same bytes on another lot: the copy stored is read once, found intact, and kept.
    const second = await newLot(app, 'FV/2');
    expect(statusesOf(await app.attach(second, [app.source('faktura.pdf')]))).toEqual({ 'faktura.pdf': 'ok' });
    expect(proofReads(app.registerDir)).toEqual([app.stored('faktura.pdf')]);

    // The others, whose times were set after their attach (`appWithProofs`), read once by the list.
    expect(await app.statuses()).toEqual({ 'faktura.pdf': 'ok', 'skan.png': 'ok', 'umowa.pdf': 'ok' });
    expect(proofReads(app.registerDir).sort()).toEqual([app.stored('skan.png'), app.stored('umowa.pdf')].sort());

    // Attached again to repair a copy altered since: read once, found altered, written again and kept.
    alterKeepingSizeAndTime(app.stored('umowa.pdf'));
    proofReads(app.registerDir);
    const repaired = await app.attach(app.lot.id, [app.source('umowa.pdf')]);
    expect(repaired).toMatchObject({ ok: true, value: { repaired: [{ name: 'umowa.pdf', found: 'altered' }] } });
    expect(statusesOf(repaired)).toEqual({ 'faktura.pdf': 'ok', 'skan.png': 'ok', 'umowa.pdf': 'ok' });
    expect(proofReads(app.registerDir)).toEqual([app.stored('umowa.pdf')]);

    expect(await app.statuses()).toEqual({ 'faktura.pdf': 'ok', 'skan.png': 'ok', 'umowa.pdf': 'ok' });
    expect(proofReads(app.registerDir)).toEqual([]);
    app.core.stop();
  });

  it('a stored file written to or replaced just after the attach renamed it into place is read by the next view and reported', async () => {
    const app = await appWithProofs();
    const proofsDir = join(app.registerDir, 'proofs') + sep;
    const source = (name: string) => {
      writeFileSync(app.source(name), `${name}: ${'z'.repeat(1000)}`);
      return app.source(name);
    };
    const sameLengthOtherBytes = (path: string) => {
      const bytes = readFileSync(path);
      bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
      return bytes;
    };

    // Written to in place (the same file id and size, another modification time).
    fsSpy.afterRename = (to) => {
      if (!to.startsWith(proofsDir)) return false;
      writeFileSync(to, sameLengthOtherBytes(to));
      utimesSync(to, SOME_SECOND, SOME_SECOND);
      return true;
    };
    expect(statusesOf(await app.attach(app.lot.id, [source('aneks.pdf')]))).toMatchObject({ 'aneks.pdf': 'altered' });

    // Another file renamed over it, with the same size and times: another file id.
    fsSpy.afterRename = (to) => {
      if (!to.startsWith(proofsDir)) return false;
      const { atime, mtime } = statSync(to);
      writeFileSync(`${to}.other`, sameLengthOtherBytes(to));
      utimesSync(`${to}.other`, atime, mtime);
      renameSync(`${to}.other`, to);
      return true;
    };
    expect(statusesOf(await app.attach(app.lot.id, [source('zamowienie.pdf')]))).toMatchObject({ 'aneks.pdf': 'altered', 'zamowienie.pdf': 'altered' });
    app.core.stop();
  });
});

describe('proof files vouched for', () => {
  it('the audit workbook and Show proof read every file again, though a screen has just read them', async () => {
    const app = await appWithProofs();
    await app.statuses();
    proofReads(app.registerDir);

    expect(await app.core.invoke('exportWorkbook', { lang: 'en', asOf: '2026-11-25' })).toMatchObject({ ok: true });
    expect(proofReads(app.registerDir).sort()).toEqual(['faktura.pdf', 'skan.png', 'umowa.pdf'].map(app.stored).sort());

    expect(await app.core.invoke('proofShow', { proofId: app.lot.proofs[0]!.id })).toMatchObject({ ok: true });
    expect(proofReads(app.registerDir)).toEqual([app.stored(app.lot.proofs[0]!.originalName)]);
    app.core.stop();
  });

  it('a file altered with its size and modification time put back fails verify, the workbook and Show proof', async () => {
    const app = await appWithProofs();
    await app.statuses();
    alterKeepingSizeAndTime(app.stored('umowa.pdf'));

    const verify = await cli('verify', app.registerDir);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toContain('umowa.pdf');
    const umowa = app.lot.proofs.find((p) => p.originalName === 'umowa.pdf')!;
    expect(await app.core.invoke('proofShow', { proofId: umowa.id })).toMatchObject({ ok: false, error: { code: 'bad-file' } });
    expect(await app.core.invoke('exportWorkbook', { lang: 'en', asOf: '2026-11-25' })).toMatchObject({ ok: true });
    expect(await workbookTexts(app.savePath)).toContain('No: file altered');
    app.core.stop();
  });

  it('a file whose stat does not show the change (a coarse clock) is still a screen’s kept “ok”, never the workbook’s or a verification’s', async () => {
    const dir = tempDir();
    const register = createRegister(dir, org(), testDeps());
    const lot = savePurchase(register, { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document: 'FV/1' });
    const source = join(tempDir(), 'faktura.pdf');
    writeFileSync(source, '%PDF-1.4 FV/1');
    const [proof] = attachProofs(register, lot.id, [source]);
    const stored = join(dir, 'proofs', `${proof!.sha256}.pdf`);
    expect((await checkAllProofs(register, { rehash: false })).get(proof!.id)).toBe('ok');

    fsSpy.heldStats.set(stored, lstatSync(stored, { bigint: true }));
    writeFileSync(stored, '%PDF-1.4 FV/2');

    expect((await checkAllProofs(register, { rehash: false })).get(proof!.id)).toBe('ok');
    const out = join(tempDir(), 'audit.xlsx');
    await exportAuditWorkbook(register, { lang: 'en', asOf: '2026-11-25', preparedBy: '', sheets: ['purchases'] }, out);
    expect(await workbookTexts(out)).toContain('No: file altered');
    expect((await checkAllProofs(register, { rehash: true })).get(proof!.id)).toBe('altered');
    expect((await cli('verify', dir)).code).toBe(1);
    // What a verification read is kept: the screens show it from then on.
    expect((await checkAllProofs(register, { rehash: false })).get(proof!.id)).toBe('altered');
    register.close();
  });
});

describe('the kept hashes of one register', () => {
  it('are bounded: past the limit the least recently used goes first and is read again', async () => {
    const digests = new FileDigests(2);
    let reads = 0;
    const read = (sha256: string) => async () => {
      reads += 1;
      return { sha256, stateAfter: 's' };
    };
    const view = { rehash: false };
    for (const path of ['a', 'b', 'a', 'c']) await digests.digest(path, 's', read(path), view);
    expect([reads, digests.size]).toEqual([3, 2]);
    await digests.digest('a', 's', read('a'), view);
    expect(reads).toBe(3);
    await digests.digest('b', 's', read('b'), view);
    expect(reads).toBe(4);
  });

  it('keep nothing of a file that changed while it was read', async () => {
    const digests = new FileDigests();
    let reads = 0;
    const changing = async () => {
      reads += 1;
      return { sha256: 'x', stateAfter: 'after' };
    };
    await digests.digest('a', 'before', changing, { rehash: false });
    await digests.digest('a', 'before', changing, { rehash: false });
    expect([reads, digests.size]).toEqual([2, 0]);
  });
});

/** Every cell's text in the workbook at `path` (a merged range's once). */
async function workbookTexts(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const texts: string[] = [];
  wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
    if (cell.type !== ExcelJS.ValueType.Merge) texts.push(cell.text);
  })));
  return texts;
}
