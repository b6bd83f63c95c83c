import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_DIR, listBackups, writeBackup } from '../../../electron/services/register/backups';
import { attachProofs } from '../../../electron/services/ledger/proofs';
import { savePurchase } from '../../../electron/services/ledger/ledger';
import { createRegister, openRegister, restoreBackup } from '../../../electron/services/register/register-store';
import { proofFileName } from '../../../electron/services/ledger/proofs';
import type { RegisterDocument } from '../../../shared/domain/model';
import { caught, org, readRegisterFile, registerPath, tempDir, testDeps } from './helpers';

const reasonOf = (id: string) => /-([a-z-]+)\.json$/.exec(id)?.[1];

describe('backups kept', () => {
  // Found in review: two weeks on a laptop whose clock said 2027 left backups that always counted as the newest.
  it('after backups dated in the future, the copy kept before a restore survives the next daily backups', () => {
    const dir = tempDir();
    const deps = testDeps();
    deps.clock.now = new Date('2027-06-01T10:00:00Z');
    createRegister(dir, org(), deps).close();
    for (let day = 1; day <= 14; day++) {
      deps.clock.now = new Date(Date.UTC(2027, 5, 1 + day, 10));
      const register = openRegister(dir, deps);
      register.updateOrganization({ ...org(), contact: `day ${day}` });
      register.close();
    }
    // The clock is right again; today's work, then a restore of the oldest backup.
    deps.clock.now = new Date('2026-11-25T10:00:00Z');
    const today = openRegister(dir, deps);
    today.updateOrganization({ ...org(), contact: 'TODAY WORK' });
    today.close();
    const current = readFileSync(registerPath(dir));
    restoreBackup(dir, listBackups(dir).at(-1)!.id, deps).close();
    const keeps = () => listBackups(dir).some((b) => readFileSync(join(dir, BACKUP_DIR, b.id)).equals(current));
    expect(keeps()).toBe(true);
    for (let day = 26; day <= 30; day++) {
      deps.clock.now = new Date(Date.UTC(2026, 10, day, 10));
      openRegister(dir, deps).close();
      expect(keeps()).toBe(true);
    }
    // Future-dated backups are the first to go: the real ones of the last days are kept.
    expect(listBackups(dir).filter((b) => b.createdAt.startsWith('2026-11')).length).toBeGreaterThanOrEqual(6);
  });

  it('keeps the newest fourteen, and the three newest copies from before a restore, before an upgrade and of a register whose file another program replaced, however many daily ones follow', () => {
    const dir = tempDir();
    const source = join(dir, 'register.json');
    writeFileSync(source, '{}');
    let at = Date.UTC(2026, 0, 1);
    const next = () => new Date((at += 86_400_000));
    for (let i = 0; i < 4; i++) writeBackup(dir, source, 'migration', next());
    for (let i = 0; i < 4; i++) writeBackup(dir, source, 'before-restore', next());
    for (let i = 0; i < 4; i++) writeBackup(dir, source, 'replaced', next());
    for (let i = 0; i < 30; i++) writeBackup(dir, source, 'daily', next());
    const kept = listBackups(dir).map((b) => reasonOf(b.id));
    expect(kept.filter((r) => r === 'daily')).toHaveLength(14);
    expect(kept.filter((r) => r === 'migration')).toHaveLength(3);
    expect(kept.filter((r) => r === 'before-restore')).toHaveLength(3);
    expect(kept.filter((r) => r === 'replaced')).toHaveLength(3);
  });

  // Found in review: each restore's copy of the register counted among the fourteen kept, so trying the backups one by
  // one deleted the oldest history, and then the copy of the register as it was before the first restore.
  it('trying backups one after another keeps the history and the register as it was before the first restore', () => {
    const dir = tempDir();
    const deps = testDeps();
    deps.clock.now = new Date('2026-11-01T10:00:00Z');
    createRegister(dir, org(), deps).close();
    for (let day = 2; day <= 20; day++) {
      deps.clock.now = new Date(Date.UTC(2026, 10, day, 10));
      const register = openRegister(dir, deps);
      register.updateOrganization({ ...org(), contact: `day ${day}` });
      register.close();
    }
    const before = readFileSync(registerPath(dir));
    const history = listBackups(dir).map((b) => b.id);
    expect(history).toHaveLength(14);
    // Newest first, each tried in turn, as someone looking for the last good day would.
    for (const id of history) {
      deps.clock.now = new Date(deps.clock.now.getTime() + 60_000);
      restoreBackup(dir, id, deps).close();
    }
    const left = listBackups(dir).map((b) => b.id);
    expect(left.filter((id) => reasonOf(id) === 'daily')).toEqual(history);
    // The copy before the first restore stays. The later restores replaced a register no different from the daily just
    // restored, copied too (a daily rotates away), of which only the newest three stay: the first copy holds all their work.
    const copies = left.filter((id) => reasonOf(id) === 'before-restore');
    expect(copies).toHaveLength(4);
    expect(copies.filter((id) => readFileSync(join(dir, BACKUP_DIR, id)).equals(before))).toHaveLength(1);
    // Changed after a restore, the register is copied again before the next one.
    const changed = openRegister(dir, deps);
    changed.updateOrganization({ ...org(), contact: 'changed after the restores' });
    changed.close();
    const changedBytes = readFileSync(registerPath(dir));
    restoreBackup(dir, history[0]!, deps).close();
    expect(listBackups(dir).some((b) => reasonOf(b.id) === 'before-restore' && readFileSync(join(dir, BACKUP_DIR, b.id)).equals(changedBytes))).toBe(true);
  });

  /** A register with a daily backup a day for three days; `contact` changes it at the clock's next minute. */
  function registerWithDays() {
    const dir = tempDir();
    const deps = testDeps();
    deps.clock.now = new Date('2026-11-01T10:00:00Z');
    createRegister(dir, org(), deps).close();
    for (let day = 2; day <= 4; day++) {
      deps.clock.now = new Date(Date.UTC(2026, 10, day, 10));
      const register = openRegister(dir, deps);
      register.updateOrganization({ ...org(), contact: `day ${day}` });
      register.close();
    }
    const edit = (contact: string) => {
      deps.clock.now = new Date(deps.clock.now.getTime() + 60_000);
      const register = openRegister(dir, deps);
      register.updateOrganization({ ...org(), contact });
      register.close();
    };
    const restore = (id: string) => {
      deps.clock.now = new Date(deps.clock.now.getTime() + 60_000);
      restoreBackup(dir, id, deps).close();
      return listBackups(dir).find((b) => reasonOf(b.id) === 'before-restore')!.id;
    };
    return { dir, deps, edit, restore, daily: listBackups(dir).filter((b) => reasonOf(b.id) === 'daily').map((b) => b.id) };
  }
  const holdsBytes = (dir: string, bytes: Buffer) => listBackups(dir).some((b) => readFileSync(join(dir, BACKUP_DIR, b.id)).equals(bytes));

  // Found in audit: restore, change, restore… four times removed the register as it was before the first restore, while each
  // restore said the previous file was kept.
  it('copies from before restores that hold work no other backup holds are all kept, however many restores follow', () => {
    const { dir, edit, restore, daily } = registerWithDays();
    const replaced: Buffer[] = [readFileSync(registerPath(dir))];
    restore(daily[1]!);
    for (let round = 1; round <= 5; round++) {
      edit(`work after restore ${round}`);
      replaced.push(readFileSync(registerPath(dir)));
      restore(daily[round % 2]!);
    }
    for (const bytes of replaced) expect(holdsBytes(dir, bytes)).toBe(true);
    expect(listBackups(dir).filter((b) => reasonOf(b.id) === 'before-restore')).toHaveLength(6);
  });

  // Left open on 12-07: a register no different from a daily backup was not copied before a restore (the restore named that
  // daily as where it was kept), and the daily rotated away after two more weeks of work.
  it('a register no different from a daily backup is still copied before a restore, and the copy outlives the daily', () => {
    const { dir, deps, restore, daily } = registerWithDays();
    restore(daily[0]!);
    const replaced = readFileSync(registerPath(dir));
    restore(daily[1]!);
    for (let day = 10; day <= 30; day++) {
      deps.clock.now = new Date(Date.UTC(2026, 10, day, 10));
      const register = openRegister(dir, deps);
      register.updateOrganization({ ...org(), contact: `day ${day}` });
      register.close();
    }
    expect(listBackups(dir).map((b) => b.id)).not.toContain(daily[0]);
    expect(holdsBytes(dir, replaced)).toBe(true);
  });

  it('an older copy from before a restore goes once a newer one holds all its work, so going back and on keeps three', () => {
    const { dir, edit, restore, daily } = registerWithDays();
    for (let round = 1; round <= 5; round++) {
      edit(`work ${round}`);
      // Tried an old day, then went back to the work and on with it: each copy continues the one before.
      const copy = restore(daily.at(-1)!);
      restore(copy);
    }
    const copies = listBackups(dir).filter((b) => reasonOf(b.id) === 'before-restore');
    expect(copies).toHaveLength(3);
    expect(readRegisterFile(join(dir, BACKUP_DIR, copies[0]!.id)).organization.contact).toBe('work 5');
  });

  // Found in audit: the app's restore, like the CLI's, replaced a register a newer version wrote, keeping it only as a copy it cannot open.
  it('a restore over a register written by a newer version is refused with nothing written, and a damaged register is still kept and replaced', () => {
    const dir = tempDir();
    const deps = testDeps();
    createRegister(dir, org(), deps).close();
    const backups = listBackups(dir);
    const newer = readFileSync(registerPath(dir), 'utf8').replace(/"schemaVersion":\d+/, '"schemaVersion":99');
    writeFileSync(registerPath(dir), newer);
    const refusal = caught(() => restoreBackup(dir, backups[0]!.id, deps));
    expect([refusal.code, refusal.detail?.messageKey]).toEqual(['register-too-new', 'register-too-new-not-restored']);
    expect(readFileSync(registerPath(dir), 'utf8')).toBe(newer);
    expect(listBackups(dir)).toEqual(backups);
    expect(readdirSync(dir).sort()).toEqual(['backups', 'proofs', 'register.json']);
    // A damaged register (no version to read) is no reason to refuse: its bytes are kept as the copy taken before the restore.
    writeFileSync(registerPath(dir), '{"schemaVersion":3,');
    restoreBackup(dir, backups[0]!.id, deps).close();
    const kept = listBackups(dir).find((b) => reasonOf(b.id) === 'before-restore')!;
    expect(readFileSync(join(dir, BACKUP_DIR, kept.id), 'utf8')).toBe('{"schemaVersion":3,');
  });

  // Found in review: with the backups folder unwritable, every open and save went on without a word, and no backup was ever made.
  it('a daily backup that cannot be written is said in a notice, at the open and once in a session at a save; the register is saved as usual', () => {
    const dir = tempDir();
    const deps = testDeps();
    deps.clock.now = new Date('2026-11-01T10:00:00Z');
    createRegister(dir, org(), deps).close();
    rmSync(join(dir, BACKUP_DIR), { recursive: true });
    writeFileSync(join(dir, BACKUP_DIR), 'a file where the folder should be');
    deps.clock.now = new Date('2026-11-02T10:00:00Z');
    const opened = openRegister(dir, deps);
    expect(opened.notices.filter((n) => n.code === 'backup-failed')).toEqual([{ code: 'backup-failed', detail: { osCode: expect.stringMatching(/^E[A-Z]+$/) } }]);
    opened.close();

    rmSync(join(dir, BACKUP_DIR));
    deps.clock.now = new Date('2026-11-03T09:00:00Z');
    const register = openRegister(dir, deps);
    expect(register.notices.map((n) => n.code)).not.toContain('backup-failed');
    rmSync(join(dir, BACKUP_DIR), { recursive: true });
    writeFileSync(join(dir, BACKUP_DIR), 'again');
    for (const day of [4, 5]) {
      deps.clock.now = new Date(Date.UTC(2026, 10, day, 10));
      register.updateOrganization({ ...org(), contact: `day ${day}` });
    }
    expect(register.notices.filter((n) => n.code === 'backup-failed')).toHaveLength(1);
    expect(readRegisterFile(registerPath(dir)).organization.contact).toBe('day 5');
    register.close();
  });

  /** A register with one lot, backed up when it was made; `attach` adds a proof to the lot at a later time (it lands in proofs/). */
  function registerWithLot() {
    const dir = tempDir();
    const deps = testDeps();
    const register = createRegister(dir, org(), deps);
    const lot = savePurchase(register, { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document: 'FV/2024/03/17' });
    register.close();
    const backup = listBackups(dir).at(-1)!.id;
    const attach = (name: string, at: string) => {
      deps.clock.now = new Date(at);
      const later = openRegister(dir, deps);
      const file = join(tempDir(), name);
      writeFileSync(file, name);
      attachProofs(later, lot.id, [file]);
      later.close();
    };
    return { dir, deps, backup, attach };
  }
  const fileOf = (dir: string, name: string): string => {
    const proof = (readRegisterFile(registerPath(dir)) as RegisterDocument).proofs.find((p) => p.originalName === name)!;
    return proofFileName(proof);
  };

  // Found in review: a restore left the proofs attached since the backup in proofs/, named by no lot, and said nothing.
  it('a restore says which proof files attached since the backup no longer belong to a purchase, and keeps them', () => {
    const { dir, deps, backup, attach } = registerWithLot();
    attach('faktura.pdf', '2026-11-26T10:00:00Z');
    const restored = restoreBackup(dir, backup, deps);
    expect(restored.document.proofs).toEqual([]);
    expect(restored.notices.find((n) => n.code === 'proofs-unattached')?.detail).toEqual({ count: '1', files: 'faktura.pdf (FV/2024/03/17)' });
    restored.close();
    expect(readdirSync(join(dir, 'proofs'))).toHaveLength(1);
  });

  // Found in review: with register.json gone, the notice named the files only by their hashes.
  it('with the replaced register gone, a restore names the proofs by the newest backup that lists them, and the rest by their files', () => {
    const { dir, deps, backup, attach } = registerWithLot();
    attach('faktura.pdf', '2026-11-26T10:00:00Z');
    // The next day's open writes the daily backup, which lists faktura.pdf; licencja.pdf, attached after it, is in no backup.
    attach('licencja.pdf', '2026-11-27T10:00:00Z');
    const unnamed = fileOf(dir, 'licencja.pdf');
    const named = fileOf(dir, 'faktura.pdf');
    rmSync(registerPath(dir));
    const restored = restoreBackup(dir, backup, deps);
    const shown = [named, unnamed].sort().map((file) => (file === named ? 'faktura.pdf (FV/2024/03/17)' : unnamed));
    expect(restored.notices.find((n) => n.code === 'proofs-unattached')?.detail).toEqual({ count: '2', files: shown.join('; ') });
    restored.close();
  });

  it('with the replaced register unreadable and set aside, a restore names the proofs by the copy set aside where it still parses', () => {
    const { dir, deps, backup, attach } = registerWithLot();
    attach('faktura.pdf', '2026-11-25T15:00:00Z'); // the day the register was made: in no backup
    // A hand edit the schema refuses (an organization without a name): the open sets the file aside.
    const broken = readFileSync(registerPath(dir), 'utf8').replace('"name":"Przykład Sp. z o.o."', '"name":1');
    writeFileSync(registerPath(dir), broken);
    expect(caught(() => openRegister(dir, deps)).code).toBe('register-corrupt');
    expect(readdirSync(dir).some((name) => name.startsWith('register.corrupt-'))).toBe(true);
    const restored = restoreBackup(dir, backup, deps);
    expect(restored.notices.find((n) => n.code === 'proofs-unattached')?.detail).toEqual({ count: '1', files: 'faktura.pdf (FV/2024/03/17)' });
    restored.close();
  });
});
