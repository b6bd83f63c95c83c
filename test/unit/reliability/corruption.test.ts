import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllProofs } from '../../../electron/services/ledger/proofs';
import { attachProofs } from '../../../electron/services/ledger/proofs';
import { savePurchase } from '../../../electron/services/ledger/ledger';
import { listBackups } from '../../../electron/services/register/backups';
import { verifyAuditChain } from '../../../electron/services/register/audit';
import { createRegister, holdsRegister, openRegister, restoreBackup } from '../../../electron/services/register/register-store';
import { serviceErrorText } from '../../../shared/errors/messages';
import { CURRENT_SCHEMA_VERSION, personSchema } from '../../../shared/domain/model';
import { registerNoticeSchema } from '../../../shared/contracts/register';
import { caught } from '../register/helpers';
import { buildRegister, compliantParts } from '../licensing/builders';
import { closedRegister, expectNoByteLost, openProblem, org, registerPath, snapshot, tempDir, testDeps } from './helpers';

/** An open register with one purchase and its proof file, faktura.pdf (`source` is the original outside the register). */
function registerWithProof() {
  const { dir, deps } = closedRegister();
  const source = join(tempDir(), 'faktura.pdf');
  writeFileSync(source, '%PDF-1.4 FV/2024/03/17');
  const register = openRegister(dir, deps);
  const purchase = savePurchase(register, { productId: 'exchange-2019-standard-user-cal', quantity: 5, date: '2024-03-01', document: 'FV/2024/03/17' });
  const [proof] = attachProofs(register, purchase.id, [source]);
  return { dir, deps, source, register, purchase, proof };
}

/** Replaces register.json with `bytes`, opens, and checks the file was moved aside byte for byte. */
function expectMovedAside(bytes: Buffer | string) {
  const { dir, deps } = closedRegister();
  writeFileSync(registerPath(dir), bytes);
  const before = snapshot(dir);
  const problem = openProblem(() => openRegister(dir, deps));
  expect(problem.problem).toBe('register-corrupt');
  expect(problem.message).toMatch(/moved aside .*kept/);
  expect(readFileSync(problem.movedTo!).equals(Buffer.from(bytes))).toBe(true);
  expect(problem.backups.length).toBeGreaterThan(0);
  expectNoByteLost(before, dir);
  expect(existsSync(join(dir, 'register.lock'))).toBe(false);
  // The way forward: the newest backup restores a register that opens and verifies.
  const restored = restoreBackup(dir, problem.backups[0]!.id, deps);
  expect(verifyAuditChain(restored.document.audit).ok).toBe(true);
  restored.close();
  expect(readFileSync(problem.movedTo!).equals(Buffer.from(bytes))).toBe(true);
}

describe('a damaged register.json is moved aside, kept byte for byte, and a backup is offered', () => {
  it('a zero-length file', () => expectMovedAside(Buffer.alloc(0)));

  it('invalid JSON (garbage bytes and a stray comma)', () => {
    expectMovedAside(Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22, 0x81]));
    expectMovedAside('{"schemaVersion":1,,"people":[]}');
  });

  it('a people table whose row does not fit its header (a value cut out by hand)', () => {
    const { dir: source } = closedRegister();
    const doc = JSON.parse(readFileSync(registerPath(source), 'utf8')) as Record<string, unknown>;
    const columns = Object.keys(personSchema.shape);
    const row = columns.map((c) => (c === 'id' ? 'p1' : c === 'directory' || c === 'leftOn' ? null : c === 'external' ? false : c === 'manualEnterpriseFeatures' ? [] : ''));
    expectMovedAside(JSON.stringify({ ...doc, people: { columns, rows: [row, row.slice(1)] } }));
  });

  it('valid JSON that is not a register: an array, null, a string, an empty object', () => {
    for (const text of ['[]', 'null', '"register"', '{}']) expectMovedAside(text);
  });

  it('a register.json cut at any length is never opened as a register and never lost', () => {
    const { dir: source } = closedRegister();
    const full = readFileSync(registerPath(source));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: full.length - 2 }), (cut) => {
        const { dir, deps } = closedRegister();
        const truncated = full.subarray(0, cut);
        writeFileSync(registerPath(dir), truncated);
        const problem = openProblem(() => openRegister(dir, deps));
        expect(problem.problem).toBe('register-corrupt');
        expect(readFileSync(problem.movedTo!).equals(truncated)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});

describe('a damaged register.json with long lists (taken apart at its line breaks) is moved aside too', () => {
  it('cut at any length, inside a chunk\'s line or next to its line break, it is never opened and never lost', () => {
    const { dir: source, deps: sourceDeps } = closedRegister();
    const register = openRegister(source, sourceDeps);
    const filled = buildRegister(compliantParts(150));
    register.commit({ ...register.document, people: filled.people, purchases: filled.purchases, assignments: filled.assignments }, { action: 'test.fill' });
    register.close();
    const full = readFileSync(registerPath(source));
    const breaks = [...full.keys()].filter((i) => full[i] === 0x0a);
    expect(breaks.length).toBeGreaterThan(4);
    // Half the cuts land within two bytes of a line break, where the layout is decided.
    const cutAt = fc.oneof(fc.integer({ min: 0, max: full.length - 2 }), fc.tuple(fc.constantFrom(...breaks), fc.integer({ min: -2, max: 2 })).map(([at, by]) => Math.max(0, Math.min(full.length - 2, at + by))));
    fc.assert(
      fc.property(cutAt, (cut) => {
        const { dir, deps } = closedRegister();
        const truncated = full.subarray(0, cut);
        writeFileSync(registerPath(dir), truncated);
        const problem = openProblem(() => openRegister(dir, deps));
        expect(problem.problem).toBe('register-corrupt');
        expect(readFileSync(problem.movedTo!).equals(truncated)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});

describe('a register edited by hand or missing files', () => {
  it('a broken audit chain still opens, with an audit-chain-broken notice naming the first bad event; the file is not rewritten', () => {
    const { dir, deps } = closedRegister();
    const doc = JSON.parse(readFileSync(registerPath(dir), 'utf8'));
    doc.audit[1].after.taxId = '000-000-00-00';
    writeFileSync(registerPath(dir), JSON.stringify(doc));
    const before = readFileSync(registerPath(dir));
    const register = openRegister(dir, deps);
    const notice = register.notices.find((n) => n.code === 'audit-chain-broken');
    expect(notice?.detail).toEqual({ brokenAt: '2', events: '3' });
    expect(registerNoticeSchema.safeParse(notice).success).toBe(true);
    expect(readFileSync(registerPath(dir)).equals(before)).toBe(true);
    // New changes are still recorded, and the break stays visible where it happened.
    register.updateOrganization({ ...register.document.organization, address: 'ul. Długa 1' });
    register.close();
    const again = openRegister(dir, deps);
    expect(again.notices.find((n) => n.code === 'audit-chain-broken')?.detail.brokenAt).toBe('2');
    again.close();
  });

  it('an intact register opens without an audit notice', () => {
    const { dir, deps } = closedRegister();
    const register = openRegister(dir, deps);
    expect(register.notices.map((n) => n.code)).not.toContain('audit-chain-broken');
    register.close();
  });

  it('a proof file deleted from proofs/ is reported as missing; the register opens and keeps its record', async () => {
    const { dir, deps, register, proof } = registerWithProof();
    register.close();
    rmSync(join(dir, 'proofs', `${proof!.sha256}.pdf`));
    const before = readFileSync(registerPath(dir));
    const reopened = openRegister(dir, deps);
    expect(reopened.document.proofs.map((p) => p.sha256)).toEqual([proof!.sha256]);
    expect((await checkAllProofs(reopened, { rehash: true })).get(proof!.id)).toBe('missing');
    reopened.close();
    expect(readFileSync(registerPath(dir)).equals(before)).toBe(true);
  });

  it('a register from a newer version is refused with a clear message; every byte stays and nothing is moved', () => {
    const { dir, deps } = closedRegister();
    const doc = JSON.parse(readFileSync(registerPath(dir), 'utf8'));
    writeFileSync(registerPath(dir), JSON.stringify({ ...doc, schemaVersion: CURRENT_SCHEMA_VERSION + 5, futureField: { x: 1 } }));
    const before = snapshot(dir);
    const problem = openProblem(() => openRegister(dir, deps));
    expect(problem.problem).toBe('register-too-new');
    expect(problem.message).toMatch(/newer CAL Register.*Nothing was changed/);
    expect(problem.movedTo).toBeNull();
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('what is left of a register whose register.json is gone is offered, never replaced by an empty register', () => {
  it('a damaged file moved aside by an earlier open: the next open offers its backups and names the set-aside file; nothing is written', () => {
    const { dir, deps } = closedRegister();
    writeFileSync(registerPath(dir), '{"schemaVersion":');
    const first = openProblem(() => openRegister(dir, deps));
    expect(first.problem).toBe('register-corrupt');
    const before = snapshot(dir);

    const again = openProblem(() => openRegister(dir, deps));
    expect(again.problem).toBe('register-missing');
    expect(again.movedTo).toBe(first.movedTo);
    expect(again.backups).toEqual(first.backups);
    expect(again.message).toMatch(/register\.json is missing.*Restore a backup.*nothing was changed/);
    expect(snapshot(dir)).toEqual(before);
    expect(holdsRegister(dir)).toBe(true);

    // The backup it offers brings the register back; the set-aside file stays.
    const restored = restoreBackup(dir, again.backups[0]!.id, deps);
    expect(restored.document.organization.name).toBe(org().name);
    expect(verifyAuditChain(restored.document.audit).ok).toBe(true);
    restored.close();
    expect(readFileSync(again.movedTo!, 'utf8')).toBe('{"schemaVersion":');
  });

  it('register.json deleted by hand, backups left: offered as well, with no set-aside file to name', () => {
    const { dir, deps } = closedRegister();
    rmSync(registerPath(dir));
    const problem = openProblem(() => openRegister(dir, deps));
    expect(problem).toMatchObject({ problem: 'register-missing', movedTo: null });
    expect(problem.backups.length).toBeGreaterThan(0);
  });

  it('a new register is refused in such a folder, and in an empty folder or one without a register it is still made', () => {
    const { dir, deps } = closedRegister();
    rmSync(registerPath(dir));
    const before = snapshot(dir);
    const refused = caught(() => createRegister(dir, org(), deps));
    expect(refused).toMatchObject({ code: 'conflict', detail: { messageKey: 'register-remains', dir } });
    expect(serviceErrorText(refused, 'pl')).toMatch(/^Folder .* zawiera kopie zapasowe .*nie utworzono w nim nowego rejestru/);
    expect(snapshot(dir)).toEqual(before);

    const empty = tempDir('calrel-');
    expect(holdsRegister(empty)).toBe(false);
    expect(caught(() => openRegister(empty, deps))).toMatchObject({ code: 'not-found', detail: { messageKey: 'register-missing' } });
    createRegister(empty, org(), deps).close();
    expect(holdsRegister(empty)).toBe(true);
  });
});

describe('saving', () => {
  it('a change that would make register.json unreadable is refused as invalid-input and nothing is written', () => {
    const { dir, deps } = closedRegister();
    const register = openRegister(dir, deps);
    const before = readFileSync(registerPath(dir));
    expect(() => register.updateOrganization({ ...register.document.organization, address: 'x'.repeat(10_000) })).toThrow(/not saved: organization\.address/);
    expect(readFileSync(registerPath(dir)).equals(before)).toBe(true);
    register.close();
    openRegister(dir, deps).close();
  });
});

describe('locks', () => {
  it('a lock left by a dead process on this computer is taken over with a notice naming it; no byte is lost', () => {
    const { dir, deps } = closedRegister();
    writeFileSync(join(dir, 'register.lock'), JSON.stringify({ pid: 4_000_001, host: hostname(), at: '2026-11-24T08:00:00.000Z', instance: 'crashed' }));
    const before = snapshot(dir);
    const register = openRegister(dir, deps);
    expect(register.notices).toContainEqual({ code: 'stale-lock-taken', detail: { pid: '4000001', host: hostname(), since: '2026-11-24T08:00:00.000Z' } });
    register.close();
    expectNoByteLost(before, dir);
  });

  // Found in review: an empty lock file, taken over, was said to have been held by "Process: 0".
  it('an empty lock file left an hour ago is taken over with a notice that names no process', () => {
    const { dir, deps } = closedRegister();
    const lock = join(dir, 'register.lock');
    writeFileSync(lock, '');
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(lock, hourAgo, hourAgo);
    const register = openRegister(dir, deps);
    expect(register.notices).toContainEqual({ code: 'stale-lock-taken', detail: {} });
    register.close();
  });

  it('a register open in another live instance is refused, naming the process and computer; its lock and bytes stay', () => {
    const { dir, deps } = closedRegister();
    const holder = openRegister(dir, deps);
    const lockBytes = readFileSync(join(dir, 'register.lock'));
    const before = snapshot(dir);
    const other = testDeps({ lockEnv: { pid: 1, host: 'other-pc', now: () => new Date(), isAlive: () => true } });
    const problem = openProblem(() => openRegister(dir, other));
    expect(problem.problem).toBe('register-locked');
    expect(problem.message).toContain(`process ${process.pid} on ${hostname()}`);
    expect(readFileSync(join(dir, 'register.lock')).equals(lockBytes)).toBe(true);
    expect(snapshot(dir)).toEqual(before);
    holder.close();
    openRegister(dir, other).close();
  });

  it('a restore is refused while the register is open in another instance, and register.json is untouched', () => {
    const { dir, deps } = closedRegister();
    const holder = openRegister(dir, deps);
    const before = readFileSync(registerPath(dir));
    const other = testDeps({ lockEnv: { pid: 1, host: 'other-pc', now: () => new Date(), isAlive: () => true } });
    expect(() => restoreBackup(dir, listBackups(dir)[0]!.id, other)).toThrow(/open in another CAL Register/);
    expect(readFileSync(registerPath(dir)).equals(before)).toBe(true);
    holder.close();
  });
});

describe('rotating backups', () => {
  it('saving every day for a month keeps the newest 14 daily copies, one per day, and each one opens', () => {
    const deps = testDeps();
    const { dir } = closedRegister(deps);
    const register = openRegister(dir, deps);
    for (let day = 1; day <= 30; day++) {
      deps.clock.now = new Date(Date.parse('2026-11-25T10:00:00.000Z') + day * 86_400_000);
      register.updateOrganization({ ...register.document.organization, contact: `day ${day}` });
      register.updateOrganization({ ...register.document.organization, address: `day ${day}` });
    }
    register.close();
    const backups = listBackups(dir);
    expect(backups).toHaveLength(14);
    expect(new Set(backups.map((b) => b.createdAt.slice(0, 10))).size).toBe(14);
    expect(backups[0]!.createdAt.slice(0, 10)).toBe('2026-12-25');
    const newest = JSON.parse(readFileSync(join(dir, 'backups', backups[0]!.id), 'utf8'));
    expect(verifyAuditChain(newest.audit).ok).toBe(true);
  });
});

describe('left by other programs and other computers', () => {
  it('a backup dated in the future (a computer whose clock was ahead) does not stop the daily copies', () => {
    const deps = testDeps();
    const { dir } = closedRegister(deps);
    mkdirSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(join(dir, 'backups', 'register-20271201T100000000Z-daily.json'), readFileSync(registerPath(dir)));
    deps.clock.now = new Date('2026-11-27T10:00:00.000Z');
    const register = openRegister(dir, deps);
    register.updateOrganization({ ...register.document.organization, contact: 'later' });
    register.close();
    expect(listBackups(dir).map((b) => b.createdAt.slice(0, 10))).toContain('2026-11-27');
  });

  it('a register saved with a byte-order mark (Notepad) opens, and its backup restores', () => {
    const deps = testDeps();
    const { dir } = closedRegister(deps);
    writeFileSync(registerPath(dir), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(registerPath(dir))]));
    deps.clock.now = new Date('2026-11-27T10:00:00.000Z');
    openRegister(dir, deps).close();
    const [backup] = listBackups(dir);
    expect(readFileSync(join(dir, 'backups', backup!.id)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const restored = restoreBackup(dir, backup!.id, deps);
    expect(restored.document.organization.contact).toBe('it@przyklad.pl');
    restored.close();
  });

  it('backups/ that is a file, not a folder: the register opens and saves, and no backup is offered', () => {
    const deps = testDeps();
    const { dir } = closedRegister(deps);
    rmSync(join(dir, 'backups'), { recursive: true, force: true });
    writeFileSync(join(dir, 'backups'), 'not a folder');
    deps.clock.now = new Date('2026-11-27T10:00:00.000Z');
    const register = openRegister(dir, deps);
    register.updateOrganization({ ...register.document.organization, contact: 'saved' });
    register.close();
    expect(listBackups(dir)).toEqual([]);
    expect(openRegister(dir, deps).document.organization.contact).toBe('saved');
  });

  it('temp copies of a proof or a backup left by a killed program are removed at the next open', () => {
    const { dir, deps } = closedRegister();
    mkdirSync(join(dir, 'proofs'), { recursive: true });
    const proofTemp = join(dir, 'proofs', `${'a'.repeat(64)}.pdf.tmp-13345-f1b81677`);
    const backupTemp = join(dir, 'backups', 'register-20261125T100000000Z-daily.json.tmp-27516-bd81bc87');
    writeFileSync(proofTemp, 'half');
    writeFileSync(backupTemp, 'half');
    openRegister(dir, deps).close();
    expect([existsSync(proofTemp), existsSync(backupTemp)]).toEqual([false, false]);
  });

  it('attaching a proof again repairs a stored copy altered without changing its size', async () => {
    const { dir, source, register, purchase, proof } = registerWithProof();
    const stored = join(dir, 'proofs', `${proof!.sha256}.pdf`);
    writeFileSync(stored, '%PDF-1.4 FV/2024/03/99');
    expect((await checkAllProofs(register, { rehash: false })).get(proof!.id)).toBe('altered');
    attachProofs(register, purchase.id, [source]);
    expect((await checkAllProofs(register, { rehash: false })).get(proof!.id)).toBe('ok');
    register.close();
  });
});

describe('a reader (check, export): no lock, nothing written', () => {
  it('reads a register another instance holds open, refuses to write, and leaves every byte and the lock as they were', () => {
    const { dir, deps } = closedRegister();
    const holder = openRegister(dir, deps);
    const before = snapshot(dir);
    const reader = openRegister(dir, testDeps({ lockEnv: { pid: 1, host: 'other-pc', now: () => new Date(), isAlive: () => true } }), { readOnly: true });
    expect(reader.document.organization.contact).toBe('it@przyklad.pl');
    expect(() => reader.updateOrganization({ ...reader.document.organization, contact: 'x' })).toThrow(/only to be read/);
    reader.close();
    expect(snapshot(dir)).toEqual(before);
    holder.close();
  });

  it('a damaged register is reported to a reader and left where it is', () => {
    const { dir, deps } = closedRegister();
    writeFileSync(registerPath(dir), '{"schemaVersion":2,');
    const before = snapshot(dir);
    const problem = openProblem(() => openRegister(dir, deps, { readOnly: true }));
    expect([problem.problem, problem.movedTo]).toEqual(['register-corrupt', null]);
    expect(problem.message).toMatch(/Nothing was changed\.$/);
    expect(snapshot(dir)).toEqual(before);
  });
});
