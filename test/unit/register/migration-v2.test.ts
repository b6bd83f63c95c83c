import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/services/register/backups';
import { verifyAuditChain } from '../../../electron/services/register/audit';
import { migrateDocument, registerMigrations } from '../../../electron/services/register/migrations';
import { openRegister, RegisterOpenError } from '../../../electron/services/register/register-store';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/domain/model';
import { cli } from '../cli/helpers';
import { caught, copyOfFixture, registerPath, testDeps } from './helpers';

/**
 * A register written by the release before schema 3 (schema 2, long lists as tables), made with its CLI: init, server
 * add, purchase add, two people, two assigns with notes, and a release with notes, which that release added to the
 * assignment's own notes; with `check --json --as-of 2025-12-01` as it printed it beside it.
 */
const FIXTURE = join(import.meta.dirname, '../../fixtures/registers/v2');
const fixtureBytes = () => readFileSync(join(FIXTURE, 'register.json'));
type Table = { columns: string[]; rows: unknown[][] };

describe('a register written by the release before (schema 2)', () => {
  it('the migration from 2 to 3 leaves the document as it is: the release notes start empty', () => {
    const v2 = JSON.parse(fixtureBytes().toString('utf8')) as Record<string, unknown>;
    const { document, applied } = migrateDocument(v2, registerMigrations, 3);
    expect(applied).toEqual(['an assignment keeps the notes of its release apart']);
    expect(document).toEqual({ ...v2, schemaVersion: 3 });
  });

  it('opens with a backup of the old file first, the same records, notes joined before kept where they were, and is saved with the new column', () => {
    const dir = copyOfFixture(FIXTURE);
    const register = openRegister(dir, testDeps());
    expect(register.notices).toContainEqual(expect.objectContaining({ code: 'migrated', detail: expect.objectContaining({ fromVersion: '2', toVersion: String(CURRENT_SCHEMA_VERSION) }) }));
    expect(register.document.assignments.map((a) => [a.notes, a.releaseNotes])).toEqual([
      ['Konto sprawdzone', ''],
      ['Nowy pracownik\nPrzeniesiony do działu bez poczty', ''],
    ]);
    expect(register.document.audit.at(-1)!.action).toBe('register.migrate');
    expect(verifyAuditChain(register.document.audit).ok).toBe(true);
    register.close();
    const backup = listBackups(dir).find((b) => b.id.endsWith('-migration.json'))!;
    expect(readFileSync(join(dir, 'backups', backup.id)).equals(fixtureBytes())).toBe(true);
    const raw = JSON.parse(readFileSync(registerPath(dir), 'utf8')) as { schemaVersion: number; assignments: Table };
    expect(raw.schemaVersion).toBe(3);
    expect(raw.assignments.columns).toContain('releaseNotes');
    expect(raw.assignments.rows.map((row) => row[raw.assignments.columns.indexOf('releaseNotes')])).toEqual(['', '']);
  });

  it('check gives what that release printed, before and after the upgrade; check itself writes nothing', async () => {
    const dir = copyOfFixture(FIXTURE);
    const printed = JSON.parse(readFileSync(join(FIXTURE, 'check-as-of-2025-12-01.json'), 'utf8')) as unknown;
    expect(JSON.parse((await cli('check', dir, '--json', '--as-of', '2025-12-01')).stdout)).toEqual(printed);
    expect(readFileSync(registerPath(dir)).equals(fixtureBytes())).toBe(true);
    // A change that upgrades it and touches no CAL: the same report after.
    expect((await cli('org', dir, '--contact', 'biuro@przyklad.pl')).code).toBe(0);
    expect(JSON.parse(readFileSync(registerPath(dir), 'utf8'))).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(JSON.parse((await cli('check', dir, '--json', '--as-of', '2025-12-01')).stdout)).toEqual(printed);
  });

  it('once upgraded, an app that reads only schema 2 refuses it as too new and changes nothing', () => {
    const dir = copyOfFixture(FIXTURE);
    openRegister(dir, testDeps()).close();
    const saved = readFileSync(registerPath(dir));
    const problem = caught(() => openRegister(dir, { ...testDeps(), schemaVersion: 2, migrations: registerMigrations.slice(0, 1) }));
    expect(problem).toBeInstanceOf(RegisterOpenError);
    expect((problem as RegisterOpenError).problem).toBe('register-too-new');
    expect(readFileSync(registerPath(dir)).equals(saved)).toBe(true);
  });
});
