import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/domain/model';
import { listBackups } from '../../../electron/services/register/backups';
import { verifyAuditChain } from '../../../electron/services/register/audit';
import { createRegister, openRegister, restoreBackup, RegisterOpenError } from '../../../electron/services/register/register-store';
import { registerMigrations, type Migration } from '../../../electron/services/register/migrations';
import { org, readRegisterFile, registerPath, tempDir, testDeps } from './helpers';

function makeRegister() {
  const dir = tempDir();
  const deps = testDeps();
  const register = createRegister(dir, org(), deps);
  register.updateOrganization({ ...org(), taxId: '123-456-32-18' });
  register.close();
  return { dir, deps };
}

function expectOpenProblem(run: () => unknown): RegisterOpenError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RegisterOpenError);
    return error as RegisterOpenError;
  }
  throw new Error('expected the open to fail');
}

describe('register store', () => {
  it('a new register keeps the organization name with its Polish diacritics and a schema version', () => {
    const { dir } = makeRegister();
    const saved = JSON.parse(readFileSync(registerPath(dir), 'utf8'));
    expect(saved.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(saved.organization.name).toBe('Przykład Sp. z o.o.');
    expect(saved.organization.taxId).toBe('123-456-32-18');
  });

  it('creating a register where one exists is refused and changes nothing', () => {
    const { dir } = makeRegister();
    const before = readFileSync(registerPath(dir));
    expect(() => createRegister(dir, org('Other'), testDeps())).toThrow(/already holds a register/);
    expect(readFileSync(registerPath(dir)).equals(before)).toBe(true);
  });

  it('every change is an audit event chained to the previous one', () => {
    const { dir, deps } = makeRegister();
    const register = openRegister(dir, deps);
    expect(register.document.audit.map((e) => e.action)).toEqual(['register.create', 'organization.update']);
    expect(verifyAuditChain(register.document.audit).ok).toBe(true);
    register.close();
  });

  it('a register.json truncated in the middle is moved aside, kept byte for byte, and reported with the backups', () => {
    const { dir, deps } = makeRegister();
    const full = readFileSync(registerPath(dir));
    const truncated = full.subarray(0, Math.floor(full.length / 2));
    writeFileSync(registerPath(dir), truncated);
    const problem = expectOpenProblem(() => openRegister(dir, deps));
    expect(problem.problem).toBe('register-corrupt');
    expect(problem.movedTo).toMatch(/register\.corrupt-.*\.json$/);
    expect(readFileSync(problem.movedTo!).equals(truncated)).toBe(true);
    expect(existsSync(registerPath(dir))).toBe(false);
    expect(problem.backups.length).toBeGreaterThan(0);
  });

  it('a register saved again by a text editor with a byte-order mark still opens, diacritics intact', () => {
    const { dir, deps } = makeRegister();
    const text = readFileSync(registerPath(dir), 'utf8');
    writeFileSync(registerPath(dir), `\uFEFF${text}`, 'utf8');
    const register = openRegister(dir, deps);
    expect(register.document.organization.name).toBe('Przykład Sp. z o.o.');
    expect(readdirSync(dir).some((name) => name.startsWith('register.corrupt-'))).toBe(false);
    register.close();
  });

  it('valid JSON with the wrong shape is treated as corrupt and kept', () => {
    const { dir, deps } = makeRegister();
    writeFileSync(registerPath(dir), JSON.stringify({ schemaVersion: 1, people: 'nope' }));
    const problem = expectOpenProblem(() => openRegister(dir, deps));
    expect(problem.problem).toBe('register-corrupt');
    expect(readFileSync(problem.movedTo!, 'utf8')).toContain('"people":"nope"');
  });

  it('a pipe in place of register.json is never read (the open would hang): it is set aside as a damaged file', () => {
    const { dir, deps } = makeRegister();
    rmSync(registerPath(dir));
    execFileSync('mkfifo', [registerPath(dir)]);
    const problem = expectOpenProblem(() => openRegister(dir, deps));
    expect(problem.problem).toBe('register-corrupt');
    expect(problem.detail?.reason).toBe('not a regular file');
    expect(statSync(problem.movedTo!).isFIFO()).toBe(true);
    expect(existsSync(registerPath(dir))).toBe(false);
  });

  it('a register from a newer version is refused and left untouched', () => {
    const { dir, deps } = makeRegister();
    const newer = JSON.stringify({ ...JSON.parse(readFileSync(registerPath(dir), 'utf8')), schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    writeFileSync(registerPath(dir), newer);
    const problem = expectOpenProblem(() => openRegister(dir, deps));
    expect(problem.problem).toBe('register-too-new');
    expect(readFileSync(registerPath(dir), 'utf8')).toBe(newer);
    expect(readdirSync(dir).some((n) => n.startsWith('register.corrupt-'))).toBe(false);
  });

  it('a failed open releases the lock so the folder can be opened again', () => {
    const { dir, deps } = makeRegister();
    writeFileSync(registerPath(dir), '{');
    expectOpenProblem(() => openRegister(dir, deps));
    expect(existsSync(join(dir, 'register.lock'))).toBe(false);
  });

  it('the newest backup can be restored and the current file is kept as a backup first', () => {
    const { dir, deps } = makeRegister();
    writeFileSync(registerPath(dir), 'garbage');
    const problem = expectOpenProblem(() => openRegister(dir, deps));
    const newest = problem.backups[0]!;
    const restored = restoreBackup(dir, newest.id, deps);
    expect(restored.document.organization.name).toBe('Przykład Sp. z o.o.');
    expect(restored.notices.map((n) => n.code)).toContain('restored-from-backup');
    restored.close();
    expect(readFileSync(problem.movedTo!, 'utf8')).toBe('garbage');
  });

  it('a backup is written before a migration and the migrated file is saved with the new version', () => {
    const dir = tempDir();
    const deps = testDeps();
    createRegister(dir, org(), deps).close();
    const original = readFileSync(registerPath(dir), 'utf8');
    const next = CURRENT_SCHEMA_VERSION + 1;
    const migrations: Migration[] = [
      ...registerMigrations,
      { from: CURRENT_SCHEMA_VERSION, describe: 'fills the contact', up: (d) => ({ ...d, organization: { ...(d.organization as object), contact: 'migrated' } }) },
    ];
    const register = openRegister(dir, { ...deps, migrations, schemaVersion: next });
    expect(register.notices.map((n) => n.code)).toContain('migrated');
    expect(register.document.organization.contact).toBe('migrated');
    register.close();
    const backup = listBackups(dir).find((b) => b.id.endsWith('-migration.json'))!;
    expect(readFileSync(join(dir, 'backups', backup.id), 'utf8')).toBe(original);
    const saved = readRegisterFile(registerPath(dir));
    expect(saved.schemaVersion).toBe(next);
    expect(saved.audit.at(-1).action).toBe('register.migrate');
  });

  it('a schemaVersion that is not a positive whole number is kept aside, never guessed at', () => {
    const { dir, deps } = makeRegister();
    const doc = JSON.parse(readFileSync(registerPath(dir), 'utf8'));
    writeFileSync(registerPath(dir), JSON.stringify({ ...doc, schemaVersion: 0 }));
    const problem = expectOpenProblem(() => openRegister(dir, deps));
    expect(problem.problem).toBe('register-corrupt');
    expect(JSON.parse(readFileSync(problem.movedTo!, 'utf8')).schemaVersion).toBe(0);
  });

  it('a daily backup is taken when the register is opened a day after the last one', () => {
    const { dir, deps } = makeRegister();
    const before = listBackups(dir).length;
    deps.clock.now = new Date(deps.clock.now.getTime() + 25 * 60 * 60 * 1000);
    openRegister(dir, deps).close();
    expect(listBackups(dir).length).toBe(before + 1);
    openRegister(dir, deps).close();
    expect(listBackups(dir).length).toBe(before + 1);
  });

  it('a second instance cannot open a register that is open in a live process', () => {
    const { dir, deps } = makeRegister();
    const first = openRegister(dir, deps);
    const other = testDeps({ lockEnv: { pid: 999_999, host: 'other-host', now: () => new Date(), isAlive: () => true } });
    const problem = expectOpenProblem(() => openRegister(dir, other));
    expect(problem.problem).toBe('register-locked');
    first.close();
  });

  it('a lock left by a dead process is taken over and reported', () => {
    const { dir, deps } = makeRegister();
    writeFileSync(join(dir, 'register.lock'), JSON.stringify({ pid: 4_000_000, host: hostname(), at: new Date().toISOString(), instance: 'dead' }));
    const register = openRegister(dir, deps);
    expect(register.notices.map((n) => n.code)).toContain('stale-lock-taken');
    register.close();
    expect(existsSync(join(dir, 'register.lock'))).toBe(false);
  });

  it('a failed write leaves the register in memory as it was on disk', () => {
    const dir = tempDir();
    let fail = false;
    const deps = testDeps();
    const failing = testDeps({
      storeFactory: (d, n) => {
        const real = deps.storeFactory(d, n);
        return { path: real.path, replace: (v) => (fail ? (() => { throw new Error('ENOSPC: no space left on device'); })() : real.replace(v)) };
      },
    });
    const register = createRegister(dir, org(), failing);
    const onDisk = readFileSync(registerPath(dir));
    fail = true;
    expect(() => register.updateOrganization(org('Changed'))).toThrow(/could not be saved.*ENOSPC/);
    expect(register.document.organization.name).toBe('Przykład Sp. z o.o.');
    expect(readFileSync(registerPath(dir)).equals(onDisk)).toBe(true);
    register.close();
  });
});

