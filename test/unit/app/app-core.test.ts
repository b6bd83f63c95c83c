import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppCore } from '../../../electron/services/app/app-core';
import type { Dialogs } from '../../../electron/services/app/context';
import { confStoreFactory } from '../../../electron/services/register/json-store';
import { SAMPLE_REGISTER_FOLDER } from '../../../electron/services/sample/sample-register';
import { tempDir } from '../register/helpers';

function fakeDialogs(folders: (string | null)[] = []): Dialogs {
  return {
    chooseRegisterFolder: async () => folders.shift() ?? null,
    chooseFiles: async () => [],
    chooseSavePath: async () => null,
    showInFolder: async () => undefined,
    openPath: async () => undefined,
  };
}

const makeCore = (appDataDir: string, dialogs = fakeDialogs()) =>
  createAppCore({ freezeDocuments: true, appDataDir, storeFactory: confStoreFactory, dialogs, systemLanguage: 'pl', version: '0.0.0-test', actor: 'tester' });

/** An app data folder whose default register was damaged after it was written: a core started on it shows the problem screen. */
function damagedDefaultRegister(): { data: string; path: string } {
  const data = tempDir();
  const core = makeCore(data);
  const opened = core.start();
  if (opened.state !== 'open') throw new Error('not open');
  core.stop();
  writeFileSync(join(opened.path, 'register.json'), '{');
  return { data, path: opened.path };
}

/** A register held open by one core (another CAL Register) and a second core whose File ▸ Open will choose it. */
function heldElsewhere() {
  const holder = makeCore(tempDir());
  const held = holder.start();
  if (held.state !== 'open') throw new Error('not open');
  const core = makeCore(tempDir(), fakeDialogs([held.path]));
  core.start();
  return { holder, held, core };
}

describe('app core', () => {
  it('the first start creates and opens a default register in the app data folder', async () => {
    const data = tempDir();
    const core = makeCore(data);
    const status = core.start();
    expect(status).toMatchObject({ state: 'open', organization: { name: 'Moja organizacja' } });
    expect(existsSync(join(data, 'registers', 'default', 'register.json'))).toBe(true);
    core.stop();
  });

  it('the organization name and language survive a restart', async () => {
    const data = tempDir();
    const first = makeCore(data);
    first.start();
    await first.invoke('organizationUpdate', { name: 'Przykład Sp. z o.o.', taxId: '5250001009', address: '', contact: '' });
    await first.invoke('setLanguage', { language: 'en' });
    first.stop();
    const second = makeCore(data);
    expect(second.start()).toMatchObject({ state: 'open', organization: { name: 'Przykład Sp. z o.o.', taxId: '5250001009' } });
    expect(await second.invoke('appSettings', {})).toMatchObject({ ok: true, value: { language: 'en' } });
    second.stop();
  });

  it('New register creates one in the chosen folder and lists it among the recent ones by id, not path', async () => {
    const data = tempDir();
    const target = join(tempDir(), 'Klient Ćma');
    const core = makeCore(data, fakeDialogs([target]));
    core.start();
    const created = await core.invoke('registerNew', {});
    expect(created).toMatchObject({ ok: true, value: { state: 'open', path: target, organization: { name: 'Klient Ćma' } } });
    const settings = await core.invoke('appSettings', {});
    if (!settings.ok) throw new Error('settings');
    const recent = (settings.value as { recent: { id: string; path: string }[] }).recent;
    expect(recent[0]!.path).toBe(target);
    expect(recent[0]!.id).toMatch(/^[0-9a-f]{16}$/);
    core.stop();
  });

  it('a cancelled folder dialog is reported as cancelled and changes nothing', async () => {
    const core = makeCore(tempDir());
    core.start();
    expect(await core.invoke('registerOpen', {})).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    core.stop();
  });

  it('opening a corrupt register gives a problem status with the moved-aside file, and a backup can be restored', async () => {
    const data = tempDir();
    const core = makeCore(data);
    const opened = core.start();
    if (opened.state !== 'open') throw new Error('not open');
    await core.invoke('organizationUpdate', { name: 'Firma', taxId: '', address: '', contact: '' });
    core.stop();
    const file = join(opened.path, 'register.json');
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    const again = makeCore(data);
    const status = again.start();
    expect(status).toMatchObject({ state: 'problem', code: 'register-corrupt' });
    if (status.state !== 'problem') throw new Error('no problem');
    expect(readFileSync(status.movedTo!).equals(bytes.subarray(0, bytes.length >> 1))).toBe(true);
    // The parser's own words for the screen's technical detail: the file ends inside the JSON.
    expect(status.reason).toMatch(/JSON/);
    expect(status.reason).not.toMatch(/register\.json|moved aside/);
    expect(status.backups.length).toBeGreaterThan(0);
    const restored = await again.invoke('registerRestoreBackup', { backupId: status.backups[0]!.id });
    expect(restored).toMatchObject({ ok: true, value: { state: 'open' } });
    again.stop();
  });

  it('a start after the damaged default register was moved aside offers its backups again, never a new empty register; New refuses that folder', async () => {
    const { data, path } = damagedDefaultRegister();
    const first = makeCore(data);
    expect(first.start()).toMatchObject({ state: 'problem', code: 'register-corrupt' });
    first.stop();

    // The user closed the app without restoring: the next start finds no register.json, only what is left of it.
    const again = makeCore(data, fakeDialogs([path]));
    const status = again.start();
    expect(status).toMatchObject({ state: 'problem', code: 'register-missing', path });
    if (status.state !== 'problem') throw new Error('no problem');
    expect(status.movedTo).toMatch(/register\.corrupt-.*\.json$/);
    expect(status.backups.length).toBeGreaterThan(0);
    expect(existsSync(join(path, 'register.json'))).toBe(false);

    const refused = await again.invoke('registerNew', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', detail: { messageKey: 'register-remains' } } });
    expect(again.context.session.status()).toMatchObject({ state: 'problem', code: 'register-missing' });

    const restored = await again.invoke('registerRestoreBackup', { backupId: status.backups[0]!.id });
    expect(restored).toMatchObject({ ok: true, value: { state: 'open' } });
    again.stop();
  });

  it('a register held by another CAL Register names its holder, and Try again opens it once that one has closed it', async () => {
    const { holder, held, core } = heldElsewhere();

    const locked = await core.invoke('registerOpen', {});
    expect(locked).toMatchObject({ ok: true, value: { state: 'problem', code: 'register-locked', path: held.path, lock: { host: hostname(), pid: process.pid } } });
    const since = (locked as { value: { lock: { since: string } } }).value.lock.since;
    expect(Number.isNaN(Date.parse(since))).toBe(false);
    // Still held: the same problem again, nothing taken over.
    expect(await core.invoke('registerRetry', {})).toMatchObject({ ok: true, value: { state: 'problem', code: 'register-locked' } });

    holder.stop();
    expect(await core.invoke('registerRetry', {})).toMatchObject({ ok: true, value: { state: 'open', path: held.path } });
    // With a register open there is nothing to retry: the status is returned as it is.
    expect(await core.invoke('registerRetry', {})).toMatchObject({ ok: true, value: { state: 'open', path: held.path } });
    core.stop();
  });

  it('a locked register can be opened read-only: it is read as it is, nothing is written, and Open for editing opens it once its holder closed it', async () => {
    const holder = makeCore(tempDir());
    const held = holder.start();
    if (held.state !== 'open') throw new Error('not open');
    await holder.invoke('organizationUpdate', { name: 'Kowalski i Syn', taxId: '', address: '', contact: '' });
    const core = makeCore(tempDir(), fakeDialogs([held.path]));
    core.start();
    expect(await core.invoke('registerOpen', {})).toMatchObject({ ok: true, value: { state: 'problem', code: 'register-locked' } });
    const files = () => readdirSync(held.path, { recursive: true }).map(String).sort();
    const before = { bytes: readFileSync(join(held.path, 'register.json')), files: files(), lock: readFileSync(join(held.path, 'register.lock'), 'utf8') };

    const read = await core.invoke('registerOpenReadOnly', {});
    expect(read).toMatchObject({ ok: true, value: { state: 'open', readOnly: true, path: held.path, organization: { name: 'Kowalski i Syn' } } });
    // Read as the app reads it; every change refused with the same words, whatever it is.
    expect(await core.invoke('peopleList', {})).toMatchObject({ ok: true });
    expect(await core.invoke('complianceReport', {})).toMatchObject({ ok: true });
    for (const [channel, input] of [
      ['organizationUpdate', { name: 'Inna', taxId: '', address: '', contact: '' }],
      ['complianceSettings', { countSharedMailboxes: true }],
      ['personSave', { firstName: 'Anna', lastName: 'Nowak', email: 'anna@example.pl' }],
    ] as const) {
      expect(await core.invoke(channel, input)).toMatchObject({ ok: false, error: { code: 'register-locked', detail: { messageKey: 'register-open-read-only' } } });
    }
    // Still locked: Open for editing says so and leaves it open read-only.
    expect(await core.invoke('registerRetry', {})).toMatchObject({ ok: false, error: { code: 'register-locked' } });
    expect(await core.invoke('registerStatus', {})).toMatchObject({ ok: true, value: { state: 'open', readOnly: true, path: held.path } });
    core.stop();
    // Neither the reader's open, its refusals, nor its close wrote anything: no file, no lock of its own, no stamp.
    expect(readFileSync(join(held.path, 'register.json')).equals(before.bytes)).toBe(true);
    expect(files()).toEqual(before.files);
    expect(readFileSync(join(held.path, 'register.lock'), 'utf8')).toBe(before.lock);

    const again = makeCore(tempDir(), fakeDialogs([held.path]));
    again.start();
    await again.invoke('registerOpen', {});
    expect(await again.invoke('registerOpenReadOnly', {})).toMatchObject({ ok: true, value: { state: 'open', readOnly: true } });
    holder.stop();
    expect(await again.invoke('registerRetry', {})).toMatchObject({ ok: true, value: { state: 'open', readOnly: false, path: held.path } });
    expect(await again.invoke('organizationUpdate', { name: 'Kowalski i Syn sp. j.', taxId: '', address: '', contact: '' })).toMatchObject({ ok: true, value: { organization: { name: 'Kowalski i Syn sp. j.' } } });
    // Only a register that is locked or cannot be written is offered read-only; with one open there is nothing to do.
    expect(await again.invoke('registerOpenReadOnly', {})).toMatchObject({ ok: true, value: { state: 'open', readOnly: false } });
    again.stop();
  });

  it('open read-only, the holder is named, and Open anyway from there takes the lock over and opens it for editing', async () => {
    const { holder, held, core } = heldElsewhere();
    await core.invoke('registerOpen', {});
    expect(await core.invoke('registerOpenReadOnly', {})).toMatchObject({ ok: true, value: { state: 'open', readOnly: true, lock: { host: hostname(), pid: process.pid } } });
    const taken = await core.invoke('registerTakeOver', {});
    expect(taken).toMatchObject({ ok: true, value: { state: 'open', readOnly: false, lock: null, path: held.path, notices: [{ code: 'lock-taken-over' }] } });
    expect(await core.invoke('organizationUpdate', { name: 'Przejęty', taxId: '', address: '', contact: '' })).toMatchObject({ ok: true });
    core.stop();
    holder.stop();
  });

  it('a locked register can be opened anyway once the user takes its lock over, and says so', async () => {
    const { holder, held, core } = heldElsewhere();
    expect(await core.invoke('registerOpen', {})).toMatchObject({ ok: true, value: { state: 'problem', code: 'register-locked' } });

    const taken = await core.invoke('registerTakeOver', {});
    expect(taken).toMatchObject({ ok: true, value: { state: 'open', path: held.path, notices: [{ code: 'lock-taken-over', detail: { host: hostname(), pid: String(process.pid) } }] } });
    // Nothing more to take over: the status as it is.
    expect(await core.invoke('registerTakeOver', {})).toMatchObject({ ok: true, value: { state: 'open', path: held.path } });
    holder.stop();
    core.stop();
  });

  it('Open anyway and Open read-only take nothing but a locked or unwritable register: a damaged one stays as it is', async () => {
    const { data } = damagedDefaultRegister();
    const again = makeCore(data);
    expect(again.start()).toMatchObject({ state: 'problem', code: 'register-corrupt' });
    expect(await again.invoke('registerTakeOver', {})).toMatchObject({ ok: true, value: { state: 'problem', code: 'register-corrupt' } });
    expect(await again.invoke('registerOpenReadOnly', {})).toMatchObject({ ok: true, value: { state: 'problem', code: 'register-corrupt' } });
    again.stop();
  });

  it('a refused restore keeps the register the user had open, or the problem they were looking at', async () => {
    const data = tempDir();
    const core = makeCore(data);
    const opened = core.start();
    if (opened.state !== 'open') throw new Error('not open');
    await core.invoke('organizationUpdate', { name: 'Firma', taxId: '', address: '', contact: '' });

    const gone = await core.invoke('registerRestoreBackup', { backupId: 'register-20200101T000000000Z-daily.json' });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not-found', detail: { messageKey: 'backup-not-found' } } });
    expect(await core.invoke('registerStatus', {})).toMatchObject({ ok: true, value: { state: 'open', path: opened.path, organization: { name: 'Firma' } } });
    // Still open for changes, not a closed handle.
    expect(await core.invoke('organizationUpdate', { name: 'Firma 2', taxId: '', address: '', contact: '' })).toMatchObject({ ok: true });
    core.stop();

    writeFileSync(join(opened.path, 'register.json'), '{');
    const again = makeCore(data);
    expect(again.start()).toMatchObject({ state: 'problem', code: 'register-corrupt' });
    expect(await again.invoke('registerRestoreBackup', { backupId: '../register.json' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await again.invoke('registerStatus', {})).toMatchObject({ ok: true, value: { state: 'problem', code: 'register-corrupt', path: opened.path } });
    again.stop();
  });

  it('when the register that was open no longer opens, a refused restore still says why it was refused', async () => {
    const core = makeCore(tempDir());
    const opened = core.start();
    if (opened.state !== 'open') throw new Error('not open');
    rmSync(join(opened.path, 'register.json'));

    const gone = await core.invoke('registerRestoreBackup', { backupId: 'register-20200101T000000000Z-daily.json' });
    expect(gone).toMatchObject({ ok: false, error: { detail: { messageKey: 'backup-not-found' } } });
    // What is left of the register (its backups) is what the user sees next, to restore one of them.
    expect(await core.invoke('registerStatus', {})).toMatchObject({ ok: true, value: { state: 'problem', code: 'register-missing', path: opened.path, movedTo: null } });
    core.stop();
  });

  it('a sample that cannot be written leaves the problem screen the user was on', async () => {
    const { data, path } = damagedDefaultRegister();
    // The sample's folder holds someone's own file: the sample is not written over it.
    mkdirSync(join(data, SAMPLE_REGISTER_FOLDER), { recursive: true });
    writeFileSync(join(data, SAMPLE_REGISTER_FOLDER, 'notes.txt'), 'mine');
    const again = makeCore(data);
    expect(again.start()).toMatchObject({ state: 'problem', code: 'register-corrupt' });

    expect(await again.invoke('sampleOpen', {})).toMatchObject({ ok: false, error: { code: 'conflict', detail: { messageKey: 'sample-folder-taken' } } });
    expect(await again.invoke('registerStatus', {})).toMatchObject({ ok: true, value: { state: 'problem', code: 'register-corrupt', path } });
    again.stop();
  });

  it('a date that is not a day of the calendar is refused at the IPC boundary, before any service', async () => {
    const core = makeCore(tempDir());
    core.start();
    const refused = [
      await core.invoke('purchaseSave', { productId: 'exchange-2019-standard-user-cal', quantity: 1, date: '2024-02-30' }),
      await core.invoke('assignmentRelease', { assignmentId: 'a1', releasedOn: '2023-02-29', reason: 'other' }),
      await core.invoke('personLeave', { personId: 'p1', leftOn: '2024-04-31' }),
      await core.invoke('complianceReport', { asOf: '2024-13-01' }),
      // Nor is a day of a year no one means: a typo for 2024.
      await core.invoke('purchaseSave', { productId: 'exchange-2019-standard-user-cal', quantity: 1, date: '0224-03-01' }),
      await core.invoke('personLeave', { personId: 'p1', leftOn: '2204-03-01' }),
    ];
    for (const result of refused) expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const purchases = await core.invoke('purchasesList', {});
    expect(purchases).toMatchObject({ ok: true, value: [] });
    // A leap day is a day.
    expect(await core.invoke('complianceReport', { asOf: '2024-02-29' })).toMatchObject({ ok: true });
    core.stop();
  });

  it('a problem other than a lock names no holder', async () => {
    const { data } = damagedDefaultRegister();
    const again = makeCore(data);
    expect(again.start()).toMatchObject({ state: 'problem', code: 'register-corrupt', lock: null });
    again.stop();
  });

  it('organizationUpdate with an empty name is invalid-input', async () => {
    const core = makeCore(tempDir());
    core.start();
    expect(await core.invoke('organizationUpdate', { name: '  ', taxId: '', address: '', contact: '' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    core.stop();
  });

  it('Show proof opens an intact document, only reveals a program in its folder, and refuses a changed or misnamed file', async () => {
    const data = tempDir();
    const files: string[] = [];
    const opened: string[] = [];
    const revealed: string[] = [];
    const pdf = join(tempDir(), 'faktura.pdf');
    writeFileSync(pdf, '%PDF-1.4 FV/2024/03/17');
    const exe = join(tempDir(), 'setup.exe');
    writeFileSync(exe, 'MZ not really a program');
    const dialogs: Dialogs = { ...fakeDialogs(), chooseFiles: async () => files.splice(0), openPath: async (p) => void opened.push(p), showInFolder: async (p) => void revealed.push(p) };
    const core = makeCore(data, dialogs);
    core.start();
    const saved = await core.invoke('purchaseSave', { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01' });
    if (!saved.ok) throw new Error('purchase');
    const purchaseId = (saved.value as { id: string }).id;
    files.push(pdf, exe);
    const attached = await core.invoke('proofAttach', { purchaseId });
    if (!attached.ok) throw new Error('attach');
    const [pdfProof, exeProof] = (attached.value as { purchase: { proofs: { id: string; originalName: string }[] } }).purchase.proofs;
    expect([pdfProof?.originalName, exeProof?.originalName]).toEqual(['faktura.pdf', 'setup.exe']);

    expect(await core.invoke('proofShow', { proofId: pdfProof!.id })).toMatchObject({ ok: true });
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/proofs[\\/][0-9a-f]{64}\.pdf$/);
    expect(await core.invoke('proofShow', { proofId: exeProof!.id })).toMatchObject({ ok: true });
    expect(opened).toHaveLength(1);
    expect(revealed[0]).toMatch(/\.exe$/);

    writeFileSync(opened[0]!, '%PDF-1.4 a different invoice');
    expect(await core.invoke('proofShow', { proofId: pdfProof!.id })).toMatchObject({ ok: false, error: { code: 'bad-file' } });
    expect(opened).toHaveLength(1);
    core.stop();
  });
});
